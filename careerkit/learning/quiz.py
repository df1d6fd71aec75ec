"""Quiz questions, their answer keys, and the running state of one quiz.

Six question types share one contract, ``check(response) -> Feedback``, so a view
or a test never needs to know how a type scores; ``parse`` reads a stored answer back,
so a quiz built again over the same store shows what was answered. Authored questions
also carry ``notebook``, ``objective``, ``level`` and, for choice questions, one
``choice_feedback`` text per choice, which ``check`` returns for the chosen answer. Questions are frozen: a quiz for a
whole room is the same list of the same objects, and ``shuffled`` makes a new
question rather than reordering one in place. Nothing here imports ipywidgets;
the view in ``careerkit.widgets.quiz`` only shows what these objects say.

Every question also says which content items it ``covers``: the one it asks about,
and for a question that shows several items (a matching or tick-all question) each
of those, so a quiz can keep two questions that give each other away apart.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from careerkit.content.ids import item_key


@dataclass(frozen=True)
class Feedback:
    """What a learner sees after checking: verdict, share of credit, and why."""

    correct: bool
    score: float
    explanation: str
    expected: str
    choice_feedback: str = ""
    """Why the chosen answer is right or wrong (authored questions give one text per choice)."""
    practice: bool = False
    """True when the question had been checked before: the score keeps the first try."""


def _text_tuple(owner: str, name: str, values, minimum: int = 0) -> tuple[str, ...]:
    """A question's list field as a tuple of at least ``minimum`` distinct, non-blank strings."""
    if isinstance(values, str):
        raise ValueError(f"question {owner!r}: field {name!r} must be a list of texts, not one string")
    items = tuple(str(value) for value in values)
    if any(not item.strip() for item in items):
        raise ValueError(f"question {owner!r}: field {name!r} has a blank entry")
    repeated = sorted(item for item, count in Counter(items).items() if count > 1)
    if repeated:
        raise ValueError(f"question {owner!r}: field {name!r} repeats {repeated[0]!r}")
    if len(items) < minimum:
        raise ValueError(f"question {owner!r}: field {name!r} needs at least {minimum} entries, got {len(items)}")
    return items


