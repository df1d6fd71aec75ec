"""UseCaseWalkthrough: the view over ``careerkit.learning.walkthrough.Walkthrough``.

Introduced in the use-cases notebook:

    from careerkit.widgets import UseCaseWalkthrough
    UseCaseWalkthrough("cto-digital-transformation")
"""

import ipywidgets as widgets

from careerkit.learning.progress import store_or_default
from careerkit.learning.walkthrough import Walkthrough, find_use_case
from careerkit.widgets.base import render_feedback, text_html

_HIDDEN = "none"
_SHOWN = ""


class UseCaseWalkthrough(widgets.VBox):
    """Setting, then one decision at a time, then the outcome and a reflection box.

    ``store`` defaults to the learner's progress store; tests pass their own.
    """

    def __init__(self, use_case="cto-digital-transformation", seed=0, store=None, notebook="use-cases"):
        if isinstance(use_case, str):
            use_case = find_use_case(use_case)
        store = store_or_default(store)
        self.model = Walkthrough(use_case, seed=seed, store=store, notebook=notebook)
        self.step = widgets.HTML()
        self.scenario = widgets.HTML()
        self.prompt = widgets.HTML()
        self.choices = widgets.RadioButtons(options=[], description="Your answer", layout={"width": "auto"})
        self.check = widgets.Button(description="Check", button_style="primary")
        self.next = widgets.Button(description="Start")
        self.feedback = widgets.HTML()
        self.reflection = widgets.Textarea(
            value=self.model.reflection(),
            description="Reflection",
            placeholder="What would you have done differently, and why?",
            layout={"width": "95%", "height": "6em"},
        )
        self.save = widgets.Button(description="Save reflection")
        self.saved = widgets.HTML()
        self.output = widgets.Output()
        self.check.on_click(self._on_check)
        self.next.on_click(self._on_next)
        self.save.on_click(self._on_save)
        super().__init__(
            children=[
                self.step,
                self.scenario,
                self.prompt,
                self.choices,
                widgets.HBox([self.check, self.next]),
                self.feedback,
                self.reflection,
                self.save,
                self.saved,
                self.output,
            ]
        )
        self._show()

    def _show(self):
        """Redraw everything from the model, so the view never holds state of its own."""
        model = self.model
        question = model.question
        self._show_step()
        self.scenario.value = f"<div>{text_html(model.scenario_text())}</div>"
        self.prompt.value = f"<b>{text_html(question.prompt)}</b>" if question else ""
        self.choices.options = list(question.choices) if question else []
        self.choices.index = None
        self.choices.layout.display = _SHOWN if question else _HIDDEN
        self.check.disabled = question is None
        self.next.description = "Start" if model.stage == "setting" else "Next"
        self.next.disabled = model.stage == "end"
        self.feedback.value = ""

    def _show_step(self):
        model = self.model
        score = f" · score {model.score} of {len(model.answers)}" if model.answers else ""
        self.step.value = f"<b>{text_html(model.step_label())}</b>{score}"

    def _on_check(self, _):
        with self.output:
            if self.choices.index is None:
                self.feedback.value = render_feedback(False, "Pick an answer first.", heading="No answer yet.")
                return
            feedback = self.model.check(self.choices.index)
            self.feedback.value = render_feedback(feedback.correct, feedback.explanation)
            self._show_step()

    def _on_next(self, _):
        with self.output:
            try:
                self.model.advance()
            except ValueError as error:
                self.feedback.value = render_feedback(False, str(error), heading="Not yet.")
                return
            self._show()

    def _on_save(self, _):
        with self.output:
            self.model.save_reflection(self.reflection.value)
            self.saved.value = f"Saved. Your reflection reads: <i>{text_html(self.model.reflection())}</i>"
