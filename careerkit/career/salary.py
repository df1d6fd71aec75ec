"""The salary explorer's model: BLS wage bands for a role, an area, or many of either.

A learner asks "what does this role pay here?" and then "here or there?", "this role
or that one?", "where does it pay most?". Each question becomes a ``SalaryResult``:
the figures as rows, a table to read, the notes that must travel with the figures
(release, footnotes, the SOC mapping, why percentiles are not career levels) and a
chart drawn only when asked for (``careerkit.present.salary_chart``). ``careerkit.widgets.SalaryExplorer``
shows it; this module never imports ipywidgets or matplotlib.

A top-coded figure (BLS publishes only a floor) is a lower bound: tables say
"or more" and charts draw an open-ended arrow, never an exact point.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pandas as pd

from careerkit import content
from careerkit.content import wages
from careerkit.content.wording import listing

MODES = ("band", "compare areas", "compare roles", "all states", "all metros")
PERCENTILES = ("p10", "p25", "median", "p75", "p90")
HEADINGS = {"p10": "10th", "p25": "25th", "median": "Median", "p75": "75th", "p90": "90th"}


@dataclass(frozen=True)
class BandRow:
    """One band to draw and list: a label and five percentiles, some maybe lower bounds."""

    label: str
    figures: tuple[int | None, ...]  # in PERCENTILES order; None = not released
    lower_bounds: frozenset[str] = frozenset()
    employment: int | None = None
    note: str = ""
    footnotes: tuple[str, ...] = ()  # BLS's footnote texts for this row
    mean_wage_rse: float | None = None  # BLS's relative standard error of the mean wage, percent

    @property
    def reliability(self) -> str:
        """'RSE 2.1%' or 'RSE 12% †': shown beside the row's figures; wages.RSE_LEGEND explains it."""
        return wages.reliability_text(self.mean_wage_rse, self.employment)

    @property
    def small_sample(self) -> bool:
        return wages.is_small_sample(self.mean_wage_rse, self.employment)

    @property
    def chart_label(self) -> str:
        """The label a chart draws: the marker follows a row from a small sample."""
        return f"{self.label} {wages.SMALL_MARK}" if self.small_sample else self.label

    def value(self, name: str) -> int | None:
        return self.figures[PERCENTILES.index(name)]

    def figure(self, name: str) -> str:
        value = self.value(name)
        if value is None:
            return "not released"
        return f"${value:,} or more" if name in self.lower_bounds else f"${value:,}"

    @property
    def floor(self) -> int | None:
        """The top-code floor if any percentile is one; everything from there up is "or more"."""
        bounded = [self.value(name) for name in PERCENTILES if name in self.lower_bounds]
        return min(v for v in bounded if v is not None) if any(v is not None for v in bounded) else None

    def sentence(self) -> str:
        figures = ", ".join(f"{HEADINGS[name].lower()} {self.figure(name)}" for name in PERCENTILES)
        return f"{self.label}: {figures} ({self.reliability})"


@dataclass(frozen=True)
class SalaryResult:
    """The answer to one salary question; ``present.salary_chart.chart(result)`` draws it on demand."""

    title: str
    rows: tuple[BandRow, ...]
    label_heading: str
    notes: tuple[str, ...]
    ranked: bool = False

    def table(self) -> pd.DataFrame:
        """What a learner reads: dollars as text, lower bounds as "or more"."""
        records = []
        for rank, row in enumerate(self.rows, start=1):
            record = {"Rank": rank if row.value("median") is not None else None} if self.ranked else {}
            record[self.label_heading] = row.label
            record["Employment"] = f"{row.employment:,}" if row.employment is not None else ""
            record.update({HEADINGS[name]: row.figure(name) for name in PERCENTILES})
            record["RSE"] = row.reliability
            record["Note"] = row.note
            records.append(record)
        frame = pd.DataFrame.from_records(records)
        if self.ranked:
            frame["Rank"] = frame["Rank"].astype("Int64")
        return frame

    def alt_text(self) -> str:
        """The chart in words, stating its figures, for screen readers and tests."""
        drawn = [row for row in self.rows if row.value("median") is not None]
        head = f"{self.title}. Annual wages, 10th to 90th percentile with the middle half boxed and the median marked."
        small = sum(row.small_sample for row in drawn)
        legend = f" {wages.SMALL_MARK} beside {small} of the names marks a small sample (see the notes)." if small else ""
        if len(drawn) <= 12:
            return " ".join([head, *(f"{row.sentence()}." for row in drawn)]) + legend
        return (
            f"{head} {len(drawn)} areas ranked by median. Highest medians: {_medians(drawn[:3])}. "
            f"Lowest medians: {_medians(drawn[-3:])}. The table lists every area.{legend}"
        )


