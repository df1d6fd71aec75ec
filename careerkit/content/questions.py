"""The authored questions (``data/questions/NN_slug.yaml``) and the use-case decisions
(``data/decisions.yaml``), read and checked like every other content table.

A question file holds one notebook's stated objectives, each with an id, and the
questions that test them; a question names the objective it serves, its level
(remember ... evaluate), its choices with feedback for every choice (why it is right,
or the misconception it reflects), its answer, an explanation and a source id from
``data/sources.csv``. ``data/decisions.yaml`` holds, per use case, the decisions a
leader faces (a situation, three or four options scored 0, 1 or 2 with the
consequence of each) and goal checks ("what would go wrong if this were skipped").

A mistake stops the load with a ``ContentError`` naming the file, the line and the
column of the offending field, so a contributor can go straight to it. Nothing here
knows about quizzes or widgets: ``careerkit.learning.questionbank`` and
``careerkit.learning.walkthrough`` turn these records into questions and decisions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from careerkit import content
from careerkit.content.loaders import ContentError
from careerkit.content.locations import DATA_DIR

LEVELS = ("remember", "understand", "apply", "analyze", "evaluate")
"""Bloom's levels, lowest first; every authored question names one."""

KINDS = ("single", "multiple")
"""Authored question kinds: one right choice, or several (tick all that apply)."""

QUESTIONS_FOLDER = "questions"
DECISIONS_FILE = "decisions.yaml"
_FILE_NAME = re.compile(r"^\d\d_[a-z0-9_]+\.yaml$")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Objective:
    """One stated objective of a notebook: what a learner can do after it."""

    id: str
    notebook: str
    text: str


@dataclass(frozen=True)
class AuthoredQuestion:
    """One authored question as the file states it; ``answers`` holds the right choices' positions."""

    id: str
    notebook: str
    objective: str
    level: str
    kind: str
    prompt: str
    choices: tuple[str, ...]
    feedback: tuple[str, ...]
    answers: tuple[int, ...]
    explanation: str
    source: str


@dataclass(frozen=True)
class QuestionSet:
    """One notebook's objectives and its authored questions, in file order."""

    notebook: str
    objectives: tuple[Objective, ...]
    questions: tuple[AuthoredQuestion, ...]

    def objective(self, objective_id: str) -> Objective:
        for objective in self.objectives:
            if objective.id == objective_id:
                return objective
        raise KeyError(f"notebook {self.notebook} has no objective {objective_id!r}")


@dataclass(frozen=True)
class Option:
    """One option of a decision: what the leader could do, its score (0-2) and what follows from it."""

    id: str
    text: str
    score: int
    consequence: str


@dataclass(frozen=True)
class Decision:
    """One decision the leader faces at one action of the use case."""

    id: str
    action: str
    situation: str
    question: str
    options: tuple[Option, ...]
    seed_choice: str
    why: str
    source: str


@dataclass(frozen=True)
class GoalCheckOption:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class GoalCheck:
    """'What would go wrong if this were skipped?' for one goal of the use case."""

    goal: str
    question: str
    options: tuple[GoalCheckOption, ...]
    explanation: str
    basis: str


@dataclass(frozen=True)
class DecisionCase:
    """A use case told as decisions: an intro, the steps, the goal checks and a debrief."""

    id: str
    intro: str
    steps: tuple[Decision, ...]
    goal_checks: tuple[GoalCheck, ...]
    debrief: str
    source: str


# ---------------------------------------------------------------- reading YAML with positions


class _PlacedLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A safe loader that remembers where each mapping and each of its keys start (line, column)."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__at__"] = (node.start_mark.line + 1, node.start_mark.column + 1)
        mapping["__keys__"] = {key.value: (key.start_mark.line + 1, key.start_mark.column + 1) for key, _ in node.value}
        return mapping


