"""A broken data file stops the load with the file, line and column to fix."""

import csv
import re
import shutil
from pathlib import Path

import pytest
from conftest import edit_cell

from careerkit import content
from careerkit.content import ContentError
from careerkit.content.locations import DATA_DIR


def replace_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    """The editor line number of the first line containing text."""
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def expect(message: str):
    return pytest.raises(ContentError, match=re.escape(message))


def test_missing_column(data):
    replace_text(data / "roles.csv", ",track,", ",trak,")
    with expect("roles.csv, line 1, column 'track': the column is missing"):
        content.roles(data)


def test_unexpected_column(data):
    replace_text(data / "work_settings.csv", "id,name,description,source", "id,name,description,source,extra")
    with expect("work_settings.csv, line 1, column 'extra': unexpected column"):
        content.work_settings(data)


def test_wrong_number_of_cells(data):
    replace_text(data / "work_settings.csv", "hybrid,Hybrid,", "hybrid,Hybrid,more,")
    with expect("work_settings.csv, line 4: has 5 cells but the header has 4"):
        content.work_settings(data)


def test_wrong_type(data):
    edit_cell(data / "glossary.csv", 3, "number", "two")
    with expect("glossary.csv, line 3, column 'number': should be a whole number, not 'two'"):
        content.glossary(data)


def test_wrong_boolean(data):
    edit_cell(data / "traits.csv", 9, "description_complete", "partly")
    with expect("traits.csv, line 9, column 'description_complete': should be true or false, not 'partly'"):
        content.traits(data)


def test_empty_required_cell(data):
    edit_cell(data / "glossary.csv", 5, "definition", "  ")
    with expect("glossary.csv, line 5, column 'definition': is empty but is required"):
        content.glossary(data)


def test_value_out_of_range(data):
    edit_cell(data / "roles.csv", 25, "pathway_step", "6")
    with expect("roles.csv, line 25, column 'pathway_step': is 6, above the maximum 5"):
        content.roles(data)


def test_duplicate_id(data):
    replace_text(data / "work_settings.csv", "hybrid,Hybrid", "remote,Hybrid")
    with expect("work_settings.csv, line 4, column 'id': duplicate id 'remote' (first on line 2)"):
        content.work_settings(data)


def test_duplicate_composite_key(data):
    edit_cell(data / "moves.csv", 3, "to_role", "systems-administrator")
    with expect("moves.csv, line 3, column 'to_role': duplicate key 'help-desk-technician / systems-administrator' (first on line 2)"):
        content.moves(data)


def test_role_with_unknown_stage(data):
    edit_cell(data / "roles.csv", 2, "stage", "junior")
    with expect("roles.csv, line 2, column 'stage': 'junior' is not an id in stages.csv"):
        content.roles(data)


def test_move_to_unknown_role(data):
    edit_cell(data / "moves.csv", 4, "to_role", "network-enginer")
    with expect("moves.csv, line 4, column 'to_role': 'network-enginer' is not an id in roles.csv (did you mean 'network-engineer'"):
        content.moves(data)


def test_move_from_unknown_role(data):
    edit_cell(data / "moves.csv", 2, "from_role", "astronaut")
    with expect("moves.csv, line 2, column 'from_role': 'astronaut' is not an id in roles.csv"):
        content.moves(data)


def test_unknown_source(data):
    edit_cell(data / "tools.csv", 7, "source", "001_70d67372d1a04c0d.txt#tools;001_70d67372d1a04c0d.txt#toolz")
    with expect("tools.csv, line 7, column 'source': '001_70d67372d1a04c0d.txt#toolz' is not an id in sources.csv"):
        content.tools(data)


def test_choice_outside_the_list(data):
    edit_cell(data / "moves.csv", 2, "basis", "hunch")
    with expect("moves.csv, line 2, column 'basis': is 'hunch', expected one of: stage, pathway, interpretation"):
        content.moves(data)


def test_stage_skill_without_a_stage(data):
    edit_cell(data / "skills.csv", 15, "stage", "")
    with expect("skills.csv, line 15, column 'stage': is empty but a 'stage' skill needs it"):
        content.skills(data)


def test_years_in_the_wrong_order(data):
    edit_cell(data / "stages.csv", 3, "years_min", "7")
    with expect("stages.csv, line 3, column 'years_max': is 5, below years_min 7"):
        content.stages(data)


def test_missing_file(data):
    (data / "traits.csv").unlink()
    with expect("traits.csv: file not found in"):
        content.traits(data)


