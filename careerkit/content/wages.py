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

import pandas as pd

from careerkit import content
from careerkit.content.locations import DATA_DIR

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
            bad, expected = text.ne("") & ~text.str.fullmatch(r"\d+"), "a whole number or blank"
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
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, nrows=0)
    missing = [column for column in _DTYPES if column not in raw.columns]
    if missing:
        raise WageDataError(f"{path.name}, line 1: column {missing[0]} is missing")
    na_values = {column: [""] for column in _DTYPES if column not in _TEXT_COLUMNS}
    try:
        frame = pd.read_csv(path, dtype=_DTYPES, keep_default_na=False, na_values=na_values)
    except (ValueError, TypeError):
        raise _bad_cell(path, pd.read_csv(path, dtype=str, keep_default_na=False)) from None
    repeated = frame.duplicated(["soc_code", "area_code"]).to_numpy()
    if repeated.any():
        line = int(repeated.argmax()) + 2
        raise WageDataError(f"{path.name}, line {line}, columns soc_code and area_code: a second row for the same pair")
    return frame


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
            f"{self.occupation} ({self.soc_code}) {where}: median {self.figure('median')} a year; "
            f"the middle half earn {self.figure('p25')} to {self.figure('p75')}. Source: {self.release}."
        )

    @property
    def caveats(self) -> list[str]:
        """What a learner must keep in mind before reading these figures as 'my salary'."""
        return [
            f"Matching '{self.role}' to the BLS occupation {self.occupation} ({self.soc_code}) is this "
            f"workbook's interpretation, not a BLS statement: {self.soc_reason}",
            PERCENTILE_CAVEAT,
            top_code_caveat(self.lower_bounds),
            *RELEASE_CAVEATS,
        ]


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
)
"""Caveats that hold for every figure in the release, whatever the role or area: who is
counted, which pay is counted, and how an hourly rate becomes a year. Every view of the
figures (one band or a comparison) shows them."""


def top_code_caveat(lower_bounds: Iterable[str] = (), rows: Iterable[str] = ()) -> str:
    """What top-coding means for the figures shown; top-coding is per cell in this release,
    so many figures above the floor are published exactly.

    ``lower_bounds`` names the fields (``BAND_FIELDS``) that are floors in one band; for a
    table of several bands, ``rows`` names the rows that hold a floor.
    """
    floor = _top_code_floor()
    head = f"BLS top-codes some wages, publishing only that they are {floor} or more; "
    rows, lower_bounds = list(rows), frozenset(lower_bounds)
    if rows:
        return f"{head}the figures shown as 'or more' for {'; '.join(rows)} are such floors, not estimates."
    if lower_bounds:
        marked = ", ".join(BAND_LABELS[field].lower() for field in BAND_FIELDS if field in lower_bounds)
        return f"{head}here the {marked} is such a floor, shown as 'or more'."
    return f"{head}none of these figures is top-coded, so each is BLS's published estimate."


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
    "lower_bounds", "note", "footnote_codes", "release",
]


def _compare_row(role: pd.Series, area: Area) -> dict:
    soc = _soc_code(role)
    cell = _cell(soc, area) if soc is not None else None
    row = {"role": role["title"], "soc_code": soc, "occupation": role["soc_title"],
           "area": area.name, "area_type": area.type, "lower_bounds": "", "note": "",
           "footnote_codes": cell["footnote_codes"] if cell is not None else "", "release": release_text()}
    try:
        band = _wage_band(role, area)
    except NoWageData as missing:
        return {**row, "note": str(missing)}
    figures = {column: getattr(band, field) for field, column in zip(BAND_FIELDS, _ANNUAL)}
    bounds = ";".join(column for field, column in zip(BAND_FIELDS, _ANNUAL) if field in band.lower_bounds)
    return {**row, **figures, "employment": band.employment, "occupation": band.occupation, "lower_bounds": bounds}


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
    floors: show them as "or more"), note, footnote_codes (";"-separated BLS codes, as in
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
