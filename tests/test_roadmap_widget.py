"""Roadmap view driven the way a learner uses it."""


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
    view.track.value = None
    assert len(view.role.options) == 31
    assert view.percentage.value == "<b>3% done: 1 of 31 roles.</b>"
    assert Roadmap(track="infrastructure", store=store).percentage.value == "<b>14% done: 1 of 7 roles.</b>"