def _medians(rows) -> str:
    return "; ".join(f"{row.label} {row.figure('median')}" for row in rows)


# ---------------------------------------------------------------- the questions


def _row_from_band(band, label: str) -> BandRow:
    return BandRow(label, tuple(getattr(band, name) for name in PERCENTILES), band.lower_bounds & set(PERCENTILES),
                   band.employment, footnotes=band.footnotes, mean_wage_rse=band.mean_wage_rse)


def _number(value) -> int | None:
    return None if pd.isna(value) else int(value)


def _row_from_frame(record, label: str) -> BandRow:
    """A row of ``wages.compare_*`` or ``wages.table()``: annual_* columns, flags as names."""
    figures = tuple(_number(record[f"annual_{name}"]) for name in PERCENTILES)
    if "lower_bounds" in record:
        flagged = set(filter(None, str(record["lower_bounds"]).split(";")))
        bounds = frozenset(name for name in PERCENTILES if f"annual_{name}" in flagged)
    else:
        bounds = frozenset(name for name in PERCENTILES if record[f"annual_{name}_top_coded"])
    note = str(record.get("note", "") or record.get("footnotes", "") or "")
    footnotes = wages.footnote_texts(str(record.get("footnote_codes", "") or ""))
    rse = record.get("mean_wage_rse")
    rse = None if rse is None or pd.isna(rse) else float(rse)
    return BandRow(label, figures, bounds, _number(record["employment"]), note, footnotes, rse)


@cache
def _role(name: str) -> pd.Series:
    """A role looked up once per session: the all-areas filter must answer within milliseconds."""
    return content.find_role(name)


def role_title(name: str) -> str:
    """A role's title from its id, title or alias, as the role dropdown lists it."""
    return _role(name)["title"]


def soc_line(role) -> str:
    """The SOC mapping and its reason, shown with every figure because it is an interpretation."""
    if not isinstance(role["soc_code"], str) or not role["soc_code"]:
        return f"{role['title']} has no SOC 2018 code, so BLS has no wage for it: {role['soc_reason']}"
    other = wages.alternatives_text(role["id"])
    return (
        f"{role['title']} is matched to SOC 2018 {role['soc_code']} {role['soc_title']} "
        f"(this project's interpretation): {role['soc_reason']}" + (f" {other}" if other else "")
    )


def _source_line() -> str:
    return f"Source: {wages.release_text()}."


def band(role: str, area: str = "national") -> SalaryResult:
    """One role in one area, with every caveat ``wages.WageBand`` carries."""
    wage_band = wages.for_role(role, area)
    notes = (_source_line(), *wage_band.caveats, *(f"BLS footnote: {text}" for text in wage_band.footnotes))
    title = f"{wage_band.role} ({wage_band.occupation}, {wage_band.soc_code}) in {wage_band.area.name}"
    return SalaryResult(title, (_row_from_band(wage_band, wage_band.area.name),), "Area", notes)


def _caveats(rows, what: str) -> list[str]:
    """The caveats band mode gives one band, for a table of ``what`` (areas, roles): percentiles,
    top-coding, the release-wide caveats, then BLS's footnotes on the rows shown."""
    bounded = [row.label for row in rows if row.lower_bounds]
    return [
        wages.PERCENTILE_CAVEAT,
        wages.top_code_caveat(rows=bounded),
        wages.RSE_LEGEND,
        *wages.RELEASE_CAVEATS,
        *_footnote_notes(rows, what),
    ]


def _footnote_notes(rows, what: str) -> list[str]:
    """One note per BLS footnote on the rows shown, naming the rows when few (the Note column marks each)."""
    footnoted: dict[str, list[str]] = {}
    for row in rows:
        for text in row.footnotes:
            footnoted.setdefault(text, []).append(row.label)
    notes = []
    for text, labels in footnoted.items():
        if len(labels) == len(rows):
            notes.append(f"BLS footnote: {text}")
        elif len(labels) > NAMED_AT_MOST:
            notes.append(f"BLS footnote for {len(labels)} of these {what}: {text}")
        else:
            notes.append(f"BLS footnote for {_names(labels)}: {text}")
    return notes


