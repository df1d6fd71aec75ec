"""Real pay for careerkit's roles: BLS Occupational Employment and Wage Statistics.

The figures come from data/wages.csv, which ``python -m careerkit.dev.wagebuild``
copies from the BLS OEWS release named in data/wages_meta.json. Nothing here
reaches the network. A role gets a wage through its SOC code, and that mapping
is an interpretation: every ``WageBand`` carries the reason and its caveats.

>>> band = for_role("Software engineer", "Texas")
>>> band.soc_code, band.area.name
('15-1252', 'Texas')
>>> band.display()["median"].startswith("$")
True
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from careerkit import content
from careerkit.content.loaders import ContentError, _decoded
from careerkit.content.locations import DATA_DIR, learner_home

PERCENTILES = ("p10", "p25", "median", "p75", "p90")
BAND_FIELDS = ("annual_mean", *PERCENTILES)
"""The figures a WageBand holds, in the order a learner reads them."""
BAND_LABELS = {
    "annual_mean": "Mean",
    "p10": "10th percentile",
    "p25": "25th percentile",
    "median": "Median",
    "p75": "75th percentile",
    "p90": "90th percentile",
}
_ANNUAL = [f"annual_{name}" for name in ("mean", *PERCENTILES)]
_HOURLY = [f"hourly_{name}" for name in ("mean", *PERCENTILES)]
_TEXT_COLUMNS = [
    "soc_code", "occupation", "area_code", "area_name", "area_type", "state_code", "states",
    "footnote_codes", "footnotes", "source",
]
_DTYPES = {
    **{column: str for column in _TEXT_COLUMNS},
    **{column: "Int64" for column in ["employment", *_ANNUAL]},
    **{column: "float64" for column in ["employment_rse", "jobs_per_1000", "location_quotient", "mean_wage_rse"]},
    **{column: "float64" for column in _HOURLY},
    **{f"{column}_top_coded": bool for column in _ANNUAL + _HOURLY},
}
_NATIONAL_NAMES = {"national", "nationwide", "united states", "us", "u.s.", "usa", "u.s.a."}


class UnknownArea(ValueError):
    """No OEWS area matches what the learner typed."""


class AmbiguousArea(UnknownArea):
    """Several OEWS areas match; the message lists them so the learner can pick one."""

    def __init__(self, message: str, candidates: list[str]):
        super().__init__(message)
        self.candidates = candidates


class NoWageData(LookupError):
    """BLS publishes no wage for this role (no SOC code) or for this role in this area."""


@dataclass(frozen=True)
class Area:
    """An OEWS area: the nation, a state or territory, a metro or a nonmetro area."""

    code: str
    name: str
    type: str
    states: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.name


# ---------------------------------------------------------------- loading


class WageDataError(ValueError):
    """data/wages.csv is not the table wagebuild writes: names the file, line and column."""


def _bad_cell(path, frame: pd.DataFrame) -> WageDataError:
    """Find the first cell that broke the typed load; only runs when loading has failed."""
    for column, dtype in _DTYPES.items():
        if column in _TEXT_COLUMNS:
            continue
        text = frame[column]
        if dtype is bool:
            bad, expected = ~text.isin(["true", "false"]), "true or false"
        elif dtype == "Int64":
            bad, expected = text.ne("") & ~text.str.fullmatch(r"-?\d{1,15}"), "a whole number or blank"
        else:
            bad, expected = text.ne("") & pd.to_numeric(text, errors="coerce").isna(), "a number or blank"
        if bad.any():
            position = int(bad.to_numpy().argmax())
            return WageDataError(
                f"{path.name}, line {position + 2}, column {column}: {text.iloc[position]!r} is not {expected}"
            )
    return WageDataError(f"{path.name}: could not be read as the wage table")


def read_wage_table(path: str | Path) -> pd.DataFrame:
    """Load and check a wage table file; table() calls this once for data/wages.csv."""
    path = Path(path)
    try:
        _decoded(path)  # bad UTF-8 or a NUL byte: named by line and column before pandas sees it
    except ContentError as error:
        raise WageDataError(str(error)) from None
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, nrows=0)
    missing = [column for column in _DTYPES if column not in raw.columns]
    if missing:
        raise WageDataError(f"{path.name}, line 1: column {missing[0]} is missing")
    na_values = {column: [""] for column in _DTYPES if column not in _TEXT_COLUMNS}
    try:
        frame = pd.read_csv(path, dtype=_DTYPES, keep_default_na=False, na_values=na_values)
    except (ValueError, TypeError, OverflowError):
        raise _bad_cell(path, pd.read_csv(path, dtype=str, keep_default_na=False)) from None
    problems = wage_problems(frame, path.name)
    if problems:
        raise WageDataError(problems[0])
    return frame


def wage_problems(frame: pd.DataFrame, file_name: str = "wages.csv") -> list[str]:
    """Every row breaking the wage rules, with line and column: finite, not negative, p10 <= p25 <= median <= p75 <= p90.

    A top-coded figure is a lower bound, so the order is not required of it.

    ``read_wage_table`` raises the first; ``careerkit check-data`` lists them all.
    Lines count as an editor does (header = line 1), one row per line.
    """
    found: list[tuple[int, str]] = []
    repeated = frame.duplicated(["soc_code", "area_code"]).to_numpy()
    for position in repeated.nonzero()[0]:
        found.append((position, f"{file_name}, line {position + 2}, columns soc_code and area_code: "
                                "a second row for the same pair"))
    for prefix in ("annual", "hourly"):
        columns = [f"{prefix}_{name}" for name in ("mean", *PERCENTILES)]
        values = frame[columns].astype("float64").to_numpy()
        for position, index in zip(*(~np.isfinite(values) & ~np.isnan(values)).nonzero()):
            found.append((position, f"{file_name}, line {position + 2}, column {columns[index]}: "
                                    f"{values[position, index]} is not a finite number"))
        for position, index in zip(*(values < 0).nonzero()):
            found.append((position, f"{file_name}, line {position + 2}, column {columns[index]}: "
                                    f"{values[position, index]:g} is negative; a wage cannot be below zero"))
        floors = frame[[f"{column}_top_coded" for column in columns]].to_numpy(dtype=bool)
        for low, high in zip(range(1, len(columns) - 1), range(2, len(columns))):
            # a top-coded figure is BLS's floor ("$239,200 or more"), so it may sit below the exact one before it
            for position in ((values[:, low] > values[:, high]) & ~floors[:, high]).nonzero()[0]:
                found.append((position, f"{file_name}, line {position + 2}, column {columns[high]}: "
                                        f"{values[position, high]:g} is below {columns[low]} {values[position, low]:g}; "
                                        "percentiles must rise: p10 <= p25 <= median <= p75 <= p90"))
    return [message for _, message in sorted(found, key=lambda item: item[0])]


@cache
def _table() -> pd.DataFrame:
    return read_wage_table(DATA_DIR / "wages.csv")


def table() -> pd.DataFrame:
    """The wage table: one row per SOC code and OEWS area (cross-industry, all ownerships).

    Columns: soc_code ("15-1252"), occupation (BLS title), area_code (7 digits,
    "0000000" national), area_name, area_type (national, state, metro, nonmetro),
    state_code (postal code; blank for national), states (postal codes the area
    spans, ";"-separated), employment, employment_rse and mean_wage_rse (relative
    standard errors, percent), jobs_per_1000, location_quotient, annual_mean,
    annual_p10, annual_p25, annual_median, annual_p75, annual_p90 (dollars a year),
    the same six as hourly_* (dollars an hour), one ``<wage>_top_coded`` flag per
    wage column (True: the figure is BLS's top-code floor, a lower bound),
    footnote_codes (";"-separated BLS codes), footnotes (their texts), source.
    Missing estimates are NA, never zero. A fresh copy each call, so a notebook
    cannot change what the next cell sees.
    """
    return _table().copy()


@cache
def _meta() -> dict:
    return json.loads((DATA_DIR / "wages_meta.json").read_text(encoding="utf-8"))


def meta() -> dict:
    """Provenance of the wage table: dataset, release, source files, package, build command."""
    return json.loads(json.dumps(_meta()))


def release_text() -> str:
    """The line to show beside every figure, so a learner knows where it comes from."""
    info = _meta()
    return f"{info['publisher']}, OEWS {info['release']} ({info['scope']})"


@cache
def _areas() -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / "areas.csv", dtype=str, keep_default_na=False)


def areas() -> pd.DataFrame:
    """Every OEWS area: area_code, area_name, area_type, state_code, states, source."""
    return _areas().copy()


# ---------------------------------------------------------------- areas


def _area(row) -> Area:
    states = tuple(row.states.split(";")) if row.states else ()
    return Area(row.area_code, row.area_name, row.area_type, states)


def _principal_cities(name: str) -> list[str]:
    return [city.strip().casefold() for city in re.split(r"[-/]", name.rpartition(",")[0] or name)]


@dataclass(frozen=True)
class _AreaIndex:
    by_code: dict[str, Area]
    by_name: dict[str, Area]
    local: tuple[Area, ...]


@cache
def _area_index() -> _AreaIndex:
    by_code, by_name = {}, {}
    for row in _areas().itertuples(index=False):
        area = _area(row)
        by_code[area.code] = area
        by_name[area.name.casefold()] = area
        if area.type == "state":
            by_name[area.states[0].casefold()] = area
    local = tuple(area for area in by_code.values() if area.type in ("metro", "nonmetro"))
    return _AreaIndex(by_code, by_name, local)


def _ambiguous(name: str, found: list[Area]) -> AmbiguousArea:
    names = [area.name for area in found]
    shown = "; ".join(names[:12]) + ("; ..." if len(names) > 12 else "")
    return AmbiguousArea(f"'{name}' matches {len(names)} areas: {shown}. Type more of the name.", names)


def _unknown(name: str, index: _AreaIndex) -> UnknownArea:
    words = {area.name.casefold(): area.name for area in index.by_code.values()}
    for area in index.local:
        words.update({city: area.name for city in _principal_cities(area.name)})
    close = difflib.get_close_matches(name.casefold(), list(words), n=4, cutoff=0.6)
    hint = f" Close matches: {'; '.join(dict.fromkeys(words[c] for c in close))}." if close else ""
    return UnknownArea(
        f"No OEWS area called '{name}'. Use 'national', a state name or postal code, "
        f"a 7-digit area code, or part of a metro name.{hint}"
    )


def _match_local(wanted: str, state: str, index: _AreaIndex) -> list[Area]:
    """Metros whose principal city is ``wanted``; failing that, areas whose name contains it."""
    pool = [area for area in index.local if not state or state.upper() in area.states]
    cities = [area for area in pool if wanted in _principal_cities(area.name)]
    return cities or [area for area in pool if wanted in area.name.casefold()]


def resolve_area(name: str | Area) -> Area:
    """The OEWS area a learner means by 'US', 'Texas', 'TX', '0042660', 'Austin' or 'Portland, OR'.

    >>> resolve_area("Seattle").code
    '0042660'
    """
    if isinstance(name, Area):
        return name
    if not isinstance(name, str) or not name.strip():
        raise UnknownArea(f"An area must be a non-empty name or code, not {name!r}.")
    index = _area_index()
    wanted = " ".join(name.split()).casefold()
    if wanted in _NATIONAL_NAMES:
        return index.by_code["0000000"]
    if re.fullmatch(r"\d{7}", wanted):
        if wanted in index.by_code:
            return index.by_code[wanted]
        raise UnknownArea(f"No OEWS area has the code {wanted}; see careerkit.content.wages.areas().")
    if wanted in index.by_name:
        return index.by_name[wanted]
    city, _, state = wanted.rpartition(",") if "," in wanted else (wanted, "", "")
    found = _match_local(city.strip(), state.strip(), index)
    if len(found) == 1:
        return found[0]
    if found:
        raise _ambiguous(name, found)
    raise _unknown(name, index)


# ---------------------------------------------------------------- one role, one area


def _top_code_floor() -> str:
    """BLS's top-code threshold in its own footnote words, e.g. '$239,200 a year'."""
    for text in _meta()["footnotes"].values():
        match = re.search(r"\$([\d,.]+) per hour or \$([\d,.]+) per year", text)
        if match:
            return f"${match[2]} a year (${match[1]} an hour)"
    return "the BLS top-code threshold"


@dataclass(frozen=True)
class WageBand:
    """What BLS publishes for one role's occupation in one area, with the caveats that go with it.

    Dollar figures are whole dollars a year; None where BLS released none. A
    field named in ``lower_bounds`` is a top-code floor: the true figure is that
    or more, and ``display()`` never shows it as exact.
    """

    role: str
    soc_code: str
    occupation: str
    soc_reason: str
    area: Area
    employment: int | None
    annual_mean: int | None
    p10: int | None
    p25: int | None
    median: int | None
    p75: int | None
    p90: int | None
    location_quotient: float | None
    lower_bounds: frozenset[str]
    footnotes: tuple[str, ...]
    release: str
    mean_wage_rse: float | None = None
    employment_rse: float | None = None
    role_id: str = ""

    @property
    def reliability(self) -> str:
        """The relative standard error of the mean wage and the small-sample marker, e.g. 'RSE 4.9% †'."""
        return reliability_text(self.mean_wage_rse, self.employment)

    def figure(self, field: str) -> str:
        """One figure as a learner should read it: '$175,140', '$239,200 or more' or 'not released'."""
        if field not in BAND_FIELDS:
            raise ValueError(f"Unknown wage field '{field}'; expected one of {', '.join(BAND_FIELDS)}.")
        value = getattr(self, field)
        if value is None:
            return "not released by BLS"
        return f"${value:,} or more" if field in self.lower_bounds else f"${value:,}"

    def display(self) -> dict[str, str]:
        """Every figure as display text, keyed by field, lower bounds marked 'or more'."""
        return {field: self.figure(field) for field in BAND_FIELDS}

    def summary(self) -> str:
        """One sentence with the median, the middle half and the source."""
        where = "nationally" if self.area.type == "national" else f"in {self.area.name}"
        return (
            f"{self.occupation} ({self.soc_code}) {where}: median {self.figure('median')} a year "
            f"({self.reliability}); the middle half earn {self.figure('p25')} to {self.figure('p75')}. "
            f"Source: {self.release}."
        )

    @property
    def caveats(self) -> list[str]:
        """What a learner must keep in mind before reading these figures as 'my salary'."""
        other = alternatives_text(self.role_id) if self.role_id else ""
        return [
            f"Matching '{self.role}' to the BLS occupation {self.occupation} ({self.soc_code}) is this "
            f"workbook's interpretation, not a BLS statement: {self.soc_reason}" + (f" {other}" if other else ""),
            PERCENTILE_CAVEAT,
            top_code_caveat(self.lower_bounds),
            RSE_LEGEND,
            *RELEASE_CAVEATS,
        ]


SMALL_EMPLOYMENT = 100
"""Fewer jobs than this in a cell: the workbook marks it small (its own threshold, not BLS's)."""
HIGH_RSE = 10.0
"""A mean-wage relative standard error (percent) this high or higher: the workbook marks the cell too."""
SMALL_MARK = "†"
RSE_LEGEND = (
    f"RSE is BLS's relative standard error of the mean wage: the smaller it is, the more precise the "
    f"estimate. {SMALL_MARK} marks a figure from a small sample, by the workbook's own rule of thumb: fewer "
    f"than {SMALL_EMPLOYMENT} jobs estimated or an RSE of {HIGH_RSE:g}% or more (OEWS technical notes, "
    "bls-oews-technical-notes)."
)
"""The one legend that explains the RSE and the small-sample marker shown beside every figure."""


def is_small_sample(mean_wage_rse: float | None, employment: int | None) -> bool:
    """True where the workbook marks a figure as resting on few jobs or an imprecise estimate."""
    few = employment is not None and employment < SMALL_EMPLOYMENT
    loose = mean_wage_rse is not None and mean_wage_rse >= HIGH_RSE
    return few or loose


def reliability_text(mean_wage_rse: float | None, employment: int | None) -> str:
    """'RSE 2.1%', 'RSE 12.4% †' or 'RSE not released', as shown beside a wage figure."""
    rse = "RSE not released" if mean_wage_rse is None or pd.isna(mean_wage_rse) else f"RSE {mean_wage_rse:g}%"
    return f"{rse} {SMALL_MARK}" if is_small_sample(mean_wage_rse, employment) else rse


# ---------------------------------------------------------------- other US readings of a role


def alternatives(role_id: str) -> list[dict]:
    """Other US readings of a role from data/soc_alternatives.csv; a SOC code carries its national median.

    Each dict: code, title, kind (onet or soc), reason, source, median (int, or None for an
    O*NET detail code, which OEWS does not publish on its own).
    """
    table = content.soc_alternatives()
    found = []
    for row in table[table["role_id"] == role_id].to_dict("records"):
        median = national_median(row["code"]) if row["kind"] == "soc" else None
        found.append({**{key: row[key] for key in ("code", "title", "kind", "reason", "source")}, "median": median})
    return found


def national_median(soc_code: str) -> int | None:
    """The national annual median of a SOC code in the wage table, or None."""
    frame = _table()
    rows = frame[(frame["soc_code"].to_numpy() == soc_code) & (frame["area_code"].to_numpy() == "0000000")]
    return None if rows.empty or pd.isna(rows.iloc[0]["annual_median"]) else int(rows.iloc[0]["annual_median"])


def alternatives_text(role_id: str) -> str:
    """One sentence naming the other readings of a role, with medians computed from the table; '' if none."""
    parts = []
    for item in alternatives(role_id):
        if item["kind"] == "onet":
            parts.append(f"O*NET {item['code']} {item['title']} (no OEWS wage of its own)")
        else:
            median = f"national median ${item['median']:,}" if item["median"] is not None else "no national median"
            parts.append(f"SOC {item['code']} {item['title']} ({median})")
    return f"Other readings: {'; '.join(parts)}." if parts else ""


CAVEAT_SOURCES = ("bls-oews-technical-notes",)
"""The sources.csv id the release-wide caveats cite."""
PERCENTILE_CAVEAT = (
    "Percentiles describe how pay is spread across everyone in the occupation, not career levels: "
    "the 90th percentile is not 'the senior salary' and the 10th is not 'the junior salary'."
)
RELEASE_CAVEATS = (
    "OEWS asks employers about their wage and salary workers: the release's footnotes say "
    "self-employed workers are not included, and BLS's OEWS technical notes add that owners and "
    "partners of unincorporated businesses are not counted either.",
    "BLS's OEWS technical notes say the wages are straight-time pay: production bonuses, incentive "
    "pay and commissions are counted, but overtime premiums, bonuses not tied to output and "
    "employer-paid benefits are left out, which matters most for executives.",
    "Annual figures assume year-round, full-time work: BLS multiplies hourly rates by 2,080 hours.",
    "Each OEWS release pools survey responses collected over three years, so comparing releases "
    "does not show a trend (OEWS technical notes).",
    "Executives' pay in stock options and other equity is not counted, so the figures for chief and "
    "vice-president roles understate what many of them receive (OEWS technical notes).",
)
"""Caveats that hold for every figure in the release, whatever the role or area: who is
counted, which pay is counted, and how an hourly rate becomes a year. Every view of the
figures (one band or a comparison) shows them."""


@cache
def top_coded_cells(roles_only: bool = True) -> int:
    """How many cells of the wage table are BLS top-code floors (computed, never assumed).

    ``roles_only`` counts only the occupations roles.csv maps to, not the alternatives.
    """
    frame = _table()
    if roles_only:
        frame = frame[frame["soc_code"].isin(set(content.roles()["soc_code"].dropna()))]
    flags = [column for column in frame.columns if column.endswith("_top_coded")]
    return int(frame[flags].to_numpy().sum())


def top_code_caveat(lower_bounds: Iterable[str] = (), rows: Iterable[str] = ()) -> str:
    """What top-coding means for the figures shown; top-coding is per cell, so many figures
    above the floor are published exactly.

    ``lower_bounds`` names the fields (``BAND_FIELDS``) that are floors in one band; for a
    table of several bands, ``rows`` names the rows that hold a floor. When no cell of
    the table is top-coded the caveat says so, in the conditional: it is a rule BLS would
    apply, not something these figures show.
    """
    floor = _top_code_floor()
    rows, lower_bounds = list(rows), frozenset(lower_bounds)
    if rows:
        head = f"BLS top-codes some wages, publishing only that they are {floor} or more; "
        return f"{head}the figures shown as 'or more' for {'; '.join(rows)} are such floors, not estimates."
    if lower_bounds:
        head = f"BLS top-codes some wages, publishing only that they are {floor} or more; "
        marked = ", ".join(BAND_LABELS[field].lower() for field in BAND_FIELDS if field in lower_bounds)
        return f"{head}here the {marked} is such a floor, shown as 'or more'."
    if top_coded_cells() == 0:
        return (
            f"BLS would publish a wage of {floor} or more only as that floor (top-coding); no figure for "
            "the workbook's roles in this release was top-coded, so each is BLS's published estimate."
        )
    return (
        f"BLS would publish a wage of {floor} or more only as that floor (top-coding); "
        "none of these figures was top-coded, so each is BLS's published estimate."
    )


def footnote_texts(codes: str) -> tuple[str, ...]:
    """The release's own words for a row's ``footnote_codes`` (';'-separated, e.g. '8')."""
    return tuple(_meta()["footnotes"][code] for code in codes.split(";") if code)


def _soc_code(role: pd.Series) -> str | None:
    code = role["soc_code"]
    return None if code is None or pd.isna(code) or not str(code).strip() else str(code).strip()


def _no_code(role: pd.Series) -> NoWageData:
    return NoWageData(
        f"BLS publishes no wage for '{role['title']}': the role has no SOC occupation code. {role['soc_reason']}"
    )


def _suggestion(area: Area) -> str:
    if area.type == "national":
        return ""
    names = [_area_index().by_name[state.casefold()].name for state in area.states if area.type != "state"]
    places = [*names, "national"]
    return f" Try {' or '.join(repr(place) for place in places)} instead."


def _cell(soc: str, area: Area) -> pd.Series | None:
    frame = _table()
    rows = frame[(frame["soc_code"].to_numpy() == soc) & (frame["area_code"].to_numpy() == area.code)]
    return None if rows.empty else rows.iloc[0]


def _number(value) -> int | float | None:
    return None if pd.isna(value) else value.item() if hasattr(value, "item") else value


def _band(role: pd.Series, soc: str, area: Area, row: pd.Series) -> WageBand:
    columns = dict(zip(BAND_FIELDS, _ANNUAL))
    figures = {field: _number(row[column]) for field, column in columns.items()}
    if all(value is None for value in figures.values()):
        notes = f" ({row['footnotes']})" if row["footnotes"] else ""
        raise NoWageData(
            f"BLS released no wage estimate for {row['occupation']} ({soc}) in {area.name}{notes}."
            f"{_suggestion(area)}"
        )
    return WageBand(
        role=role["title"], soc_code=soc, occupation=row["occupation"], soc_reason=role["soc_reason"],
        area=area, employment=_number(row["employment"]), **figures,
        location_quotient=_number(row["location_quotient"]),
        lower_bounds=frozenset(field for field, column in columns.items() if row[f"{column}_top_coded"]),
        footnotes=footnote_texts(row["footnote_codes"]),
        release=release_text(),
        mean_wage_rse=_number(row["mean_wage_rse"]),
        employment_rse=_number(row["employment_rse"]),
        role_id=role["id"],
    )


def _wage_band(role: pd.Series, area: Area) -> WageBand:
    soc = _soc_code(role)
    if soc is None:
        raise _no_code(role)
    row = _cell(soc, area)
    if row is None:
        occupation = role["soc_title"] or soc
        raise NoWageData(f"BLS publishes no estimate for {occupation} ({soc}) in {area.name}.{_suggestion(area)}")
    return _band(role, soc, area, row)


def for_role(title: str, area: str | Area = "national") -> WageBand:
    """The BLS wage band for a role (title, id or alias) in an area, with its caveats.

    Raises content.ContentError for an unknown role, UnknownArea for an unknown
    area, NoWageData when the role has no SOC code or BLS has no estimate there.
    """
    return _wage_band(content.find_role(title), resolve_area(area))


# ---------------------------------------------------------------- comparisons


_COMPARE_COLUMNS = [
    "role", "soc_code", "occupation", "area", "area_type", "employment", *_ANNUAL,
    "mean_wage_rse", "lower_bounds", "note", "footnote_codes", "release",
]


def _compare_row(role: pd.Series, area: Area) -> dict:
    soc = _soc_code(role)
    cell = _cell(soc, area) if soc is not None else None
    row = {"role": role["title"], "soc_code": soc, "occupation": role["soc_title"],
           "area": area.name, "area_type": area.type, "lower_bounds": "", "note": "",
           "footnote_codes": cell["footnote_codes"] if cell is not None else "", "release": release_text(),
           "mean_wage_rse": None}
    try:
        band = _wage_band(role, area)
    except NoWageData as missing:
        return {**row, "note": str(missing)}
    figures = {column: getattr(band, field) for field, column in zip(BAND_FIELDS, _ANNUAL)}
    bounds = ";".join(column for field, column in zip(BAND_FIELDS, _ANNUAL) if field in band.lower_bounds)
    return {**row, **figures, "employment": band.employment, "occupation": band.occupation, "lower_bounds": bounds,
            "mean_wage_rse": band.mean_wage_rse, "note": alternatives_text(role["id"])}


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=_COMPARE_COLUMNS)
    for column in ("employment", *_ANNUAL):
        frame[column] = frame[column].astype("Int64")
    frame.attrs["release"] = release_text()
    return frame


