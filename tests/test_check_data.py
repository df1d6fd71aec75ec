"""`careerkit check-data DIR` lists every error of every file at once; `load_all` stops at the first."""

from pathlib import Path

import pytest
from conftest import edit_cell

from careerkit import cli, content
from careerkit.content import ContentError
from careerkit.content.check import problems
from careerkit.content.locations import DATA_DIR


def break_many(data: Path) -> list[str]:
    """Break five files (two rows of one of them); return the start of each expected message."""
    edit_cell(data / "stages.csv", 3, "order", "1")
    edit_cell(data / "work_settings.csv", 2, "id", "Remote Work")
    edit_cell(data / "work_settings.csv", 4, "id", "hy_brid")
    traits = (data / "traits.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (data / "traits.csv").write_text("".join(traits[:6]), encoding="utf-8")
    facts = (data / "facts.yaml").read_text(encoding="utf-8")
    (data / "facts.yaml").write_text(facts.replace("statements:\n", "statements:\nstatements:\n", 1), encoding="utf-8")
    edit_cell(data / "wages.csv", 2, "annual_p25", "-1")
    return [
        "stages.csv, line 3, column 'order': 1 is already used on line 2",
        "work_settings.csv, line 2, column 'id': 'Remote Work' does not follow the documented format",
        "work_settings.csv, line 4, column 'id': 'hy_brid' does not follow the documented format",
        "traits.csv, line 6: has 5 row(s), but the seeds give 8",
        "facts.yaml, line 4, column 1, field 'statements': the key is repeated (first on line 3)",
        "wages.csv, line 2, column annual_p25: -1 is negative",
    ]


def test_the_workbooks_own_data_has_no_problem():
    assert problems(DATA_DIR) == []


def test_every_error_is_listed_at_once_with_exit_status_1(data, capsys):
    expected = break_many(data)
    assert cli.main(["check-data", str(data)]) == 1
    printed = capsys.readouterr().out
    for start in expected:
        assert start in printed, start
    lines = [line for line in printed.splitlines() if line.strip()]
    assert lines[-1] == f"{len(lines) - 1} error(s) in {data}"


def test_load_all_raises_on_the_first_error_only(data):
    break_many(data)
    with pytest.raises(ContentError) as caught:
        content.load_all(data_dir=data)
    assert str(caught.value).startswith("stages.csv, line 3, column 'order'")


def test_a_file_that_is_not_utf8_is_one_error_the_others_still_checked(data, capsys):
    (data / "tools.csv").write_bytes((data / "tools.csv").read_bytes().replace(b"Project", b"Pr\xe9ject", 1))
    edit_cell(data / "stages.csv", 3, "order", "1")
    assert cli.main(["check-data", str(data)]) == 1
    printed = capsys.readouterr().out
    assert "tools.csv, line" in printed and "byte 0xe9 is not UTF-8" in printed
    assert "stages.csv, line 3, column 'order'" in printed


def test_a_path_that_is_not_a_folder_is_named(tmp_path, capsys):
    assert cli.main(["check-data", str(tmp_path / "nowhere")]) == 1
    assert f"{tmp_path / 'nowhere'}: not a folder" in capsys.readouterr().out
