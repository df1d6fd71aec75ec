"""QuizWidget driven from Python the way a learner clicks through it."""

import time

import pytest

from careerkit.learning.quiz import Matching, MultipleChoice, Ordering, Quiz, ShortAnswer, SingleChoice
from careerkit.widgets import QuizWidget

COMMON = dict(explanation="Says the seed.", topic="glossary", source="001_70d67372d1a04c0d.txt#key-concepts")


def questions():
    return [
        SingleChoice(id="q:single", prompt="Pick <b>Beta</b>.", choices=("Alpha", "Beta", "Gamma"), answer=1, **COMMON),
        MultipleChoice(id="q:multiple", prompt="Tick A and C.", choices=("A", "B", "C"), answers={0, 2}, **COMMON),
        Matching(id="q:matching", prompt="Match.", left=("one", "two"), right=("2", "1"), pairs=(1, 0), **COMMON),
        Ordering(id="q:ordering", prompt="Order.", items=("first", "second", "third"), **COMMON),
        ShortAnswer(id="q:short", prompt="Name it.", accepted=("DevOps", "dev ops"), **COMMON),
    ]


def at_question(number):
    """A fresh widget moved on with Next, as a learner would, to question ``number``."""
    quiz = QuizWidget(questions())
    for _ in range(number - 1):
        quiz.next.click()
    return quiz


def test_right_single_choice_says_correct():
    quiz = QuizWidget(questions())
    assert "Question 1 of 5" in quiz.position.value
    assert "&lt;b&gt;Beta&lt;/b&gt;" in quiz.prompt.value
    quiz.choices.index = quiz.question.answer
    quiz.check.click()
    assert "Correct." in quiz.feedback.value
    assert "Score: 1 of 5 (1 answered)" in quiz.score.value


def test_wrong_single_choice_shows_the_answer_and_why():
    quiz = QuizWidget(questions())
    quiz.choices.index = 0
    quiz.check.click()
    assert "Not quite." in quiz.feedback.value
    assert "The answer: Beta" in quiz.feedback.value and "Says the seed." in quiz.feedback.value


def test_check_without_answer_asks_for_one():
    quiz = QuizWidget(questions())
    quiz.check.click()
    assert "Not checked yet." in quiz.feedback.value and "Choose one answer before checking." in quiz.feedback.value
    assert "0 answered" in quiz.score.value


def test_each_type_gets_its_control_and_scores():
    quiz = QuizWidget(questions())
    quiz.next.click()
    for box, tick in zip(quiz.ticks, (True, False, False)):
        box.value = tick
    quiz.check.click()
    assert "Partly right (50%)." in quiz.feedback.value
    quiz.next.click()
    quiz.matches[0].value, quiz.matches[1].value = 1, 0
    quiz.check.click()
    assert "Correct." in quiz.feedback.value
    quiz.next.click()
    for box, item in zip(quiz.steps, ("first", "second", "third")):
        box.value = item
    quiz.check.click()
    assert "Correct." in quiz.feedback.value
    quiz.next.click()
    quiz.typed.value = "  the Dev-Ops "
    quiz.check.click()
    assert "Correct." in quiz.feedback.value
    assert "Score: 3.5 of 5 (4 answered)" in quiz.score.value


def test_every_control_has_a_label():
    quiz = QuizWidget(questions())
    for _ in range(5):
        assert all(control.description for control in quiz._inputs())
        quiz.next.click()


def test_ordering_with_a_step_twice_is_refused_in_words():
    quiz = at_question(4)
    for box in quiz.steps:
        box.value = "first"
    quiz.check.click()
    assert "&#x27;first&#x27; is used 3 times" in quiz.feedback.value


