"""``careerkit check-data DIR``: every content table in a folder checked, every error listed at once.

``careerkit.content.load_all(data_dir=DIR)`` stops at the first mistake, which suits a
notebook; a contributor editing several files wants the whole list, each error with
its file, line and column, and a non-zero exit when there is any.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from careerkit.content import loaders, wages
from careerkit.content.schema import TABLES

DOCUMENTS = ("use_cases", "facts", "leadership_pay")
"""The YAML-backed loaders, checked after the CSV tables."""


def problems(data_dir: str | Path) -> list[str]:
    """Every error in every file: each table row by row, so one broken file or row hides no other."""
    data_dir = Path(data_dir)
    found: list[str] = []

    def add(message: str) -> None:
        if message not in found:
            found.append(message)

    for name in TABLES:
        for message in loaders.table_problems(name, data_dir):
            add(message)
    for name in DOCUMENTS:
        try:
            getattr(loaders, name)(data_dir)
        except (loaders.ContentError, OSError, ValueError) as error:
            add(str(error))
    for message in _wage_problems(data_dir / "wages.csv"):
        add(message)
    return found


def _wage_problems(path: Path) -> list[str]:
    """The wage table's errors: a cell that breaks the typed load stops it; row rules are all listed."""
    if not path.exists():
        return []
    try:
        loaders._decoded(path)
        wages.read_wage_table(path)
        return []
    except loaders.ContentError as error:
        return [str(error)]
    except ValueError as first:
        na_values = {column: [""] for column in wages._DTYPES if column not in wages._TEXT_COLUMNS}
        try:
            frame = pd.read_csv(path, dtype=wages._DTYPES, keep_default_na=False, na_values=na_values)
            return wages.wage_problems(frame, path.name) or [str(first)]
        except (ValueError, TypeError, OverflowError, KeyError):
            return [str(first)]


def main(argv: list[str] | None = None, prog: str = "careerkit check-data") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Check a folder of content tables against the schema.")
    parser.add_argument("folder", type=Path, nargs="?", help="the folder holding roles.csv and the rest (default: the workbook's own)")
    folder = parser.parse_args(argv).folder
    if folder is not None and not folder.is_dir():
        print(f"{folder}: not a folder")
        return 1
    errors = problems(folder or loaders.DATA_DIR)
    for error in errors:
        print(error)
    print(f"{len(errors)} error(s) in {folder or loaders.DATA_DIR}")
    return 1 if errors else 0