class _File:
    """One YAML file being checked: every error it raises names the file, a line and a column."""

    def __init__(self, path: Path):
        self.name = f"{path.parent.name}/{path.name}" if path.parent.name == QUESTIONS_FOLDER else path.name
        if not path.exists():
            raise ContentError(f"{self.name}: file not found in {path.parent}")
        try:
            self.document = yaml.load(path.read_text(encoding="utf-8"), Loader=_PlacedLoader)  # noqa: S506
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(error, "problem", None) or str(error)
            raise ContentError(f"{self.name}{where}: the YAML cannot be read: {problem}") from None
        if not isinstance(self.document, dict):
            raise ContentError(f"{self.name}, line 1, column 1: expected a mapping of fields at the top")

    def error(self, mapping: dict, field: str | None, message: str) -> ContentError:
        line, column = mapping.get("__keys__", {}).get(field, mapping.get("__at__", (1, 1)))
        named = f", field '{field}'" if field else ""
        return ContentError(f"{self.name}, line {line}, column {column}{named}: {message}")

    def fields(self, mapping, required: tuple[str, ...], optional: tuple[str, ...] = (), what: str = "entry") -> dict:
        """``mapping`` checked to hold exactly the named fields (optional ones may be missing)."""
        if not isinstance(mapping, dict):
            raise ContentError(f"{self.name}: each {what} must be a mapping of fields, got {mapping!r}")
        known = (*required, *optional)
        for name in mapping:
            if name not in ("__at__", "__keys__") and name not in known:
                raise self.error(mapping, name, f"unexpected field in a {what}; expected {', '.join(known)}")
        for name in required:
            if name not in mapping:
                raise self.error(mapping, None, f"the {what} has no field '{name}'")
        return mapping

    def text(self, mapping: dict, field: str) -> str:
        value = mapping.get(field)
        if not isinstance(value, str) or not value.strip():
            raise self.error(mapping, field, f"should be non-empty text, not {value!r}")
        return " ".join(value.split())

    def ident(self, mapping: dict, field: str) -> str:
        value = self.text(mapping, field)
        if not _ID.match(value):
            raise self.error(mapping, field, f"'{value}' is not an id (lowercase words joined by '-')")
        return value

    def items(self, mapping: dict, field: str, minimum: int = 1, maximum: int = 99) -> list:
        value = mapping.get(field)
        if not isinstance(value, list) or not minimum <= len(value) <= maximum:
            count = len(value) if isinstance(value, list) else "no list"
            raise self.error(mapping, field, f"should be a list of {minimum} to {maximum} entries, got {count}")
        return value

    def one_of(self, mapping: dict, field: str, allowed, what: str) -> str:
        value = self.text(mapping, field)
        if value not in allowed:
            raise self.error(mapping, field, f"'{value}' is not {what}; expected one of: {', '.join(sorted(allowed))}")
        return value


def _unique(file: _File, mapping: dict, value: str, seen: dict[str, str], what: str) -> None:
    if value in seen:
        raise file.error(mapping, "id", f"duplicate {what} id '{value}' (first in {seen[value]})")
    line, _ = mapping.get("__keys__", {}).get("id", (1, 1))
    seen[value] = f"{file.name}, line {line}"


# ---------------------------------------------------------------- question files


def _objectives(file: _File, notebook: str, seen: dict[str, str]) -> tuple[Objective, ...]:
    objectives = []
    for entry in file.items(file.document, "objectives", 1, 8):
        file.fields(entry, ("id", "text"), what="objective")
        objective_id = file.ident(entry, "id")
        _unique(file, entry, objective_id, seen, "objective")
        objectives.append(Objective(id=objective_id, notebook=notebook, text=file.text(entry, "text")))
    return tuple(objectives)


def _answers(file: _File, entry: dict, kind: str, count: int) -> tuple[int, ...]:
    value = entry.get("answer")
    values = value if kind == "multiple" and isinstance(value, list) else [value]
    if kind == "multiple" and not isinstance(value, list):
        raise file.error(entry, "answer", f"a multiple-choice answer is a list of choice positions, not {value!r}")
    for item in values:
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item < count:
            raise file.error(entry, "answer", f"{item!r} is not a choice position from 0 to {count - 1}")
    if len(set(values)) != len(values) or not values:
        raise file.error(entry, "answer", "names a choice twice, or none")
    if kind == "multiple" and len(values) == count:
        raise file.error(entry, "answer", "marks every choice right; leave at least one wrong choice")
    return tuple(sorted(values))


