"""The career ladder as plain Python objects, built once from content's tables.

The planner, the roadmap and the self-assessment all ask the same questions
(which role is this, where can it lead, which skills does its stage name), and
each asks them on every click. content's loaders return a fresh DataFrame per
call, so this module reads them once and keeps dictionaries the models can
walk in microseconds.
"""

import functools
from dataclasses import dataclass

from careerkit import content

# The leadership seed lists these titles; a role citing it is a leadership role.
LEADERSHIP_TITLES_SOURCE = "001_70d67372d1a04c0d.txt#job-titles"
SEED_BASES = ("stage", "pathway")


@dataclass(frozen=True)
class Role:
    """One role, with what the planner and the roadmap show about it."""

    id: str
    title: str
    stage: str
    track: str
    pathway_step: int | None
    soc_code: str | None
    soc_title: str | None
    soc_reason: str
    source: tuple[str, ...]

    @property
    def is_leadership(self) -> bool:
        """True where the leadership seed applies: its job titles, pathway steps 2-5, or the executive stage.

        The seven required skills come from that seed, so only these roles are
        told they need them.
        """
        cited = LEADERSHIP_TITLES_SOURCE in self.source
        return cited or self.stage == "executive" or (self.pathway_step or 0) >= 2


@dataclass(frozen=True)
class Move:
    """One edge of the career graph; ``order`` is its line in data/moves.csv, for stable tie-breaks."""

    from_role: str
    to_role: str
    basis: str
    years_min: int | None
    years_max: int | None
    reason: str
    source: tuple[str, ...]
    order: int

    @property
    def from_seeds(self) -> bool:
        return self.basis in SEED_BASES


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    kind: str
    description: str
    source: tuple[str, ...]


@dataclass(frozen=True)
class Certification:
    id: str
    name: str
    abbreviation: str | None
    issuer: str | None
    stage: str | None
    pathway_step: int | None
    source: tuple[str, ...]

    @property
    def label(self) -> str:
        named = f"{self.name} ({self.abbreviation})" if self.abbreviation and self.abbreviation not in self.name else self.name
        return f"{named}, from {self.issuer}" if self.issuer else named


@dataclass(frozen=True)
class Stage:
    id: str
    order: int
    name: str


@dataclass(frozen=True)
class CareerGraph:
    """Roles by id, moves in file order, stages by id and skills with where the seeds place them."""

    roles: dict[str, Role]
    moves: tuple[Move, ...]
    stages: dict[str, Stage]
    skills: tuple[tuple[str | None, int | None, Skill], ...]
    names: dict[str, str]

    def moves_from(self, role_id: str) -> list[Move]:
        return [move for move in self.moves if move.from_role == role_id]

    def stage_order(self, role_id: str) -> int:
        return self.stages[self.roles[role_id].stage].order

    def required_skills(self) -> list[Skill]:
        """The seven skills the leadership seed calls required, in seed order."""
        return [skill for _, _, skill in self.skills if skill.kind == "required"]

    def skills_for(self, role: Role) -> list[Skill]:
        """Skills the seeds name for a role: its stage's, its pathway step's, and the required seven for leaders."""
        named = [
            skill
            for stage, step, skill in self.skills
            if (skill.kind == "stage" and stage == role.stage)
            or (skill.kind == "pathway" and step is not None and step == role.pathway_step)
        ]
        return named + (self.required_skills() if role.is_leadership else [])


def _optional_int(value) -> int | None:
    import pandas as pd

    return None if pd.isna(value) else int(value)


def _text(value) -> str | None:
    import pandas as pd

    return None if pd.isna(value) else str(value)


@functools.cache
def career_graph() -> CareerGraph:
    """The graph from careerkit.content, read and indexed once per session."""
    roles = {
        row.id: Role(
            row.id, row.title, row.stage, row.track, _optional_int(row.pathway_step),
            _text(row.soc_code), _text(row.soc_title), row.soc_reason, tuple(row.source),
        )
        for row in content.roles().itertuples(index=False)
    }
    moves = tuple(
        Move(
            row.from_role, row.to_role, row.basis, _optional_int(row.years_min), _optional_int(row.years_max),
            row.reason, tuple(row.source), order,
        )
        for order, row in enumerate(content.moves().itertuples(index=False))
    )
    stages = {row.id: Stage(row.id, int(row.order), row.name) for row in content.stages().itertuples(index=False)}
    skills = tuple(
        (_text(row.stage), _optional_int(row.pathway_step), Skill(row.id, row.name, row.kind, row.description, tuple(row.source)))
        for row in content.skills().itertuples(index=False)
    )
    names = {}
    for row in content.roles().itertuples(index=False):
        for label in (row.id, row.title, *row.aliases):
            names.setdefault(_normalise(label), row.id)
    return CareerGraph(roles, moves, stages, skills, names)


def _normalise(name: str) -> str:
    return " ".join(str(name).replace("-", " ").replace("_", " ").split()).casefold()


def role_by_name(name: str) -> Role:
    """The role a learner means (id, title or alias); content's error lists near misses."""
    graph = career_graph()
    role_id = graph.names.get(_normalise(name)) or content.find_role(name)["id"]
    return graph.roles[role_id]


@functools.cache
def certifications() -> tuple[Certification, ...]:
    """Every certification the seeds name, read once per session."""
    return tuple(
        Certification(
            row.id, row.name, _text(row.abbreviation), _text(row.issuer), _text(row.stage),
            _optional_int(row.pathway_step), tuple(row.source),
        )
        for row in content.certifications().itertuples(index=False)
    )
