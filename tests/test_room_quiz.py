"""A room quiz: one seed gives the room one quiz, recorded under a name the class report shows."""

import pytest

from careerkit.learning.progress import ProgressStore
from careerkit.pages.room import room_quiz, room_quiz_name
from careerkit.teaching.classview import class_results


def _answer_first_single_choice(widget, right: bool) -> str:
    """Answer the first single-choice question the way a learner would; returns its id."""
    position = next(i for i, q in enumerate(widget.quiz.questions) if q.kind == "single")
    while widget.quiz.index < position:
        widget.next.click()
    question = widget.question
    widget.choices.index = question.answer if right else (question.answer + 1) % len(question.choices)
    widget.check.click()
    return question.id


def test_the_same_seed_gives_every_learner_the_same_quiz(tmp_path):
    with ProgressStore(tmp_path / "ann.sqlite3") as ann, ProgressStore(tmp_path / "bob.sqlite3") as bob:
        first, second = room_quiz(seed=7, n=5, store=ann), room_quiz(seed=7, n=5, store=bob)
        assert [q.prompt for q in first.quiz] == [q.prompt for q in second.quiz]
        assert [getattr(q, "choices", None) for q in first.quiz] == [getattr(q, "choices", None) for q in second.quiz]
        other = room_quiz(seed=8, n=5, store=ann)
        assert [q.id for q in other.quiz] != [q.id for q in first.quiz]


def test_answers_are_stored_under_the_quiz_name_and_the_class_report_shows_it(tmp_path):
    homes = tmp_path / "homes"
    for name, right in (("ann", True), ("bob", False)):
        (homes / name).mkdir(parents=True)
        with ProgressStore(homes / name / "progress.sqlite3") as store:
            widget = room_quiz(seed=2026, n=4, name="workshop-march", store=store)
            asked = _answer_first_single_choice(widget, right)
            answers = store.answers()
            assert set(answers["notebook"]) == {"workshop-march"}
            assert answers["item_id"].tolist() == [asked]
    table = class_results(homes).learners.set_index("learner")
    assert table["quiz score: workshop-march"].tolist() == [1.0, 0.0]
    assert "quiz score: " not in table.columns


def test_the_default_name_comes_from_the_seed_and_bad_names_are_refused():
    assert room_quiz_name(2026) == "room-quiz-2026"
    with pytest.raises(ValueError, match="room quiz name '' is not usable"):
        room_quiz_name(1, "")
    with pytest.raises(ValueError, match="room quiz name '<b>x</b>' is not usable"):
        room_quiz_name(1, "<b>x</b>")
    with pytest.raises(ValueError, match="a room quiz needs a seed"):
        room_quiz_name(None)
