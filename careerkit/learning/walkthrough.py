"""A use case told step by step, with the learner deciding what the leader does next.

Reading a leader's eight actions as a list teaches less than predicting them one at a
time; this model turns a use case from ``careerkit.content.use_cases()`` into that game.
It knows nothing about ipywidgets: ``careerkit.widgets.UseCaseWalkthrough`` shows it.

Which goals an action serves is the project's reading of the seed, not the seed's
words, and every explanation about goals says so.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from careerkit import content
from careerkit.learning.quiz import Feedback

MAX_CHOICES = 4
"""The correct next action plus at most three distractors keeps a question readable."""

INTERPRETATION_NOTE = "Linking actions to goals is this project's reading of the seed; the seed does not state it."


@dataclass(frozen=True)
class Question:
    """One decision point; ``id`` names the use case and the action's own id
    (``walkthrough:<case>:<action>:next``), not its number, so a learner's history
    survives the actions being renumbered or reordered in data/use_cases.yaml."""

    id: str
    kind: str  # "next" (which action comes next) or "goal" (which goal it serves)
    step: int  # the action's number in the seed, 1-based
    prompt: str
    choices: tuple[str, ...]
    correct: frozenset[int]
    explanation: str

    def check(self, choice: int) -> Feedback:
        if not 0 <= choice < len(self.choices):
            raise ValueError(f"question {self.id}: choice {choice} is out of range 0..{len(self.choices) - 1}")
        correct = choice in self.correct
        expected = "; ".join(self.choices[index] for index in sorted(self.correct))
        return Feedback(correct=correct, score=float(correct), explanation=self.explanation, expected=expected)


def _next_action_question(use_case, position: int, seed: int) -> Question:
    """Distractors are drawn from the actions still ahead, so the answer is never
    guessable as "the one not yet seen"; the draw is seeded so a class sees the same quiz."""
    actions = use_case.actions
    action = actions[position]
    rng = random.Random(f"{seed}:{use_case.id}:{action.id}")
    later = list(actions[position + 1 :])
    options = [action, *rng.sample(later, min(MAX_CHOICES - 1, len(later)))]
    rng.shuffle(options)
    return Question(
        id=f"walkthrough:{use_case.id}:{action.id}:next",
        kind="next",
        step=action.number,
        prompt=f"What would the {_leader(use_case)} do next?",
        choices=tuple(option.title for option in options),
        correct=frozenset({options.index(action)}),
        explanation=f"Action {action.number} in the seed is \u201c{action.title}\u201d: {action.involves}",
    )


def _goal_question(use_case, position: int) -> Question:
    action = use_case.actions[position]
    goal_ids = [goal.id for goal in use_case.goals]
    served = [goal_id for goal_id in action.serves_goals if goal_id in goal_ids]
    if not served:
        raise ValueError(
            f"use case {use_case.id}, action {action.number} ({action.id}): serves_goals names no goal of this use case"
        )
    served_text = _goal_list([use_case.goals[goal_ids.index(goal_id)].text for goal_id in served])
    return Question(
        id=f"walkthrough:{use_case.id}:{action.id}:goal",
        kind="goal",
        step=action.number,
        prompt=f"Which goal does \u201c{action.title}\u201d serve?",
        choices=tuple(goal.text for goal in use_case.goals),
        correct=frozenset(goal_ids.index(goal_id) for goal_id in served),
        explanation=f"This action serves {served_text}. {INTERPRETATION_NOTE}",
    )


def _goal_list(texts: list[str]) -> str:
    """'the goal “A”' or 'the goals “A”, “B” and “C”', each without its own full stop,
    so the sentence they go into ends with exactly one."""
    quoted = [f"\u201c{text.strip().rstrip('.')}\u201d" for text in texts]
    joined = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    return f"the goal{'' if len(quoted) == 1 else 's'} {joined}"


def _leader(use_case) -> str:
    """The leader's title as it reads mid-sentence: "chief technology officer", "IT manager"."""
    title = content.find_role(use_case.role)["title"]
    return title if title[:2].isupper() else title[0].lower() + title[1:]


def find_use_case(use_case_id: str):
    """The use case a notebook names by id, with the known ids in the error if it is wrong."""
    cases = content.use_cases()
    for case in cases:
        if case.id == use_case_id:
            return case
    known = ", ".join(case.id for case in cases)
    raise ValueError(f"unknown use case {use_case_id!r}; known use cases: {known}")


