"""Roadmap view driven the way a learner uses it."""


import pytest

from careerkit import content
from careerkit.career.roadmap import Roadmap as RoadmapModel
from careerkit.widgets import Roadmap


def test_marking_roles_updates_the_percentage_picture_and_store(store):
    view = Roadmap(track="infrastructure", store=store)
    assert view.percentage.value == "<b>0% done: 0 of 7 roles.</b>"
    assert view.role.value == "help-desk-technician" and view.status.value == "not started"
    view.status.value = "done"
    view.role.value = "it-support-specialist"
    assert view.status.value == "not started"
    view.status.value = "skipped"
    assert view.percentage.value == "<b>17% done: 1 of 6 roles (1 skipped, not counted).</b>"
    assert "Help desk technician: done; IT support specialist: skipped" in view.alt_text.value
    assert store.roadmap_statuses() == {"help-desk-technician": "done", "it-support-specialist": "skipped"}


def test_choosing_a_role_shows_its_status_without_saving_again(store):
    view = Roadmap(store=store)
    view.status.value = "in progress"
    rows_before = len(store.roadmap())
    view.role.value = "qa-tester"
    view.role.value = "help-desk-technician"
    assert view.status.value == "in progress"
    assert len(store.roadmap()) == rows_before


def test_switching_track_keeps_statuses_and_restores_from_the_store(store):
    view = Roadmap(track="infrastructure", store=store)
    view.status.value = "done"
    view.track.value = "all"
    every_role, infrastructure = len(content.roles()), len(RoadmapModel("infrastructure").roles)
    assert len(view.role.options) == every_role
    assert f"done: 1 of {every_role} roles." in view.percentage.value
    assert f"done: 1 of {infrastructure} roles." in Roadmap(track="infrastructure", store=store).percentage.value


def test_statuses_are_saved_under_the_notebook_and_reset_with_it(store):
    in_12 = Roadmap(track="infrastructure", store=store, notebook="12_career_plan")
    in_12.status.value = "done"
    in_04 = Roadmap(track="management", store=store, notebook="04_leadership_and_executive")
    in_04.status.value = "in progress"
    assert list(store.roadmap()["notebook"]) == ["12_career_plan", "04_leadership_and_executive"]
    assert store.reset("notebook 12_career_plan", confirm="notebook 12_career_plan") == 1
    assert "help-desk-technician" not in store.roadmap_statuses()
    assert list(store.roadmap()["notebook"]) == ["04_leadership_and_executive"]
    assert Roadmap(track="infrastructure", store=store).status.value == "not started"


def test_a_notebook_name_that_is_not_text_is_refused_when_the_view_is_made(store):
    with pytest.raises(ValueError, match=r"notebook must be a notebook's file name such as '12_career_plan', got 12"):
        Roadmap(store=store, notebook=12)


def test_the_track_dropdown_shows_readable_labels_and_is_never_blank(store):
    view = Roadmap(store=store)
    labels = [label for label, _ in view.track.options]
    assert labels[0] == "All tracks" and "Infrastructure" in labels
    assert all(isinstance(label, str) and "(" not in label for label in labels)
    assert view.track.value in [value for _, value in view.track.options] and view.track.label


def test_with_no_track_the_view_opens_on_the_learners_track_and_marks_where_they_stand(store):
    assert Roadmap(store=store).track.label == "All tracks"  # nothing known yet
    store.record_roadmap_status("network-engineer", "in progress")
    view = Roadmap(store=store)
    assert view.track.value == "infrastructure" and view.roadmap.here == "network-engineer"
    assert "You are here: Network engineer." in view.alt_text.value
    assert Roadmap(track="management", store=store).track.value == "management"
