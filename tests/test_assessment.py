"""The self-assessment model: ratings on a labelled scale, a learner-set bar, gaps, storage and chart."""

import pytest

from careerkit.career.assessment import SCALE, Assessment, items
from careerkit.present.assessment_chart import chart
from careerkit.present.markdown import assessment_lines


def test_the_seven_required_skills_and_eight_traits_are_rated():
    kinds = [item.kind for item in items()]
    assert kinds.count("skill") == 7 and kinds.count("trait") == 8
    assert items()[0].name == "Technical expertise"
    assert "skill:strategic-thinking" in [item.key for item in items()]
    assert "trait:strategic-thinking" in [item.key for item in items()]
    assert SCALE[1] == "1 - not yet" and SCALE[5] == "5 - strong"


def test_gaps_are_rated_items_below_the_learners_bar_largest_first():
    assessment = Assessment({"skill:team-leadership": 2, "trait:adaptability": 1, "skill:risk-management": 4})
    assert [gap.item.name for gap in assessment.gaps()] == ["Adaptability", "Team leadership"]
    assessment.set_bar(5)
    assert [gap.item.name for gap in assessment.gaps()] == ["Adaptability", "Team leadership", "Risk management"]
    assert assessment.summary() == (
        "3 of 15 rated; below your bar of 5: Adaptability (1), Team leadership (2), Risk management (4)."
    )


def test_an_unrated_item_is_never_a_gap():
    assessment = Assessment(bar=5)
    assert assessment.gaps() == []
    assert len(assessment.unrated()) == 15
    assessment.rate("skill:business-acumen", 3)
    assessment.rate("skill:business-acumen", None)
    assert assessment.gaps() == []


def test_a_target_role_adds_what_the_seeds_say_without_numbers():
    leader = Assessment(target="IT manager")
    assert leader.target_note().startswith("IT manager is a leadership role")
    assert "Business insight" in leader.target_skills()
    junior = Assessment(target="Systems administrator")
    assert "is not a leadership role" in junior.target_note()
    assert Assessment().target_note().startswith("No target role chosen")


@pytest.mark.parametrize(
    ("ratings", "bar", "words"),
    [
        ({"skill:risk-management": 6}, 3, "the rating for 'skill:risk-management' must be a whole number from 1 to 5, got 6"),
        ({"skill:risk-management": "3"}, 3, "got '3'"),
        ({"skill:cooking": 3}, 3, "No self-assessment item 'skill:cooking'; the items are: skill:technical-expertise"),
        ({}, 0, "the bar must be a whole number from 1 to 5, got 0"),
    ],
)
def test_bad_ratings_are_refused_with_words_that_say_why(ratings, bar, words):
    with pytest.raises(ValueError) as error:
        Assessment(ratings, bar=bar)
    assert words in str(error.value)


def test_ratings_are_saved_and_restored_and_a_cleared_rating_stays_cleared(store):
    assessment = Assessment({"skill:team-leadership": 2, "trait:decision-making": 5})
    assessment.save(store)
    assessment.rate("trait:decision-making", None)
    assessment.save_one(store, "trait:decision-making")
    restored = Assessment.load(store, bar=4, target="CTO")
    assert restored.ratings == {"skill:team-leadership": 2}
    assert restored.bar == 4 and restored.target.title == "Chief technology officer"


def test_markdown_lines_state_the_bar_is_the_learners():
    lines = assessment_lines(Assessment({"skill:team-leadership": 1}))
    assert lines[0] == "Your bar: 3 - developing. The seeds give no level per role, so the bar is yours, not theirs."
    assert "- Team leadership: you rated 1 - not yet, your bar is 3 - developing" in lines


def test_chart_alt_text_lists_the_gaps():
    drawn = chart(Assessment({"skill:team-leadership": 2, "trait:adaptability": 4}))
    assert drawn.alt_text == (
        "Bar chart of your self-assessment. 2 of 15 rated; below your bar of 3: Team leadership (2)."
    )
    assert len(drawn.figure.axes[0].patches) == 15