def _by_median(rows: list[BandRow]) -> tuple[BandRow, ...]:
    """Highest median first; rows without one go last, in the order given."""
    return tuple(sorted(rows, key=lambda row: -(row.value("median") or -1)))


def unique_areas(areas) -> list[wages.Area]:
    """The areas meant, each once, in the order first named: 'Texas' and 'TX' are one area."""
    found = {}
    for area in areas:
        place = wages.resolve_area(area)
        found.setdefault(place.code, place)
    return list(found.values())


def compare_areas(role: str, areas) -> SalaryResult:
    """One role across several areas, sorted by median."""
    frame = wages.compare_areas(role, areas)
    found = _role(role)
    rows = _by_median([_row_from_frame(record, record["area"]) for record in frame.to_dict("records")])
    notes = (_source_line(), soc_line(found), *_caveats(rows, "areas"))
    return SalaryResult(f"{found['title']} across {len(rows)} areas", rows, "Area", notes)


def compare_roles(roles, area: str = "national") -> SalaryResult:
    """Several roles in one area, sorted by median; roles sharing a SOC code share figures, and a note says so."""
    frame = wages.compare_roles(roles, area)
    where = wages.resolve_area(area)
    rows = _by_median([_row_from_frame(record, record["role"]) for record in frame.to_dict("records")])
    socs = [soc_line(_role(role)) for role in dict.fromkeys(frame["role"])]
    notes = (_source_line(), *socs, *shared_occupation_notes(frame), *_caveats(rows, "roles"))
    return SalaryResult(f"{len(rows)} roles in {where.name}", rows, "Role", notes)


def shared_occupation_notes(frame: pd.DataFrame) -> list[str]:
    """One note per BLS occupation that several compared roles share, since their rows look identical.

    ``frame`` is a ``wages.compare_roles`` table (role, soc_code, occupation columns).
    """
    groups: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for record in frame.to_dict("records"):
        soc = record["soc_code"]
        if isinstance(soc, str) and soc and record["role"] not in groups.get(soc, []):
            groups.setdefault(soc, []).append(record["role"])
            titles.setdefault(soc, record["occupation"])
    return [
        f"{listing(names)} share one BLS occupation ({soc} {titles[soc]}), so their figures are the same."
        for soc, names in groups.items() if len(names) > 1
    ]


def default_comparison_roles(role: str) -> list[str]:
    """The role and the roles one move away from it: what a learner weighs next."""
    found = _role(role)
    moves = content.moves()
    titles = dict(zip(content.roles()["id"], content.roles()["title"]))
    return [found["title"], *(titles[to] for to in moves.loc[moves["from_role"] == found["id"], "to_role"])]


@cache
def _ranked(soc_code: str, area_type: str) -> tuple[tuple[BandRow, ...], tuple[str, ...]]:
    """Every area of one type for one occupation, ranked once per session; rows and their states."""
    table = wages.table()
    chosen = table[(table["soc_code"] == soc_code) & (table["area_type"] == area_type)]
    chosen = chosen.sort_values("annual_median", ascending=False, na_position="last")
    records = chosen.to_dict("records")
    rows = tuple(_row_from_frame(record, record["area_name"]) for record in records)
    return rows, tuple(str(record["states"]) for record in records)


def all_areas(role: str, kind: str = "state", within: str = "") -> SalaryResult:
    """Every state, or every metro (optionally those sharing a state with ``within``), ranked by median."""
    if kind not in ("state", "metro"):
        raise ValueError(f"kind must be 'state' or 'metro', not {kind!r}")
    found = _role(role)
    if not isinstance(found["soc_code"], str) or not found["soc_code"]:
        raise wages.NoWageData(soc_line(found))
    rows, states = _ranked(found["soc_code"], kind)
    title = f"{found['title']} ({found['soc_code']}): every {kind}"
    place = wages.resolve_area(within) if within else None
    place = place if place is not None and place.type != "national" else None
    if place is not None:
        wanted = set(place.states)
        rows = tuple(row for row, spans in zip(rows, states) if wanted & set(spans.split(";")))
        title += f" in {', '.join(place.states)}"
    missing = [row.label for row in rows if row.value("median") is None]
    notes = [_source_line(), soc_line(found)]
    if missing:
        notes.append(f"BLS released no median for {len(missing)} of these areas: {'; '.join(missing)}.")
    absent = _absent_note(found["soc_code"], kind, place)
    notes += [absent] if absent else []
    notes += _caveats(rows, "areas")
    return SalaryResult(title, rows, "Area", tuple(notes), ranked=True)