def _index(owner: str, value, size: int, what: str = "choice") -> int:
    """A learner's pick as a checked index; bools and out-of-range numbers are refused."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < size:
        raise ValueError(f"question {owner!r}: {what} {value!r} is not a number from 0 to {size - 1}")
    return value


@dataclass(frozen=True, kw_only=True)
class _Question:
    """Fields every question carries; ``kind`` names the type for views and stores.

    ``covers`` holds the keys (``careerkit.content.ids.item_key``: ``glossary:devops``) of
    every content item the question asks about or shows in its prompt, choices or
    explanation. Its own item is always added, so a question about one item need
    not list any.
    """

    id: str
    prompt: str
    explanation: str
    topic: str
    source: str
    covers: frozenset[str] = frozenset()
    notebook: str = ""
    objective: str = ""
    level: str = ""
    kind: ClassVar[str] = ""

    def __post_init__(self):
        for name in ("id", "prompt", "explanation", "topic", "source"):
            if not str(getattr(self, name)).strip():
                raise ValueError(f"question {self.id!r}: field {name!r} is empty")
        self._set("covers", frozenset(_text_tuple(self.id, "covers", self.covers)) | {item_key(self.id)})

    def _set(self, name: str, value) -> None:
        object.__setattr__(self, name, value)

    def _feedback(self, score: float, expected: str, said: str = "") -> Feedback:
        return Feedback(
            correct=score == 1.0, score=score, explanation=self.explanation, expected=expected, choice_feedback=said
        )

    def parse(self, text: str):
        """The response a stored ``describe`` text stands for, or None when it no longer fits the question."""
        return None


def _choice_feedback(question, values) -> tuple[str, ...]:
    """Per-choice feedback: none, or exactly one non-blank text per choice."""
    feedback = tuple(str(value) for value in values)
    if feedback and (len(feedback) != len(question.choices) or any(not text.strip() for text in feedback)):
        raise ValueError(f"question {question.id!r}: field 'choice_feedback' needs one text per choice")
    return feedback


@dataclass(frozen=True, kw_only=True)
class SingleChoice(_Question):
    """One right answer among ``choices``; ``answer`` is its index."""

    choices: tuple[str, ...]
    answer: int
    choice_feedback: tuple[str, ...] = ()
    kind: ClassVar[str] = "single"

    def __post_init__(self):
        super().__post_init__()
        self._set("choices", _text_tuple(self.id, "choices", self.choices, minimum=2))
        self._set("choice_feedback", _choice_feedback(self, self.choice_feedback))
        _index(self.id, self.answer, len(self.choices), "answer")

    @property
    def expected(self) -> str:
        return self.choices[self.answer]

    def check(self, response: int | None) -> Feedback:
        if response is None:
            raise ValueError("Choose one answer before checking.")
        chosen = _index(self.id, response, len(self.choices))
        said = self.choice_feedback[chosen] if self.choice_feedback else ""
        return self._feedback(1.0 if chosen == self.answer else 0.0, self.expected, said)

    def describe(self, response: int) -> str:
        """The learner's pick as words, for the progress store."""
        return self.choices[response]

    def parse(self, text: str) -> int | None:
        return self.choices.index(text) if text in self.choices else None

    def shuffled(self, rng: random.Random) -> SingleChoice:
        order = rng.sample(range(len(self.choices)), len(self.choices))
        return replace(
            self, choices=tuple(self.choices[i] for i in order), answer=order.index(self.answer),
            choice_feedback=tuple(self.choice_feedback[i] for i in order) if self.choice_feedback else (),
        )


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(_Question):
    """Several right answers; picking some of them, and no wrong ones, earns partial credit."""

    choices: tuple[str, ...]
    answers: frozenset[int]
    choice_feedback: tuple[str, ...] = ()
    kind: ClassVar[str] = "multiple"

    def __post_init__(self):
        super().__post_init__()
        self._set("choices", _text_tuple(self.id, "choices", self.choices))
        self._set("choice_feedback", _choice_feedback(self, self.choice_feedback))
        self._set("answers", frozenset(_index(self.id, a, len(self.choices), "answer") for a in self.answers))
        if not self.answers:
            raise ValueError(f"question {self.id!r}: field 'answers' is empty")

    @property
    def expected(self) -> str:
        return "; ".join(self.choices[i] for i in sorted(self.answers))

    def check(self, response: Iterable[int] | None) -> Feedback:
        picked = {_index(self.id, value, len(self.choices)) for value in (response or ())}
        if not picked:
            raise ValueError("Tick at least one answer before checking.")
        hits, misses = len(picked & self.answers), len(picked - self.answers)
        score = max(0.0, (hits - misses) / len(self.answers))
        said = "\n".join(f"{self.choices[i]}: {self.choice_feedback[i]}" for i in sorted(picked) if self.choice_feedback)
        return self._feedback(score, self.expected, said)

    def describe(self, response: Iterable[int]) -> str:
        return "; ".join(self.choices[i] for i in sorted(response))

    def parse(self, text: str) -> set[int] | None:
        """Ticked choices back from their joined texts; choices are matched whole, so a '; ' inside one is no problem."""
        picked, rest = set(), text
        while rest:
            found = [i for i, choice in enumerate(self.choices) if rest == choice or rest.startswith(choice + "; ")]
            if not found:
                return None
            best = max(found, key=lambda i: len(self.choices[i]))
            picked.add(best)
            rest = rest[len(self.choices[best]) + 2 :]
        return picked or None

    def shuffled(self, rng: random.Random) -> MultipleChoice:
        order = rng.sample(range(len(self.choices)), len(self.choices))
        answers = frozenset(order.index(a) for a in self.answers)
        return replace(
            self, choices=tuple(self.choices[i] for i in order), answers=answers,
            choice_feedback=tuple(self.choice_feedback[i] for i in order) if self.choice_feedback else (),
        )