def _names(values, what: str) -> list:
    if isinstance(values, (str, Area)) or not isinstance(values, Iterable):
        raise ValueError(f"{what} must be a list of names, e.g. ['Texas', 'Austin'], not {values!r}.")
    return list(values)


def compare_areas(title: str, areas: Iterable[str | Area]) -> pd.DataFrame:
    """One role's wages across areas, one row per area; a row BLS has no figure for says why in `note`.

    Columns: role, soc_code, occupation, area, area_type, employment, annual_mean,
    annual_p10, annual_p25, annual_median, annual_p75, annual_p90 (Int64, dollars a
    year, as in table()), lower_bounds (";"-separated columns that are top-code
    floors: show them as "or more"), mean_wage_rse (percent), note (why there is no
    figure, or the role's other US readings with their national medians), footnote_codes (";"-separated BLS codes, as in
    table(); ``footnote_texts`` gives their words), release.
    """
    role = content.find_role(title)
    if _soc_code(role) is None:
        raise _no_code(role)
    return _frame([_compare_row(role, resolve_area(area)) for area in _names(areas, "areas")])


def compare_roles(titles: Iterable[str], area: str | Area = "national") -> pd.DataFrame:
    """Several roles' wages in one area, one row per role, columns as in compare_areas.

    A role without a SOC code (product manager) gets a row whose note gives the reason.
    """
    where = resolve_area(area)
    return _frame([_compare_row(content.find_role(title), where) for title in _names(titles, "titles")])


