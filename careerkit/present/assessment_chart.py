"""The self-assessment picture: a bar per skill and trait against the learner's own bar."""

from __future__ import annotations

from careerkit.career.assessment import DEFAULT_BAR, SCALE, Assessment, items
from careerkit.present.charts import PALETTE, LiveChart, new_figure


def chart(assessment: Assessment):
    """Horizontal bars of the ratings against the learner's bar; hatching, not only colour, marks a gap.

    The alt text lists the gaps, so a screen reader (and a test) hears what the picture shows.
    """
    return AssessmentPicture().show(assessment)


class AssessmentPicture:
    """The self-assessment chart a view keeps: labels drawn once; bars, bar line and key redrawn.

    A slider move changes one bar, so a redraw repaints only the moving marks over the
    kept background (see ``careerkit.present.charts.LiveChart``).
    """

    def __init__(self):
        self._rows = list(reversed(items()))
        figure, axes = new_figure(7.0, 5.0, layout_key=("self-assessment",))
        self._bars = list(axes.barh(range(len(self._rows)), [0] * len(self._rows), color=PALETTE[0], edgecolor="black"))
        self._unrated = [axes.text(0.05, position, "not rated", va="center", fontsize=8)
                         for position in range(len(self._rows))]
        self._line = axes.axvline(DEFAULT_BAR, color=PALETTE[7], linestyle="--")
        axes.set_xlim(0, 5.4)  # room for the last word of the scale, centred on 5
        _labels(axes, self._rows)
        axes.set_title("Self-assessment: hatched bars are below your bar")
        # the bar's name rides on its line: a one-entry legend cost a tenth of the first draw
        self._legend = axes.text(DEFAULT_BAR + 0.05, -0.9, f"your bar ({DEFAULT_BAR})", fontsize=8, va="center")
        axes.set_ylim(-1.4, len(self._rows) - 0.4)
        self._live = LiveChart(figure, [*self._bars, *self._unrated, self._line, self._legend])

    def show(self, assessment: Assessment):
        for bar, text, item in zip(self._bars, self._unrated, self._rows):
            value = assessment.ratings.get(item.key, 0)
            low = 0 < value < assessment.bar
            bar.set_width(value)
            bar.set_facecolor(PALETTE[3] if low else PALETTE[0])
            bar.set_hatch("//" if low else "")
            text.set_visible(value == 0)
        self._line.set_xdata([assessment.bar, assessment.bar])
        self._legend.set_text(f"your bar ({assessment.bar})")
        self._legend.set_x(assessment.bar + 0.05 if assessment.bar < 5 else assessment.bar - 0.05)
        self._legend.set_horizontalalignment("left" if assessment.bar < 5 else "right")
        return self._live.frame(f"Bar chart of your self-assessment. {assessment.summary()}")


def _labels(axes, rows) -> None:
    """Item names down the left and the scale's words along the bottom, as plain text: tick marks and
    tick labels are made and measured by the axis at every draw, which the first-draw row shows is costly."""
    axes.set_yticks([])
    axes.set_xticks([])
    left = axes.get_yaxis_transform()
    for position, item in enumerate(rows):
        axes.text(-0.01, position, f"{item.name} ({item.kind})", transform=left, ha="right", va="center", fontsize=8)
    below = axes.get_xaxis_transform()
    for level, words in SCALE.items():
        axes.text(level, -0.02, words.split(" - ")[1], transform=below, ha="center", va="top", fontsize=8)
        axes.axvline(level, color="#dddddd", linewidth=0.6, zorder=0)
