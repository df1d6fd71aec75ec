"""The workbook's facts as validated, typed tables, loaded once per session.

Every table in data/ is checked against ``careerkit.schema`` the first time it
is asked for. A mistake in a data file stops the load with a ``ContentError``
that names the file, the line (as a text editor counts, header = line 1) and
the column, so a contributor can open the file and fix it.

Loaders return a fresh DataFrame on every call: a notebook that edits its copy
cannot change what the next cell sees. Each loader takes an optional
``data_dir`` so tests can point it at a broken copy of the data.

>>> find_role("cto").title
'Chief technology officer'
>>> glossary().loc[0, "term"]
'Strategic planning'
"""

import csv
import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from careerkit import DATA_DIR
from careerkit.schema import ACTION, GOAL, PAY_RANGE, STATEMENT, TABLES, USE_CASE, Column, Table


class ContentError(ValueError):
    """A data file breaks its schema, or a name matches no content."""


# ---------------------------------------------------------------- checking cells


def _where(file_name: str, line: int, column: str | None = None) -> str:
    place = f"{file_name}, line {line}"
    return f"{place}, column '{column}'" if column else place


def _parse_cell(column: Column, text: str):
    """A CSV cell as the Python value its column declares, or a ValueError saying why not."""
    text = text.strip()
    if column.kind == "list":
        values = tuple(part.strip() for part in text.split(";") if part.strip())
        if column.required and not values:
            raise ValueError("is empty but is required")
        return values
    if not text:
        if column.required:
            raise ValueError("is empty but is required")
        return None
    if column.kind == "int":
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError(f"should be a whole number, not '{text}'")
        return int(text)
    if column.kind == "bool":
        if text.lower() not in ("true", "false"):
            raise ValueError(f"should be true or false, not '{text}'")
        return text.lower() == "true"
    return text


def _check_value(column: Column, value, data_dir: Path) -> None:
    """Raise ValueError when a typed value breaks its column's constraints."""
    if value is None:
        return
    values = value if isinstance(value, tuple) else (value,)
    if column.choices and value not in column.choices:
        raise ValueError(f"is '{value}', expected one of: {', '.join(column.choices)}")
    if column.minimum is not None and value < column.minimum:
        raise ValueError(f"is {value}, below the minimum {column.minimum}")
    if column.maximum is not None and value > column.maximum:
        raise ValueError(f"is {value}, above the maximum {column.maximum}")
    if column.refers_to:
        known = _ids(column.refers_to, data_dir)
        for item in values:
            if item not in known:
                hint = _did_you_mean(item, known)
                raise ValueError(f"'{item}' is not an id in {column.refers_to}{_ext(column.refers_to)}{hint}")


def _ext(table: str) -> str:
    return ".csv" if table in TABLES else ".yaml"


def _did_you_mean(word: str, candidates) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