@dataclass(frozen=True, kw_only=True)
class Matching(_Question):
    """Pair each ``left`` item with one ``right`` item; ``pairs[i]`` indexes left[i]'s match."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    pairs: tuple[int, ...]
    kind: ClassVar[str] = "matching"

    def __post_init__(self):
        super().__post_init__()
        self._set("left", _text_tuple(self.id, "left", self.left))
        self._set("right", _text_tuple(self.id, "right", self.right))
        self._set("pairs", tuple(_index(self.id, p, len(self.right), "pair") for p in self.pairs))
        if len(self.pairs) != len(self.left) or len(set(self.pairs)) != len(self.pairs):
            raise ValueError(f"question {self.id!r}: field 'pairs' must give each left item its own right item")

    @property
    def expected(self) -> str:
        return "; ".join(f"{item} -> {self.right[p]}" for item, p in zip(self.left, self.pairs))

    def check(self, response: Sequence[int | None]) -> Feedback:
        if len(response) != len(self.left):
            raise ValueError(f"question {self.id!r}: expected {len(self.left)} matches, got {len(response)}")
        if all(value is None for value in response):
            raise ValueError("Match at least one item before checking.")
        picked = [None if v is None else _index(self.id, v, len(self.right), "match") for v in response]
        right = sum(p == want for p, want in zip(picked, self.pairs))
        return self._feedback(right / len(self.left), self.expected)

    def describe(self, response: Sequence[int | None]) -> str:
        return "; ".join(f"{item} -> {'?' if p is None else self.right[p]}" for item, p in zip(self.left, response))

    def parse(self, text: str) -> list[int | None] | None:
        """Matches back from ``describe``'s text, reading the left items in order."""
        picked, rest = [], text
        for k, item in enumerate(self.left):
            if not rest.startswith(f"{item} -> "):
                return None
            rest = rest[len(item) + 4 :]
            after = f"; {self.left[k + 1]} -> " if k + 1 < len(self.left) else None
            end = rest.find(after) if after else len(rest)
            if end < 0:
                return None
            value, rest = rest[:end], rest[end + 2 :]
            if value != "?" and value not in self.right:
                return None
            picked.append(None if value == "?" else self.right.index(value))
        return picked

    def shuffled(self, rng: random.Random) -> Matching:
        rows = rng.sample(range(len(self.left)), len(self.left))
        cols = rng.sample(range(len(self.right)), len(self.right))
        pairs = tuple(cols.index(self.pairs[r]) for r in rows)
        return replace(
            self, left=tuple(self.left[r] for r in rows), right=tuple(self.right[c] for c in cols), pairs=pairs
        )


@dataclass(frozen=True, kw_only=True)
class Ordering(_Question):
    """Put ``items`` back in order; ``shown`` is the scrambled order a learner starts from.

    Credit is the share of item pairs the learner puts in the right relative order,
    so one step out of place costs little and a reversed list earns nothing.
    """

    items: tuple[str, ...]
    shown: tuple[str, ...] = ()
    kind: ClassVar[str] = "ordering"

    def __post_init__(self):
        super().__post_init__()
        self._set("items", _text_tuple(self.id, "items", self.items, minimum=2))
        self._set("shown", _text_tuple(self.id, "shown", self.shown) or _scrambled(self.items, random.Random(self.id)))
        if sorted(self.shown) != sorted(self.items):
            raise ValueError(f"question {self.id!r}: field 'shown' must hold exactly the items")

    @property
    def expected(self) -> str:
        return "; ".join(f"{n}. {item}" for n, item in enumerate(self.items, start=1))

    def check(self, response: Sequence[str]) -> Feedback:
        _require_permutation(self.id, self.items, response)
        rank = {item: n for n, item in enumerate(self.items)}
        places = [rank[item] for item in response]
        pairs = [(a, b) for i, a in enumerate(places) for b in places[i + 1 :]]
        in_order = sum(a < b for a, b in pairs)
        return self._feedback(in_order / len(pairs), self.expected)

    def describe(self, response: Sequence[str]) -> str:
        return "; ".join(f"{n}. {item}" for n, item in enumerate(response, start=1))

    def parse(self, text: str) -> list[str] | None:
        parts = re.split(r"; (?=\d+\. )", text)
        items = [re.sub(r"^\d+\. ", "", part, count=1) for part in parts]
        return items if sorted(items) == sorted(self.items) else None

    def shuffled(self, rng: random.Random) -> Ordering:
        return replace(self, shown=_scrambled(self.items, rng))


