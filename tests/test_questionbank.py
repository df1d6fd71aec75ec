"""The question bank made from careerkit's content: every answer key agrees with itself."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerkit import content
from careerkit.content.ids import item_key
from careerkit.learning.questionbank import (
    BLANK,
    default_bank,
    glossary_masked,
    glossary_questions,
    tool_questions,
)
from careerkit.learning.quiz import answer_key, content_item

BANK = default_bank()


def right_response(question):
    return {
        "single": lambda q: q.answer,
        "multiple": lambda q: set(q.answers),
        "matching": lambda q: list(q.pairs),
        "ordering": lambda q: list(q.items),
        "short": lambda q: q.accepted[0],
    }[question.kind](question)


def wrong_responses(question):
    """Every distractor, or for matching and ordering a few arrangements that are not the key."""
    if question.kind == "single":
        return [i for i in range(len(question.choices)) if i != question.answer]
    if question.kind == "multiple":
        wrong = [i for i in range(len(question.choices)) if i not in question.answers]
        return [{i} for i in wrong] + [set(question.answers) | {i} for i in wrong]
    if question.kind == "matching":
        pairs = list(question.pairs)
        return [pairs[1:] + pairs[:1], [None] * (len(pairs) - 1) + pairs[-1:]]
    if question.kind == "ordering":
        items = list(question.items)
        return [list(question.shown), items[::-1], items[1:2] + items[:1] + items[2:]]
    others = {q.expected for q in BANK if q.kind == "short"} - {question.expected}
    return sorted(o for o in others if answer_key(o) not in {answer_key(a) for a in question.accepted})


@pytest.mark.parametrize("question", BANK.questions, ids=lambda q: q.id)
def test_answer_key_marks_its_own_answer_right_and_distractors_wrong(question):
    assert question.check(right_response(question)).correct
    for response in wrong_responses(question):
        assert not question.check(response).correct, response


def test_bank_covers_every_topic_and_kind():
    assert BANK.topics == ["certifications", "day-in-the-life", "glossary", "roles", "tools", "traits", "use-cases"]
    assert {q.kind for q in BANK} == {"single", "multiple", "matching", "ordering", "short"}


def test_ids_are_unique_and_named_for_content():
    ids = [q.id for q in BANK]
    assert len(ids) == len(set(ids))
    for expected in (
        "glossary-term-definition:cloud-computing",
        "glossary-definition-term:devops",
        "glossary-short-answer:itil",
        "role-stage:help-desk-technician",
        "role-track:chief-technology-officer",
        "certification-issuer:cissp",
        "tool-category:jira",
        "day-activity-block:meet-with-direct-reports",
        "trait-name:adaptability",
        "certifications-in-domain:security",
        "tool-category-examples:project-management-tools",
    ):
        assert BANK[expected].source


def test_every_glossary_term_is_asked_in_each_direction_and_typed():
    for term_id in content.glossary()["id"]:
        for kind in ("glossary-term-definition", "glossary-definition-term", "glossary-short-answer"):
            assert f"{kind}:{term_id}" in {q.id for q in BANK}


def test_no_choice_repeats_or_looks_like_another():
    for question in BANK:
        for field in ("choices", "right", "left", "items"):
            values = getattr(question, field, ())
            assert len({answer_key(v) for v in values}) == len(values), (question.id, field)


def test_issuer_asked_only_where_known():
    certifications = content.certifications()
    known = set(certifications[certifications["issuer"].notna()]["id"])
    asked = {q.id.split(":")[1] for q in BANK if q.id.startswith("certification-issuer:")}
    assert asked == known


def test_term_definition_distractors_come_from_the_same_category_first():
    glossary = content.glossary()
    masked = {glossary_masked(row): row["category"] for _, row in glossary.iterrows()}
    question = BANK["glossary-term-definition:project-management"]
    same = glossary[(glossary["category"] == "delivery") & (glossary["id"] != "project-management")]
    categories = [masked[c] for i, c in enumerate(question.choices) if i != question.answer]
    assert categories.count("delivery") == len(same)


def test_definitions_do_not_give_their_term_away():
    question = BANK["glossary-definition-term:agile-methodologies"]
    assert BLANK in question.prompt and "Agile" not in question.prompt


def test_short_answer_accepts_synonyms_and_both_halves_of_a_long_name():
    question = BANK["glossary-short-answer:itil"]
    for typed in ("itil", "Information Technology Infrastructure Library", "the ITIL"):
        assert question.check(typed).correct
    assert BANK["glossary-short-answer:data-analytics-business-intelligence"].check("BI").correct


def test_every_role_is_asked_at_which_stage_it_sits_with_the_stages_as_choices():
    roles, stages = content.roles(), content.stages()
    names = dict(zip(stages["id"], stages["name"]))
    for _, role in roles.iterrows():
        question = BANK[f"role-stage:{role['id']}"]
        assert question.expected == names[role["stage"]]
        assert sorted(question.choices) == sorted(names.values())
        assert role["title"] in question.prompt and role["title"] in question.explanation


def test_a_role_stage_explanation_says_whose_placing_it_is():
    manager, vp, ciso = (BANK[f"role-stage:{role}"] for role in ("it-manager", "vp-of-technology", "chief-information-security-officer"))
    assert manager.prompt == "At which career stage does the workbook place the role 'IT manager'?"
    assert manager.explanation.startswith(
        "The leadership article lists IT manager among its job titles, and the workbook places it at the Leadership and executive stage."
    )
    assert manager.source == "001_70d67372d1a04c0d.txt#job-titles;000_d887b3264116e4a0.txt#executive-level"
    assert ciso.expected == "Leadership and executive" and "among its job titles" in ciso.explanation
    assert vp.explanation.startswith(
        "The leadership article's career pathway names VP of technology at step 4 (executive roles), and the workbook places it"
    )
    assert vp.source.startswith("001_70d67372d1a04c0d.txt#career-pathway-step-4;")
    help_desk = BANK["role-stage:help-desk-technician"]
    assert help_desk.prompt == "At which career stage does the stages article place the role 'Help desk technician'?"
    assert help_desk.explanation.startswith("The stages article puts Help desk technician at the Entry level stage.")
    assert help_desk.source == "000_d887b3264116e4a0.txt#entry-level"


def test_ordering_question_asks_for_a_use_cases_actions():
    question = BANK["use-case-order:cto-digital-transformation"]
    assert question.prompt.startswith("Put the Chief technology officer's eight actions")
    assert question.items[0] == "Develop a digital transformation strategy"


def test_a_tool_in_two_categories_is_never_offered_its_other_category():
    tools = pd.DataFrame({
        "category_order": [1, 2, 3, 4],
        "category": ["Source control", "CI/CD", "Monitoring", "Security"],
        "purpose": ["Keep code.", "Ship code.", "Watch code.", "Guard code."],
        "example": ["GitLab", "GitLab", "Datadog", "Okta"],
        "source": ["001_70d67372d1a04c0d.txt#tools"] * 4,
    })
    questions = {q.id: q for q in tool_questions(tools)}
    question = questions["tool-category:gitlab"]
    assert question.expected == "Source control"
    assert "CI/CD" not in question.choices
    ci_tools = questions["tool-category-examples:ci-cd"]
    assert ci_tools.check({ci_tools.choices.index("GitLab")}).correct


def test_glossary_questions_need_no_position():
    glossary = content.glossary()
    forward = {q.id: q for q in glossary_questions(glossary)}
    backward = {q.id: q for q in glossary_questions(glossary.iloc[::-1].reset_index(drop=True))}
    assert forward.keys() == backward.keys()
    assert forward["glossary-definition-term:devops"] == backward["glossary-definition-term:devops"]


@settings(max_examples=60, deadline=None)
@given(seed=st.one_of(st.integers(), st.text(max_size=8)), n=st.integers(min_value=1, max_value=len(BANK)))
def test_sample_is_deterministic_distinct_and_well_formed(seed, n):
    quiz = BANK.sample(n, seed=seed)
    assert list(quiz) == list(BANK.sample(n, seed=seed))
    assert len({q.id for q in quiz}) == n == len(quiz)
    for question in quiz:
        choices = getattr(question, "choices", None)
        if choices is not None:
            assert len(set(choices)) == len(choices)
        assert question.check(right_response(question)).correct


def test_seed_2026_gives_a_room_one_quiz():
    first, again = BANK.sample(10, seed=2026), default_bank().sample(10, seed=2026)
    assert [(q.id, getattr(q, "choices", None)) for q in first] == [(q.id, getattr(q, "choices", None)) for q in again]


def test_no_seed_draws_afresh():
    draws = {tuple(q.id for q in BANK.sample(5)) for _ in range(5)}
    assert len(draws) > 1


def items_of(topic=None):
    return {content_item(q.id) for q in BANK if topic is None or q.topic == topic}


def items_with_a_question_of_their_own(topic=None):
    """A quiz can ask about this many items with no overlap: one single-item question each."""
    return {key for q in BANK if (topic is None or q.topic == topic) and len(q.covers) == 1 for key in q.covers}


def overlaps(quiz):
    return [(a.id, b.id) for i, a in enumerate(quiz) for b in list(quiz)[i + 1 :] if a.covers & b.covers]


@pytest.mark.parametrize("question", BANK.questions, ids=lambda q: q.id)
def test_every_question_covers_its_own_item(question):
    assert item_key(question.id) in question.covers


def test_a_question_that_shows_several_items_covers_each_one():
    matching = BANK["glossary-matching:strategy-and-governance"]
    assert "glossary:digital-transformation" in matching.covers
    tick = [q for q in BANK if q.kind == "multiple"]
    assert tick and all(len(q.covers) > len(q.choices) for q in tick)
    tools = BANK["tool-category-examples:monitoring-and-analytics-tools"]
    assert {"tool:datadog", "tool:splunk", "tool:new-relic", "tool:google-analytics"} <= tools.covers


@settings(max_examples=150, deadline=None)
@given(seed=st.one_of(st.none(), st.integers(), st.text(max_size=8)), topic=st.sampled_from([None, *BANK.topics]), data=st.data())
def test_a_quiz_never_asks_two_questions_that_cover_one_item(seed, topic, data):
    """A matching question shows its terms' definitions, so it answers "type the term for ...";
    no two questions of a quiz cover a common item whenever the bank has enough apart."""
    n = data.draw(st.integers(min_value=1, max_value=len(items_with_a_question_of_their_own(topic))), label="n")
    quiz = BANK.sample(n, seed=seed, topics=topic)
    assert len(quiz) == n and overlaps(quiz) == []


def test_the_key_concepts_room_quiz_asks_nothing_its_matching_question_shows():
    quiz = BANK.sample(5, seed=2026, topics="glossary")
    assert "glossary-matching:strategy-and-governance" in [q.id for q in quiz]
    assert not any(q.id.endswith(":digital-transformation") for q in quiz)
    assert overlaps(quiz) == []


def test_a_quiz_longer_than_the_bank_can_keep_apart_asks_about_every_term_before_repeating_one():
    terms = items_with_a_question_of_their_own("glossary")
    quiz = BANK.sample(len(terms) + 2, seed=7, topics="glossary")
    asked = [key for q in quiz for key in q.covers]
    assert set(asked) >= terms
    assert sorted(asked.count(term) for term in terms)[-3:] == [1, 2, 2]


def test_the_key_concepts_room_quiz_asks_about_five_different_terms():
    asked = [content_item(q.id) for q in BANK.sample(5, seed=2026, topics="glossary")]
    assert len(set(asked)) == 5 and asked.count("agile-methodologies") <= 1


def test_sample_by_topic_stays_in_the_topic():
    assert {q.topic for q in BANK.sample(5, seed=1, topics=["traits", "tools"])} <= {"traits", "tools"}
