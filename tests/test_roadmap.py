"""The roadmap model: roles per track, learner statuses, progress, storage and the picture."""

import pytest

from careerkit import content
from careerkit.career.roadmap import STATUSES, Roadmap, learner_track, tracks, where_you_stand
from careerkit.present.roadmap_chart import RoadmapPicture, chart


def test_tracks_and_roles_follow_the_data():
    assert tracks()[:2] == ["infrastructure", "software"]
    infrastructure = Roadmap("infrastructure")
    assert [role.title for role in infrastructure.roles][:2] == ["Help desk technician", "IT support specialist"]
    assert all(role.track == "infrastructure" for role in infrastructure.roles)
    assert len(Roadmap().roles) == len(content.roles())
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


def test_layout_runs_left_to_right_in_career_order():
    layout = Roadmap().layout()
    column = {role: place[0] for role, place in layout.columns.items()}
    assert all(column[move.from_role] < column[move.to_role] for move in Roadmap().edges)
    assert column["technical-team-lead"] < column["it-manager"] < column["it-director"] < column["chief-information-officer"]
    assert len(set(layout.columns.values())) == len(layout.columns)


def test_a_long_move_passes_through_empty_slots_only():
    layout = Roadmap().layout()
    taken = set(layout.columns.values())
    for move, points in layout.paths:
        assert points[0] == layout.columns[move.from_role] and points[-1] == layout.columns[move.to_role]
        assert not taken & set(points[1:-1])


def _crosses(segment, box) -> bool:
    """Whether a straight segment passes through the inside of a box (left, bottom, right, top)."""
    (x0, y0), (x1, y1) = segment
    left, bottom, right, top = box
    for step in range(1, 200):
        t = step / 200
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        if left + 1e-6 < x < right - 1e-6 and bottom + 1e-6 < y < top - 1e-6:
            return True
    return False


@pytest.mark.parametrize("track", [None, *tracks()])
def test_no_arrow_crosses_a_label(track):
    picture = RoadmapPicture(track)
    crossing = [(segment, role) for segment in picture.segments for role, box in picture.boxes.items()
                if _crosses(segment, box)]
    assert crossing == []
    labels = {role: text.get_window_extent() for role, text in picture._labels.items()}
    assert all(picture.boxes[role][0] < picture.centres[role][0] for role in labels)


def test_one_track_fills_its_picture():
    """The management track's roles spread over the whole width, not the right side of a shared grid."""
    picture = RoadmapPicture("management")
    lefts = [box[0] for box in picture.boxes.values()]
    rights = [box[2] for box in picture.boxes.values()]
    left, right = picture._live.figure.axes[0].get_xlim()
    assert (min(lefts) - left) < 0.2 and (right - max(rights)) < 0.2


def test_where_you_stand_is_highlighted_and_named():
    roadmap = Roadmap("infrastructure", {"systems-administrator": "in progress"}, here="systems-administrator")
    drawn = chart(roadmap)
    assert drawn.alt_text.endswith("You are here: Systems administrator.")
    assert "you are here" in [text.get_text() for text in drawn.figure.axes[0].texts]
    assert where_you_stand({"help-desk-technician": "done"}, {"current": "network-engineer"}) == "network-engineer"
    assert where_you_stand({"help-desk-technician": "done"}) == "help-desk-technician"
    assert where_you_stand({}) is None and learner_track({"data-scientist": "in progress"}) == "data"


def test_chart_marks_status_by_shape_and_says_so_in_alt_text():
    roadmap = Roadmap("infrastructure", {"help-desk-technician": "done", "systems-administrator": "in progress"})
    drawn = chart(roadmap)
    assert drawn.alt_text.startswith(f"Roadmap of the infrastructure track: {len(roadmap.roles)} roles")
    assert "Help desk technician: done; Systems administrator: in progress" in drawn.alt_text
    picture = RoadmapPicture("infrastructure")
    assert picture.key_labels[:len(STATUSES)] == list(STATUSES)  # the key is the same whichever statuses are in use
    shown = [text.get_text() for text in drawn.figure.axes[0].texts]
    assert all(status in shown for status in STATUSES)