AREA_KINDS = {"state": "states and territories", "metro": "metro areas", "nonmetro": "nonmetropolitan areas"}
NAMED_AT_MOST = 5
"""Absent areas are named when this few; a longer list would bury the note."""


@cache
def _coverage(soc_code: str, kind: str) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """Every area of one type (name, states, has a BLS row), once per session.

    Where BLS publishes nothing for an occupation the release has no row at all, so a
    ranking cannot show the gap; only the full area list from data/areas.csv can.
    """
    areas = wages.areas()
    table = wages.table()
    published = set(table.loc[(table["soc_code"] == soc_code) & (table["area_type"] == kind), "area_code"])
    return tuple(
        (row.area_name, frozenset(row.states.split(";")), row.area_code in published)
        for row in areas[areas["area_type"] == kind].itertuples(index=False)
    )


def _absent_note(soc_code: str, kind: str, place: wages.Area | None) -> str:
    """How many areas of the kind (within ``place``'s states) have no estimate, naming them if few.

    Without it a learner counting the rows would think every state or metro was covered.
    """
    areas = [(name, published) for name, spans, published in _coverage(soc_code, kind)
             if place is None or spans & set(place.states)]
    absent = sorted(name for name, published in areas if not published)
    if not absent:
        return ""
    where = f" in {', '.join(place.states)}" if place is not None else ""
    sentence = f"BLS publishes no estimate for this occupation in {len(absent)} of {len(areas)} {AREA_KINDS[kind]}{where}"
    if len(absent) > NAMED_AT_MOST:
        return f"{sentence}."
    return f"{sentence}: {_names(absent)}."


def _names(labels: list[str]) -> str:
    """Area or role names in a sentence; metro names hold commas ('Beckley, WV'), so those
    are split by semicolons as in the median note."""
    return "; ".join(labels) if any("," in label for label in labels) else listing(labels)


def explore(mode: str, role: str, area: str = "national", others=()) -> SalaryResult:
    """The view's one entry point: a mode from MODES, the role and area, and extra areas or roles.

    ``others`` adds areas (compare areas) or roles (compare roles); without them the
    area is compared with the nation, and the role with its next moves. In "all metros"
    mode an area other than the nation keeps the metros of its state(s).
    """
    others = [item.strip() for item in others if item.strip()]
    if mode == "band":
        return band(role, area)
    if mode == "compare areas":
        return compare_areas(role, unique_areas([area, *(others or ["national"])]))
    if mode == "compare roles":
        return compare_roles(_unique_roles([role, *others]) if others else default_comparison_roles(role), area)
    if mode == "all states":
        return all_areas(role, "state")
    if mode == "all metros":
        return all_areas(role, "metro", area)
    raise ValueError(f"unknown mode {mode!r}; choose one of: {', '.join(MODES)}")


def _unique_roles(names) -> list[str]:
    """Each role once, by title, in the order first named: 'CTO' and 'Chief technology officer' are one role."""
    return list(dict.fromkeys(role_title(name) for name in names))


def role_titles() -> list[str]:
    """Every role, product manager included: choosing it explains why it has no wage."""
    return list(content.roles()["title"])


def area_names() -> list[str]:
    """Area names to offer as a learner types: the nation, states, then metros and nonmetro areas."""
    return list(wages.areas()["area_name"])


# ---------------------------------------------------------------- Canada, beside the US and never merged

COUNTRIES = ("United States", "Canada")
NATIONAL_WORDS = {"", "national", "nat", "canada", "ca"}