def _scrambled(items: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """A shuffle that is never already the answer, so no ordering question comes pre-solved."""
    shown = tuple(rng.sample(items, len(items)))
    return shown if shown != items else shown[1:] + shown[:1]


def _require_permutation(owner: str, items: tuple[str, ...], response: Sequence[str]) -> None:
    counts = Counter(response)
    twice = [item for item in items if counts[item] > 1]
    if twice:
        raise ValueError(f"Each step goes in exactly one place; {twice[0]!r} is used {counts[twice[0]]} times.")
    unknown = [item for item in response if item not in items]
    if unknown or len(response) != len(items):
        detail = f"{unknown[0]!r} is not one of them" if unknown else f"got {len(response)} of {len(items)}"
        raise ValueError(f"question {owner!r}: an answer must place all {len(items)} steps; {detail}")


_ARTICLE = re.compile(r"^\s*(?:a|an|the)\s+")
_NOT_WORD = re.compile(r"[\W_]+")


def answer_key(text: str) -> str:
    """The form two short answers are compared in: accents, case, spacing,
    punctuation and a leading article do not count, so "The Dev-Ops" matches "DevOps"."""
    plain = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return _NOT_WORD.sub("", _ARTICLE.sub("", plain))


@dataclass(frozen=True, kw_only=True)
class ShortAnswer(_Question):
    """A typed answer; ``accepted[0]`` is shown as the answer, the rest are synonyms."""

    accepted: tuple[str, ...]
    kind: ClassVar[str] = "short"

    def __post_init__(self):
        super().__post_init__()
        self._set("accepted", _text_tuple(self.id, "accepted", self.accepted, minimum=1))
        if any(not answer_key(a) for a in self.accepted):
            raise ValueError(f"question {self.id!r}: field 'accepted' has an entry with no letters or digits")

    @property
    def expected(self) -> str:
        return self.accepted[0]

    def check(self, response: str | None) -> Feedback:
        if response is not None and not isinstance(response, str):
            raise ValueError(f"question {self.id!r}: a short answer must be text, got {type(response).__name__}")
        typed = answer_key(response or "")
        if not typed:
            raise ValueError("Type an answer before checking.")
        keys = {answer_key(a) for a in self.accepted}
        return self._feedback(1.0 if typed in keys else 0.0, self.expected)

    def describe(self, response: str) -> str:
        return str(response)

    def parse(self, text: str) -> str | None:
        return text or None

    def shuffled(self, rng: random.Random) -> ShortAnswer:
        return self


def parse_number(text) -> float:
    """A typed figure as a number: "$154,940", "154 940" and "154940.0" all read as 154940."""
    if isinstance(text, bool):
        raise ValueError("Type a number before checking.")
    if isinstance(text, (int, float)):
        return float(text)
    plain = re.sub(r"[\s,$\u00a0]", "", str(text or ""))
    plain = plain[:-1] if plain.endswith("%") else plain
    try:
        return float(plain)
    except ValueError:
        raise ValueError(f"Type a number, such as 12500; {str(text)!r} is not one.") from None


@dataclass(frozen=True, kw_only=True)
class Numeric(_Question):
    """A typed number, right when within ``tolerance`` of ``answer``; ``unit`` names what is typed.

    The figure is computed from the content when the bank is built (a wage from the wage
    table), never typed into a question file, so rebuilding the table updates it.
    """

    answer: float
    tolerance: float = 0.0
    unit: str = ""
    kind: ClassVar[str] = "numeric"

    def __post_init__(self):
        super().__post_init__()
        for name in ("answer", "tolerance"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
                raise ValueError(f"question {self.id!r}: field {name!r} must be a number, got {value!r}")
        if self.tolerance < 0:
            raise ValueError(f"question {self.id!r}: field 'tolerance' must not be negative, got {self.tolerance!r}")

    @property
    def expected(self) -> str:
        return _figure(self.answer, self.unit)

    def check(self, response) -> Feedback:
        if response is None or (isinstance(response, str) and not response.strip()):
            raise ValueError("Type a number before checking.")
        value = parse_number(response)
        right = abs(value - self.answer) <= self.tolerance
        said = "" if right else f"Your figure is {_figure(abs(value - self.answer), self.unit)} away from the answer."
        return self._feedback(1.0 if right else 0.0, self.expected, said)

    def describe(self, response) -> str:
        return str(response)

    def parse(self, text: str) -> str | None:
        try:
            parse_number(text)
        except ValueError:
            return None
        return text

    def shuffled(self, rng: random.Random) -> Numeric:
        return self


def _figure(value: float, unit: str) -> str:
    """A figure as a learner reads it: "$23,650" for dollars, "12.5 %" for a percentage."""
    if unit == "$":
        return f"${value:,.0f}"
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"{shown} {unit}".strip()


Question = SingleChoice | MultipleChoice | Matching | Ordering | ShortAnswer | Numeric


def _unique_questions(questions: Iterable[Question], owner: str) -> tuple[Question, ...]:
    questions = tuple(questions)
    if not questions:
        raise ValueError(f"{owner} needs at least one question")
    counts = Counter(q.id for q in questions)
    repeated = sorted(qid for qid, count in counts.items() if count > 1)
    if repeated:
        raise ValueError(f"{owner}: question id {repeated[0]!r} appears {counts[repeated[0]]} times")
    return questions


class Quiz:
    """One learner's pass through a list of questions: where they are, what they answered.

    ``store`` is anything with ``record_answer(item_id, correct, notebook=, response=,
    score=, kind=)`` (``careerkit.learning.progress.ProgressStore``); every check is recorded there.
    A store that can also list its rows (``rows("answers")``) gives the quiz back its
    earlier answers in this notebook: built again after a kernel restart, the quiz shows
    what was answered, the score and the next question to do.

    The score counts each question's first check only; checking again is practice,
    recorded and shown as such, so "3 of 5" always means three questions right first time.
    """

    def __init__(self, questions: Iterable[Question], store=None, notebook: str = ""):
        self.questions = _unique_questions(questions, "a quiz")
        self.store = store
        self.notebook = notebook or ""
        self.index = 0
        self._responses: dict[str, object] = {}
        self._feedback: dict[str, Feedback] = {}
        self._first: dict[str, Feedback] = {}
        self._restore()

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self):
        return iter(self.questions)

    @property
    def question(self) -> Question:
        return self.questions[self.index]

    def _restore(self) -> None:
        """Earlier answers to these questions in this notebook, from the store: first tries
        for the score, the latest for what is shown, and the position after the latest."""
        rows = getattr(self.store, "rows", None)
        if rows is None:
            return
        by_id = {question.id: question for question in self.questions}
        latest_position = None
        for row in rows("answers"):
            question = by_id.get(row["item_id"])
            if question is None or row["notebook"] != self.notebook:
                continue
            response = question.parse(row["response"])
            feedback = _stored_feedback(question, response, row)
            self._first.setdefault(question.id, feedback)
            self._feedback[question.id] = feedback
            if response is not None:
                self._responses[question.id] = response
            latest_position = self.questions.index(question)
        if latest_position is not None:
            self.index = self._next_open(latest_position)

    def _next_open(self, after: int) -> int:
        """The first unanswered question after ``after`` (wrapping round), else ``after`` itself."""
        count = len(self.questions)
        for step in range(1, count + 1):
            position = (after + step) % count
            if self.questions[position].id not in self._first:
                return position
        return after

    def answer(self, response) -> Feedback:
        """Check the current question, remember the answer, and record it in the store.

        A question checked before keeps its first score; this check comes back marked
        ``practice`` and is stored as an attempt like any other.
        """
        question = self.question
        feedback = question.check(response)
        if question.id in self._first:
            feedback = replace(feedback, practice=True)
        else:
            self._first[question.id] = feedback
        self._responses[question.id] = response
        self._feedback[question.id] = feedback
        if self.store is not None:
            self.store.record_answer(
                question.id,
                feedback.correct,
                notebook=self.notebook,
                response=question.describe(response),
                score=feedback.score,
                kind="quiz",
            )
        return feedback

    def go_to(self, index: int) -> Question:
        """Jump to a question by its 0-based position in this quiz."""
        last = len(self.questions) - 1
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= last:
            raise ValueError(f"this quiz has questions 0 to {last}; there is no question {index!r}")
        self.index = index
        return self.question

    def next(self) -> Question:
        """Move on; at the last question this stays put, so a double click does no harm."""
        return self.go_to(min(self.index + 1, len(self.questions) - 1))

    def previous(self) -> Question:
        return self.go_to(max(self.index - 1, 0))

    def response(self, question: Question | None = None):
        """What the learner last answered to ``question`` (default: the current one), or None."""
        return self._responses.get((question or self.question).id)

    def feedback(self, question: Question | None = None) -> Feedback | None:
        """The latest check of ``question`` (default: the current one), or None."""
        return self._feedback.get((question or self.question).id)

    def first_feedback(self, question: Question | None = None) -> Feedback | None:
        """The first check of ``question``: the one the score counts."""
        return self._first.get((question or self.question).id)

    @property
    def answered(self) -> int:
        return len(self._first)

    @property
    def score(self) -> float:
        """Credit so far, one point per question at most, from each question's first check."""
        return sum(f.score for f in self._first.values())

    @property
    def finished(self) -> bool:
        return self.answered == len(self.questions)

    def summary(self) -> str:
        """The score in words; the score counts first tries only (see ``answer``)."""
        return f"Score: {round(self.score, 2):g} of {len(self.questions)} ({self.answered} answered)"


def _stored_feedback(question: Question, response, row: dict) -> Feedback:
    """A stored answer as feedback: checked again when the response still fits the question,
    else the stored verdict with the question's explanation."""
    if response is not None:
        try:
            return question.check(response)
        except ValueError:
            pass
    score = float(row.get("score", 1.0 if row["correct"] else 0.0))
    return Feedback(correct=bool(row["correct"]), score=score, explanation=question.explanation,
                    expected=question.expected)


def content_item(question_id: str) -> str:
    """What a question asks about: its id after the first ':' (``glossary-term-definition:devops``
    and ``glossary-definition-term:devops`` both ask about ``devops``)."""
    return question_id.split(":", 1)[-1]


def _draw(pool: list[Question], n: int, rng: random.Random) -> list[Question]:
    """``n`` questions, no two covering one item as long as the pool allows.

    Questions come in rounds, one from each of a random choice of the content items
    not used up, and a question is taken unless it covers an item already taken.
    When that falls short, ``_apart`` looks again through every question in the
    order drawn, and whatever is still missing comes in further rounds, each free
    of overlaps within itself and starting from the questions that repeat the
    fewest items already asked, so the repeats stay few and spread out.
    """
    by_item: dict[str, list[Question]] = {}
    for question in pool:
        by_item.setdefault(content_item(question.id), []).append(question)
    queues = [rng.sample(group, len(group)) for group in by_item.values()]
    drawn, chosen, taken = [], [], set()
    while len(chosen) < n and any(queues):
        left = [queue for queue in queues if queue]
        for question in [queue.pop() for queue in rng.sample(left, min(n - len(chosen), len(left)))]:
            drawn.append(question)
            if not question.covers & taken:
                chosen.append(question)
                taken |= question.covers
    if len(chosen) == n:
        return chosen
    chosen, taken = [], set()
    while len(chosen) < n:
        drawn.sort(key=lambda question: len(question.covers & taken))
        layer = _apart(drawn, n - len(chosen))
        chosen += layer
        taken |= {key for question in layer for key in question.covers}
        used = {question.id for question in layer}
        drawn = [question for question in drawn if question.id not in used]
    return chosen


def _apart(questions: list[Question], k: int) -> list[Question]:
    """Up to ``k`` of ``questions``, in their order, with no item covered twice.

    Taking each question that fits can fall short when a question showing many
    items blocks the single-item questions on each of them; then the widest question
    taken is left out and the pass made again. This always finds ``k`` when there
    are ``k`` items that each have a question of their own.
    """
    best: list[Question] = []
    skipped: set[str] = set()
    while True:
        picked, taken = [], set()
        for question in questions:
            if question.id not in skipped and not question.covers & taken:
                picked.append(question)
                taken |= question.covers
                if len(picked) == k:
                    return picked
        best = max(best, picked, key=len)
        wide = [question for question in picked if len(question.covers) > 1]
        if not wide:
            return best
        skipped.add(max(wide, key=lambda question: len(question.covers)).id)


class QuizBank:
    """Every question the content can make; ``sample`` draws a quiz from it."""

    def __init__(self, questions: Iterable[Question]):
        self.questions = _unique_questions(questions, "a question bank")
        self._by_id = {q.id: q for q in self.questions}

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self):
        return iter(self.questions)

    def __getitem__(self, question_id: str) -> Question:
        try:
            return self._by_id[question_id]
        except KeyError:
            raise KeyError(f"no question with id {question_id!r} in this bank") from None

    @property
    def topics(self) -> list[str]:
        return sorted({q.topic for q in self.questions})

    def sample(
        self, n: int = 10, seed=None, topics: str | Iterable[str] | None = None, store=None, notebook=""
    ) -> Quiz:
        """A quiz of ``n`` distinct questions with shuffled choices, no two about one item.

        Two questions that cover the same content item (``covers``) give each other
        away: a matching question shows a term with its definition, so "type the term
        for this definition" is answered by it. So no two questions in the quiz cover
        a common item. Only when the pool has no ``n`` questions that far apart (``n``
        is more than the items there are, or the one question on an item shows many)
        does the quiz fill up with questions that overlap the others, as few and as
        spread out as it can; the test suite pins this for every ``n`` up to the number
        of items with a question of their own.
        The same ``seed`` gives the same questions in the same order with the same
        choice order, so a whole room can take one quiz; no seed gives a fresh draw.
        """
        pool = self._pool(topics)
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(pool):
            raise ValueError(f"n must be a whole number from 1 to {len(pool)} (questions available), got {n!r}")
        rng = random.Random(seed)
        return Quiz([q.shuffled(rng) for q in _draw(pool, n, rng)], store=store, notebook=notebook)

    def _pool(self, topics) -> list[Question]:
        if topics is None:
            return list(self.questions)
        wanted = {topics} if isinstance(topics, str) else set(topics)
        unknown = sorted(wanted - set(self.topics))
        if unknown or not wanted:
            raise ValueError(f"unknown topic {unknown[0] if unknown else ''!r}; known topics: {', '.join(self.topics)}")
        return [q for q in self.questions if q.topic in wanted]
