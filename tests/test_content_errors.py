"""A broken data file stops the load with the file, line and column to fix."""

import csv
import re
import shutil
from pathlib import Path

import pytest

from careerkit.content.locations import DATA_DIR
from careerkit import content
from careerkit.content import ContentError


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may break."""
    for path in DATA_DIR.iterdir():
        if path.suffix in (".csv", ".yaml"):
            shutil.copy(path, tmp_path / path.name)
    return tmp_path


def edit_cell(path: Path, line: int, column: str, value: str) -> None:
    """Set one cell, counting lines as an editor does (header = line 1)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rows[line - 1][rows[0].index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


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
    with expect(f"use_cases.yaml, line {next_line}: the YAML cannot be read"):
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
