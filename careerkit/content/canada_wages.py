"""``careerkit canada-wages``: fetch ESDC's open Job Bank "Wages" file on request, and say what is there.

This is the one careerkit module that may open a network connection, and only when a
learner or instructor runs ``careerkit canada-wages fetch`` in a terminal; no notebook,
widget or other module imports it (tests/test_safety.py checks both). The file (about
18 MB, about 44,000 rows) is streamed: each row is read, kept if its NOC 2021 unit group
is one the workbook maps (data/noc.csv), and written to a tidy table under the learner's
data home (``careerkit.content.wages.canada_table`` reads it). The whole file is never
held in memory, and a file that fails a check never replaces the table already there:
the new table is written to a temporary file and renamed over the old one only at the end.

The provenance written beside it: the source URL, the retrieval time, the file's SHA-256,
and the Open Government Licence - Canada attribution the licence asks for.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import re
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from careerkit import content
from careerkit.content import wages

DEFAULT_URL = (
    "https://open.canada.ca/data/dataset/adad580f-76b0-4502-bd05-20c125de9116/resource/"
    "9da94d63-b178-4a64-aeb3-b6a3bd721ad2/download/2a71-das-wage2025opendata-esdc-all-19nov2025-vf.csv"
)
DATASET_URL = "https://open.canada.ca/data/en/dataset/adad580f-76b0-4502-bd05-20c125de9116"
SOURCE = wages.CANADA_SOURCE
TIMEOUT = 60.0
"""Seconds to wait for the server to answer (and between two chunks of the download)."""
CHUNK = 1 << 16

COLUMNS = {
    "NOC_CNP": "noc",
    "NOC_Title_eng": "title",
    "prov": "province",
    "ER_Code_Code_RE": "region_code",
    "ER_Name": "region_name",
    "Low_Wage_Salaire_Minium": "low",
    "Quartile1_Wage_Salaire_Quartile1": "q1",
    "Median_Wage_Salaire_Median": "median",
    "Quartile3_Wage_Salaire_Quartile3": "q3",
    "High_Wage_Salaire_Maximal": "high",
    "Average_Wage_Salaire_Moyen": "average",
    "Annual_Wage_Flag_Salaire_annuel": "unit",
    "Reference_Period": "reference_period",
    "Revision_Date_Date_revision": "revision_date",
    "Data_Source_E": "data_source",
}
"""The file's column (matched by name, in any order) -> the tidy table's column."""
UNITS = {"0": "hour", "1": "year"}
NUMBER = re.compile(r"\d+(\.\d+)?")
NOT_PUBLISHED = {"NA", "N/A", "n/a", "x", "X", "..", "-"}
"""Markers a statistical file may use for a figure it does not publish: kept as written, never a number."""


class FetchError(RuntimeError):
    """The download failed or the file is not the Wages file; the table already there is untouched."""


@dataclass(frozen=True)
class Fetched:
    """What one fetch wrote: the table, how many rows it kept, and the provenance recorded."""

    path: Path
    rows: int
    meta: dict


def wanted_groups() -> set[str]:
    """Every NOC 2021 unit group the workbook maps a role to, alternatives included."""
    roles = content.roles()
    groups = {code for code in roles["noc_code"].dropna() if code}
    groups |= {code for codes in roles["noc_alternatives"] for code in codes}
    return groups


# ---------------------------------------------------------------- reading the file


class _Hashing(io.RawIOBase):
    """A byte stream that hashes and counts what passes through it, and reports progress."""

    def __init__(self, stream, total: int | None, report):
        self._stream, self.total, self._report = stream, total, report
        self.digest, self.done = hashlib.sha256(), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self._stream.read(min(len(buffer), CHUNK))
        self.digest.update(chunk)
        self.done += len(chunk)
        buffer[: len(chunk)] = chunk
        self._report(self.done, self.total)
        return len(chunk)

    def drain(self) -> None:
        """Read to the end so the SHA-256 covers the whole file, not only the rows parsed."""
        while self.readinto(bytearray(CHUNK)):
            pass


def _open(source: str, timeout: float):
    """(byte stream, size or None, the URL or path recorded); a clear message when offline."""
    path = Path(source[7:] if source.startswith("file://") else source).expanduser()
    if "://" not in source or source.startswith("file://"):
        if not path.is_file():
            raise FetchError(f"{path}: no such file")
        return path.open("rb"), path.stat().st_size, str(path.resolve())
    try:
        response = urllib.request.urlopen(source, timeout=timeout)  # noqa: S310 (the URL is the user's choice)
    except urllib.error.HTTPError as error:
        raise FetchError(f"{source}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError(
            f"Could not download {source} ({reason}). Are you offline? Try again when connected, or download "
            f"the file in a browser from {DATASET_URL} and run: {wages.FETCH_COMMAND} --from PATH"
        ) from None
    size = response.headers.get("Content-Length")
    return response, int(size) if size and size.isdigit() else None, source


def _header(reader: csv.reader, source: str) -> dict[str, int]:
    header = next(reader, None)
    if header is None:
        raise FetchError(f"{source}: the file is empty; expected the Job Bank Wages header")
    names = [name.strip().lstrip("\ufeff") for name in header]
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise FetchError(
            f"{source}, line 1: not the Job Bank Wages file: column(s) {', '.join(missing)} missing "
            f"(found {len(names)} columns, e.g. {', '.join(names[:4])})"
        )
    return {column: names.index(column) for column in COLUMNS}


def _tidy(cells: list[str], where: dict[str, int], line: int, source: str) -> dict[str, str]:
    """One file row as the tidy table's row; a blank stays blank, a bad cell names its line and column."""
    if len(cells) < len(where) or max(where.values()) >= len(cells):
        raise FetchError(f"{source}, line {line}: has {len(cells)} cells, too few for the header")
    row = {name: cells[where[column]].strip() for column, name in COLUMNS.items()}
    row["noc"] = row["noc"].removeprefix("NOC_")
    for column in wages.CANADA_FIGURES:
        if row[column] in NOT_PUBLISHED:
            continue
        if row[column] and not NUMBER.fullmatch(row[column].replace(",", "")):
            raise FetchError(f"{source}, line {line}, column {_file_column(column)}: {row[column]!r} is not a number or blank")
        row[column] = row[column].replace(",", "")
    if row["unit"] not in UNITS:
        raise FetchError(
            f"{source}, line {line}, column Annual_Wage_Flag_Salaire_annuel: {row['unit']!r} should be 0 (hourly) or 1 (annual)"
        )
    row["unit"] = UNITS[row["unit"]]
    return row


