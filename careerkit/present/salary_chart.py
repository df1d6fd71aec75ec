"""The wage-band picture of a ``SalaryResult``: one band per area or role.

Drawn only when a learner asks for a chart, never when the result is made.
A top-coded figure (BLS publishes only a floor) starts an open-ended arrow, never
an exact point.
"""

from __future__ import annotations

import math
import textwrap

from careerkit.career.salary import PERCENTILES, BandRow, SalaryResult
from careerkit.present.charts import PALETTE, Chart, new_figure

MAX_LABELS = 27
"""Labels per chart at most: every k-th rank is named, so text (the slowest thing to draw) stays cheap."""
ARROW = 0.12
"""How far past a top-code floor the open-ended arrow reaches, as a share of the floor."""


def chart(result: SalaryResult) -> Chart:
    """The result's bands with its alt text, ready to show in a notebook."""
    return Chart(draw_bands(result.title, result.rows), result.alt_text())


def _rectangle(low: float, high: float, y: float, half: float) -> list[tuple[float, float]]:
    return [(low, y - half), (high, y - half), (high, y + half), (low, y + half)]


CHAR_EM = 0.62
"""Average glyph width of matplotlib's default font, in ems: enough to keep long metro names in view."""
TITLE_SIZE = 10


def _label_size(rows: int) -> int:
    return 8 if rows > 20 else 9


def draw_bands(title: str, rows) -> object:
    """Horizontal bands, top row first: p10-p90 line, p25-p75 box, median tick.

    Drawn with one collection per kind of mark, so hundreds of metros redraw quickly.
    A top-coded figure starts an open-ended arrow labelled "or more" instead of a mark.
    """
    from matplotlib.collections import LineCollection, PolyCollection

    drawn = [row for row in rows if any(value is not None for value in row.figures)]
    figure, axes = new_figure(width=7.5, height=min(9.0, 1.4 + 0.32 * len(drawn)))
    ys = list(range(len(drawn), 0, -1))
    half = 0.3 if len(drawn) <= 60 else 0.45
    whiskers, boxes, medians = [], [], []
    for y, row in zip(ys, drawn):
        exact = [row.value(n) for n in PERCENTILES if n not in row.lower_bounds and row.value(n) is not None]
        ends = exact + ([row.floor] if row.floor is not None else [])
        whiskers.append([(min(ends), y), (max(ends), y)])
        low, high = row.value("p25"), row.floor if "p75" in row.lower_bounds else row.value("p75")
        if low is not None and high is not None and "p25" not in row.lower_bounds:
            boxes.append(_rectangle(low, high, y, half))
        if row.value("median") is not None and "median" not in row.lower_bounds:
            medians.append((row.value("median"), y))
        if row.floor is not None:
            _open_ended(axes, row.floor, y)
    dense = len(drawn) > 60
    axes.add_collection(LineCollection(whiskers, colors=PALETTE[0], linewidths=0.5 if dense else 1.5))
    axes.add_collection(PolyCollection(boxes, facecolors=PALETTE[5], edgecolors="none", zorder=2.5))
    if medians:
        axes.scatter(*zip(*medians), marker="|", s=20 if dense else 160, color=PALETTE[7], zorder=3)
    labels = _finish_axes(axes, drawn, ys)
    _set_margins(figure, labels, title, _label_size(len(drawn)))
    return figure


def _set_margins(figure, labels: list[str], title: str, size: int) -> None:
    """Margins from the longest label and the title's lines instead of a layout engine.

    Automatic layout measures every tick label again at each render; with fifty states or
    hundreds of metros (each chart a new shape) that alone would break the redraw budget.
    """
    width, height = figure.get_size_inches()
    axes = figure.axes[0]
    label_inches = 0.25 + max((len(label) for label in labels), default=0) * size * CHAR_EM / 72
    left = min(0.6, label_inches / width)
    chars_per_line = max(20, int((0.96 - left) * width * 72 / (TITLE_SIZE * CHAR_EM)))
    title = textwrap.fill(title, chars_per_line)
    axes.set_title(title, fontsize=TITLE_SIZE, loc="left", y=1.0, pad=4)
    lines = title.count("\n") + 1
    figure.set_layout_engine(None)
    figure.subplots_adjust(left=left, right=0.96, top=1 - (0.2 + 0.2 * lines) / height, bottom=0.55 / height)


def _open_ended(axes, floor: int, y: float) -> None:
    axes.annotate(
        "", xy=(floor * (1 + ARROW), y), xytext=(floor, y),
        arrowprops={"arrowstyle": "->", "color": PALETTE[3], "linewidth": 1.5},
    )
    axes.text(floor * (1 + ARROW), y, f" ${floor:,} or more", va="center", fontsize=8, color=PALETTE[3])


def _finish_axes(axes, drawn, ys) -> list[str]:
    from matplotlib.ticker import FuncFormatter

    values = [v for row in drawn for v in row.figures if v is not None]
    if values:
        top = max(values) * (1 + 2.5 * ARROW if any(row.floor for row in drawn) else 1.05)
        axes.set_xlim(min(values) * 0.95, top)
    axes.set_ylim(0.3, len(drawn) + 0.7)
    step = max(1, math.ceil(len(drawn) / MAX_LABELS))
    labels = [_tick_label(i, row, step) for i, row in enumerate(drawn)][::step]
    _area_labels(axes, ys[::step], labels, _label_size(len(drawn)))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"${x / 1000:,.0f}k"))
    # Placed by hand: matplotlib's automatic title and label placement measures every tick label.
    axes.figure.text(0.5, 0.01, "Annual wage (BLS OEWS)", ha="center", va="bottom", fontsize=9)
    axes.grid(axis="x", alpha=0.3)
    return labels


def _area_labels(axes, ys, labels: list[str], size: int) -> None:
    """Area names as plain text beside the rows: a y tick per area (marks, gridline, label) cost
    over a quarter of an all-states redraw when profiled, and a name alone says as much."""
    axes.set_yticks([])
    place = axes.get_yaxis_transform()
    for y, label in zip(ys, labels):
        axes.text(-0.01, y, label, transform=place, ha="right", va="center", fontsize=size)


def _tick_label(index: int, row: BandRow, step: int) -> str:
    return f"{index + 1}. {row.label}" if step > 1 else row.label
