"""The use-case walkthrough model: questions, scoring, progress ids and reflections."""

from types import SimpleNamespace

import pytest

from careerkit.learning.walkthrough import Walkthrough, build_questions


def make_use_case(actions=4):
    goals = [SimpleNamespace(id=f"g{n}", text=f"Goal {n}") for n in (1, 2, 3)]
    steps = [
        SimpleNamespace(
            number=n, id=f"a{n}", title=f"Action {n}", involves=f"doing thing {n}", serves_goals=[f"g{1 + n % 3}"]
        )
        for n in range(1, actions + 1)
    ]
    return SimpleNamespace(
        id="demo-case",
        title="A demo case",
        level="middle management",
        role="it-manager",
        setting="A small firm grows.",
        goals=goals,
        actions=steps,
        outcome="The firm copes.",
        source="001_70d67372d1a04c0d.txt#use-case-it-manager",
        seed_heading="Demo",
    )


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


def answer(walk, right=True):
    question = walk.question
    choice = min(question.correct) if right else next(i for i in range(len(question.choices)) if i not in question.correct)
    return walk.check(choice)


def test_next_question_offers_the_next_action_and_only_later_ones():
    questions = build_questions(make_use_case(), seed=3)
    first = questions[0]
    assert first.kind == "next"
    assert first.choices[min(first.correct)] == "Action 1"
    assert len(first.choices) == 4
    third_next = [q for q in questions if q.kind == "next" and q.step == 3][0]
    assert sorted(third_next.choices) == ["Action 3", "Action 4"]


def test_the_last_action_has_only_a_goal_question():
    questions = build_questions(make_use_case(), seed=0)
    assert [q.kind for q in questions if q.step == 4] == ["goal"]
    assert len(questions) == 4 + 3


def test_choices_are_deterministic_for_a_seed():
    case = make_use_case(8)
    assert build_questions(case, seed=5) == build_questions(case, seed=5)
    orders = {build_questions(case, seed=s)[0].choices for s in range(10)}
    assert len(orders) > 1


def test_question_ids_name_the_action_by_its_id_not_its_number():
    ids = [q.id for q in build_questions(make_use_case(), seed=9)]
    assert ids[:2] == ["walkthrough:demo-case:a1:next", "walkthrough:demo-case:a1:goal"]


def test_reordering_the_actions_keeps_each_actions_question_ids():
    case = make_use_case()
    renumbered = [SimpleNamespace(**{**vars(action), "number": n}) for n, action in enumerate(reversed(case.actions), start=1)]
    reordered = SimpleNamespace(**{**vars(case), "actions": renumbered})
    titles = {action.id: action.title for action in case.actions}
    for use_case in (case, reordered):
        for question in build_questions(use_case):
            action_title = titles[question.id.split(":")[2]]
            if question.kind == "goal":
                assert action_title in question.prompt
            else:
                assert question.choices[min(question.correct)] == action_title
    goal_ids = [{q.id for q in build_questions(use_case) if q.kind == "goal"} for use_case in (case, reordered)]
    assert goal_ids[0] == goal_ids[1] == {f"walkthrough:demo-case:a{n}:goal" for n in range(1, 5)}


def test_goal_explanation_says_the_link_is_an_interpretation():
    goal = build_questions(make_use_case())[1]
    assert goal.choices[min(goal.correct)] == "Goal 2"
    assert "This action serves the goal \u201cGoal 2\u201d." in goal.explanation
    assert "this project's reading of the seed" in goal.explanation


def test_a_walk_from_setting_to_outcome_scores_first_answers_and_records_them():
    store = FakeStore()
    walk = Walkthrough(make_use_case(), store=store, notebook="nb")
    assert walk.stage == "setting"
    assert "Goal 1" in walk.scenario_text() and "A small firm grows." in walk.scenario_text()
    walk.advance()
    assert walk.step_label() == "Action 1 of 4: what comes next?"
    assert not answer(walk, right=False).correct
    assert answer(walk, right=True).correct  # a retry shows feedback but does not score
    walk.advance()
    while walk.stage == "question":
        answer(walk)
        walk.advance()
    assert walk.stage == "end"
    assert walk.score == 6
    assert "Outcome: The firm copes." in walk.summary()
    assert "You answered 6 of 7 questions correctly" in walk.summary()
    assert len(store.answers) == 7
    assert store.answers[0][:2] == ("walkthrough:demo-case:a1:next", False)
    assert store.answers[0][2]["notebook"] == "nb"


def test_moving_on_without_answering_is_refused():
    walk = Walkthrough(make_use_case())
    walk.advance()
    with pytest.raises(ValueError, match="Check an answer before moving on."):
        walk.advance()


def test_a_choice_out_of_range_names_the_question():
    walk = Walkthrough(make_use_case())
    walk.advance()
    with pytest.raises(ValueError, match="question walkthrough:demo-case:a1:next: choice 7 is out of range 0..3"):
        walk.check(7)


def test_goal_links_to_unknown_goals_are_reported():
    case = make_use_case()
    case.actions[1].serves_goals = ["nope"]
    with pytest.raises(ValueError, match=r"use case demo-case, action 2 \(a2\): serves_goals names no goal"):
        build_questions(case)


def test_reflection_round_trips_through_the_store():
    store = FakeStore()
    walk = Walkthrough(make_use_case(), store=store)
    walk.save_reflection("I would start with the budget.")
    assert store.reflections == {"walkthrough:demo-case:reflection": "I would start with the budget."}
    assert Walkthrough(make_use_case(), store=store).reflection() == "I would start with the budget."


@pytest.mark.parametrize("case_id", ["cto-digital-transformation", "it-manager-scaling-support"])
def test_goal_feedback_lists_several_goals_with_one_full_stop_each_sentence(case_id):
    from careerkit.learning.walkthrough import find_use_case

    goals = [q for q in build_questions(find_use_case(case_id)) if q.kind == "goal"]
    assert any(len(q.correct) > 1 for q in goals)
    for question in goals:
        assert ".;" not in question.explanation and ".." not in question.explanation, question.explanation
        assert question.explanation.startswith("This action serves the goal")


def test_two_goals_are_joined_in_one_sentence():
    from careerkit.learning.walkthrough import find_use_case

    first = build_questions(find_use_case("it-manager-scaling-support"))[1]
    assert first.explanation.startswith(
        "This action serves the goals \u201cKeep the IT infrastructure stable, secure and able to scale\u201d and "
        "\u201cPlan the technology a growing company will need next\u201d. Linking actions to goals"
    )