def _file_column(name: str) -> str:
    return next(column for column, tidy in COLUMNS.items() if tidy == name)


def _progress(stream=sys.stderr):
    """A one-line progress bar on stderr, redrawn at most every megabyte."""
    state = {"shown": -1}

    def report(done: int, total: int | None) -> None:
        step = done >> 20
        if step == state["shown"]:
            return
        state["shown"] = step
        if total:
            filled = int(30 * done / total)
            stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done / 1e6:5.1f} of {total / 1e6:.1f} MB")
        else:
            stream.write(f"\r{done / 1e6:5.1f} MB")
        stream.flush()

    return report


def _quiet(done: int, total: int | None) -> None:
    return None


# ---------------------------------------------------------------- fetching


def fetch(source: str = DEFAULT_URL, home: str | Path | None = None, timeout: float = TIMEOUT, show_progress: bool = True) -> Fetched:
    """Download (or read) the Wages file, keep the workbook's NOC groups, and replace the table atomically.

    Raises FetchError, naming the source, the line and the column, for a download that
    fails or a file that is not the Wages file; the table already there stays as it was.
    """
    home = Path(home or wages.data_home())
    home.mkdir(parents=True, exist_ok=True)
    groups = wanted_groups()
    stream, size, recorded = _open(source, timeout)
    hashing = _Hashing(stream, size, _progress() if show_progress else _quiet)
    handle, temp = tempfile.mkstemp(prefix=".canada_wages-", suffix=".csv", dir=home)
    kept = 0
    try:
        with stream, os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
            text = io.TextIOWrapper(io.BufferedReader(hashing, CHUNK), encoding="utf-8-sig", newline="")
            reader = csv.reader(text)
            where = _header(reader, recorded)
            writer = csv.DictWriter(out, fieldnames=wages.CANADA_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for cells in reader:
                if not any(cell.strip() for cell in cells):
                    continue
                row = _tidy(cells, where, reader.line_num, recorded)
                if row["noc"] in groups:
                    writer.writerow(row)
                    kept += 1
            hashing.drain()
        if show_progress:
            sys.stderr.write("\n")
        if kept == 0:
            raise FetchError(f"{recorded}: no row for the NOC groups the workbook maps ({', '.join(sorted(groups))})")
        meta = _meta(recorded, hashing, kept, groups)
        _replace(home, Path(temp), meta)
    except (UnicodeDecodeError, csv.Error) as error:
        Path(temp).unlink(missing_ok=True)
        raise FetchError(f"{recorded}: cannot be read as a UTF-8 CSV file ({error})") from None
    except (TimeoutError, OSError) as error:
        Path(temp).unlink(missing_ok=True)
        raise FetchError(f"{recorded}: the download stopped ({error}); the table already there is unchanged") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Fetched(wages.canada_path(home), kept, meta)


def _meta(recorded: str, hashing: _Hashing, kept: int, groups: set[str]) -> dict:
    return {
        "source_url": recorded,
        "source_id": SOURCE,
        "retrieved": datetime.now(UTC).isoformat(timespec="seconds"),
        "sha256": hashing.digest.hexdigest(),
        "bytes": hashing.done,
        "rows": kept,
        "noc_groups": sorted(groups),
        "publisher": "Employment and Social Development Canada (Job Bank)",
        "licence": "Open Government Licence - Canada 2.0",
        "licence_url": wages.LICENCE_URL,
        "attribution": wages.ATTRIBUTION,
        "fetch_command": wages.FETCH_COMMAND,
    }


def _replace(home: Path, temp_table: Path, meta: dict) -> None:
    """Rename the new table over the old one, then write its provenance the same way."""
    handle, temp_meta = tempfile.mkstemp(prefix=".canada_wages-", suffix=".json", dir=home)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(json.dumps(meta, indent=2) + "\n")
    os.replace(temp_table, home / wages.CANADA_FILE)
    os.replace(temp_meta, home / wages.CANADA_META)


def status(home: str | Path | None = None) -> str:
    """What is in the learner's data home: the table's rows, source, retrieval time and hash, or how to fetch."""
    home = Path(home or wages.data_home())
    meta = wages.canada_meta(home)
    if not wages.canada_available(home) or meta is None:
        return f"No Canadian wage table in {home}. Run `{wages.FETCH_COMMAND}` to download it (about 18 MB)."
    return (
        f"{wages.canada_path(home)}: {meta['rows']:,} rows for {len(meta['noc_groups'])} NOC groups.\n"
        f"Source: {meta['source_url']}\nRetrieved: {meta['retrieved']}; SHA-256 {meta['sha256']}\n"
        f"{meta['attribution']} ({meta['licence_url']})"
    )


def main(argv: list[str] | None = None, prog: str = "careerkit canada-wages") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Job Bank wages (Canada), fetched on request.")
    commands = parser.add_subparsers(dest="command", required=True)
    fetching = commands.add_parser("fetch", help="download ESDC's Wages file and keep the workbook's NOC groups")
    fetching.add_argument("--from", dest="source", default=DEFAULT_URL, help="a URL or a downloaded file (default: the 2025 file)")
    fetching.add_argument("--timeout", type=float, default=TIMEOUT, help=f"seconds to wait for the server (default {TIMEOUT:g})")
    commands.add_parser("status", help="say what Canadian wage table is there")
    options = parser.parse_args(argv)
    if options.command == "status":
        print(status())
        return 0
    try:
        done = fetch(options.source, timeout=options.timeout)
    except FetchError as error:
        print(f"careerkit canada-wages: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {done.rows:,} rows to {done.path}.\n{wages.ATTRIBUTION} ({wages.LICENCE_URL})")
    return 0