def _question(file: _File, entry: dict, notebook: str, objectives: dict, sources: frozenset[str]) -> AuthoredQuestion:
    file.fields(entry, ("id", "objective", "level", "kind", "prompt", "choices", "answer", "explanation", "source"),
                what="question")
    kind = file.one_of(entry, "kind", KINDS, "a question kind")
    choices, feedback = [], []
    for choice in file.items(entry, "choices", 2, 6):
        file.fields(choice, ("text", "feedback"), what="choice")
        text = file.text(choice, "text")
        if text in choices:
            raise file.error(choice, "text", f"repeats the choice '{text}'")
        choices.append(text)
        feedback.append(file.text(choice, "feedback"))
    source = file.text(entry, "source")
    if source not in sources:
        raise file.error(entry, "source", f"'{source}' is not an id in sources.csv")
    return AuthoredQuestion(
        id=file.ident(entry, "id"),
        notebook=notebook,
        objective=file.one_of(entry, "objective", objectives, f"an objective of {notebook}"),
        level=file.one_of(entry, "level", LEVELS, "a level"),
        kind=kind,
        prompt=file.text(entry, "prompt"),
        choices=tuple(choices),
        feedback=tuple(feedback),
        answers=_answers(file, entry, kind, len(choices)),
        explanation=file.text(entry, "explanation"),
        source=source,
    )


def _question_set(path: Path, sources: frozenset[str], seen: dict[str, str]) -> QuestionSet:
    file = _File(path)
    if not _FILE_NAME.match(path.name):
        raise ContentError(f"{file.name}, line 1, column 1: a question file is named like 05_key_concepts.yaml")
    file.fields(file.document, ("notebook", "objectives", "questions"), what="question file")
    notebook = file.text(file.document, "notebook")
    if notebook != path.stem:
        raise file.error(file.document, "notebook", f"'{notebook}' does not match the file name; expected '{path.stem}'")
    objectives = _objectives(file, notebook, seen)
    by_id = {objective.id: objective for objective in objectives}
    questions = []
    for entry in file.items(file.document, "questions"):
        question = _question(file, entry, notebook, by_id, sources)
        _unique(file, entry, question.id, seen, "question")
        questions.append(question)
    return QuestionSet(notebook=notebook, objectives=objectives, questions=tuple(questions))


def _source_ids(data_dir: Path | None) -> frozenset[str]:
    return frozenset(content.sources(data_dir)["id"])


@functools.cache
def _question_sets(data_dir: Path | None) -> dict[str, QuestionSet]:
    folder = (data_dir or DATA_DIR) / QUESTIONS_FOLDER
    paths = sorted(folder.glob("*.yaml"))
    if not paths:
        raise ContentError(f"{QUESTIONS_FOLDER}/: no question files (NN_slug.yaml) in {folder}")
    sources, seen = _source_ids(data_dir), {}
    sets = [_question_set(path, sources, seen) for path in paths]
    return {question_set.notebook: question_set for question_set in sets}


def question_sets(data_dir: Path | None = None) -> dict[str, QuestionSet]:
    """Every notebook's objectives and authored questions, keyed by notebook (file stem), checked."""
    return dict(_question_sets(data_dir))


def objectives(notebook: str, data_dir: Path | None = None) -> tuple[Objective, ...]:
    """A notebook's stated objectives, in the order its header lists them."""
    sets = _question_sets(data_dir)
    if notebook not in sets:
        raise KeyError(f"no question file for notebook {notebook!r}; known: {', '.join(sets)}")
    return sets[notebook].objectives


# ---------------------------------------------------------------- decisions


def _option(file: _File, entry: dict) -> Option:
    file.fields(entry, ("id", "text", "score", "consequence"), what="option")
    score = entry.get("score")
    if isinstance(score, bool) or score not in (0, 1, 2):
        raise file.error(entry, "score", f"should be 0 (a mistake), 1 (defensible with a cost) or 2, not {score!r}")
    return Option(id=file.ident(entry, "id"), text=file.text(entry, "text"), score=score,
                  consequence=file.text(entry, "consequence"))


