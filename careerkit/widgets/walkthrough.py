"""UseCaseWalkthrough: the view over ``careerkit.learning.walkthrough.Walkthrough``.

Introduced in the use-cases notebooks:

    from careerkit.widgets import UseCaseWalkthrough
    UseCaseWalkthrough("cto-digital-transformation")

Built again over the same store and notebook (after a kernel restart), it opens at the
first step not yet answered, with the score of the earlier answers.
"""

import ipywidgets as widgets

from careerkit.learning.progress import store_or_default
from careerkit.learning.walkthrough import Walkthrough, find_use_case
from careerkit.widgets.base import handler, render_feedback, text_html

_HIDDEN = "none"
_SHOWN = ""
_STYLE = (
    "<style>.careerkit-walkthrough .widget-radio-box label {height: auto; line-height: 1.4; white-space: normal;"
    " display: flex; align-items: flex-start; margin-bottom: 0.6em}"
    " .careerkit-walkthrough .widget-radio-box input {order: -1; flex: none; margin: 0.25em 0.6em 0 0}"
    " .careerkit-walkthrough button:focus-visible, .careerkit-walkthrough button:focus,"
    " .careerkit-walkthrough input:focus-visible"
    " {outline: 3px solid #0B4F8A; outline-offset: 2px; box-shadow: 0 0 0 5px #FFFFFF}</style>"
)
"""Options are sentences: they wrap instead of overlapping, and focus is clearly visible."""


def _verdict(feedback) -> str:
    if feedback.correct:
        return "Full marks."
    return "Defensible, at a cost." if feedback.score > 0 else "A costly choice."


class UseCaseWalkthrough(widgets.VBox):
    """Setting, then one decision at a time, the goal checks, then the end and a reflection box.

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
        self.choices = widgets.RadioButtons(options=[], description="Your choice", layout={"width": "auto"},
                                            style={"description_width": "initial"},
                                            tooltip="Choose one option: arrow keys move between them")
        self.check = widgets.Button(description="Check", button_style="primary", tooltip="Check your choice")
        self.check.add_class("check")
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
                widgets.HTML(_STYLE),
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
        self.add_class("careerkit-walkthrough")
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
        self.next.description = {"setting": "Start", "end": "Next"}.get(model.stage, "Next")
        self.next.disabled = model.stage == "end"
        self.feedback.value = ""

    def _show_step(self):
        model = self.model
        score = f" · {model.score} of {2 * len(model.answers)} points so far" if model.answers else ""
        self.step.value = f"<b>{text_html(model.step_label())}</b>{score}"

    @handler
    def _on_check(self, _):
        with self.output:
            if self.choices.index is None:
                self.feedback.value = render_feedback(False, "Pick an option first.", heading="No choice yet.")
                return
            feedback = self.model.check(self.choices.index)
            question = self.model.question
            heading = _verdict(feedback)
            parts = [f"What follows: {feedback.choice_feedback}"]
            if question.kind == "decision":
                seed = question.choices[question.seed_choice]
                parts.append(f"The seed's leader chose: {seed}" if self.choices.index != question.seed_choice
                             else "This is what the seed's leader chose.")
            elif not feedback.correct:
                parts.append(f"The answer: {feedback.expected}")
            parts.append(feedback.explanation)
            if feedback.practice:
                heading = f"Practice. {heading}"
                parts.append("Practice: your first choice is the one the score counts.")
            self.feedback.value = render_feedback(feedback.correct, "\n".join(parts), heading=heading)
            self._show_step()

    @handler
    def _on_next(self, _):
        with self.output:
            try:
                self.model.advance()
            except ValueError as error:
                self.feedback.value = render_feedback(False, str(error), heading="Not yet.")
                return
            self._show()

    @handler
    def _on_save(self, _):
        with self.output:
            self.model.save_reflection(self.reflection.value)
            self.saved.value = f"Saved. Your reflection reads: <i>{text_html(self.model.reflection())}</i>"