@pytest.mark.parametrize("typed", ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">'])
def test_typed_html_is_shown_escaped(typed):
    quiz = at_question(5)
    quiz.typed.value = typed
    quiz.check.click()
    assert "<script" not in quiz.feedback.value and "<img" not in quiz.feedback.value
    assert "You answered: &lt;" in quiz.feedback.value
    assert "Not quite." in quiz.feedback.value


def test_changing_the_answer_clears_the_old_verdict():
    quiz = QuizWidget(questions())
    quiz.choices.index = 1
    quiz.check.click()
    quiz.choices.index = 2
    assert quiz.feedback.value == ""


def test_going_back_restores_answer_and_feedback():
    quiz = QuizWidget(questions())
    quiz.choices.index = 1
    quiz.check.click()
    quiz.next.click()
    assert quiz.feedback.value == "" and quiz.previous.disabled is False
    quiz.previous.click()
    assert quiz.choices.index == 1 and "Correct." in quiz.feedback.value
    assert quiz.previous.disabled and not quiz.next.disabled


def test_a_store_given_to_the_widget_wins_over_the_quizs_own(tmp_path):
    from careerkit.learning.progress import ProgressStore

    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        quiz = QuizWidget(Quiz(questions()), store=store, notebook="09_quiz")
        quiz.choices.index = 0
        quiz.check.click()
        answers = store.answers()
    row = answers.iloc[0]
    assert (row["item_id"], row["correct"], row["notebook"], row["response"], row["score"]) == (
        "q:single", False, "09_quiz", "Alpha", 0.0
    )


def test_paging_back_and_forth_does_not_pile_up_widgets():
    from ipywidgets.widgets.widget import _instances

    quiz = QuizWidget(questions())
    for _ in range(4):
        quiz.next.click()
    for _ in range(4):
        quiz.previous.click()
    before = len(_instances)
    for _ in range(3):
        for _ in range(4):
            quiz.next.click()
        for _ in range(4):
            quiz.previous.click()
    assert len(_instances) == before


def test_check_and_next_are_fast():
    quiz = QuizWidget(questions() + [
        SingleChoice(id=f"q:{i}", prompt="?", choices=("A", "B", "C", "D"), answer=0, **COMMON) for i in range(20)
    ])
    times = []
    for _ in range(len(quiz.quiz) - 1):
        start = time.perf_counter()
        quiz.check.click()
        quiz.next.click()
        times.append(time.perf_counter() - start)
    print(f"check+next: max {max(times) * 1000:.1f} ms, mean {sum(times) / len(times) * 1000:.1f} ms")


def test_a_seeded_quiz_from_the_bank_records_to_a_real_store(tmp_path):
    from careerkit.learning.progress import ProgressStore
    from careerkit.learning.questionbank import default_bank

    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        quiz = QuizWidget(default_bank().sample(5, seed=2026, topics="day-in-the-life"), store=store, notebook="09_quiz")
        quiz.choices.index = quiz.question.answer
        quiz.check.click()
        assert "Correct." in quiz.feedback.value
        answers = store.answers(notebook="09_quiz")
    assert list(answers["item_id"]) == [quiz.question.id]
    assert list(answers["correct"]) == [True] and list(answers["kind"]) == ["quiz"]
    assert list(answers["response"]) == [quiz.question.expected]


LONG_ITEM = (
    "Taking a project from its start through planning, doing and controlling the work to its close, "
    "so that it ends on schedule, inside its scope and on budget."
)


def test_each_match_item_is_shown_once_with_a_numbered_dropdown_under_it():
    quiz = at_question(3)
    assert [box.description for box in quiz.matches] == ["Match for 1", "Match for 2"]
    assert [box.tooltip for box in quiz.matches] == ["Choose the match for: one", "Choose the match for: two"]
    shown = [child.value for child in quiz.answer_area.children if child not in quiz.matches]
    assert shown == ["<p>1. one</p>", "<p>2. two</p>"]


def test_a_long_item_is_shown_whole_once_and_its_dropdown_fits_the_placeholder():
    question = Matching(id="q:long", prompt="Match each definition to its term.", left=(LONG_ITEM, "Short one"),
                        right=("Project management", "Other"), pairs=(0, 1), **COMMON)
    quiz = QuizWidget([question])
    long_box, short_box = quiz.matches
    assert long_box.tooltip == f"Choose the match for: {LONG_ITEM}"
    texts = [child.value for child in quiz.answer_area.children if hasattr(child, "value") and child not in quiz.matches]
    assert sum(LONG_ITEM in text for text in texts) == 1
    width = int(long_box.layout.width.removesuffix("ch"))
    assert width >= len("Choose a match") + len(long_box.description) and width >= len("Project management")
    long_box.value = 0
    short_box.value = 1
    quiz.check.click()
    assert "Correct." in quiz.feedback.value


def test_each_step_dropdown_is_labelled_with_its_place_in_the_order():
    quiz = at_question(4)
    assert [box.description for box in quiz.steps] == ["Step 1 of 3", "Step 2 of 3", "Step 3 of 3"]
    assert quiz.steps[0].tooltip == "The step that goes in place 1 of 3"
    assert "Pick the step that goes in each place; each step is used once." in quiz.answer_area.children[0].value


# ---------------------------------------------------------------- per-choice feedback, practice, memory, keyboard

FEEDBACK = ("Alpha is the first letter, not the one asked.", "Right: Beta is the one.", "Gamma comes third.")


def with_feedback(qid="q:fb"):
    return SingleChoice(id=qid, prompt="Pick Beta.", choices=("Alpha", "Beta", "Gamma"), answer=1,
                        choice_feedback=FEEDBACK, **COMMON)


def test_the_chosen_answers_own_feedback_is_shown(tmp_path):
    from careerkit.learning.progress import ProgressStore

    with ProgressStore(tmp_path / "p.sqlite3") as store:
        quiz = QuizWidget([with_feedback()], store=store, notebook="01_entry_level")
        quiz.choices.value = 2
        quiz.check.click()
    assert "Gamma comes third." in quiz.feedback.value
    assert "Alpha is the first letter" not in quiz.feedback.value
    assert "The answer: Beta" in quiz.feedback.value


def test_a_second_check_is_practice_and_says_so(tmp_path):
    from careerkit.learning.progress import ProgressStore

    with ProgressStore(tmp_path / "p.sqlite3") as store:
        quiz = QuizWidget([with_feedback()], store=store, notebook="01_entry_level")
        quiz.choices.value = 0
        quiz.check.click()
        quiz.choices.value = 1
        quiz.check.click()
    assert "Practice." in quiz.feedback.value and "first try (not quite) is the one the score counts" in quiz.feedback.value
    assert "Score: 0 of 1 (1 answered)" in quiz.score.value


def test_a_quiz_built_again_over_the_same_store_shows_answers_score_and_position(tmp_path):
    from careerkit.learning.progress import ProgressStore

    path = tmp_path / "p.sqlite3"
    with ProgressStore(path) as store:
        first = QuizWidget([with_feedback("q:a"), with_feedback("q:b"), with_feedback("q:c")], store=store,
                           notebook="05_key_concepts")
        first.choices.value = 1
        first.check.click()
        first.next.click()
        first.choices.value = 0
        first.check.click()
    with ProgressStore(path) as store:  # a kernel restart: a new store object on the same file
        again = QuizWidget([with_feedback("q:a"), with_feedback("q:b"), with_feedback("q:c")], store=store,
                           notebook="05_key_concepts")
    assert "Question 3 of 3" in again.position.value
    assert "Score: 1 of 3 (2 answered)" in again.score.value
    again.previous.click()
    assert again.choices.value == 0 and "Alpha is the first letter" in again.feedback.value
    again.previous.click()
    assert again.choices.value == 1 and "Correct." in again.feedback.value


def test_another_notebooks_answers_are_not_shown(tmp_path):
    from careerkit.learning.progress import ProgressStore

    with ProgressStore(tmp_path / "p.sqlite3") as store:
        store.record_answer("q:fb", True, notebook="02_mid_level", response="Beta", score=1.0)
        quiz = QuizWidget([with_feedback()], store=store, notebook="01_entry_level")
    assert "Score: 0 of 1 (0 answered)" in quiz.score.value and quiz.choices.value is None


def test_a_numeric_question_takes_a_typed_figure():
    from careerkit.learning.quiz import Numeric

    question = Numeric(id="q:n", prompt="How far apart?", answer=1850, tolerance=100, unit="$", **COMMON)
    quiz = QuizWidget([question])
    quiz.typed.value = "$1,900"
    quiz.check.click()
    assert "Correct." in quiz.feedback.value and "You answered: $1,900" in quiz.feedback.value
    assert quiz.typed.description == "Your figure"


def test_choices_are_a_keyboard_radio_group_and_check_has_a_focus_ring():
    quiz = QuizWidget(questions())
    assert quiz.choices.description == "Answer" and "arrow keys" in quiz.choices.tooltip
    assert "check" in quiz.check._dom_classes
    style = quiz.children[0].value
    assert ".careerkit-quiz button:focus-visible" in style and "outline: 3px solid" in style
