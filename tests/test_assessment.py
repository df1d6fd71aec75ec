"""The self-assessment model: ratings on a labelled scale, a learner-set bar, gaps, storage and chart."""

import pytest

from careerkit import content
from careerkit.career.assessment import SCALE, Assessment, items
from careerkit.content.careergraph import career_graph
from careerkit.present.assessment_chart import chart
from careerkit.present.markdown import assessment_lines


def test_the_required_skills_and_the_traits_are_rated_each_name_once():
    skills = {skill.name for skill in career_graph().required_skills()}
    traits = set(content.traits()["name"])
    kinds = [item.kind for item in items()]
    assert kinds.count("skill") == len(skills) and kinds.count("trait") == len(traits - skills)
    assert items()[0].name == "Technical expertise"
    names = [item.name for item in items()]
    assert names.count("Strategic thinking") == 1 and len(names) == len(set(names))
    assert "trait:strategic-thinking" not in [item.key for item in items()]
    merged = next(item for item in items() if item.key == "skill:strategic-thinking")
    trait_sources = content.traits().set_index("id").at["strategic-thinking", "source"]
    assert set(trait_sources) <= set(merged.source)
    assert SCALE[1] == "1 - not yet" and SCALE[5] == "5 - strong"


def test_strategic_thinking_is_exported_once_never_as_a_gap_and_as_not_rated():
    assessment = Assessment({"skill:strategic-thinking": 1})
    text = "\n".join(assessment_lines(assessment))
    assert text.count("Strategic thinking") == 1


def test_nothing_rated_is_not_called_no_gaps():
    assert Assessment().summary().startswith(f"0 of {len(items())} rated yet")


def test_gaps_are_rated_items_below_the_learners_bar_largest_first():
    assessment = Assessment({"skill:team-leadership": 2, "trait:adaptability": 1, "skill:risk-management": 4})
    assert [gap.item.name for gap in assessment.gaps()] == ["Adaptability", "Team leadership"]
    assessment.set_bar(5)
    assert [gap.item.name for gap in assessment.gaps()] == ["Adaptability", "Team leadership", "Risk management"]
    assert assessment.summary() == (
        f"3 of {len(items())} rated; below your bar of 5: Adaptability (1), Team leadership (2), Risk management (4)."
    )


def test_an_unrated_item_is_never_a_gap():
    assessment = Assessment(bar=5)
    assert assessment.gaps() == []
    assert len(assessment.unrated()) == len(items())
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
        f"Bar chart of your self-assessment. 2 of {len(items())} rated; below your bar of 3: Team leadership (2)."
    )
    assert len(drawn.figure.axes[0].patches) == len(items())


def test_no_label_of_the_chart_is_cut_off():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    drawn = chart(Assessment({"skill:team-leadership": 2}))
    drawn.png()
    figure = drawn.figure
    renderer = FigureCanvasAgg(figure).get_renderer()
    page = figure.bbox
    texts = [text for text in figure.axes[0].texts if text.get_visible() and text.get_text()]
    names = [text.get_text() for text in texts]
    assert all(f"{item.name} ({item.kind})" in names for item in items())
    for text in texts:
        box = text.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, text.get_text()
