"""QuizWidget: a thin view over ``careerkit.learning.quiz.Quiz``, one question at a time.

The model checks and scores; this view only builds the right control for each
question type, hands the learner's response to ``Quiz.answer`` and shows the
feedback through ``render_feedback`` (escaped, so typed HTML is shown, not run).

    from careerkit.pages.common import notebook_check
    from careerkit.widgets import QuizWidget
    QuizWidget(notebook_check("05_key_concepts", seed=2026))

Built again over the same store and notebook (after a kernel restart), the quiz shows
the earlier answers, their feedback, the score and the next open question. Everything
is answerable from the keyboard: Tab moves between the choices and the buttons, the
arrow keys move within a radio group, Space or Enter ticks a box or presses a button,
and the buttons show a clear focus ring.
"""

from __future__ import annotations

import ipywidgets as widgets

from careerkit.learning.progress import store_or_default
from careerkit.learning.quiz import Feedback, Quiz
from careerkit.widgets.base import handler, render_feedback, text_html

_WIDE = {"width": "auto"}
_STYLE = (
    "<style>.careerkit-quiz .widget-radio-box label {height: auto; line-height: 1.4; white-space: normal;"
    " display: flex; align-items: flex-start; margin-bottom: 0.6em}"
    " .careerkit-quiz .widget-radio-box input {order: -1; flex: none; margin: 0.25em 0.6em 0 0}"
    " .careerkit-quiz button:focus-visible, .careerkit-quiz button:focus,"
    " .careerkit-quiz input:focus-visible, .careerkit-quiz select:focus-visible"
    " {outline: 3px solid #0B4F8A; outline-offset: 2px; box-shadow: 0 0 0 5px #FFFFFF}"
    " .careerkit-quiz .widget-dropdown select {min-width: 14em}</style>"
)
"""Long choices (a glossary definition) must wrap, not overlap: radio labels are one line high by default.
A focused button or choice gets a thick dark ring with a white halo, visible on the blue Check button too."""
_LABEL = {"description_width": "initial"}
PLACEHOLDER = "Choose a match"


def _as_quiz(questions, store, notebook) -> Quiz:
    """A Quiz from a Quiz or a list of questions; a store given here wins over the quiz's own.

    With no store anywhere, answers go to the learner's default store, as every other
    widget's do, so the dashboard and the flashcards see them.
    """
    if isinstance(questions, Quiz):
        store = store if store is not None else questions.store
        notebook = notebook if notebook is not None else questions.notebook
    store = store_or_default(store)
    if isinstance(questions, Quiz) and store is questions.store and notebook == questions.notebook:
        return questions
    return Quiz(list(questions), store=store, notebook=notebook or "")


def _close(control) -> None:
    """Close a control with its Layout and Style, which ipywidgets keeps as widgets of their own."""
    for part in (getattr(control, "layout", None), getattr(control, "style", None)):
        if part is not None:
            part.close()
    control.close()


def _verdict(feedback: Feedback) -> str:
    if feedback.correct:
        return "Correct."
    if feedback.score > 0:
        return f"Partly right ({feedback.score:.0%})."
    return "Not quite."


