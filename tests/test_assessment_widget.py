"""SelfAssessment view driven the way a learner uses it."""


import ipywidgets as widgets

from careerkit.career.assessment import items
from careerkit.widgets import SelfAssessment


def test_labels_fit_their_room(store):
    """A label wider than the description column is cut off on screen (about 0.6em per character)."""
    view = SelfAssessment(store=store)
    room = float(view.sliders["skill:risk-management"].style.description_width.removesuffix("em"))
    assert max(len(box.description) for box in [*view.sliders.values(), view.bar]) * 0.6 <= room


def test_nothing_rated_shows_no_verdict(store):
    view = SelfAssessment(store=store)
    assert "No gaps" not in view.gaps.value and f"0 of {len(items())} rated" in view.gaps.value
    view.sliders["skill:risk-management"].value = 4
    assert "No gaps below your bar" in view.gaps.value


def test_every_rating_box_has_a_label_and_the_scale_is_explained(store):
    view = SelfAssessment(store=store)
    assert len(view.sliders) == len(items())
    assert view.sliders["skill:risk-management"].description == "Risk management"
    assert all(isinstance(box, widgets.Dropdown) for box in [*view.sliders.values(), view.bar])
    assert [label for label, _ in view.sliders["skill:risk-management"].options][:2] == ["not rated", "1 - not yet"]
    assert "1 - not yet" in view.children[0].value and "set your own bar" in view.children[0].value


def test_ratings_below_the_bar_become_gaps_and_are_saved(store):
    view = SelfAssessment(target="IT manager", store=store)
    view.sliders["skill:team-leadership"].value = 2
    view.sliders["trait:adaptability"].value = 4
    assert "Team leadership: you rated 2 - beginning, your bar is 3 - developing" in view.gaps.value
    assert "Adaptability" not in view.gaps.value
    view.bar.value = 5
    assert "Adaptability: you rated 4 - confident" in view.gaps.value
    assert "below your bar of 5: Team leadership (2), Adaptability (4)" in view.alt_text.value
    restored = SelfAssessment(store=store)
    assert restored.sliders["skill:team-leadership"].value == 2
    assert restored.assessment.ratings == {"skill:team-leadership": 2, "trait:adaptability": 4}


def test_setting_a_slider_back_to_zero_clears_the_rating(store):
    view = SelfAssessment(store=store)
    view.sliders["skill:business-acumen"].value = 1
    view.sliders["skill:business-acumen"].value = 0
    assert view.assessment.gaps() == []
    assert SelfAssessment(store=store).sliders["skill:business-acumen"].value == 0


def test_the_target_role_says_what_the_seeds_name_for_it(store):
    view = SelfAssessment(store=store)
    assert "No target role chosen" in view.note.value
    view.target.value = "systems-administrator"
    assert "Systems administrator is not a leadership role" in view.note.value
    assert "Specialisation" in view.note.value


def test_ratings_are_saved_under_the_notebook_and_reset_with_it(store):
    view = SelfAssessment(target="IT manager", store=store, notebook="12_career_plan")
    view.sliders["skill:team-leadership"].value = 2
    view.sliders["trait:adaptability"].value = 4
    saved = store.self_assessments(latest_only=False)
    assert list(saved["notebook"]) == ["12_career_plan", "12_career_plan"]
    assert store.reset("notebook 12_career_plan", confirm="notebook 12_career_plan") == 2
    assert SelfAssessment(store=store).assessment.ratings == {}