def test_malformed_yaml_names_the_line(data):
    next_line = line_of(data / "use_cases.yaml", "level: c-suite") + 1
    replace_text(data / "use_cases.yaml", "    level: c-suite\n", "    level: [c-suite\n")
    with expect(f"use_cases.yaml, line {next_line}, column 9: the YAML cannot be read"):
        content.use_cases(data)


def test_use_case_with_unknown_role(data):
    replace_text(data / "use_cases.yaml", "role: it-manager", "role: it-manger")
    with expect(f"use_cases.yaml, line {line_of(data / 'use_cases.yaml', 'role: it-manger')}, field 'role': 'it-manger' is not an id in roles.csv (did you mean 'it-manager'"):
        content.use_cases(data)


def test_use_case_missing_field(data):
    replace_text(data / "use_cases.yaml", "    seed_heading: Technology Leadership Use Case 1 (C-Suite)\n", "")
    line = line_of(data / "use_cases.yaml", "id: cto-digital-transformation")
    with expect(f"use_cases.yaml, line {line}, field 'seed_heading': the field is missing"):
        content.use_cases(data)


def test_use_case_actions_out_of_order(data):
    replace_text(data / "use_cases.yaml", "      - number: 2\n        id: establish-teams", "      - number: 3\n        id: establish-teams")
    with expect(f"use_cases.yaml, line {line_of(data / 'use_cases.yaml', 'number: 3')}, field 'number': is 3; actions must be numbered 1, 2, 3... in order, expected 2"):
        content.use_cases(data)


def test_use_case_action_serving_an_unknown_goal(data):
    replace_text(data / "use_cases.yaml", "serves_goals: [innovation-culture]", "serves_goals: [innovation]")
    line = line_of(data / "use_cases.yaml", "serves_goals: [innovation]")
    with expect(f"use_cases.yaml, line {line}, field 'serves_goals': 'innovation' is not a goal of use case 'cto-digital-transformation'"):
        content.use_cases(data)


def test_use_case_goal_no_action_serves(data):
    replace_text(data / "use_cases.yaml", "serves_goals: [policies-practices]", "serves_goals: [stable-infrastructure]")
    replace_text(data / "use_cases.yaml", "serves_goals: [plan-for-growth, policies-practices]", "serves_goals: [plan-for-growth]")
    with expect(f"use_cases.yaml, line {line_of(data / 'use_cases.yaml', 'id: policies-practices')}, field 'id': no action serves goal 'policies-practices'"):
        content.use_cases(data)


def test_use_case_field_of_the_wrong_type(data):
    replace_text(data / "use_cases.yaml", "      - number: 1\n        id: develop-strategy\n", "      - number: one\n        id: develop-strategy\n")
    with expect(f"use_cases.yaml, line {line_of(data / 'use_cases.yaml', 'number: one')}, field 'number': should be a whole number, not 'one'"):
        content.use_cases(data)


def test_pay_range_upside_down(data):
    replace_text(data / "facts.yaml", "low: 90000", "low: 900000")
    with expect(f"facts.yaml, line {line_of(data / 'facts.yaml', 'high: 300000')}, field 'high': is 300000, below low 900000"):
        content.leadership_pay(data)


# ---------------------------------------------------------------- file, line and column for every bad byte and value


