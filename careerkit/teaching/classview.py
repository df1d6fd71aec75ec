"""An instructor's view of a whole class: who finished what, and how each question worked for the room.

Learners hand in their progress from the dashboard (one JSON file each) and the
instructor points ``class_results`` at those files or at the folder they were
downloaded into. The usual LMS bulk download (a folder per learner holding a file of
any name: ``alice/progress.json``, ``bob/submission.json``) is found too, and on a
JupyterHub with one ``CAREERKIT_HOME`` per learner the folder of those homes works as
well; the learners' stores are read, never changed.

A file that is not a careerkit hand-in (a broken download, an LMS manifest, another
tool's JSON) is skipped and listed in one warning, so one bad file never stops the
report for a room of 300. The learner's name is the one typed into the export, else
the name of the learner's folder, else the file's name.

    from careerkit.teaching.classview import class_results
    results = class_results("exports/")
    results.learners        # one row per learner
    results.items           # one row per question: text, right answer, item analysis
    results.completion      # one row per notebook: who finished every section

Item analysis follows classical test theory: ``difficulty`` is the share right on the
first attempt (later attempts are practice); ``discrimination`` is the share right
among the top 27% of learners minus the share among the bottom 27%, ranked by their
first-attempt score on the other questions; ``point_biserial`` is the correlation of
an item with that same score. An item most learners get right (over 90%) is flagged
"too easy"; one that the weaker learners get right more often than the stronger ones
is flagged "negative discrimination" (often a wrong key or an ambiguous prompt).
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

import numpy as np
import pandas as pd

from careerkit.learning.progress import FILE_NAME, SCHEMA_VERSION, STORE_KIND, TABLES, read_store_file, table_columns
from careerkit.learning.sections import notebook_sections

Source = str | os.PathLike

TOO_EASY = 0.9
"""Share correct on first attempts above which an item tells the instructor little."""
GROUP_SHARE = 0.27
"""The upper and lower groups of the discrimination index (Kelley's 27%)."""
QUIZ_KINDS = frozenset({"quiz"})
"""Answer kinds that count towards a learner's quiz score (walkthrough steps do not)."""


class SkippedFilesWarning(UserWarning):
    """Some files in the sources were not careerkit hand-ins; the message lists each with why."""


@dataclass(frozen=True)
class Submission:
    """One learner's hand-in: their name, the file it came from, and its tables."""

    name: str
    path: Path
    data: dict


@dataclass(frozen=True)
class ClassResults:
    """``learners``: learner, 'sections done: <notebook>', 'quiz score: <quiz>', 'cards reviewed'.

    ``items``: one row per question, hardest first: item_id, kind, question, answer,
    learners, correct, share_correct (= difficulty), wrong_answer, wrong_count,
    wrong_feedback, discrimination, point_biserial, flags.

    ``completion``: notebook, sections, learners_finished, share_finished, mean_sections_done.

    ``skipped``: (file, reason) for every file that was not used.
    """

    learners: pd.DataFrame
    items: pd.DataFrame
    completion: pd.DataFrame
    skipped: tuple[tuple[Path, str], ...] = field(default=())


# ---------------------------------------------------------------- reading hand-ins


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
        columns = table_columns(table)
        for number, row in enumerate(rows, start=1):
            missing = [c for c in columns if not isinstance(row, dict) or c not in row]
            if missing:
                raise ValueError(f"{path}: table {table!r} row {number} lacks field(s) {', '.join(missing)}")


def _candidates(folder: Path) -> list[Path]:
    """Every JSON file and progress store under ``folder``, hidden folders (checkpoints) left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / name for name in sorted(files) if name.endswith(".json") or name == FILE_NAME]
    return found


def _fallback_name(path: Path, top: Path | None) -> str:
    """The learner's folder (the first folder below the one given), else the file's stem or home folder."""
    if top is not None and path.parent != top:
        return path.relative_to(top).parts[0]
    return path.parent.name if path.name == FILE_NAME else path.stem


def _read(path: Path, top: Path | None) -> Submission:
    data = read_store_file(path) if path.name == FILE_NAME else read_export(path)
    name = data.get("learner_name")
    name = name.strip() if isinstance(name, str) and name.strip() else _fallback_name(path, top)
    return Submission(name, path, data)


def find_submissions(sources: Source | Iterable[Source]) -> tuple[list[Submission], list[tuple[Path, str]]]:
    """Every learner found in ``sources`` (files or folders), and every file skipped with the reason.

    A learner found twice (a resubmission) keeps the latest export; the other file is
    listed as skipped. A source that does not exist is an error (a typo in a path),
    and so is finding no hand-in at all.
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    sources = [Path(source) for source in sources]
    found: list[Submission] = []
    skipped: list[tuple[Path, str]] = []
    for source in sources:
        if source.is_file():
            paths, top = [source], None
        elif source.is_dir():
            paths, top = ([source / FILE_NAME], None) if (source / FILE_NAME).is_file() else (_candidates(source), source)
        else:
            raise ValueError(f"{source}: no such file or folder")
        for path in paths:
            try:
                found.append(_read(path, top))
            except ValueError as error:
                skipped.append((path, str(error).removeprefix(f"{path}: ")))
    found = _latest_per_learner(found, skipped)
    if not found:
        listed = "".join(f"\n- {path}: {reason}" for path, reason in skipped)
        raise ValueError(f"no careerkit hand-ins found in {', '.join(map(str, sources))}{listed}")
    return found, skipped


def _latest_per_learner(found: list[Submission], skipped: list[tuple[Path, str]]) -> list[Submission]:
    by_name: dict[str, Submission] = {}
    for submission in sorted(found, key=lambda s: (str(s.data.get("exported_at") or ""), str(s.path))):
        earlier = by_name.get(submission.name)
        if earlier is not None:
            skipped.append((earlier.path, f"an earlier hand-in by {submission.name!r}; {submission.path} is used"))
        by_name[submission.name] = submission
    return sorted(by_name.values(), key=lambda s: s.name)


def _warn(skipped: list[tuple[Path, str]]) -> None:
    if skipped:
        lines = "".join(f"\n- {path}: {reason}" for path, reason in skipped)
        warnings.warn(f"{len(skipped)} file(s) skipped, not used in the class results:{lines}",
                      SkippedFilesWarning, stacklevel=3)


def _table(found: list[Submission], table: str) -> pd.DataFrame:
    """One table for the whole class, built in one go (300 learners in milliseconds)."""
    columns = table_columns(table)
    rows = [(*(row[c] for c in columns), s.name) for s in found for row in s.data["tables"].get(table, [])]
    return pd.DataFrame(rows, columns=[*columns, "learner"])


# ---------------------------------------------------------------- the tables


def class_results(sources: Source | Iterable[Source]) -> ClassResults:
    """One table of learners, one of questions and one of notebooks for the hand-ins in ``sources``.

    Skipped files are listed in a :class:`SkippedFilesWarning` and in ``skipped``.
    """
    found, skipped = find_submissions(sources)
    _warn(skipped)
    names = [s.name for s in found]
    answers, sections = _table(found, "answers"), _table(found, "sections")
    first = first_attempts(answers)
    return ClassResults(
        learners=learner_table(names, sections, first, _table(found, "reviews")),
        items=item_table(first),
        completion=completion_table(names, sections),
        skipped=tuple(skipped),
    )


def first_attempts(answers: pd.DataFrame) -> pd.DataFrame:
    """Each learner's first answer to each item: what the room knew before practising."""
    if answers.empty:
        return answers.assign(correct=answers["correct"].astype(bool))
    first = answers.sort_values(["learner", "id"], kind="stable").drop_duplicates(["learner", "item_id"], keep="first")
    return first.assign(correct=first["correct"].astype(bool), score=first["score"].astype(float))


def learner_table(names: list[str], sections: pd.DataFrame, first: pd.DataFrame, reviews: pd.DataFrame):
    """Sections done per notebook, quiz score per quiz (first attempts) and cards reviewed."""
    done = sections.groupby(["learner", "notebook"])["section"].nunique().unstack(fill_value=0)
    done = done.reindex(names, fill_value=0).astype(int).add_prefix("sections done: ")
    quizzes = first[first["kind"].isin(QUIZ_KINDS)]
    scores = quizzes.groupby(["learner", "notebook"])["score"].mean().unstack().reindex(names)
    scores = scores.add_prefix("quiz score: ")
    cards = reviews.groupby("learner")["card_id"].nunique().reindex(names, fill_value=0).rename("cards reviewed")
    table = pd.concat([done, scores, cards.astype(int)], axis=1)
    table.index.name = "learner"
    return table.reset_index()


def completion_table(names: list[str], sections: pd.DataFrame, expected: dict | None = None) -> pd.DataFrame:
    """Per notebook: its sections, how many learners finished all of them, the share, and the mean done."""
    expected = notebook_sections() if expected is None else expected
    done = sections.groupby(["notebook", "learner"])["section"].agg(set) if len(sections) else pd.Series(dtype=object)
    rows = []
    for notebook, wanted in expected.items():
        wanted = set(wanted)
        counts = [len(done.get((notebook, name), set()) & wanted) for name in names]
        finished = sum(count == len(wanted) for count in counts)
        rows.append((notebook, len(wanted), finished, finished / len(names) if names else 0.0,
                     float(np.mean(counts)) if counts else 0.0))
    return pd.DataFrame(rows, columns=["notebook", "sections", "learners_finished", "share_finished",
                                       "mean_sections_done"])


ITEM_COLUMNS = ["item_id", "kind", "question", "answer", "learners", "correct", "share_correct", "wrong_answer",
                "wrong_count", "wrong_feedback", "discrimination", "point_biserial", "flags"]


def item_table(first: pd.DataFrame, questions: dict | None = None) -> pd.DataFrame:
    """One row per question answered, hardest first, with its text, key and item analysis."""
    if first.empty:
        return pd.DataFrame(columns=ITEM_COLUMNS)
    questions = question_index() if questions is None else questions
    matrix = first.pivot(index="learner", columns="item_id", values="correct").astype(float)
    totals, counts = np.nansum(matrix.values, axis=1), np.sum(~np.isnan(matrix.values), axis=1)
    kinds = first.drop_duplicates("item_id").set_index("item_id")["kind"]
    wrong = _most_common_wrong(first)
    rows = []
    for column, item_id in enumerate(matrix.columns):
        answered = ~np.isnan(matrix.values[:, column])
        scores = matrix.values[answered, column]
        rest = _rest_scores(scores, totals[answered], counts[answered])
        question = questions.get(item_id)
        wrong_answer, wrong_count = wrong.get(item_id, ("", 0))
        share = float(scores.mean())
        discrimination = upper_lower_index(scores, rest)
        rows.append({
            "item_id": item_id,
            "kind": getattr(question, "kind", None) or kinds[item_id],
            "question": getattr(question, "prompt", "") or "",
            "answer": _expected(question),
            "learners": int(answered.sum()),
            "correct": int(scores.sum()),
            "share_correct": share,
            "wrong_answer": wrong_answer,
            "wrong_count": wrong_count,
            "wrong_feedback": answer_feedback(question, wrong_answer) if wrong_answer else "",
            "discrimination": discrimination,
            "point_biserial": point_biserial(scores, rest),
            "flags": "; ".join(item_flags(share, discrimination)),
        })
    items = pd.DataFrame(rows, columns=ITEM_COLUMNS)
    items = items.sort_values(["share_correct", "learners", "item_id"], ascending=[True, False, True])
    return items.reset_index(drop=True)


def _rest_scores(scores: np.ndarray, totals: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Each learner's share right on the other questions they answered (NaN when there are none)."""
    others = counts - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(others > 0, (totals - scores) / np.where(others > 0, others, 1), np.nan)


def upper_lower_index(scores: np.ndarray, rest: np.ndarray) -> float:
    """Share right in the top 27% by ``rest`` minus the share in the bottom 27%; NaN below 2 learners."""
    known = ~np.isnan(rest)
    scores, rest = scores[known], rest[known]
    if len(scores) < 2:
        return math.nan
    size = max(1, round(GROUP_SHARE * len(scores)))
    order = np.argsort(rest, kind="stable")
    return float(scores[order[-size:]].mean() - scores[order[:size]].mean())


def point_biserial(scores: np.ndarray, rest: np.ndarray) -> float:
    """Correlation of right/wrong on the item with the score on the others; NaN when either never varies."""
    known = ~np.isnan(rest)
    scores, rest = scores[known], rest[known]
    if len(scores) < 2 or scores.std() == 0 or rest.std() == 0:
        return math.nan
    return float(np.corrcoef(scores, rest)[0, 1])


def item_flags(share_correct: float, discrimination: float) -> list[str]:
    """What an instructor should look at again: items that are too easy or discriminate negatively."""
    flags = []
    if share_correct > TOO_EASY:
        flags.append("too easy")
    if not math.isnan(discrimination) and discrimination < 0:
        flags.append("negative discrimination")
    return flags


def _most_common_wrong(first: pd.DataFrame) -> dict[str, tuple[str, int]]:
    wrong = first[~first["correct"] & (first["response"].astype(str).str.strip() != "")]
    if wrong.empty:
        return {}
    counted = wrong.groupby(["item_id", "response"]).size().reset_index(name="n")
    counted = counted.sort_values(["item_id", "n", "response"], ascending=[True, False, True])
    best = counted.drop_duplicates("item_id")
    return {row.item_id: (row.response, int(row.n)) for row in best.itertuples(index=False)}


# ---------------------------------------------------------------- the question bank


def question_index() -> dict:
    """Every question the workbook can ask, by id: the authored bank when there is one, else the generated one."""
    bank_module = import_module("careerkit.learning.questionbank")
    build = getattr(bank_module, "question_bank", None) or bank_module.default_bank
    return {question.id: question for question in build()}


def _expected(question) -> str:
    if question is None:
        return ""
    expected = getattr(question, "expected", "")
    return str(expected() if callable(expected) else expected)


def answer_feedback(question, response: str) -> str:
    """The feedback a learner who gave ``response`` reads: that choice's own text, else the explanation."""
    if question is None:
        return ""
    choices = list(getattr(question, "choices", None) or ())
    per_choice = list(getattr(question, "choice_feedback", None) or ())
    if response in choices and len(per_choice) == len(choices):
        return str(per_choice[choices.index(response)])
    return str(getattr(question, "explanation", "") or "")
