"""The workbook's facts as validated, typed tables, loaded once per session.

Every table in data/ is checked against ``careerkit.content.schema`` the first time it
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
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from careerkit.content.locations import DATA_DIR
from careerkit.content.schema import ACTION, GOAL, PAY_RANGE, STATEMENT, TABLES, USE_CASE, Column, Table


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
    if column.pattern:
        for item in values:
            if isinstance(item, str) and not re.fullmatch(column.pattern, item):
                raise ValueError(f"'{item}' does not follow the documented format: {column.pattern_note or column.pattern}")
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


def _decoded(path: Path) -> str:
    """A content file's text: UTF-8 (a spreadsheet's byte-order mark accepted), no NUL characters.

    A byte that is not UTF-8, or a NUL, is reported with the file, line and column where
    it sits, so it cannot pass as part of an id and surface as an error in another file.
    """
    if not path.exists():
        raise ContentError(f"{path.name}: file not found in {path.parent}")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        start = data.rfind(b"\n", 0, error.start) + 1
        character = len(data[start:error.start].decode("utf-8", errors="replace")) + 1
        raise ContentError(
            f"{_where_character(path, data[start:error.start].decode('utf-8', errors='replace'), line, character)}: "
            f"byte 0x{data[error.start]:02x} is not UTF-8; save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        at = text.index("\x00")
        line = text.count("\n", 0, at) + 1
        start = text.rfind("\n", 0, at) + 1
        raise ContentError(
            f"{_where_character(path, text[start:at], line, at - start + 1)}: a NUL character (byte 0x00), "
            "which a text file should not hold; delete it"
        )
    return text


def _where_character(path: Path, before: str, line: int, character: int) -> str:
    """File, line, the CSV column (when the header can be read) and character position of a bad byte."""
    place = f"{path.name}, line {line}"
    if path.suffix == ".csv":
        header = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", errors="replace").lstrip("\ufeff")
        names = next(csv.reader([header]), [])
        cells = next(csv.reader([before]), [""]) if before else [""]
        if line > 1 and 0 < len(cells) <= len(names):
            place += f", column '{names[len(cells) - 1].strip()}'"
    return f"{place}, character {character}"


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and (line number, cells) of each non-blank row; the header is line 1."""
    text = _decoded(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise ContentError(f"{path.name}, line 1: the file is empty; expected a header row")
        rows, line = [], reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as error:
        raise ContentError(f"{path.name}, line {reader.line_num}: the CSV cannot be read: {error}") from None
    return [name.strip() for name in header], rows


def _check_header(table: Table, header: list[str]) -> None:
    names = [column.name for column in table.columns]
    first: dict[str, int] = {}
    for position, name in enumerate(header, start=1):
        if name in first:
            raise ContentError(
                f"{_where(table.file_name, 1, name)}: the column is repeated (positions {first[name]} and {position}); "
                "keep one"
            )
        first[name] = position
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
        except ContentError:  # a table this one refers to is broken: its own file and line, not this row's
            raise
        except ValueError as error:
            raise ContentError(f"{_where(table.file_name, line, column.name)}: {error}") from None
    for rule in table.rules:
        problem = rule(row)
        if problem:
            raise ContentError(f"{_where(table.file_name, line, problem[0])}: {problem[1]}")
    return row


@functools.cache
def _records(name: str, data_dir: Path) -> tuple[dict, ...]:
    """Every row of one table, typed and checked; cached per data directory. Raises on the first error."""
    return tuple(_checked_rows(name, data_dir, None))


def table_problems(name: str, data_dir: str | Path) -> list[str]:
    """Every error in one table, row after row (``careerkit check-data``); empty when the table is sound."""
    found: list[str] = []
    try:
        _checked_rows(name, Path(data_dir), found)
    except ContentError as error:  # the file, its header or a table it refers to cannot be read at all
        found.append(str(error))
    return found


def _checked_rows(name: str, data_dir: Path, found: list[str] | None) -> list[dict]:
    """Rows of one table; with ``found`` a list, each bad row's error is added to it and checking goes on."""
    table = TABLES[name]
    header, lines = _read_csv(data_dir / table.file_name)
    _check_header(table, header)

    def report(message: str) -> None:
        if found is None:
            raise ContentError(message)
        found.append(message)

    rows, first_line = [], {}
    unique = [column.name for column in table.columns if column.unique]
    seen: dict[tuple[str, object], int] = {}
    for line, cells in lines:
        try:
            row = _typed_row(table, line, header, cells, data_dir)
        except ContentError as error:
            report(str(error))
            continue
        key = tuple(row[k] for k in table.key)
        if key in first_line:
            label = " / ".join(str(k) for k in key)
            report(
                f"{_where(table.file_name, line, table.key[-1])}: duplicate {'id' if table.key == ('id',) else 'key'} "
                f"'{label}' (first on line {first_line[key]})"
            )
            continue
        clash = next(((column, row[column]) for column in unique if (column, row[column]) in seen), None)
        if clash:
            report(f"{_where(table.file_name, line, clash[0])}: {clash[1]} is already used on line {seen[clash]}; "
                   f"each row needs its own {clash[0]}")
            continue
        seen.update({(column, row[column]): line for column in unique})
        first_line[key] = line
        rows.append(row)
    if table.rows is not None and len(lines) != table.rows:
        last = lines[-1][0] if lines else 1
        report(f"{table.file_name}, line {last}: has {len(lines)} row(s), but the seeds give {table.rows} "
               f"(declared in careerkit.content.schema.SEED_COUNTS)")
    return rows


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
            values = [list(value) for value in values]
        elif column.kind == "int":
            values = pd.array(values, dtype="Int64")
        elif column.kind == "text":
            values = pd.Series(values, dtype=object)  # keeps None for an empty cell
        columns[column.name] = values
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


NOC_COLUMNS = ("noc_code", "noc_title", "teer", "noc_fit", "noc_reason", "noc_alternatives")
"""The Canadian columns ``roles()`` carries beside the US ones, from data/noc.csv."""


@_document("roles")
def roles(data_dir: Path | None = None) -> pd.DataFrame:
    """Every role the seeds name; ``soc_code`` links a role to its BLS wages, ``noc_code`` to Canada's NOC 2021.

    The NOC columns (noc_code, noc_title, teer, noc_fit, noc_reason, noc_alternatives)
    come from data/noc.csv, which must give every role exactly one row: a role with no
    fitting unit group (product manager) has an empty code, fit 'none' and a reason.
    """
    table = _frame("roles", data_dir)
    canada = _noc_by_role(Path(data_dir or DATA_DIR))
    position = list(table.columns).index("soc_reason") + 1
    for offset, column in enumerate(NOC_COLUMNS):
        values = [canada[role_id][column] for role_id in table["id"]]
        if column == "teer":
            values = pd.array(values, dtype="Int64")
        elif column == "noc_alternatives":
            values = [list(value) for value in values]
        else:
            values = pd.Series(values, dtype=object)
        table.insert(position + offset, column, values)
    return table


roles.__doc__ += "\n    Columns from data/noc.csv, the same for every role:\n\n" + "\n".join(
    f"    {c.name} ({c.kind}{'' if c.required else ', may be empty'}): {c.description}"
    for c in TABLES["noc"].columns if c.name in NOC_COLUMNS
) + "\n"


@functools.cache
def _noc_by_role(data_dir: Path) -> dict[str, dict]:
    """noc.csv's rows by role id, checked to cover every role of roles.csv."""
    found = {row["role_id"]: row for row in _records("noc", data_dir)}
    missing = [row["id"] for row in _records("roles", data_dir) if row["id"] not in found]
    if missing:
        raise ContentError(f"noc.csv: no row for role(s) {', '.join(missing)}; every role in roles.csv needs one")
    return found


@_document("noc")
def noc(data_dir: Path | None = None) -> pd.DataFrame:
    """Each role's NOC 2021 unit group, TEER and fit; ``roles()`` carries the same columns."""
    _noc_by_role(Path(data_dir or DATA_DIR))
    return _frame("noc", data_dir)


@_document("soc_alternatives")
def soc_alternatives(data_dir: Path | None = None) -> pd.DataFrame:
    """Other US readings of a role (O*NET details, other SOC codes), shown beside the code the workbook uses."""
    return _frame("soc_alternatives", data_dir)


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
    """Certifications the seeds name, with today's issuer and entry requirements, cited to the issuers."""
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


@functools.cache
def _role_index(data_dir: Path) -> tuple[pd.DataFrame, dict[str, int]]:
    """The roles table and every name it answers to, built once: widgets resolve roles on every click."""
    table = roles(data_dir)
    names: dict[str, int] = {}
    for position, row in table.iterrows():
        for label in (row["id"], row["title"], *row["aliases"]):
            names.setdefault(_normalise(label), position)
    return table, names


def find_role(name: str, data_dir: Path | None = None) -> pd.Series:
    """The role a learner means, by id, title or alias, ignoring case.

    Widgets accept what a learner types, so a near miss gets suggestions
    rather than a bare KeyError.

    >>> find_role("Help desk technician")["soc_code"]
    '15-1232'
    """
    table, names = _role_index(Path(data_dir or DATA_DIR))
    wanted = _normalise(name)
    if wanted in names:
        return table.loc[names[wanted]].copy()
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    titles = list(dict.fromkeys(table.loc[names[c], "title"] for c in close))
    hint = f" Did you mean: {', '.join(titles)}?" if titles else " See careerkit.content.roles() for the roles there are."
    raise ContentError(f"No role called '{name}'.{hint}")


# ---------------------------------------------------------------- YAML content


@dataclass(frozen=True)
class Goal:
    """Something the organisation in a use case wants."""

    id: str
    text: str


@dataclass(frozen=True)
class Action:
    """One thing the leader does, in the seed's order; serves_goals is our reading."""

    number: int
    id: str
    title: str
    involves: str
    serves_goals: tuple[str, ...]


@dataclass(frozen=True)
class UseCase:
    """A worked example of leadership, for the walkthrough and its questions."""

    id: str
    title: str
    seed_heading: str
    level: str
    role: str
    setting: str
    goals: tuple[Goal, ...]
    actions: tuple[Action, ...]
    outcome: str
    source: tuple[str, ...]


@dataclass(frozen=True)
class LeadershipPay:
    """The one pay range seed 001 gives, for all IT leadership roles together."""

    low: int
    high: int
    open_ended_high: bool
    currency_note: str
    period: str
    varies_by: tuple[str, ...]
    applies_to: str
    source: tuple[str, ...]


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A safe loader that remembers the line each mapping starts on, for error messages."""

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = getattr(key_node, "value", None)
            if isinstance(key, str) and key in seen:
                mark = key_node.start_mark
                raise ContentError(
                    f"{self.file_name}, line {mark.line + 1}, column {mark.column + 1}, field '{key}': "
                    f"the key is repeated (first on line {seen[key]}); YAML would silently keep only the last"
                )
            seen[key] = key_node.start_mark.line + 1
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__lines__"] = {key.value: key.start_mark.line + 1 for key, _ in node.value}
        return mapping


def _read_yaml(path: Path) -> dict:
    if not path.exists():
        raise ContentError(f"{path.name}: file not found in {path.parent}")
    loader = _LineLoader(_decoded(path))
    loader.file_name = path.name
    try:
        document = loader.get_single_data()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(f"{path.name}{line}: the YAML cannot be read: {problem}") from None
    finally:
        loader.dispose()
    if not isinstance(document, dict):
        raise ContentError(f"{path.name}, line 1: expected a mapping of fields at the top")
    return document


_YAML_TYPES = {"text": (str, "text"), "int": (int, "a whole number"), "bool": (bool, "true or false")}


def _yaml_value(column: Column, value):
    """A YAML value as its column declares it, or a ValueError saying why not."""
    if value is None or value == "" or value == []:
        if column.required:
            raise ValueError("is empty but is required")
        return () if column.kind == "list" else None
    if column.kind == "list":
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError("should be a list of text values")
        return tuple(item.strip() for item in value)
    if column.kind == "mappings":
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValueError("should be a list of mappings")
        return value
    expected, words = _YAML_TYPES[column.kind]
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise ValueError(f"should be {words}, not {value!r}")
    return value.strip() if isinstance(value, str) else value


def _yaml_record(mapping: dict, columns: tuple[Column, ...], file_name: str, data_dir: Path) -> dict:
    """One YAML mapping checked field by field against its columns."""
    line = mapping.get("__line__", 1)
    names = [column.name for column in columns]
    for name in mapping:
        if name not in ("__line__", "__lines__") and name not in names:
            raise ContentError(f"{file_name}, line {_field_line(mapping, name)}, field '{name}': unexpected field; expected {', '.join(names)}")
    record = {"__line__": line, "__lines__": mapping.get("__lines__", {})}
    for column in columns:
        if column.name not in mapping:
            raise ContentError(f"{file_name}, line {line}, field '{column.name}': the field is missing")
        try:
            record[column.name] = _yaml_value(column, mapping[column.name])
            _check_value(column, record[column.name], data_dir)
        except ContentError:
            raise
        except ValueError as error:
            raise ContentError(f"{file_name}, line {_field_line(mapping, column.name)}, field '{column.name}': {error}") from None
    return record


def _unique(records: list[dict], file_name: str, what: str) -> None:
    seen: dict[str, int] = {}
    for record in records:
        line = _field_line(record, "id")
        if record["id"] in seen:
            raise ContentError(
                f"{file_name}, line {line}, field 'id': duplicate {what} id '{record['id']}' (first on line {seen[record['id']]})"
            )
        seen[record["id"]] = line


def _field_line(mapping: dict, field: str) -> int:
    """The line a YAML field is on, else the line its mapping starts on."""
    return mapping.get("__lines__", {}).get(field, mapping.get("__line__", 1))


def _top_list(document: dict, key: str, file_name: str) -> list[dict]:
    items = document.get(key)
    if not isinstance(items, list) or not items or not all(isinstance(item, dict) for item in items):
        raise ContentError(f"{file_name}, line 1, field '{key}': expected a non-empty list of mappings")
    return items


def _use_case(mapping: dict, file_name: str, data_dir: Path) -> UseCase:
    """One use case, with its goals and actions checked against each other."""
    case = _yaml_record(mapping, USE_CASE, file_name, data_dir)
    goals = [_yaml_record(goal, GOAL, file_name, data_dir) for goal in case["goals"]]
    actions = [_yaml_record(action, ACTION, file_name, data_dir) for action in case["actions"]]
    _unique(goals, file_name, "goal")
    _unique(actions, file_name, "action")
    goal_ids = [goal["id"] for goal in goals]
    for expected, action in enumerate(actions, start=1):
        if action["number"] != expected:
            raise ContentError(f"{file_name}, line {_field_line(action, 'number')}, field 'number': is {action['number']}; actions must be numbered 1, 2, 3... in order, expected {expected}")
        for goal_id in action["serves_goals"]:
            if goal_id not in goal_ids:
                raise ContentError(f"{file_name}, line {_field_line(action, 'serves_goals')}, field 'serves_goals': '{goal_id}' is not a goal of use case '{case['id']}'{_did_you_mean(goal_id, goal_ids)}")
    served = {goal_id for action in actions for goal_id in action["serves_goals"]}
    for goal in goals:
        if goal["id"] not in served:
            raise ContentError(f"{file_name}, line {_field_line(goal, 'id')}, field 'id': no action serves goal '{goal['id']}'")
    fields = {key: value for key, value in case.items() if not key.startswith("__")}
    fields["goals"] = tuple(Goal(goal["id"], goal["text"]) for goal in goals)
    fields["actions"] = tuple(Action(**{k: v for k, v in action.items() if not k.startswith("__")}) for action in actions)
    return UseCase(**fields)


@functools.cache
def _use_cases(data_dir: Path) -> tuple[str, tuple[UseCase, ...]]:
    file_name = "use_cases.yaml"
    document = _read_yaml(data_dir / file_name)
    note = document.get("note")
    if not isinstance(note, str) or not note.strip():
        raise ContentError(f"{file_name}, line 1, field 'note': say in a note which parts are our interpretation")
    mappings = _top_list(document, "use_cases", file_name)
    cases = tuple(_use_case(mapping, file_name, data_dir) for mapping in mappings)
    _unique([{**m, "id": case.id} for case, m in zip(cases, mappings)], file_name, "use case")
    return note.strip(), cases


def use_cases(data_dir: Path | None = None) -> tuple[UseCase, ...]:
    """The worked leadership examples of seed 001, as frozen objects in seed order.

    Fields of data/use_cases.yaml for each use case: id, title, seed_heading,
    level (c-suite or middle-management), role (a role id), setting, goals
    (id, text), actions (number, id, title, involves, serves_goals), outcome,
    source. Actions are numbered 1..n in order and every goal is served by at
    least one action.
    """
    return _use_cases(Path(data_dir or DATA_DIR))[1]


def use_case_note(data_dir: Path | None = None) -> str:
    """What in use_cases.yaml is our interpretation rather than the seed's; show it beside the cases."""
    return _use_cases(Path(data_dir or DATA_DIR))[0]


@functools.cache
def _facts(data_dir: Path) -> tuple[tuple[dict, ...], LeadershipPay]:
    file_name = "facts.yaml"
    document = _read_yaml(data_dir / file_name)
    statements = [_yaml_record(m, STATEMENT, file_name, data_dir) for m in _top_list(document, "statements", file_name)]
    _unique(statements, file_name, "statement")
    pay_mapping = document.get("leadership_pay")
    if not isinstance(pay_mapping, dict):
        raise ContentError(f"{file_name}, line 1, field 'leadership_pay': expected a mapping")
    pay = _yaml_record(pay_mapping, PAY_RANGE, file_name, data_dir)
    if pay["low"] > pay["high"]:
        raise ContentError(f"{file_name}, line {_field_line(pay, 'high')}, field 'high': is {pay['high']}, below low {pay['low']}")
    return tuple(statements), LeadershipPay(**{k: v for k, v in pay.items() if not k.startswith("__")})


def facts(data_dir: Path | None = None) -> pd.DataFrame:
    """Statements from the seeds that fit no table: what IT leadership is, its outlook, advice.

    Columns of the statements in data/facts.yaml: id, topic, text, source (list).
    """
    statements = _facts(Path(data_dir or DATA_DIR))[0]
    return pd.DataFrame(
        {
            "id": [s["id"] for s in statements],
            "topic": [s["topic"] for s in statements],
            "text": [s["text"] for s in statements],
            "source": [list(s["source"]) for s in statements],
        }
    )


def leadership_pay(data_dir: Path | None = None) -> LeadershipPay:
    """Seed 001's pay range for IT leadership, to set beside the BLS wages it cannot replace."""
    return _facts(Path(data_dir or DATA_DIR))[1]


def load_all(data_dir: Path | None = None) -> dict[str, object]:
    """Load and check every content file at once; CI and contributors run this after an edit.

    ``careerkit check-data DIR`` does the same from a shell and lists every error at once.
    """
    everything: dict[str, object] = {name: _frame(name, data_dir) for name in TABLES}
    everything["use_cases"] = use_cases(data_dir)
    everything["facts"] = facts(data_dir)
    everything["leadership_pay"] = leadership_pay(data_dir)
    return everything