# ---------------------------------------------------------------- reading CSV


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and (line number, cells) of each non-blank row; the header is line 1."""
    if not path.exists():
        raise ContentError(f"{path.name}: file not found in {path.parent}")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            raise ContentError(f"{path.name}, line 1: the file is empty; expected a header row")
        rows, line = [], reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line, cells))
            line = reader.line_num + 1
    return [name.strip() for name in header], rows


def _check_header(table: Table, header: list[str]) -> None:
    names = [column.name for column in table.columns]
    for name in names:
        if name not in header:
            raise ContentError(f"{_where(table.file_name, 1, name)}: the column is missing")
    for name in header:
        if name not in names:
            raise ContentError(f"{_where(table.file_name, 1, name)}: unexpected column; expected {', '.join(names)}")


def _typed_row(table: Table, line: int, header: list[str], cells: list[str], data_dir: Path) -> dict:
    if len(cells) != len(header):
        raise ContentError(f"{_where(table.file_name, line)}: has {len(cells)} cells but the header has {len(header)}")
    raw = dict(zip(header, cells))
    row = {}
    for column in table.columns:
        try:
            row[column.name] = _parse_cell(column, raw[column.name])
            _check_value(column, row[column.name], data_dir)
        except ValueError as error:
            raise ContentError(f"{_where(table.file_name, line, column.name)}: {error}") from None
    for rule in table.rules:
        problem = rule(row)
        if problem:
            raise ContentError(f"{_where(table.file_name, line, problem[0])}: {problem[1]}")
    return row


@functools.cache
def _records(name: str, data_dir: Path) -> tuple[dict, ...]:
    """Every row of one table, typed and checked; cached per data directory."""
    table = TABLES[name]
    header, lines = _read_csv(data_dir / table.file_name)
    _check_header(table, header)
    rows, first_line = [], {}
    for line, cells in lines:
        row = _typed_row(table, line, header, cells, data_dir)
        key = tuple(row[k] for k in table.key)
        if key in first_line:
            label = " / ".join(str(k) for k in key)
            column = table.key[-1]
            raise ContentError(
                f"{_where(table.file_name, line, column)}: duplicate {'id' if table.key == ('id',) else 'key'} "
                f"'{label}' (first on line {first_line[key]})"
            )
        first_line[key] = line
        rows.append(row)
    return tuple(rows)


@functools.cache
def _ids(name: str, data_dir: Path) -> frozenset[str]:
    if name in TABLES:
        return frozenset(row["id"] for row in _records(name, data_dir))
    raise KeyError(name)


def _frame(name: str, data_dir: Path | None) -> pd.DataFrame:
    """A fresh DataFrame of one table: lists as lists, whole numbers as nullable Int64."""
    table = TABLES[name]
    records = _records(name, Path(data_dir or DATA_DIR))
    columns = {}
    for column in table.columns:
        values = [row[column.name] for row in records]
        if column.kind == "list":
            columns[column.name] = pd.Series([list(v) for v in values], dtype=object)
        elif column.kind == "int":
            columns[column.name] = pd.array(values, dtype="Int64")
        elif column.kind == "bool":
            columns[column.name] = pd.Series(values, dtype=bool)
        else:
            columns[column.name] = pd.Series(values, dtype=object)
    return pd.DataFrame(columns)


def _document(name: str):
    """Append the table's column list, taken from the schema, to a loader's docstring."""

    def decorate(loader):
        table = TABLES[name]
        lines = [f"    {c.name} ({c.kind}{'' if c.required else ', may be empty'}): {c.description}" for c in table.columns]
        loader.__doc__ = f"{loader.__doc__}\n\n    Columns of data/{table.file_name}, {table.description}:\n\n" + "\n".join(lines) + "\n"
        return loader

    return decorate


# ---------------------------------------------------------------- public tables


@_document("sources")
def sources(data_dir: Path | None = None) -> pd.DataFrame:
    """The provenance index every other table cites in its ``source`` column."""
    return _frame("sources", data_dir)


@_document("stages")
def stages(data_dir: Path | None = None) -> pd.DataFrame:
    """The four career stages in order; the spine of the roadmap and the role explorer."""
    return _frame("stages", data_dir)


@_document("roles")
def roles(data_dir: Path | None = None) -> pd.DataFrame:
    """Every role the seeds name; ``soc_code`` links a role to its BLS wages."""
    return _frame("roles", data_dir)


@_document("moves")
def moves(data_dir: Path | None = None) -> pd.DataFrame:
    """Edges of the career graph; ``basis`` says whether a seed or we drew the edge."""
    return _frame("moves", data_dir)


@_document("skills")
def skills(data_dir: Path | None = None) -> pd.DataFrame:
    """Skills by kind, so a self-assessment can ask about the seven required ones."""
    return _frame("skills", data_dir)


@_document("certifications")
def certifications(data_dir: Path | None = None) -> pd.DataFrame:
    """Certifications, with the issuer left blank unless a seed or the name gives it."""
    return _frame("certifications", data_dir)


@_document("education")
def education(data_dir: Path | None = None) -> pd.DataFrame:
    """School subjects, degrees and other routes into IT and its leadership."""
    return _frame("education", data_dir)


@_document("glossary")
def glossary(data_dir: Path | None = None) -> pd.DataFrame:
    """The key concepts, in seed order, for flashcards and quizzes."""
    return _frame("glossary", data_dir)


@_document("day_in_the_life")
def day_in_the_life(data_dir: Path | None = None) -> pd.DataFrame:
    """A technology leader's typical day, block by block."""
    return _frame("day_in_the_life", data_dir)


@_document("tools")
def tools(data_dir: Path | None = None) -> pd.DataFrame:
    """Tool categories a leader uses, one example per row."""
    return _frame("tools", data_dir)


@_document("industries")
def industries(data_dir: Path | None = None) -> pd.DataFrame:
    """Sectors that need technology leaders, one example organisation per row."""
    return _frame("industries", data_dir)


@_document("traits")
def traits(data_dir: Path | None = None) -> pd.DataFrame:
    """Personality traits common in technology leaders; the last is cut off in the seed."""
    return _frame("traits", data_dir)


@_document("work_settings")
def work_settings(data_dir: Path | None = None) -> pd.DataFrame:
    """Remote, onsite and hybrid work."""
    return _frame("work_settings", data_dir)


@_document("resources")
def resources(data_dir: Path | None = None) -> pd.DataFrame:
    """Free places to keep learning, and the community the seed recommends."""
    return _frame("resources", data_dir)


# ---------------------------------------------------------------- finding a role


def _normalise(name: str) -> str:
    return re.sub(r"[\s_-]+", " ", str(name)).strip().casefold()


def find_role(name: str, data_dir: Path | None = None) -> pd.Series:
    """The role a learner means, by id, title or alias, ignoring case.

    Widgets accept what a learner types, so a near miss gets suggestions
    rather than a bare KeyError.

    >>> find_role("Help desk technician")["soc_code"]
    '15-1232'
    """
    table = roles(data_dir)
    wanted = _normalise(name)
    names: dict[str, int] = {}
    for position, row in table.iterrows():
        for label in (row["id"], row["title"], *row["aliases"]):
            names.setdefault(_normalise(label), position)
    if wanted in names:
        return table.loc[names[wanted]].copy()
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    titles = list(dict.fromkeys(table.loc[names[c], "title"] for c in close))
    hint = f" Did you mean: {', '.join(titles)}?" if titles else " See careerkit.content.roles() for the roles there are."
    raise ContentError(f"No role called '{name}'.{hint}")