class QuizWidget(widgets.VBox):
    """One question at a time with Check, Previous and Next, and a running score.

    Attributes a test (or a curious learner) can drive: ``question`` (the current
    question model), ``choices`` (RadioButtons of a single-choice question),
    ``ticks`` (Checkboxes), ``matches`` and ``steps`` (Dropdowns), ``typed`` (Text),
    ``check``, ``previous``, ``next`` (Buttons), ``feedback`` and ``score`` (HTML).
    """

    def __init__(self, questions, store=None, notebook: str | None = None):
        self.quiz = _as_quiz(questions, store, notebook)
        self.position = widgets.HTML()
        self.prompt = widgets.HTML()
        self.answer_area = widgets.VBox()
        self.check = widgets.Button(description="Check", button_style="primary", tooltip="Check your answer")
        self.check.add_class("check")
        self.previous = widgets.Button(description="Previous", tooltip="Go to the previous question")
        self.next = widgets.Button(description="Next", tooltip="Go to the next question")
        self.feedback = widgets.HTML()
        self.score = widgets.HTML()
        self.output = widgets.Output()
        self.choices = self.ticks = self.matches = self.steps = self.typed = None
        super().__init__(children=[
            widgets.HTML(_STYLE), self.position, self.prompt, self.answer_area,
            widgets.HBox([self.previous, self.check, self.next]),
            self.feedback, self.score, self.output,
        ])
        self.add_class("careerkit-quiz")
        self.check.on_click(self._on_check)
        self.previous.on_click(self._on_previous)
        self.next.on_click(self._on_next)
        self._show()

    @property
    def question(self):
        return self.quiz.question

    # ------------------------------------------------------------ handlers

    @handler
    def _on_check(self, _button) -> None:
        with self.output:
            try:
                feedback = self.quiz.answer(self._response())
            except ValueError as error:
                self.feedback.value = render_feedback(False, str(error), heading="Not checked yet.")
                return
            self._show_feedback(feedback, self.quiz.response())
            self.score.value = text_html(self.quiz.summary())

    @handler
    def _on_previous(self, _button) -> None:
        with self.output:
            self.quiz.previous()
            self._show()

    @handler
    def _on_next(self, _button) -> None:
        with self.output:
            self.quiz.next()
            self._show()

    @handler
    def _on_change(self, _change) -> None:
        """A changed answer makes the shown verdict stale, so it goes."""
        self.feedback.value = ""

    # ------------------------------------------------------------ showing

    def _show(self) -> None:
        """Build the current question's controls; the previous ones are closed so a long
        quiz does not leave hundreds of orphaned widgets in the kernel."""
        quiz, question = self.quiz, self.quiz.question
        self.position.value = f"<b>Question {quiz.index + 1} of {len(quiz)}</b>"
        self.prompt.value = f"<p>{text_html(question.prompt)}</p>"
        self.choices = self.ticks = self.matches = self.steps = self.typed = None
        controls = getattr(self, f"_controls_{question.kind}")(question, quiz.response())
        replaced, self.answer_area.children = self.answer_area.children, controls
        for control in replaced:
            _close(control)
        for control in self._inputs():
            control.observe(self._on_change, names="value")
        self.previous.disabled = quiz.index == 0
        self.next.disabled = quiz.index == len(quiz) - 1
        self.feedback.value = ""
        if quiz.feedback() is not None:
            self._show_feedback(quiz.feedback(), quiz.response())
        self.score.value = text_html(quiz.summary())

    def _show_feedback(self, feedback: Feedback, response) -> None:
        """Verdict, why the chosen answer is right or wrong, the answer when missed, then the explanation.

        A check after the first is practice: it says so and that the score keeps the first try.
        """
        question = self.quiz.question
        typed = question.kind in ("short", "numeric") and response is not None
        said = f"You answered: {question.describe(response)}\n" if typed else ""
        why = f"{feedback.choice_feedback}\n" if feedback.choice_feedback else ""
        expected = "" if feedback.correct else f"The answer: {feedback.expected}\n"
        first = self.quiz.first_feedback()
        practice = ""
        if feedback.practice and first is not None:
            practice = f"\nPractice: your first try ({_verdict(first).rstrip('.').lower()}) is the one the score counts."
        heading = _verdict(feedback) if not feedback.practice else f"Practice. {_verdict(feedback)}"
        self.feedback.value = render_feedback(
            feedback.correct, f"{said}{why}{expected}{feedback.explanation}{practice}", heading=heading
        )

    def _inputs(self) -> list:
        found = [self.choices, self.typed, *(self.ticks or ()), *(self.matches or ()), *(self.steps or ())]
        return [control for control in found if control is not None]

    def _response(self):
        kind = self.quiz.question.kind
        if kind == "single":
            return self.choices.value
        if kind == "multiple":
            return {i for i, box in enumerate(self.ticks) if box.value}
        if kind == "matching":
            return [box.value for box in self.matches]
        if kind == "ordering":
            return [box.value for box in self.steps]
        return self.typed.value

    # ------------------------------------------------------------ one builder per question type

    def _controls_single(self, question, previous) -> list:
        """A radio group: Tab reaches it, the arrow keys move between choices, and its label names it."""
        self.choices = widgets.RadioButtons(
            options=[(choice, i) for i, choice in enumerate(question.choices)],
            index=previous, description="Answer", layout=_WIDE, style=_LABEL,
            tooltip="Choose one answer: arrow keys move between the choices",
        )
        return [self.choices]

    def _controls_multiple(self, question, previous) -> list:
        """One checkbox per choice: Tab moves between them and Space ticks one."""
        picked = previous or set()
        hint = widgets.HTML("<p>Tick every answer that applies.</p>")
        self.ticks = [
            widgets.Checkbox(value=i in picked, description=choice, indent=False, layout=_WIDE,
                             tooltip=f"Choice {i + 1} of {len(question.choices)}")
            for i, choice in enumerate(question.choices)
        ]
        return [hint, *self.ticks]

    def _controls_matching(self, question, previous) -> list:
        """Each item is shown once, whole and numbered, with its dropdown under it.

        The dropdown's label names the item's number ("Match for 2") and its tooltip the
        whole item, so a screen reader knows what is being matched; the dropdown is wide
        enough for the longest term and for the "Choose a match" placeholder.
        """
        previous = previous or [None] * len(question.left)
        options = [(PLACEHOLDER, None), *((item, j) for j, item in enumerate(question.right))]
        width = f"{max(len(label) for label, _ in options) + 16}ch"
        self.matches = [
            widgets.Dropdown(options=options, value=previous[k], description=f"Match for {k + 1}",
                             tooltip=f"Choose the match for: {item}", style=_LABEL,
                             layout={"width": width, "max_width": "100%"})
            for k, item in enumerate(question.left)
        ]
        rows = []
        for k, (item, box) in enumerate(zip(question.left, self.matches)):
            rows += [widgets.HTML(f"<p>{k + 1}. {text_html(item)}</p>"), box]
        return rows

    def _controls_ordering(self, question, previous) -> list:
        """Each dropdown is labelled with its place in the order; its value is the step put there."""
        order = previous or question.shown
        count = len(order)
        self.steps = [
            widgets.Dropdown(options=list(question.shown), value=item, description=f"Step {k + 1} of {count}",
                             tooltip=f"The step that goes in place {k + 1} of {count}", style=_LABEL, layout=_WIDE)
            for k, item in enumerate(order)
        ]
        hint = widgets.HTML("<p>Pick the step that goes in each place; each step is used once.</p>")
        return [hint, *self.steps]

    def _controls_short(self, question, previous) -> list:
        self.typed = widgets.Text(
            value=previous or "", description="Your answer", placeholder="Type a term", style=_LABEL
        )
        return [self.typed]

    def _controls_numeric(self, question, previous) -> list:
        """A text box for a figure; "$12,500", "12 500" and "12500" all read as the same number."""
        self.typed = widgets.Text(
            value=str(previous or ""), description="Your figure", placeholder="Type a number, e.g. 12500",
            tooltip="Type a number; a dollar sign and thousands separators are fine", style=_LABEL,
        )
        return [self.typed]
