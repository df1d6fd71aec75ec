"""An instructor's view of a whole class: who finished what, and which questions the room found hard.

Learners export their progress from the dashboard (one JSON file each) and the
instructor points ``class_results`` at those files or their folder. On a
JupyterHub with one ``CAREERKIT_HOME`` per learner, point it at the folder of
those homes instead; the learners' stores are read, never changed.

    from careerkit.teaching.classview import class_results
    results = class_results("exports/")
    results.learners        # one row per learner
    results.items           # hardest question first
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from careerkit.learning.progress import FILE_NAME, SCHEMA_VERSION, STORE_KIND, TABLES, read_store_file, table_columns

Source = str | os.PathLike


@dataclass(frozen=True)
class ClassResults:
    """``learners``: learner, 'sections done: <notebook>', 'quiz score: <notebook>', 'cards reviewed'.

    ``items``: item_id, kind, learners, correct, share_correct, judged on each learner's
    first attempt (later attempts show practice, the first shows what the room knew).
    """

    learners: pd.DataFrame
    items: pd.DataFrame


def read_export(path: Source) -> dict:
    """One learner's JSON export, checked; errors name the file and what is wrong."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: cannot be read ({error})") from None
    _check_export(path, data)
    return data


def _check_export(path: Path, data) -> None:
    if not isinstance(data, dict) or data.get("format") != STORE_KIND:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise ValueError(f"{path}: not a careerkit progress export (format is {found!r}, expected {STORE_KIND!r})")
    if not isinstance(data.get("schema_version"), int) or data["schema_version"] > SCHEMA_VERSION:
        raise ValueError(
            f"{path}: export schema {data.get('schema_version')!r} is not one this careerkit reads "
            f"(up to {SCHEMA_VERSION}); update careerkit"
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ValueError(f"{path}: field 'tables' is missing or not an object")
    for table, rows in tables.items():
        if table not in TABLES or not isinstance(rows, list):
            raise ValueError(f"{path}: table {table!r} is unknown or not a list of rows")
        for number, row in enumerate(rows, start=1):
            missing = [c for c in table_columns(table) if not isinstance(row, dict) or c not in row]
            if missing:
                raise ValueError(f"{path}: table {table!r} row {number} lacks field(s) {', '.join(missing)}")


def find_sources(sources: Source | Iterable[Source]) -> list[tuple[str, Path, dict]]:
    """Every learner found: (name, file, export data); a folder may hold JSON exports or learner homes."""
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    found = []
    for source in map(Path, sources):
        if source.is_file():
            found.append(_from_file(source, source.stem))
        elif source.is_dir():
            found.extend(_from_folder(source))
        else:
            raise ValueError(f"{source}: no such file or folder")
    _check_unique(found)
    return found


def _from_file(path: Path, fallback_name: str) -> tuple[str, Path, dict]:
    data = read_store_file(path) if path.name == FILE_NAME else read_export(path)
    return (data.get("learner_name") or fallback_name), path, data


def _from_folder(folder: Path) -> list[tuple[str, Path, dict]]:
    if (folder / FILE_NAME).is_file():
        return [_from_file(folder / FILE_NAME, folder.name)]
    found = [_from_file(path, path.stem) for path in sorted(folder.glob("*.json"))]
    found += [_from_file(home / FILE_NAME, home.name) for home in sorted(folder.iterdir())
              if (home / FILE_NAME).is_file()]
    if not found:
        raise ValueError(f"{folder}: no JSON exports and no learner folders with {FILE_NAME} in it")
    return found


def _check_unique(found: list[tuple[str, Path, dict]]) -> None:
    seen: dict[str, Path] = {}
    for name, path, _data in found:
        if name in seen:
            raise ValueError(f"two sources are both for learner {name!r}: {seen[name]} and {path}; keep one")
        seen[name] = path


def _table(found, table: str) -> pd.DataFrame:
    frames = [pd.DataFrame(data["tables"].get(table, []), columns=table_columns(table)).assign(learner=name)
              for name, _path, data in found]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[*table_columns(table), "learner"])


def class_results(sources: Source | Iterable[Source]) -> ClassResults:
    """One table of learners and one of items for the JSON exports or learner homes in ``sources``."""
    found = find_sources(sources)
    names = sorted(name for name, _path, _data in found)
    answers = _table(found, "answers")
    return ClassResults(
        learners=learner_table(names, _table(found, "sections"), answers, _table(found, "reviews")),
        items=item_table(answers),
    )


def learner_table(names: list[str], sections: pd.DataFrame, answers: pd.DataFrame, reviews: pd.DataFrame):
    """Sections done per notebook, quiz score per notebook (latest try of each item) and cards reviewed."""
    done = sections.groupby(["learner", "notebook"])["section"].nunique().unstack(fill_value=0)
    done = done.reindex(names, fill_value=0).astype(int).add_prefix("sections done: ")
    quizzes = answers[answers["kind"] == "quiz"].drop_duplicates(["learner", "item_id"], keep="last")
    scores = quizzes.groupby(["learner", "notebook"])["score"].mean().unstack().reindex(names)
    scores = scores.add_prefix("quiz score: ")
    cards = reviews.groupby("learner")["card_id"].nunique().reindex(names, fill_value=0).rename("cards reviewed")
    table = pd.concat([done, scores, cards.astype(int)], axis=1)
    table.index.name = "learner"
    return table.reset_index()


def item_table(answers: pd.DataFrame) -> pd.DataFrame:
    """Share of learners right on their first attempt at each item, hardest first."""
    columns = ["item_id", "kind", "learners", "correct", "share_correct"]
    if answers.empty:
        return pd.DataFrame(columns=columns)
    first = answers.sort_values("id", kind="stable").drop_duplicates(["learner", "item_id"], keep="first")
    first = first.assign(correct=first["correct"].astype(bool))
    items = first.groupby(["item_id", "kind"], as_index=False).agg(
        learners=("learner", "nunique"), correct=("correct", "sum")
    )
    items["correct"] = items["correct"].astype(int)
    items["share_correct"] = items["correct"] / items["learners"]
    items = items.sort_values(["share_correct", "learners", "item_id"], ascending=[True, False, True])
    return items[columns].reset_index(drop=True)
