"""The roadmap model: roles per track, learner statuses, progress, storage and the picture."""

import pytest

from careerkit.career.roadmap import STATUSES, Roadmap, tracks
from careerkit.present.roadmap_chart import chart


def test_tracks_and_roles_follow_the_data():
    assert tracks()[:2] == ["infrastructure", "software"]
    infrastructure = Roadmap("infrastructure")
    assert [role.title for role in infrastructure.roles][:2] == ["Help desk technician", "IT support specialist"]
    assert all(role.track == "infrastructure" for role in infrastructure.roles)
    assert len(Roadmap().roles) == 31
    assert ("help-desk-technician", "systems-administrator") in [(m.from_role, m.to_role) for m in infrastructure.edges]


def test_progress_leaves_skipped_roles_out_of_both_counts():
    roadmap = Roadmap("software")
    assert roadmap.progress().text == f"0% done: 0 of {len(roadmap.roles)} roles."
    roadmap.set_status("Junior software developer", "done")
    roadmap.set_status("QA tester", "skipped")
    roadmap.set_status("software engineer", "in progress")
    progress = roadmap.progress()
    assert (progress.done, progress.counted, progress.skipped) == (1, len(roadmap.roles) - 1, 1)
    assert progress.percent == pytest.approx(100 / (len(roadmap.roles) - 1))


def test_all_skipped_has_no_percentage():
    roadmap = Roadmap("product")
    for role in roadmap.roles:
        roadmap.set_status(role.id, "skipped")
    assert roadmap.progress().percent is None
    assert roadmap.progress().text == "No progress to show: every role here is skipped."


def test_bad_status_and_track_are_refused_by_name():
    with pytest.raises(ValueError, match="Unknown status 'finished'; choose one of: not started, in progress, done, skipped"):
        Roadmap().set_status("IT manager", "finished")
    with pytest.raises(ValueError, match="Unknown track 'gardening'; the tracks are: infrastructure"):
        Roadmap("gardening")


def test_statuses_are_saved_under_the_role_id_and_restored(store):
    roadmap = Roadmap()
    roadmap.set_status("Help desk technician", "done")
    roadmap.save(store, "Help desk technician")
    roadmap.set_status("CTO", "in progress")
    roadmap.save(store, "CTO")
    assert store.roadmap_statuses() == {"help-desk-technician": "done", "chief-technology-officer": "in progress"}
    restored = Roadmap.load(store, track="management")
    assert restored.status("chief-technology-officer") == "in progress"
    assert restored.progress().done == 0


def test_layout_puts_stages_in_columns_and_pathway_steps_left_to_right():
    positions = Roadmap().layout()
    assert positions["help-desk-technician"][0] == 1
    assert positions["it-manager"][0] == 4
    assert positions["technical-team-lead"][0] < positions["it-manager"][0] < positions["it-director"][0]
    assert positions["it-director"][0] < positions["chief-information-officer"][0] < 5
    assert len(set(positions.values())) == 31


def test_chart_marks_status_by_shape_and_says_so_in_alt_text():
    roadmap = Roadmap("infrastructure", {"help-desk-technician": "done", "systems-administrator": "in progress"})
    drawn = chart(roadmap)
    assert drawn.alt_text.startswith("Roadmap of the infrastructure track: 7 roles")
    assert "Help desk technician: done; Systems administrator: in progress" in drawn.alt_text
    legend = [text.get_text() for text in drawn.figure.axes[0].get_legend().get_texts()]
    assert legend == list(STATUSES)  # the key is the same whichever statuses are in use