def _decision(file: _File, entry: dict, actions: set[str], sources: frozenset[str]) -> Decision:
    file.fields(entry, ("id", "action", "situation", "question", "options", "seed_choice", "why", "source"),
                what="step")
    options = tuple(_option(file, option) for option in file.items(entry, "options", 3, 4))
    ids = [option.id for option in options]
    if len(set(ids)) != len(ids):
        raise file.error(entry, "options", "two options share an id")
    seed_choice = file.one_of(entry, "seed_choice", ids, "an option id of this step")
    if options[ids.index(seed_choice)].score != 2:
        raise file.error(entry, "seed_choice", f"option '{seed_choice}' is what the seed's leader did but scores below 2")
    source = file.text(entry, "source")
    if source not in sources:
        raise file.error(entry, "source", f"'{source}' is not an id in sources.csv")
    return Decision(
        id=file.ident(entry, "id"), action=file.one_of(entry, "action", actions, "an action of this use case"),
        situation=file.text(entry, "situation"), question=file.text(entry, "question"), options=options,
        seed_choice=seed_choice, why=file.text(entry, "why"), source=source,
    )


def _goal_check(file: _File, entry: dict, goals: set[str]) -> GoalCheck:
    file.fields(entry, ("goal", "question", "options", "explanation", "basis"), what="goal check")
    options = []
    for option in file.items(entry, "options", 3, 4):
        file.fields(option, ("text", "correct", "feedback"), what="goal check option")
        if not isinstance(option.get("correct"), bool):
            raise file.error(option, "correct", f"should be true or false, not {option.get('correct')!r}")
        options.append(GoalCheckOption(text=file.text(option, "text"), correct=option["correct"],
                                       feedback=file.text(option, "feedback")))
    if not any(option.correct for option in options):
        raise file.error(entry, "options", "no option is marked correct: true")
    return GoalCheck(goal=file.one_of(entry, "goal", goals, "a goal of this use case"),
                     question=file.text(entry, "question"), options=tuple(options),
                     explanation=file.text(entry, "explanation"), basis=file.text(entry, "basis"))


def _decision_case(file: _File, entry: dict, cases: dict, sources: frozenset[str]) -> DecisionCase:
    file.fields(entry, ("id", "intro", "steps", "goal_checks", "debrief"), what="use case")
    case = cases[file.one_of(entry, "id", cases, "a use case in use_cases.yaml")]
    actions, goals = {action.id for action in case.actions}, {goal.id for goal in case.goals}
    steps = tuple(_decision(file, step, actions, sources) for step in file.items(entry, "steps"))
    if len({step.id for step in steps}) != len(steps):
        raise file.error(entry, "steps", "two steps share an id")
    checks = tuple(_goal_check(file, check, goals) for check in file.items(entry, "goal_checks"))
    return DecisionCase(id=case.id, intro=file.text(entry, "intro"), steps=steps, goal_checks=checks,
                        debrief=file.text(entry, "debrief"), source=steps[0].source)


@functools.cache
def _decision_cases(data_dir: Path | None) -> dict[str, DecisionCase]:
    file = _File((data_dir or DATA_DIR) / DECISIONS_FILE)
    file.fields(file.document, ("use_cases",), what="decisions file")
    cases = {case.id: case for case in content.use_cases(data_dir)}
    sources = _source_ids(data_dir)
    found = [_decision_case(file, entry, cases, sources) for entry in file.items(file.document, "use_cases")]
    return {case.id: case for case in found}


def decision_cases(data_dir: Path | None = None) -> dict[str, DecisionCase]:
    """Each use case's decisions and goal checks, keyed by use case id, checked against use_cases.yaml."""
    return dict(_decision_cases(data_dir))


def decision_case(use_case_id: str, data_dir: Path | None = None) -> DecisionCase:
    cases = _decision_cases(data_dir)
    if use_case_id not in cases:
        raise KeyError(f"no decisions for use case {use_case_id!r} in {DECISIONS_FILE}; known: {', '.join(cases)}")
    return cases[use_case_id]
