"""The use-case walkthrough model: decisions and goal checks from data/decisions.yaml, scoring by
option score, resuming from the store, and an end that compares paths and names its source."""

from collections import Counter

import pytest

from careerkit import content
from careerkit.content import questions as authored
from careerkit.learning.progress import ProgressStore
from careerkit.learning.walkthrough import FULL_MARKS, Walkthrough, build_questions, find_use_case, source_text

CASES = [case.id for case in content.use_cases()]


class FakeStore:
    def __init__(self):
        self.answers = []
        self.reflections = {}

    def record_answer(self, item_id, correct, **details):
        self.answers.append((item_id, correct, details))

    def record_reflection(self, item_id, text, notebook=""):
        self.reflections[item_id] = text

    def reflection(self, item_id):
        return self.reflections.get(item_id)


def pick(walk, points):
    """Check the first option worth ``points``; returns its feedback."""
    question = walk.question
    return walk.check(question.scores.index(points))


def walk_through(walk, points=FULL_MARKS):
    walk.advance()
    while walk.stage == "question":
        scores = walk.question.scores
        pick(walk, points if points in scores else max(scores))
        walk.advance()


@pytest.mark.parametrize("case_id", CASES)
def test_every_action_is_a_decision_then_every_goal_check_follows(case_id):
    case = find_use_case(case_id)
    questions = build_questions(case, seed=3)
    decisions = [q for q in questions if q.kind == "decision"]
    checks = [q for q in questions if q.kind == "goal"]
    assert [q.title for q in decisions] == [step.title for step in (
        next(a for a in case.actions if a.id == d.action) for d in authored.decision_case(case_id).steps)]
    assert len(checks) == len(authored.decision_case(case_id).goal_checks)
    assert questions == decisions + checks
    for question in questions:
        assert 3 <= len(question.choices) <= 4
        assert len(question.feedback) == len(question.choices) and all(question.feedback)


@pytest.mark.parametrize("case_id", CASES)
def test_the_seed_leaders_option_moves_around_so_no_position_always_wins(case_id):
    decisions = [q for q in build_questions(find_use_case(case_id), seed=0) if q.kind == "decision"]
    positions = Counter(q.seed_choice for q in decisions)
    assert max(positions.values()) < len(decisions) / 2
    always_first = sum(q.scores[0] for q in decisions)
    assert always_first < FULL_MARKS * len(decisions) * 0.75


def test_options_are_shuffled_with_the_seed_and_the_same_seed_gives_the_same_order():
    case = find_use_case(CASES[0])
    assert build_questions(case, seed=5) == build_questions(case, seed=5)
    orders = {tuple(q.choices for q in build_questions(case, seed=seed)) for seed in range(6)}
    assert len(orders) > 1


def test_a_defensible_option_scores_one_point_and_says_its_consequence():
    walk = Walkthrough(find_use_case(CASES[0]))
    walk.advance()
    question = walk.question
    if 1 not in question.scores:
        pytest.skip("the first decision has no option worth one point")
    chosen = question.scores.index(1)
    feedback = walk.check(chosen)
    assert feedback.score == 0.5 and not feedback.correct
    assert feedback.choice_feedback == question.feedback[chosen]
    assert feedback.explanation.startswith("Why the seed's leader chose this way:")


def test_a_walk_scores_first_answers_only_and_records_them():
    store = FakeStore()
    walk = Walkthrough(find_use_case(CASES[1]), store=store, notebook="07_use_case_it_manager")
    walk.advance()
    first = pick(walk, 0)
    again = walk.check(walk.question.scores.index(FULL_MARKS))
    assert not first.correct and again.practice and again.correct
    assert walk.score == 0
    assert len(store.answers) == 1
    item_id, correct, details = store.answers[0]
    assert item_id == f"walkthrough:{CASES[1]}:{authored.decision_case(CASES[1]).steps[0].action}:decision"
    assert (correct, details["notebook"], details["kind"]) == (False, "07_use_case_it_manager", "walkthrough")


def test_the_end_compares_paths_explains_trade_offs_and_names_a_readable_source():
    case = find_use_case(CASES[0])
    walk = Walkthrough(case)
    walk_through(walk, points=1)
    text = walk.summary()
    assert walk.stage == "end"
    assert "Your path and the seed leader's:" in text
    assert "the seed's leader:" in text
    assert authored.decision_case(case.id).debrief in text
    sources = content.sources().set_index("id")
    source_id = case.source[0] if not isinstance(case.source, str) else case.source
    assert f"Source: {sources.at[source_id, 'title']} ({sources.at[source_id, 'section']})" in text
    assert source_id not in text


def test_an_unknown_source_is_named_in_words_not_as_an_id():
    assert source_text("999_gone.txt#nowhere") == "a source no longer listed in the workbook"


def test_moving_on_without_answering_is_refused():
    walk = Walkthrough(find_use_case(CASES[0]))
    walk.advance()
    with pytest.raises(ValueError, match="Check an answer before moving on."):
        walk.advance()


def test_a_choice_out_of_range_names_the_question():
    walk = Walkthrough(find_use_case(CASES[0]))
    walk.advance()
    with pytest.raises(ValueError, match=r"question walkthrough:cto-digital-transformation:.*: choice 9 is out of range"):
        walk.check(9)


def test_built_again_over_the_same_store_it_resumes_with_the_earlier_answers(tmp_path):
    case = find_use_case(CASES[0])
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        walk = Walkthrough(case, seed=4, store=store, notebook="06_use_case_cto")
        walk.advance()
        pick(walk, FULL_MARKS)
        walk.advance()
        pick(walk, 0)
        again = Walkthrough(case, seed=4, store=store, notebook="06_use_case_cto")
        elsewhere = Walkthrough(case, seed=4, store=store, notebook="another")
    assert again.position == 2 and again.score == FULL_MARKS and len(again.answers) == 2
    assert elsewhere.stage == "setting" and not elsewhere.answers


def test_reflection_round_trips_through_the_store():
    store = FakeStore()
    walk = Walkthrough(find_use_case(CASES[0]), store=store)
    walk.save_reflection("I would start smaller.")
    assert Walkthrough(find_use_case(CASES[0]), store=store).reflection() == "I would start smaller."
    with pytest.raises(ValueError, match="No progress store"):
        Walkthrough(find_use_case(CASES[0])).save_reflection("x")


def _length_ratio(best: list[str], others: list[str]) -> list[float]:
    mean = sum(map(len, others)) / len(others)
    return [len(text) / mean for text in best]


@pytest.mark.parametrize("case_id", CASES)
def test_no_best_option_is_the_long_odd_one_out(case_id):
    """Picking the longest option must not be a strategy: every full-mark option is 0.67x-1.5x
    the mean length of the others, and the longest option earns full marks in at most half the steps."""
    questions = build_questions(find_use_case(case_id))
    longest_wins = 0
    for question in questions:
        best = [question.choices[i] for i in sorted(question.correct)]
        others = [choice for i, choice in enumerate(question.choices) if i not in question.correct]
        assert all(0.67 <= ratio <= 1.5 for ratio in _length_ratio(best, others)), question.id
        longest = max(range(len(question.choices)), key=lambda i: len(question.choices[i]))
        longest_wins += longest in question.correct
    assert longest_wins <= len(questions) / 2
