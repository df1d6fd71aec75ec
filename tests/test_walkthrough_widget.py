"""UseCaseWalkthrough driven from Python the way a learner clicks through it."""

import pytest

from careerkit.learning.progress import ProgressStore
from careerkit.widgets import UseCaseWalkthrough


@pytest.fixture
def store(tmp_path):
    with ProgressStore(tmp_path / "progress.sqlite3") as opened:
        yield opened


def choose(walk, right=True):
    question = walk.model.question
    wrong = [i for i in range(len(question.choices)) if i not in question.correct]
    walk.choices.index = min(question.correct) if right else wrong[0]
    walk.check.click()


def test_starts_with_the_setting_and_goals(store):
    walk = UseCaseWalkthrough("cto-digital-transformation", store=store)
    assert "The setting (then 8 actions)" in walk.step.value
    assert "A manufacturer faces stiffer competition" in walk.scenario.value
    assert "Make better decisions with insights drawn from data." in walk.scenario.value
    assert walk.choices.layout.display == "none" and walk.check.disabled
    assert walk.next.description == "Start"


def test_a_decision_gets_feedback_and_is_recorded_with_a_stable_id(store):
    walk = UseCaseWalkthrough("cto-digital-transformation", store=store, notebook="06_use_cases")
    walk.next.click()
    assert "Action 1 of 8: what comes next?" in walk.step.value
    assert "What would the chief technology officer do next?" in walk.prompt.value
    assert "Develop a digital transformation strategy" in walk.choices.options
    choose(walk, right=False)
    assert "Not quite." in walk.feedback.value
    assert "score 0 of 1" in walk.step.value
    assert "Action 1 in the seed is" in walk.feedback.value
    walk.next.click()
    assert "which goal does it serve?" in walk.step.value
    choose(walk, right=True)
    assert "Correct." in walk.feedback.value and "this project&#x27;s reading of the seed" in walk.feedback.value
    answers = store.answers()
    assert list(answers["item_id"]) == [
        "walkthrough:cto-digital-transformation:develop-strategy:next",
        "walkthrough:cto-digital-transformation:develop-strategy:goal",
    ]
    assert list(answers["correct"]) == [0, 1]
    assert set(answers["notebook"]) == {"06_use_cases"}


def test_checking_without_a_choice_or_moving_on_unanswered_is_explained(store):
    walk = UseCaseWalkthrough("it-manager-scaling-support", store=store)
    walk.next.click()
    walk.check.click()
    assert "Pick an answer first." in walk.feedback.value
    walk.next.click()
    assert "Check an answer before moving on." in walk.feedback.value
    assert "Action 1 of 8" in walk.step.value


def test_the_end_shows_the_outcome_and_the_score(store):
    walk = UseCaseWalkthrough("it-manager-scaling-support", store=store, seed=2)
    walk.next.click()
    while walk.model.stage == "question":
        choose(walk)
        walk.next.click()
    assert "The outcome" in walk.step.value
    assert "Outcome:" in walk.scenario.value
    assert "You answered 15 of 15 questions correctly" in walk.scenario.value
    assert walk.next.disabled and walk.check.disabled


@pytest.mark.parametrize("typed", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
def test_a_reflection_is_saved_and_shown_back_escaped(store, typed):
    walk = UseCaseWalkthrough("cto-digital-transformation", store=store)
    walk.reflection.value = typed
    walk.save.click()
    assert "Saved." in walk.saved.value
    assert "<script>" not in walk.saved.value and "<img" not in walk.saved.value
    assert "&lt;" in walk.saved.value
    assert store.reflection("walkthrough:cto-digital-transformation:reflection") == typed
    assert UseCaseWalkthrough("cto-digital-transformation", store=store).reflection.value == typed


def test_an_unknown_use_case_lists_the_known_ones(store):
    with pytest.raises(ValueError, match="unknown use case 'cfo'; known use cases: cto-digital-transformation, it-manager"):
        UseCaseWalkthrough("cfo", store=store)
