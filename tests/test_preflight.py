"""Notebook 00's pre-flight check: one line per check, problems with what to do, nothing created."""

from careerkit.pages.start_here import preflight


def test_a_working_setup_passes_every_check(careerkit_home, careerkit_exports):
    result = preflight()
    assert result.passed
    lines = str(result).splitlines()
    assert all(line.startswith("ok: ") for line in lines[:-1]) and lines[-1] == "All set: every check passed."
    assert f"ok: your progress: can be saved in {careerkit_home}" in lines
    assert [check.name for check in result.checks] == [
        "Python", "the workbook's tables", "the wage table", "widgets", "charts", "your progress", "your exports"]
    assert "<li>ok: Python" in result._repr_html_()


def test_a_folder_not_made_yet_is_judged_without_creating_it(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERKIT_EXPORTS", str(tmp_path / "later" / "exports"))
    assert preflight().passed
    assert not (tmp_path / "later").exists()


def test_a_progress_folder_that_cannot_be_written_is_a_problem_with_a_fix(tmp_path, monkeypatch):
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder")
    monkeypatch.setenv("CAREERKIT_HOME", str(in_the_way / "home"))
    result = preflight()
    assert not result.passed
    assert f"PROBLEM: your progress: cannot write in {in_the_way / 'home'}" in str(result)
    assert "set CAREERKIT_HOME to a folder you can write to" in str(result)


def test_a_failing_check_is_a_line_not_a_traceback(monkeypatch):
    from careerkit.pages import start_here

    def broken():
        raise FileNotFoundError("roles.csv is missing")

    monkeypatch.setattr(start_here, "load_all", broken)
    text = str(preflight())
    assert "PROBLEM: the workbook's tables: FileNotFoundError: roles.csv is missing; reinstall careerkit" in text
    assert text.endswith("see the lines starting with PROBLEM, and notebooks/SETUP.md.")
