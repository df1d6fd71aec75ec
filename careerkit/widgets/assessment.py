"""SelfAssessment: a thin view over ``careerkit.career.assessment``.

One rating box per required leadership skill and per trait ("not rated" until
you choose), a box for your own bar, and a target role. They are drop-down lists
rather than sliders: a list's label is tied to it in the page, so a screen reader
names each one, while a slider's handle cannot be named from Python. The seeds give no level a
role demands, so the gaps are the items you rated below *your* bar; the target
role adds what the seeds do say about it. Ratings are saved as you move them,
under the notebook you name, so resetting that notebook clears them.

    from careerkit.widgets import SelfAssessment
    SelfAssessment(target="IT manager", notebook="12_career_plan")
"""

import ipywidgets as widgets

from careerkit.career.assessment import DEFAULT_BAR, SCALE, Assessment, items
from careerkit.learning.progress import store_or_default
from careerkit.present.assessment_chart import AssessmentPicture
from careerkit.widgets.base import announce_html, handler, notebook_name, render_feedback, role_options, text_html

_LABEL = {"description_width": "20em"}
_WIDE = {"width": "46em"}
NOT_RATED_LABEL = "not rated"
RATING_OPTIONS = [(NOT_RATED_LABEL, 0), *((label, level) for level, label in SCALE.items())]
EXPLANATION = (
    "Rate yourself from 1 to 5 on each skill and trait (leave it at \"not rated\" until you choose): "
    + "; ".join(SCALE.values())
    + ". The seeds name these skills and traits for IT leaders but give no level per role, so set your own bar: "
    "the gaps are the items you rated below it."
)


class SelfAssessment(widgets.VBox):
    """Rating boxes in, chart and gap list out; ``assessment`` can go into an exported plan.

    Parts a test drives: ``sliders`` (dict of rating Dropdowns by item key, value 0-5, 0 = not rated),
    ``bar`` (Dropdown, 1-5), ``target`` (Dropdown of role ids, None for no target); parts it
    reads: ``assessment`` (the model), ``gaps`` and ``note`` (HTML), ``picture``
    (Output) and ``alt_text`` (HTML). Ratings are saved under ``notebook`` (a
    notebook's file stem, e.g. "12_career_plan").
    """

    def __init__(self, target: str | None = None, store=None, notebook: str = ""):
        self.notebook = notebook_name(notebook)
        self.store = store_or_default(store)
        self.assessment = Assessment.load(self.store, target=target)
        self._picture: AssessmentPicture | None = None  # kept, so a slider move repaints only the bars
        self.sliders = {
            item.key: widgets.Dropdown(
                options=RATING_OPTIONS, value=self.assessment.ratings.get(item.key, 0), description=item.name,
                tooltip=item.description, style=_LABEL, layout=_WIDE,
            )
            for item in items()
        }
        self.bar = widgets.Dropdown(options=[(label, level) for level, label in SCALE.items()], value=DEFAULT_BAR,
                                    description="My bar (the level I aim for)", style=_LABEL, layout=_WIDE)
        self.target = widgets.Dropdown(description="Target role", options=[("no target role", None), *role_options()],
                                       value=self.assessment.target.id if self.assessment.target else None,
                                       style=_LABEL, layout=_WIDE)
        self.note = widgets.HTML()
        self.gaps = widgets.HTML()
        self.picture = widgets.Output()
        self.alt_text = widgets.HTML()
        self.output = widgets.Output()
        super().__init__(children=[
            widgets.HTML(f"<p>{text_html(EXPLANATION)}</p>"), *_grouped(self.sliders), self.bar, self.target,
            self.note, self.gaps, self.picture, self.alt_text, self.output,
        ])
        for key, slider in self.sliders.items():
            slider.observe(lambda change, key=key: self._on_rating(key, change["new"]), names="value")
        self.bar.observe(self._on_bar, names="value")
        self.target.observe(self._on_target, names="value")
        self._show()

    # ------------------------------------------------------------ handlers

    @handler
    def _on_rating(self, key: str, value: int) -> None:
        with self.output:
            self.assessment.rate(key, value or None)
            self.assessment.save_one(self.store, key, notebook=self.notebook)
            self._show()

    @handler
    def _on_bar(self, change) -> None:
        with self.output:
            self.assessment.set_bar(change["new"])
            self._show()

    @handler
    def _on_target(self, change) -> None:
        with self.output:
            self.assessment.set_target(change["new"])
            self._show()

    # ------------------------------------------------------------ showing

    def _show(self) -> None:
        self.note.value = f"<p>{text_html(self.assessment.target_note())}{self._target_skills()}</p>"
        self.gaps.value = gaps_html(self.assessment)
        self._draw()

    def _target_skills(self) -> str:
        named = self.assessment.target_skills()
        if not named:
            return ""
        return f"<br>The seeds also name for this role (not rated here): {text_html(', '.join(named))}."

    def _draw(self) -> None:
        from IPython.display import display

        if self._picture is None:
            self._picture = AssessmentPicture()
        drawn = self._picture.show(self.assessment)
        self.alt_text.value = announce_html(drawn.alt_text)
        self.picture.clear_output(wait=True)
        with self.picture:
            display(drawn)


def _grouped(controls: dict) -> list:
    """The rating boxes under two plain headings, "Required skills" and "Traits", in item order."""
    shown, kind = [], None
    for item in items():
        if item.kind != kind:
            kind = item.kind
            shown.append(widgets.HTML(f"<p><b>{'Required skills' if kind == 'skill' else 'Traits'}</b></p>"))
        shown.append(controls[item.key])
    return shown


def gaps_html(assessment: Assessment) -> str:
    """The gaps below the bar; with nothing rated there is nothing to judge, and it says so."""
    if assessment.rated == 0:
        return f"<div role='status'>{text_html(assessment.summary())} Choose a level for each item above.</div>"
    gaps = assessment.gaps()
    if not gaps:
        return render_feedback(True, assessment.summary(), heading="No gaps below your bar.")
    listed = "".join(f"<li>{text_html(gap.text)}</li>" for gap in gaps)
    return f"<p><b>Below your bar ({text_html(SCALE[assessment.bar])}):</b></p><ul>{listed}</ul>"
