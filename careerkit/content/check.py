"""``careerkit check-data DIR``: every content table in a folder checked, every error listed at once.

``careerkit.content.load_all(data_dir=DIR)`` stops at the first mistake, which suits a
notebook; a contributor editing several files wants the whole list, each error with
its file, line and column, and a non-zero exit when there is any.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from careerkit.content import loaders
from careerkit.content.schema import TABLES

DOCUMENTS = ("use_cases", "facts", "leadership_pay")
"""The YAML-backed loaders, checked after the CSV tables."""


def problems(data_dir: str | Path) -> list[str]:
    """Each table loaded on its own, so one broken file does not hide the errors of another."""
    data_dir = Path(data_dir)
    found = []
    for name in [*TABLES, *DOCUMENTS]:
        try:
            getattr(loaders, name)(data_dir)
        except (loaders.ContentError, OSError, ValueError) as error:
            message = str(error)
            if message not in found:
                found.append(message)
    return found


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
