"""One name per skill, and the tracks each certification fits: how a plan avoids saying a thing twice.

The seeds name the same skill in several wordings ("Leadership", "Team leadership",
"Leadership and team management"; five wordings of communication). ``data/skill_names.csv``
maps each near-duplicate in ``data/skills.csv`` to one canonical name, with the reason and
the seed sections the wordings come from. A skill that is in no group keeps its own name.

The seeds place certifications by stage only, so a stage's list mixes tracks (a cloud
architect's and a security manager's certificate both sit at mid level).
``data/certification_tracks.csv`` says which tracks each certification fits, with the
issuer's page and the seed section it rests on, so a plan offers only the ones that fit.

>>> canonical_skill("senior-leadership")
'Leadership and team management'
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from careerkit.content import loaders
from careerkit.content.locations import DATA_DIR

SKILL_NAMES = "skill_names.csv"
CERTIFICATION_TRACKS = "certification_tracks.csv"


@dataclass(frozen=True)
class SkillName:
    canonical: str
    skills: tuple[str, ...]
    reason: str
    source: tuple[str, ...]


def _rows(file_name: str, data_dir):
    path = (data_dir or DATA_DIR) / file_name
    with open(path, encoding="utf-8", newline="") as handle:
        yield from enumerate(csv.DictReader(handle), start=2)


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())


def _check(known, values, file_name: str, line: int, column: str, what: str) -> None:
    for value in values:
        if value not in known:
            raise loaders.ContentError(f"{file_name}, line {line}, column '{column}': unknown {what} '{value}'")


@functools.cache
def skill_names(data_dir=None) -> tuple[SkillName, ...]:
    """The canonical skill list, checked: every skill id, and every source id, must exist."""
    skill_ids = set(loaders.skills(data_dir)["id"])
    source_ids = set(loaders.sources(data_dir)["id"])
    names, seen = [], {}
    for line, row in _rows(SKILL_NAMES, data_dir):
        skills, source = _split(row["skills"]), _split(row["source"])
        _check(skill_ids, skills, SKILL_NAMES, line, "skills", "skill id")
        _check(source_ids, source, SKILL_NAMES, line, "source", "source id")
        for skill in skills:
            if skill in seen:
                raise loaders.ContentError(
                    f"{SKILL_NAMES}, line {line}, column 'skills': '{skill}' is already under '{seen[skill]}'")
            seen[skill] = row["canonical"]
        names.append(SkillName(row["canonical"].strip(), skills, row["reason"].strip(), source))
    return tuple(names)


@functools.cache
def _canonical(data_dir=None) -> dict[str, str]:
    return {skill: name.canonical for name in skill_names(data_dir) for skill in name.skills}


def canonical_skill(skill_id: str, data_dir=None) -> str:
    """The one name a skill goes by in a plan; a skill in no group keeps its name from skills.csv."""
    found = _canonical(data_dir).get(skill_id)
    if found is not None:
        return found
    table = loaders.skills(data_dir).set_index("id")
    if skill_id not in table.index:
        raise loaders.ContentError(f"No skill with id '{skill_id}' in skills.csv")
    return str(table.at[skill_id, "name"])


@functools.cache
def certification_tracks(data_dir=None) -> dict[str, tuple[str, ...]]:
    """certification id -> the tracks it fits, checked against certifications.csv, roles.csv and sources.csv."""
    cert_ids = set(loaders.certifications(data_dir)["id"])
    tracks = set(loaders.roles(data_dir)["track"])
    source_ids = set(loaders.sources(data_dir)["id"])
    found = {}
    for line, row in _rows(CERTIFICATION_TRACKS, data_dir):
        _check(cert_ids, [row["certification"]], CERTIFICATION_TRACKS, line, "certification", "certification id")
        _check(tracks, _split(row["tracks"]), CERTIFICATION_TRACKS, line, "tracks", "track")
        _check(source_ids, _split(row["source"]), CERTIFICATION_TRACKS, line, "source", "source id")
        found[row["certification"]] = _split(row["tracks"])
    return found


def fits(cert_id: str, tracks) -> bool:
    """Whether a certification fits any of ``tracks``; one not in the table fits every track."""
    listed = certification_tracks().get(cert_id)
    return listed is None or bool(set(listed) & set(tracks))