def build_questions(use_case, seed: int = 0) -> list[Question]:
    """Every question of a walkthrough, in the order a learner meets them.

    The last action has no "what next?" question: with nothing left to choose from,
    it would be a gift.
    """
    questions = []
    for position in range(len(use_case.actions)):
        if position < len(use_case.actions) - 1:
            questions.append(_next_action_question(use_case, position, seed))
        questions.append(_goal_question(use_case, position))
    return questions


@dataclass
class Walkthrough:
    """A learner's pass through one use case: setting, decisions, then the outcome.

    ``store`` is anything with the progress store's ``record_answer`` and
    ``record_reflection``/``reflection`` (``careerkit.learning.progress``); without one, nothing
    is remembered between sessions. Only a question's first answer counts, so checking
    again after seeing the explanation cannot raise the score.
    """

    use_case: object
    seed: int = 0
    store: object = None
    notebook: str = "use-cases"
    questions: list[Question] = field(init=False)
    position: int = field(init=False, default=-1)  # -1 = setting, len(questions) = end
    answers: dict[str, Feedback] = field(init=False, default_factory=dict)

    def __post_init__(self):
        self.questions = build_questions(self.use_case, self.seed)

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
        """Move on; a question must be answered first so the score counts every step."""
        if self.stage == "end":
            raise ValueError(f"walkthrough {self.use_case.id} is finished; there is no next step")
        if self.question is not None and self.question.id not in self.answers:
            raise ValueError("Check an answer before moving on.")
        self.position += 1

    def check(self, choice: int) -> Feedback:
        question = self.question
        if question is None:
            raise ValueError(f"there is no question to answer at the {self.stage} of walkthrough {self.use_case.id}")
        feedback = question.check(choice)
        if question.id not in self.answers:
            self.answers[question.id] = feedback
            self._record(question, choice, feedback)
        return feedback

    def _record(self, question: Question, choice: int, feedback: Feedback) -> None:
        if self.store is None:
            return
        self.store.record_answer(
            question.id,
            feedback.correct,
            notebook=self.notebook,
            response=question.choices[choice],
            kind="walkthrough",
        )

    @property
    def score(self) -> int:
        return sum(feedback.correct for feedback in self.answers.values())

    def step_label(self) -> str:
        """Where the learner is, in words: "Action 3 of 8: what comes next?"."""
        total = len(self.use_case.actions)
        if self.stage == "setting":
            return f"The setting (then {total} actions)"
        if self.stage == "end":
            return "The outcome"
        question = self.question
        ask = "what comes next?" if question.kind == "next" else "which goal does it serve?"
        return f"Action {question.step} of {total}: {ask}"

    def scenario_text(self) -> str:
        """The story so far: the setting first, then each action already revealed."""
        if self.stage == "setting":
            return self._setting_text()
        if self.stage == "end":
            return self.summary()
        done = [action for action in self.use_case.actions if action.number < self.question.step]
        if self.question.kind == "goal":
            done.append(self.use_case.actions[self.question.step - 1])
        lines = [f"{self.use_case.title} ({self.use_case.setting})"]
        lines += [f"{action.number}. {action.title}: {action.involves}" for action in done]
        return "\n".join(lines)

    def _setting_text(self) -> str:
        goals = "\n".join(f"- {goal.text}" for goal in self.use_case.goals)
        return f"{self.use_case.title}\n{self.use_case.setting}\n\nGoals:\n{goals}"

    def summary(self) -> str:
        """The outcome and how the learner did, for the end of the walkthrough."""
        total = len(self.questions)
        return (
            f"Outcome: {self.use_case.outcome}\n\n"
            f"You answered {self.score} of {total} questions correctly on the first try "
            f"({len(self.answers)} answered).\n"
            f"Source: {self.use_case.source}"
        )

    def save_reflection(self, text: str) -> None:
        if self.store is None:
            raise ValueError("No progress store: pass store= to keep reflections between sessions.")
        self.store.record_reflection(self.reflection_id, text, notebook=self.notebook)

    def reflection(self) -> str:
        if self.store is None:
            return ""
        return self.store.reflection(self.reflection_id) or ""
