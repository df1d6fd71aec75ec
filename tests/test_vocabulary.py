"""One canonical name per skill and the tracks each certification fits, checked like any data file."""

import shutil

import pytest

from careerkit import content
from careerkit.content import vocabulary
from careerkit.content.locations import DATA_DIR


def test_near_duplicate_skills_share_one_name():
    skills = content.skills().set_index("id")
    groups = {name.canonical: name for name in vocabulary.skill_names()}
    leadership = groups["Leadership and team management"]
    assert {"team-leadership", "senior-leadership"} <= set(leadership.skills)
    assert {vocabulary.canonical_skill(skill) for skill in leadership.skills} == {"Leadership and team management"}
    communication = [skill for skill in skills.index if "ommunication" in skills.at[skill, "name"]]
    assert {vocabulary.canonical_skill(skill) for skill in communication} == {"Communication and collaboration"}
    assert all(name.source and name.reason for name in vocabulary.skill_names())


def test_a_skill_in_no_group_keeps_its_own_name():
    grouped = {skill for name in vocabulary.skill_names() for skill in name.skills}
    alone = next(skill for skill in content.skills()["id"] if skill not in grouped)
    assert vocabulary.canonical_skill(alone) == content.skills().set_index("id").at[alone, "name"]


def test_certifications_fit_their_tracks():
    assert not vocabulary.fits("aws-solutions-architect", {"infrastructure"})
    assert not vocabulary.fits("cism", {"infrastructure"})
    assert vocabulary.fits("cism", {"security"})
    assert set(vocabulary.certification_tracks()) == set(content.certifications()["id"])


@pytest.fixture
def broken_copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    return folder


def test_an_unknown_skill_id_is_refused_with_file_line_and_column(broken_copy):
    path = broken_copy / vocabulary.SKILL_NAMES
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("pathway-keep-learning", "pathway-juggling", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(content.ContentError) as error:
        vocabulary.skill_names(broken_copy)
    assert str(error.value) == "skill_names.csv, line 3, column 'skills': unknown skill id 'pathway-juggling'"


def test_an_unknown_track_is_refused_with_file_line_and_column(broken_copy):
    path = broken_copy / vocabulary.CERTIFICATION_TRACKS
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",infrastructure,", ",gardening,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(content.ContentError, match="certification_tracks.csv, line 2, column 'tracks': unknown track 'gardening'"):
        vocabulary.certification_tracks(broken_copy)
