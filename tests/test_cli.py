"""The careerkit command: every subcommand answers --help, and a missing extra is named, not a traceback."""

import shutil
import subprocess
import sys

import pytest

from careerkit import cli
from careerkit.content.locations import DATA_DIR, NOTEBOOKS_DIR


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--help"])
    assert stopped.value.code == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name in cli.COMMANDS)


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_each_subcommand_has_help(name, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main([name, "--help"])
    assert stopped.value.code == 0
    assert f"careerkit {name}" in capsys.readouterr().out


def test_the_console_script_is_installed():
    result = subprocess.run([sys.executable, "-m", "careerkit", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "check-data" in result.stdout


def test_a_missing_extra_is_named_with_the_install_line(monkeypatch):
    def missing(name):
        raise ModuleNotFoundError("No module named 'nbclient'", name="nbclient")

    monkeypatch.setattr(cli, "import_module", missing)
    with pytest.raises(SystemExit) as stopped:
        cli.main(["bench"])
    assert "pip install 'careerkit[dev]'" in str(stopped.value.code)
    assert "nbclient" in str(stopped.value.code)


def test_notebooks_copies_every_notebook_and_keeps_a_learners_own(tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "00_start_here.ipynb").write_text("my own edits", encoding="utf-8")
    assert cli.main(["notebooks", str(mine)]) == 0
    assert {p.name for p in mine.glob("*.ipynb")} == {p.name for p in NOTEBOOKS_DIR.glob("*.ipynb")}
    assert (mine / "00_start_here.ipynb").read_text(encoding="utf-8") == "my own edits"
    assert "kept 1" in capsys.readouterr().out


def test_notebooks_refuses_a_file_as_destination(tmp_path, capsys):
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    assert cli.main(["notebooks", str(target)]) == 1
    assert "is a file" in capsys.readouterr().out


def test_check_data_passes_the_workbooks_own_tables(capsys):
    assert cli.main(["check-data", str(DATA_DIR)]) == 0
    assert "0 error(s)" in capsys.readouterr().out


def test_check_data_names_file_line_and_column(tmp_path, capsys):
    broken = tmp_path / "data"
    shutil.copytree(DATA_DIR, broken)
    lines = (broken / "stages.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("id")] = ""
    lines[1] = ",".join(cells)
    (broken / "stages.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli.main(["check-data", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "stages.csv, line 2, column 'id'" in out
