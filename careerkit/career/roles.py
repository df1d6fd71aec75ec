"""The role explorer's model: find a role, then see everything the workbook knows about it.

A learner meets 31 role titles across two seeds; this gathers, for one role, its
stage, its place on the leadership pathway, skills, certifications, the moves into
and out of it, its SOC 2018 mapping and its wages, so nothing has to be looked up
in four tables. ``careerkit.widgets.RoleExplorer`` shows it; this module never
imports ipywidgets.

Every profile is plain text in sections; the view escapes it when it builds HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from careerkit import content
from careerkit.content import wages
from careerkit.content.citations import cited

ALL = "All"
"""The filter value that keeps every stage or track."""

BASIS_LABELS = {
    "stage": "seed 000's stage order",
    "pathway": "seed 001's leadership pathway",
    "interpretation": "this project's interpretation",
}

PATHWAY_SOURCE = "001_70d67372d1a04c0d.txt#career-pathway-step-{step}"
PATHWAY_STEPS = 5


@dataclass(frozen=True)
class Section:
    """One block of a role profile: a heading, its lines, and an optional caveat."""

    heading: str
    lines: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class RoleProfile:
    role_id: str
    title: str
    sections: tuple[Section, ...]

    def section(self, heading: str) -> Section:
        for section in self.sections:
            if section.heading == heading:
                return section
        raise ValueError(f"role {self.role_id} has no section {heading!r}; sections: {[s.heading for s in self.sections]}")

    def text(self) -> str:
        """The whole profile as plain text, for a screen reader, a test or a print()."""
        blocks = [self.title]
        for section in self.sections:
            block = [section.heading, *(f"- {line}" for line in section.lines)]
            blocks.append("\n".join(block + ([section.note] if section.note else [])))
        return "\n\n".join(blocks)


def _present(value) -> bool:
    return not (value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) or value == "")


class RoleCatalogue:
    """The roles and everything linked to them, loaded once per explorer."""

    def __init__(self):
        self.roles = content.roles()
        self.stages = content.stages().sort_values("order")
        self.moves = content.moves()
        self.skills = content.skills()
        self.certifications = content.certifications()
        self.alternatives = content.soc_alternatives()
        self.sources = content.sources().set_index("id")
        self._titles = dict(zip(self.roles["id"], self.roles["title"]))

    # -- choosing a role --------------------------------------------------------------
    def stage_options(self) -> list[tuple[str, str]]:
        """(label, value) pairs for a stage filter, in career order."""
        return [("All stages", ALL), *zip(self.stages["name"], self.stages["id"])]

    def track_options(self) -> list[tuple[str, str]]:
        tracks = sorted(self.roles["track"].unique())
        return [("All tracks", ALL), *((track.capitalize(), track) for track in tracks)]

    def filter(self, stage: str = ALL, track: str = ALL, text: str = "") -> list[tuple[str, str]]:
        """(title, id) of the roles that match; ``text`` searches titles and aliases."""
        self._check_choice("stage", stage, self.stages["id"])
        self._check_choice("track", track, self.roles["track"])
        wanted = text.strip().casefold()
        matches = []
        for role in self.roles.itertuples():
            if stage != ALL and role.stage != stage or track != ALL and role.track != track:
                continue
            names = [role.title, *role.aliases]
            if wanted and not any(wanted in name.casefold() for name in names):
                continue
            matches.append((role.title, role.id))
        return matches

    @staticmethod
    def _check_choice(field: str, value: str, known: pd.Series) -> None:
        if value != ALL and value not in set(known):
            raise ValueError(f"unknown {field} {value!r}; choose {ALL!r} or one of: {', '.join(sorted(set(known)))}")

    def role(self, role_id: str) -> pd.Series:
        """A role by id, title or alias (as ``content.find_role``)."""
        return content.find_role(role_id)

    # -- one role's profile -----------------------------------------------------------
    def profile(self, role_id: str, area: str = "National") -> RoleProfile:
        role = self.role(role_id)
        sections = [
            self._overview(role),
            self._stage(role),
            self._pathway(role),
            self._skills(role),
            self._certifications(role),
            self._moves(role, "from_role", "to_role", "Next moves"),
            self._moves(role, "to_role", "from_role", "Ways in"),
            self._soc(role),
            self._noc(role),
            wage_section(role, area),
        ]
        return RoleProfile(role["id"], role["title"], tuple(s for s in sections if s is not None))

    def _overview(self, role) -> Section:
        stage = self.stages.set_index("id").loc[role["stage"], "name"]
        lines = [f"Stage: {stage}", f"Track: {role['track']}"]
        if role["aliases"]:
            lines.append(f"Also called: {', '.join(role['aliases'])}")
        return Section("Overview", tuple(lines), note=f"Source: {cited(role['source'])}")

    def _stage(self, role) -> Section:
        stage = self.stages.set_index("id").loc[role["stage"]]
        lines = [f"Focus: {stage['focus']}", *(f"Expected: {item}" for item in stage["expectations"])]
        lines.append(f"Years in the field: {stage['years_note']}")
        return Section(f"The {stage['name'].lower()} stage", tuple(lines))

    def _pathway(self, role) -> Section | None:
        step = role["pathway_step"]
        if not _present(step):
            return None
        source_id = PATHWAY_SOURCE.format(step=step)
        name = self.sources.loc[source_id, "note"]
        line = f"Step {step} of {PATHWAY_STEPS} on seed 001's leadership pathway: {name}."
        return Section("Leadership pathway", (line,), note=f"Source: {cited([source_id])}")

    def _skills(self, role) -> Section | None:
        skills = self.skills
        chosen = ((skills["kind"] == "stage") & (skills["stage"] == role["stage"])) | (
            (skills["kind"] == "pathway") & _on_step(skills, role["pathway_step"])
        )
        lines = [f"{row.name}: {row.description}" for row in skills[chosen].itertuples()]
        return Section("Skills", tuple(lines)) if lines else None

    def _certifications(self, role) -> Section | None:
        certs = self.certifications
        chosen = (certs["stage"] == role["stage"]) | _on_step(certs, role["pathway_step"])
        lines = [_certification_line(row) for row in certs[chosen].itertuples()]
        return Section("Certifications", tuple(lines)) if lines else None

    def _moves(self, role, this_end: str, other_end: str, heading: str) -> Section:
        edges = self.moves[self.moves[this_end] == role["id"]]
        lines = [self._move_line(edge, other_end) for edge in edges.itertuples()]
        return Section(heading, tuple(lines) or ("None in the workbook's career graph.",))

    def _move_line(self, edge, other_end: str) -> str:
        basis = BASIS_LABELS[edge.basis]
        return f"{self._titles[getattr(edge, other_end)]} ({basis}; {_years(edge)}): {edge.reason}"

    def _soc(self, role) -> Section:
        note = "Matching a role to a SOC occupation is this project's interpretation, not a BLS statement."
        if not _present(role["soc_code"]):
            return Section("SOC 2018 occupation", (f"No SOC code. {role['soc_reason']}",), note=note)
        line = f"{role['soc_code']} {role['soc_title']}. Why: {role['soc_reason']}"
        others = self.alternatives[self.alternatives["role_id"] == role["id"]]
        return Section("SOC 2018 occupation", (line, *(alternative_line(row) for row in others.itertuples())), note=note)

    def _noc(self, role) -> Section:
        """Canada's reading beside the US one: NOC 2021 unit group, TEER and how well it fits."""
        return Section("NOC 2021 occupation (Canada)", tuple(noc_lines(role)), note=NOC_NOTE)