# ---------------------------------------------------------------- Canada: Job Bank wages, fetched on request

CANADA_SOURCE = "esdc-job-bank-wages-2025"
"""The sources.csv id of ESDC's open "Wages" file, cited beside every Canadian figure."""
CANADA_FILE = "canada_wages.csv"
CANADA_META = "canada_wages.json"
CANADA_COLUMNS = (
    "noc", "title", "province", "region_code", "region_name", "low", "q1", "median", "q3", "high",
    "average", "unit", "reference_period", "revision_date", "data_source",
)
"""The tidy table ``careerkit canada-wages fetch`` writes: one row per NOC group and area, as published."""
CANADA_FIGURES = ("low", "q1", "median", "q3", "high", "average")
CANADA_HEADINGS = {"low": "Low", "q1": "Q1", "median": "Median", "q3": "Q3", "high": "High", "average": "Average"}
FETCH_COMMAND = "careerkit canada-wages fetch"
ATTRIBUTION = "Contains information licensed under the Open Government Licence - Canada."
LICENCE_URL = "https://open.canada.ca/en/open-government-licence-canada"


class CanadaWagesMissing(LookupError):
    """The Job Bank wage table has not been fetched yet; the message names the command that fetches it."""


def data_home() -> Path:
    """The learner's data home, where the fetched Job Bank table lives beside the progress store."""
    return learner_home()