@dataclass(frozen=True)
class CanadaResult:
    """Job Bank wages for one role's NOC group in one place, as ESDC publishes them (CAD, per hour or year)."""

    title: str
    frame: pd.DataFrame
    notes: tuple[str, ...]

    def table(self) -> pd.DataFrame:
        """What a learner reads: each figure in CAD with its own unit; a blank cell says so."""
        records = []
        for row in self.frame.to_dict("records"):
            record = {"Area": row["region_name"], "Province": row["province"], "Region code": row["region_code"]}
            record.update({wages.CANADA_HEADINGS[name]: wages.canada_figure(row[name], row["unit"])
                           for name in wages.CANADA_FIGURES})
            record.update({"Reference period": row["reference_period"], "Data source": row["data_source"]})
            records.append(record)
        return pd.DataFrame.from_records(records)

    def alt_text(self) -> str:
        rows = self.table().to_dict("records")
        shown = "; ".join(f"{row['Area']}: median {row['Median']}" for row in rows[:12])
        return f"{self.title}. {shown}." if rows else f"{self.title}. No rows."


def canada(role: str, where: str = "national", home=None) -> CanadaResult:
    """A role's Job Bank wages: ``where`` is 'national', a province code ('ON'), 'all provinces',
    a region code ('ER3530') or part of a region's name ('Toronto').

    Raises wages.CanadaWagesMissing (naming ``careerkit canada-wages fetch``) when the table
    has not been fetched, and wages.NoWageData when the role has no NOC group or the place
    has no row.
    """
    found = _role(role)
    code = found["noc_code"]
    if not isinstance(code, str) or not code:
        raise wages.NoWageData(f"{found['title']} has no NOC 2021 unit group, so Job Bank has no wage for it: {found['noc_reason']}")
    place = "NAT" if where.strip().casefold() in NATIONAL_WORDS else where.strip()
    frame = wages.canada_rows(code, place, home)
    if frame.empty:
        raise wages.NoWageData(
            f"The Job Bank file has no row for NOC {code} in '{where}'. Try 'national', a province code such as ON, "
            "'all provinces', or part of an economic region's name such as Toronto."
        )
    title = f"{found['title']} (NOC 2021 {code} {found['noc_title']}) in Canada: {where}"
    return CanadaResult(title, frame, tuple(canada_notes(found, home)))


def canada_notes(role, home=None) -> list[str]:
    """The notes that travel with Canadian figures: source and licence, units, the NOC reading, the gaps."""
    meta = wages.canada_meta(home) or {}
    retrieved = f", retrieved {meta['retrieved']}" if meta.get("retrieved") else ""
    return [
        f"Source: Employment and Social Development Canada, Job Bank wages (open data, {wages.CANADA_SOURCE}{retrieved}). "
        f"{wages.ATTRIBUTION} ({wages.LICENCE_URL})",
        "Figures are Canadian dollars, per hour unless the row is marked annual, exactly as published: never "
        "converted to US dollars, never annualised here, and never merged with the US figures.",
        "Low is in most cases the 10th percentile and high the 90th; the median is the prevailing wage. "
        "Each row names its own data source (the Labour Force Survey, small-area estimates and others).",
        "A blank cell is blank in the file, usually because the estimate was not reliable enough; the workbook "
        "never fills it from another area.",
        f"Matching {role['title']} to NOC 2021 {role['noc_code']} is this workbook's reading (fit: {role['noc_fit']}): "
        f"{role['noc_reason']}",
    ]


def route_in_both_countries(roles, us_area: str = "national", ca_where: str = "Toronto", home=None) -> pd.DataFrame:
    """Every role on a route in both countries, side by side and never merged: the US median in
    ``us_area`` (USD a year) beside the role's NOC group and its Job Bank median in ``ca_where``
    (CAD as published). Without the fetched Canadian table the last column says how to fetch it."""
    rows = []
    for role in roles:
        found = content.find_role(role.id)
        us = band(role.title, us_area).rows[0] if found["soc_code"] else None
        try:
            ca = canada(role.title, ca_where, home).frame.iloc[0]
            canadian = f"{wages.canada_figure(ca['median'], ca['unit'])} ({ca['region_name']})"
        except wages.CanadaWagesMissing:
            canadian = f"not fetched: run `{wages.FETCH_COMMAND}`"
        except wages.NoWageData:
            canadian = "no NOC group or no row in the file"
        rows.append({
            "role": role.title,
            "US code": found["soc_code"] or "none",
            f"US median, {us.label if us else us_area} (USD a year)": us.figure("median") if us else "no SOC code",
            "NOC 2021": f"{found['noc_code']} (TEER {found['teer']})" if found["noc_code"] else "none",
            f"Canada median, {ca_where} (CAD as published)": canadian,
        })
    return pd.DataFrame(rows)