NOC_NOTE = (
    "Matching a role to a NOC 2021 unit group is this project's interpretation of Statistics Canada's "
    "National Occupational Classification 2021 Version 1.0; the TEER category is the code's second digit."
)
TEER_WORDS = {
    0: "management",
    1: "usually a university degree",
    2: "a college diploma or apprenticeship of two years or more, or supervisory work",
    3: "a shorter college program or apprenticeship",
    4: "high school and/or several weeks of training",
    5: "a short work demonstration",
}
"""What each TEER category usually asks (Statistics Canada, NOC 2021), in the workbook's words."""


def noc_lines(role) -> list[str]:
    """The role's NOC unit group, TEER, fit and reason as sentences, with other groups it can fall in."""
    alternatives = list(role["noc_alternatives"] or [])
    others = f" Other unit groups by duties: {', '.join(alternatives)}." if alternatives else ""
    if not _present(role["noc_code"]):
        return [f"No NOC 2021 unit group fits (fit: none). {role['noc_reason']}{others}"]
    teer = int(role["teer"])
    return [
        f"{role['noc_code']} {role['noc_title']} (fit: {role['noc_fit']}). Why: {role['noc_reason']}{others}",
        f"TEER {teer}: {TEER_WORDS[teer]}.",
    ]


def alternative_line(row) -> str:
    """Another US reading of the role; a SOC code carries its national median, computed from the wage table."""
    if row.kind == "onet":
        return f"O*NET reading: {row.code} {row.title} (a detail of SOC {row.code[:7]}; no OEWS wage of its own). {row.reason}"
    median = alternative_median(row.code)
    return f"Alternative SOC code: {row.code} {row.title} (national median {median}). {row.reason}"


def alternative_median(soc_code: str) -> str:
    """The national median of a SOC code from data/wages.csv, or why there is none."""
    table = wages.table()
    cell = table[(table["soc_code"] == soc_code) & (table["area_code"] == "0000000")]
    if cell.empty or pd.isna(cell.iloc[0]["annual_median"]):
        return "not in this workbook's wage table"
    return f"${int(cell.iloc[0]['annual_median']):,} a year"


def _on_step(table: pd.DataFrame, step) -> pd.Series:
    """Rows tied to a pathway step; none when the role is on no step."""
    if not _present(step):
        return pd.Series(False, index=table.index)
    return (table["pathway_step"] == step).fillna(False).astype(bool)


def _years(edge) -> str:
    if _present(edge.years_min) and _present(edge.years_max):
        return f"about {edge.years_min} to {edge.years_max} years in the field"
    return "the seeds give no number of years"


def _certification_line(row) -> str:
    abbreviation = f" ({row.abbreviation})" if _present(row.abbreviation) and row.abbreviation != row.name else ""
    issuer = row.issuer if _present(row.issuer) else "issuer not known"
    return f"{row.name}{abbreviation}, {issuer}; {row.domain}. Before you can hold it: {row.requirements}"


def wage_section(role, area: str) -> Section:
    """The role's wage band in one area, or why there is none; never an exception,
    since a missing wage is a fact for the learner, not a failure of the explorer."""
    heading = "Wages"
    if not _present(role["soc_code"]):
        return Section(heading, (f"No wage figures: {role['soc_reason']}",))
    try:
        band = wages.for_role(role["title"], area)
    except (wages.NoWageData, wages.UnknownArea) as error:
        return Section(heading, (str(error),))
    return Section(heading, tuple(band_lines(band)), note=" ".join(band.caveats))


def band_lines(band) -> list[str]:
    """The band in sentences; lower bounds already read "or more" in ``band.figure``."""
    lines = [
        band.summary(),
        f"10th to 90th percentile: {band.figure('p10')} to {band.figure('p90')} a year.",
    ]
    if band.employment is not None:
        lines.append(f"People employed in the occupation there: {band.employment:,}.")
    lines += [f"BLS footnote: {footnote}" for footnote in band.footnotes]
    return lines
