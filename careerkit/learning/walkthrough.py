"""A use case told as the decisions its leader faces, with the learner making them.

Each step (from ``data/decisions.yaml``, read by ``careerkit.content.questions``) gives the
situation the leader is in and three or four options. Every option has a score (2: what
the seed's leader did, or as defensible; 1: defensible at a cost; 0: a mistake) and the
consequence it would have, which the learner reads whichever option they pick. The
seed lists its actions; it does not say they must come in that order, so the order is
never graded: a step asks *how* the leader handles a moment, not *what comes next*.
After the decisions come goal checks ("what would go wrong if this were skipped?"),
then the end compares the learner's path with the seed leader's and explains the
trade-offs.

Options are shuffled with the walkthrough's ``seed``, so a room sharing a seed sees the
same order. Answers go to the progress store; built again over the same store and
notebook, the walkthrough resumes where the learner stopped, with their earlier answers.
Only a step's first answer counts; checking it again is practice. Nothing here imports
ipywidgets: ``careerkit.widgets.UseCaseWalkthrough`` shows it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from careerkit import content
from careerkit.content import questions as authored
from careerkit.learning.quiz import Feedback

FULL_MARKS = 2
"""An option's top score: what the seed's leader did, or an equally defensible move."""

INTERPRETATION_NOTE = "Linking actions to goals is this project's reading of the seed; the seed does not state it."


@dataclass(frozen=True)
class Question:
    """One step of a walkthrough: a decision (``kind`` "decision") or a goal check ("goal").

    ``id`` names the use case and the action or goal (``walkthrough:<case>:<action>:decision``,
    ``walkthrough:<case>:<goal>:goal``), never a position, so a learner's history survives
    a reordered file. ``scores`` and ``feedback`` hold one entry per choice; ``seed_choice``
    is the position of what the seed's leader did (None for a goal check).
    """

    id: str
    kind: str
    step: int  # 1-based position among the steps of its kind
    title: str  # the action's title, or the goal's text
    situation: str
    prompt: str
    choices: tuple[str, ...]
    scores: tuple[int, ...]
    feedback: tuple[str, ...]
    seed_choice: int | None
    explanation: str

    @property
    def correct(self) -> frozenset[int]:
        """The choices with full marks."""
        return frozenset(i for i, score in enumerate(self.scores) if score == FULL_MARKS)

    def check(self, choice: int) -> Feedback:
        """The chosen option's consequence, its share of full marks, and why the seed's leader chose as they did."""
        if isinstance(choice, bool) or not isinstance(choice, int) or not 0 <= choice < len(self.choices):
            raise ValueError(f"question {self.id}: choice {choice!r} is out of range 0..{len(self.choices) - 1}")
        score = self.scores[choice] / FULL_MARKS
        expected = "; ".join(self.choices[index] for index in sorted(self.correct))
        return Feedback(correct=score == 1.0, score=score, explanation=self.explanation, expected=expected,
                        choice_feedback=self.feedback[choice])


def _decision_question(case, decision, position: int, rng: random.Random, titles: dict[str, str]) -> Question:
    order = rng.sample(range(len(decision.options)), len(decision.options))
    options = [decision.options[i] for i in order]
    seed_index = next(i for i, option in enumerate(options) if option.id == decision.seed_choice)
    return Question(
        id=f"walkthrough:{case.id}:{decision.action}:decision",
        kind="decision",
        step=position,
        title=titles[decision.action],
        situation=decision.situation,
        prompt=decision.question,
        choices=tuple(option.text for option in options),
        scores=tuple(option.score for option in options),
        feedback=tuple(option.consequence for option in options),
        seed_choice=seed_index,
        explanation=f"Why the seed's leader chose this way: {decision.why}",
    )


def _goal_question(case, check, position: int, rng: random.Random, goals: dict[str, str]) -> Question:
    order = rng.sample(range(len(check.options)), len(check.options))
    options = [check.options[i] for i in order]
    return Question(
        id=f"walkthrough:{case.id}:{check.goal}:goal",
        kind="goal",
        step=position,
        title=goals[check.goal],
        situation=f"The goal: {goals[check.goal]}",
        prompt=check.question,
        choices=tuple(option.text for option in options),
        scores=tuple(FULL_MARKS if option.correct else 0 for option in options),
        feedback=tuple(option.feedback for option in options),
        seed_choice=None,
        explanation=f"{check.explanation} {check.basis}",
    )


def find_use_case(use_case_id: str):
    """The use case a notebook names by id, with the known ids in the error if it is wrong."""
    cases = content.use_cases()
    for case in cases:
        if case.id == use_case_id:
            return case
    known = ", ".join(case.id for case in cases)
    raise ValueError(f"unknown use case {use_case_id!r}; known use cases: {known}")


def build_questions(use_case, seed=0) -> list:
    """Every step of a walkthrough in the order a learner meets them: the decisions, then the goal checks.

    The choices of each step are shuffled with ``seed`` (the same seed, the same order).
    """
    case = authored.decision_case(use_case.id)
    rng = random.Random(f"{seed}:{use_case.id}")
    titles = {action.id: action.title for action in use_case.actions}
    goals = {goal.id: goal.text for goal in use_case.goals}
    questions = [_decision_question(use_case, step, n, rng, titles) for n, step in enumerate(case.steps, start=1)]
    questions += [_goal_question(use_case, check, n, rng, goals) for n, check in enumerate(case.goal_checks, start=1)]
    return questions


def source_text(source: str) -> str:
    """A source id as a reader sees it: the title and section from data/sources.csv, never the raw id."""
    parts = []
    table = content.sources().set_index("id")
    ids = source.split(";") if isinstance(source, str) else list(source)
    for part in ids:
        if part in table.index:
            row = table.loc[part]
            parts.append(f"{row['title']} ({row['section']})" if str(row["section"]).strip() else str(row["title"]))
        else:
            parts.append("a source no longer listed in the workbook")
    return "; ".join(parts)


@dataclass
class Walkthrough:
    """A learner's pass through one use case: setting, decisions, goal checks, then the end.

    ``store`` is anything with the progress store's ``record_answer`` and
    ``record_reflection``/``reflection`` (``careerkit.learning.progress``); a store that can list
    its rows (``rows("answers")``) also gives back the earlier answers in this notebook.
    Only a step's first answer counts; checking again is practice.
    """

    use_case: object
    seed: int = 0
    store: object = None
    notebook: str = "use-cases"
    questions: list = field(init=False)
    position: int = field(init=False, default=-1)  # -1 = setting, len(questions) = end
    answers: dict[str, Feedback] = field(init=False, default_factory=dict)
    picks: dict[str, int] = field(init=False, default_factory=dict)
    case: object = field(init=False)

    def __post_init__(self):
        self.case = authored.decision_case(self.use_case.id)
        self.questions = build_questions(self.use_case, self.seed)
        self._restore()

    def _restore(self) -> None:
        """First answers from the store (this notebook only), and the position after them."""
        rows = getattr(self.store, "rows", None)
        if rows is None:
            return
        by_id = {question.id: question for question in self.questions}
        for row in rows("answers"):
            question = by_id.get(row["item_id"])
            if question is None or row["notebook"] != self.notebook or question.id in self.answers:
                continue
            if row["response"] in question.choices:
                choice = question.choices.index(row["response"])
                self.answers[question.id] = question.check(choice)
                self.picks[question.id] = choice
        if self.answers:
            open_steps = [n for n, question in enumerate(self.questions) if question.id not in self.answers]
            self.position = open_steps[0] if open_steps else len(self.questions)

    @property
    def stage(self) -> str:
        if self.position < 0:
            return "setting"
        return "question" if self.position < len(self.questions) else "end"

    @property
    def question(self) -> Question | None:
        return self.questions[self.position] if self.stage == "question" else None

    @property
    def reflection_id(self) -> str:
        return f"walkthrough:{self.use_case.id}:reflection"

    def advance(self) -> None:
        """Move on; a step must be answered first so the score counts every step."""
        if self.stage == "end":
            raise ValueError(f"walkthrough {self.use_case.id} is finished; there is no next step")
        if self.question is not None and self.question.id not in self.answers:
            raise ValueError("Check an answer before moving on.")
        self.position += 1

    def check(self, choice: int) -> Feedback:
        """Check a choice; the first check of a step counts and is stored, a later one comes back as practice."""
        question = self.question
        if question is None:
            raise ValueError(f"there is no question to answer at the {self.stage} of walkthrough {self.use_case.id}")
        feedback = question.check(choice)
        if question.id in self.answers:
            return replace(feedback, practice=True)
        self.answers[question.id] = feedback
        self.picks[question.id] = choice
        self._record(question, choice, feedback)
        return feedback

    def _record(self, question: Question, choice: int, feedback: Feedback) -> None:
        if self.store is None:
            return
        self.store.record_answer(
            question.id, feedback.correct, notebook=self.notebook, response=question.choices[choice],
            score=feedback.score, kind="walkthrough",
        )

    @property
    def score(self) -> int:
        """Points from first answers: up to 2 per decision and 2 per goal check."""
        return round(sum(feedback.score for feedback in self.answers.values()) * FULL_MARKS)

    @property
    def max_score(self) -> int:
        return FULL_MARKS * len(self.questions)

    def step_label(self) -> str:
        """Where the learner is, in words: "Decision 3 of 8: Identify and prioritize projects"."""
        decisions = sum(question.kind == "decision" for question in self.questions)
        checks = len(self.questions) - decisions
        if self.stage == "setting":
            return f"The setting (then {decisions} decisions and {checks} goal checks)"
        if self.stage == "end":
            return "Your path and the seed leader's"
        question = self.question
        if question.kind == "decision":
            return f"Decision {question.step} of {decisions}: {question.title}"
        return f"Goal check {question.step} of {checks}: what would go wrong if it were skipped?"

    def scenario_text(self) -> str:
        """What the learner reads before choosing: the setting, the step's situation, or the end."""
        if self.stage == "setting":
            goals = "\n".join(f"- {goal.text}" for goal in self.use_case.goals)
            return f"{self.use_case.title}\n{self.case.intro}\n\nGoals:\n{goals}"
        if self.stage == "end":
            return self.summary()
        return self.question.situation

    def path(self) -> list[str]:
        """Each decision in words: the learner's choice and its points beside the seed leader's choice."""
        lines = []
        for question in self.questions:
            if question.kind != "decision":
                continue
            seed_text = question.choices[question.seed_choice]
            if question.id not in self.picks:
                lines.append(f"{question.step}. {question.title}: not answered. The seed's leader: {seed_text}")
                continue
            pick = self.picks[question.id]
            points = question.scores[pick]
            same = "the same as the seed's leader" if pick == question.seed_choice else f"the seed's leader: {seed_text}"
            lines.append(f"{question.step}. {question.title}: you chose \u201c{question.choices[pick]}\u201d "
                         f"({points} of {FULL_MARKS} points); {same}")
        return lines

    def summary(self) -> str:
        """The end: the learner's path beside the seed leader's, the trade-offs, the outcome and a readable source."""
        answered = len(self.answers)
        return "\n".join([
            f"You scored {self.score} of {self.max_score} points on your first answers "
            f"({answered} of {len(self.questions)} steps answered).",
            "",
            "Your path and the seed leader's:",
            *self.path(),
            "",
            f"The trade-offs: {self.case.debrief}",
            "",
            f"How the seed's story ends: {self.use_case.outcome}",
            f"Source: {source_text(self.use_case.source)}",
        ])

    def save_reflection(self, text: str) -> None:
        if self.store is None:
            raise ValueError("No progress store: pass store= to keep reflections between sessions.")
        self.store.record_reflection(self.reflection_id, text, notebook=self.notebook)

    def reflection(self) -> str:
        if self.store is None:
            return ""
        return self.store.reflection(self.reflection_id) or ""