def rows_of(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def test_bad_utf8_names_file_line_and_column(data):
    path = data / "roles.csv"
    raw = path.read_bytes().split(b"\n")
    raw[4] = raw[4].replace(b",entry,", b",\xffentry,", 1)  # line 5, in the stage column
    path.write_bytes(b"\n".join(raw))
    with expect("roles.csv, line 5, column 'stage', character"):
        content.roles(data)
    with pytest.raises(ContentError, match="byte 0xff is not UTF-8; save the file as UTF-8"):
        content.roles(data)


def test_a_byte_order_mark_is_accepted(data):
    path = data / "work_settings.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert content.work_settings(data)["id"].tolist() == content.work_settings()["id"].tolist()


def test_a_nul_byte_is_reported_in_its_own_file_and_line(data):
    path = data / "roles.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[10] = lines[10].replace(",", "\x00,", 1)  # line 11: the NUL ends the id
    path.write_text("\n".join(lines), encoding="utf-8")
    with expect("roles.csv, line 11, column 'id', character"):
        content.roles(data)
    with pytest.raises(ContentError, match="^roles.csv.*NUL character") as caught:
        content.moves(data)  # a table that refers to roles names roles.csv, not itself
    assert "moves.csv" not in str(caught.value)


def test_a_repeated_header_column_is_refused(data):
    rows = rows_of(data / "work_settings.csv")
    rows = [row + [row[1]] for row in rows]  # a second 'name' column
    write_rows(data / "work_settings.csv", rows)
    with expect("work_settings.csv, line 1, column 'name': the column is repeated (positions 2 and 5)"):
        content.work_settings(data)


def test_a_duplicate_yaml_key_is_refused(data):
    line = line_of(data / "facts.yaml", "- id: employment-outlook")
    replace_text(data / "facts.yaml", "  - id: employment-outlook\n", "  - id: employment-outlook\n    id: outlook\n")
    with expect(f"facts.yaml, line {line + 1}, column 5, field 'id': the key is repeated (first on line {line})"):
        content.facts(data)


@pytest.mark.parametrize("table, keep", [("glossary", 0), ("traits", 5)])
def test_the_counts_the_seeds_fix_are_checked(data, table, keep):
    from careerkit.content.schema import SEED_COUNTS

    rows = rows_of(data / f"{table}.csv")
    write_rows(data / f"{table}.csv", rows[: keep + 1])
    with expect(f"{table}.csv, line {max(keep + 1, 1)}: has {keep} row(s), but the seeds give {SEED_COUNTS[table]}"):
        getattr(content, table)(data)


def test_two_stages_with_the_same_order_are_refused(data):
    edit_cell(data / "stages.csv", 3, "order", "1")
    with expect("stages.csv, line 3, column 'order': 1 is already used on line 2; each row needs its own order"):
        content.stages(data)


def test_an_id_that_breaks_its_documented_format_is_refused(data):
    edit_cell(data / "work_settings.csv", 3, "id", "On Site")
    with expect("work_settings.csv, line 3, column 'id': 'On Site' does not follow the documented format: lower-case"):
        content.work_settings(data)


def test_a_soc_code_must_look_like_one(data):
    edit_cell(data / "roles.csv", 2, "soc_code", "151232")
    with expect("roles.csv, line 2, column 'soc_code': '151232' does not follow the documented format: a SOC 2018 code"):
        content.roles(data)


def test_load_all_raises_on_the_first_problem(data):
    edit_cell(data / "stages.csv", 3, "order", "1")
    with expect("stages.csv, line 3, column 'order'"):
        content.load_all(data_dir=data)


# ---------------------------------------------------------------- wages.csv: finite, not negative, percentiles in order


@pytest.fixture
def wage_file(tmp_path: Path) -> Path:
    path = tmp_path / "wages.csv"
    shutil.copy(DATA_DIR / "wages.csv", path)
    return path


def first_untopcoded_line(path: Path) -> int:
    rows = rows_of(path)
    flags = [rows[0].index(f"annual_{name}_top_coded") for name in ("p10", "p25", "median", "p75", "p90")]
    return next(n for n, row in enumerate(rows[1:], 2) if row[rows[0].index("annual_p90")] and
                not any(row[i] == "true" for i in flags))


@pytest.mark.parametrize("column, value, words", [
    ("annual_mean", "inf", "'inf' is not a whole number or blank"),
    ("hourly_p25", "inf", "inf is not a finite number"),
    ("hourly_median", "nan", "'nan' is not a number or blank"),
    ("annual_p25", "-5", "-5 is negative; a wage cannot be below zero"),
])
def test_a_wage_that_is_not_a_finite_non_negative_number_is_named(wage_file, column, value, words):
    from careerkit.content.wages import WageDataError, read_wage_table

    line = first_untopcoded_line(wage_file)
    edit_cell(wage_file, line, column, value)
    with pytest.raises(WageDataError, match=re.escape(f"wages.csv, line {line}, column {column}: {words}")):
        read_wage_table(wage_file)


def test_p10_above_p90_is_refused(wage_file):
    from careerkit.content.wages import WageDataError, read_wage_table

    line = first_untopcoded_line(wage_file)
    p90 = rows_of(wage_file)[line - 1][rows_of(wage_file)[0].index("annual_p90")]
    edit_cell(wage_file, line, "annual_p10", str(int(p90) + 1))
    with pytest.raises(WageDataError, match=re.escape(f"wages.csv, line {line}, column annual_p25: ")
                       + r".* is below annual_p10 .*percentiles must rise: p10 <= p25 <= median <= p75 <= p90"):
        read_wage_table(wage_file)


def test_bad_utf8_in_the_wage_table_is_named(wage_file):
    from careerkit.content.wages import WageDataError, read_wage_table

    raw = wage_file.read_bytes().split(b"\n")
    cells = raw[6].split(b",", 2)
    raw[6] = b",".join([cells[0], b"\xfc" + cells[1], cells[2]])  # line 7, the occupation column
    wage_file.write_bytes(b"\n".join(raw))
    with pytest.raises(WageDataError, match=r"wages.csv, line 7, column 'occupation', character \d+: byte 0xfc is not UTF-8"):
        read_wage_table(wage_file)
