"""A learner's hand-in: the part of their progress an instructor sees, in a file named after them.

By default a hand-in holds answers, card reviews and finished sections: what the
class report needs. Reflections, self-assessment ratings, roadmap statuses and saved
plans are the learner's own (notebook 12's instructor note calls them private), so
they go in only when the learner ticks the option that says so
(``include_private=True``). The file is ``careerkit-<name>.json``, so a folder of
hand-ins never holds thirty files called ``progress.json``.

The progress dashboard (notebooks 00 and 12) calls :func:`write_handin`; the class
report (``careerkit.teaching.classview``) reads the files.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from careerkit.content.safewrite import write_text_atomic
from careerkit.learning.progress import TABLES

SHARED_TABLES = ("answers", "reviews", "sections")
"""What every hand-in holds: quiz and walkthrough answers, flashcard reviews, sections finished."""
PRIVATE_TABLES = tuple(table for table in TABLES if table not in SHARED_TABLES)
"""Reflections, self-assessment ratings, roadmap statuses and plans: handed in only when the learner opts in."""
PRIVATE_WORDS = "reflections, self-ratings, roadmap and saved plans"
NAME_NEEDED = ("Type your name before handing in: your instructor's report lists you by it, "
               "and the file is named after you.")


def learner_name(name) -> str:
    """The name a hand-in carries, trimmed; a blank name is refused with what to do."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError(NAME_NEEDED)
    return " ".join(name.split())


def handin_file_name(name: str) -> str:
    """``careerkit-<name>.json`` with anything but letters, digits, '-', '_' and '.' turned into '-'."""
    safe = re.sub(r"[^\w.-]+", "-", learner_name(name), flags=re.UNICODE).strip("-.") or "learner"
    return f"careerkit-{safe}.json"


def handin_dict(store, name: str, include_private: bool = False) -> dict:
    """The export of ``store`` under ``name``, without the private tables unless ``include_private``."""
    data = store.to_dict(learner_name(name))
    if not include_private:
        data["tables"] = {table: rows for table, rows in data["tables"].items() if table in SHARED_TABLES}
    data["private_included"] = bool(include_private)
    return data


def write_handin(store, folder: str | os.PathLike, name: str, include_private: bool = False) -> Path:
    """Write the hand-in into ``folder`` (whole or not at all) and return its path."""
    data = handin_dict(store, name, include_private)
    target = Path(folder) / handin_file_name(name)
    return write_text_atomic(target, json.dumps(data, indent=1, ensure_ascii=False))
