"""UseCaseWalkthrough driven from Python the way a learner clicks through it."""

import html

import pytest

from careerkit.content import questions as authored
from careerkit.learning.progress import ProgressStore
from careerkit.widgets import UseCaseWalkthrough


@pytest.fixture
def store(tmp_path):
    with ProgressStore(tmp_path / "progress.sqlite3") as opened:
        yield opened


def choose(walk, points=2):
    question = walk.model.question
    walk.choices.index = question.scores.index(points) if points in question.scores else question.scores.index(2)
    walk.check.click()


def test_starts_with_the_setting_and_goals(store):
    walk = UseCaseWalkthrough("cto-digital-transformation", store=store)
    case = authored.decision_case("cto-digital-transformation")
    assert "The setting (then 8 decisions and 4 goal checks)" in walk.step.value
    assert case.intro[:60] in walk.scenario.value
    assert "Make better decisions with insights drawn from data." in walk.scenario.value
    assert walk.choices.layout.display == "none" and walk.check.disabled
    assert walk.next.description == "Start"


def test_a_decision_shows_its_situation_and_the_chosen_options_consequence(store):
    walk = UseCaseWalkthrough("cto-digital-transformation", store=store, notebook="06_use_case_cto")
    walk.next.click()
    step = authored.decision_case("cto-digital-transformation").steps[0]
    assert "Decision 1 of 8: Develop a digital transformation strategy" in walk.step.value
    assert step.situation[:50] in walk.scenario.value
    choose(walk, points=0)
    question = walk.model.question
    chosen = question.feedback[walk.choices.index]
    assert "A costly choice." in walk.feedback.value and html.escape(chosen, quote=True) in walk.feedback.value
    assert "The seed&#x27;s leader chose:" in walk.feedback.value
    assert "0 of 2 points so far" in walk.step.value
    answers = store.answers()
    assert list(answers["item_id"]) == ["walkthrough:cto-digital-transformation:develop-strategy:decision"]
    assert list(answers["correct"]) == [0] and set(answers["notebook"]) == {"06_use_case_cto"}


def test_checking_without_a_choice_or_moving_on_unanswered_is_explained(store):
    walk = UseCaseWalkthrough("it-manager-scaling-support", store=store)
    walk.next.click()
    walk.check.click()
    assert "Pick an option first." in walk.feedback.value
    walk.next.click()
    assert "Check an answer before moving on." in walk.feedback.value
    assert "Decision 1 of 8" in walk.step.value


def test_the_end_compares_paths_and_shows_a_readable_source(store):
    walk = UseCaseWalkthrough("it-manager-scaling-support", store=store, seed=2)
    walk.next.click()
    while walk.model.stage == "question":
        choose(walk)
        walk.next.click()
    assert "Your path and the seed leader&#x27;s" in walk.step.value
    assert f"You scored {walk.model.max_score} of {walk.model.max_score} points" in walk.scenario.value
    assert "Source: Leadership" in walk.scenario.value and ".txt#" not in walk.scenario.value
    assert walk.next.disabled and walk.check.disabled


def test_built_again_it_resumes_at_the_next_open_step(store):
    walk = UseCaseWalkthrough("cto-digital-transformation", store=store, notebook="06_use_case_cto")
    walk.next.click()
    choose(walk)
    again = UseCaseWalkthrough("cto-digital-transformation", store=store, notebook="06_use_case_cto")
    assert "Decision 2 of 8" in again.step.value and "2 of 2 points so far" in again.step.value


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
