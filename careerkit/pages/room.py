"""A room quiz: one seeded quiz for a whole workshop, recorded under a name the class report shows.

Every learner runs the same cell; the same ``seed`` gives everyone the same questions in
the same order with the same order of choices, and the answers are stored under the
quiz's ``name`` (by default ``room-quiz-<seed>``), so the class report has a column and a
completion row for this quiz rather than for an unnamed one:

    from careerkit.pages.room import room_quiz
    room_quiz(seed=2026, n=10, name="workshop-march")

The instructor guide's workshop recipe uses this cell (``data/guide.yaml``).
"""

from __future__ import annotations

import re

from careerkit.learning.progress import store_or_default
from careerkit.learning.questionbank import question_bank
from careerkit.widgets.quiz import QuizWidget

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}")
"""Letters, digits, spaces, '-', '_' and '.', at most 60 characters: it becomes a column title."""


def room_quiz_name(seed, name: str | None = None) -> str:
    """The name a room quiz's answers are stored under; a bad name is refused with what is allowed."""
    if name is None:
        if isinstance(seed, bool) or not isinstance(seed, (int, str)) or not str(seed).strip():
            raise ValueError(f"a room quiz needs a seed (a whole number such as 2026) so the room shares it, got {seed!r}")
        return f"room-quiz-{seed}"
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name.strip()):
        raise ValueError(
            f"room quiz name {name!r} is not usable: use 1 to 60 letters, digits, spaces, '-', '_' or '.', "
            "starting with a letter or digit (e.g. 'workshop-march')"
        )
    return name.strip()


def room_quiz(seed: int = 2026, n: int = 10, name: str | None = None, *, topics=None, store=None) -> QuizWidget:
    """The quiz every learner in the room gets for ``seed``, stored under ``name``.

    Use one seed and one name for the whole room; change both for the next session.
    ``topics`` keeps to some notebooks' questions (``05_key_concepts``); ``store`` is for tests (the learner's
    own store otherwise).
    """
    quiz_name = room_quiz_name(seed, name)
    quiz = question_bank().sample(n, seed=seed, topics=topics, store=store_or_default(store), notebook=quiz_name)
    return QuizWidget(quiz)