def canada_path(home: str | Path | None = None) -> Path:
    return Path(home or data_home()) / CANADA_FILE


def canada_meta(home: str | Path | None = None) -> dict | None:
    """What the fetch recorded (source URL, retrieval time, SHA-256, attribution, rows), or None."""
    path = Path(home or data_home()) / CANADA_META
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def canada_table(home: str | Path | None = None) -> pd.DataFrame:
    """The Job Bank wages of the NOC groups the workbook maps, as fetched: every cell as text, a blank kept blank.

    Figures are CAD, per hour where ``unit`` is 'hour' and per year where it is 'year', as
    ESDC publishes them; nothing is converted or merged with US figures. Raises
    CanadaWagesMissing, naming the fetch command, when the table is not there.
    """
    path = canada_path(home)
    if not path.exists():
        raise CanadaWagesMissing(
            f"No Canadian wage table in {path.parent}. Run `{FETCH_COMMAND}` in a terminal to download "
            "ESDC's open Job Bank wages file (about 18 MB); the workbook keeps only the NOC groups it maps."
        )
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [column for column in CANADA_COLUMNS if column not in frame.columns]
    if missing:
        raise WageDataError(f"{path.name}, line 1: column {missing[0]} is missing; run `{FETCH_COMMAND}` again")
    return frame


def canada_available(home: str | Path | None = None) -> bool:
    return canada_path(home).exists()


def canada_rows(noc_code: str, where: str = "NAT", home: str | Path | None = None) -> pd.DataFrame:
    """One NOC group's rows: ``where`` is 'NAT', a province code ('ON'), 'all provinces',
    a region code ('ER3530') or part of a region name ('Toronto')."""
    frame = canada_table(home)
    frame = frame[frame["noc"] == str(noc_code)]
    wanted = where.strip()
    if wanted.upper() == "NAT":
        return frame[frame["province"] == "NAT"].reset_index(drop=True)
    if wanted.casefold() == "all provinces":
        return frame[(frame["province"] != "NAT") & frame["region_code"].isin(_province_totals(frame))].reset_index(drop=True)
    if wanted.upper() in set(frame["province"]):
        return frame[frame["province"] == wanted.upper()].reset_index(drop=True)
    if wanted.upper() in set(frame["region_code"]):
        return frame[frame["region_code"] == wanted.upper()].reset_index(drop=True)
    named = frame[frame["region_name"].str.casefold().str.contains(wanted.casefold(), regex=False)]
    return named.reset_index(drop=True)


def _province_totals(frame: pd.DataFrame) -> set[str]:
    """Each province's own total row: the region code its rows share most with the province's name.

    Read from the file rather than from a pattern: PEI and the territories use other codes.
    """
    totals = set()
    for _province, rows in frame[frame["province"] != "NAT"].groupby("province"):
        shortest = rows.loc[rows["region_code"].str.len() == rows["region_code"].str.len().min(), "region_code"]
        totals.add(shortest.iloc[0])
    return totals


def canada_figure(value: str, unit: str) -> str:
    """A Job Bank figure as published: 'CA$45.19 an hour', 'CA$94,000 a year', or 'blank in the file'."""
    if not str(value).strip():
        return "blank in the file"
    try:
        number = float(value)
    except ValueError:
        return f"not published ({value})"
    if unit == "year":
        return f"CA${number:,.0f} a year"
    return f"CA${number:,.2f} an hour"
