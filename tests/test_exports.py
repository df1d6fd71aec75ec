"""Exports go to a folder a learner can see in JupyterLab, and the views link to what was saved."""

from pathlib import Path

from careerkit.present.files import exports_dir, notebook_relative, url_path
from careerkit.widgets.base import file_links_html


def test_the_default_folder_is_careerkit_exports_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("CAREERKIT_EXPORTS")
    monkeypatch.chdir(tmp_path)
    assert exports_dir() == tmp_path / "careerkit-exports"
    assert not (tmp_path / "careerkit-exports").exists()


def test_careerkit_exports_overrides_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERKIT_EXPORTS", str(tmp_path / "class" / "ann"))
    assert exports_dir() == tmp_path / "class" / "ann"
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("CAREERKIT_EXPORTS", "~/handed-in")
    assert exports_dir() == tmp_path / "handed-in"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CAREERKIT_EXPORTS", "relative/out")
    assert exports_dir() == tmp_path / "relative" / "out"
    monkeypatch.setenv("CAREERKIT_EXPORTS", "  ")
    assert exports_dir() == tmp_path / "careerkit-exports"


def test_links_are_relative_quoted_and_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    saved = tmp_path / "careerkit-exports" / "Ann's plan <1>.md"
    assert notebook_relative(saved) == "careerkit-exports/Ann's plan <1>.md"
    assert url_path(notebook_relative(saved)) == "careerkit-exports/Ann%27s%20plan%20%3C1%3E.md"
    assert notebook_relative(Path("careerkit-exports/progress.json")) == "careerkit-exports/progress.json"
    assert url_path("careerkit-exports/plan-é.md") == "careerkit-exports/plan-%C3%A9.md"
    html = file_links_html([saved])
    assert '<a href="careerkit-exports/Ann%27s%20plan%20%3C1%3E.md" target="_blank">' in html
    assert "careerkit-exports/Ann&#x27;s plan &lt;1&gt;.md</a>" in html
    assert 'download="Ann&#x27;s plan &lt;1&gt;.md"' in html and "<1>" not in html


def test_a_file_outside_the_notebook_folder_gets_no_link(tmp_path, monkeypatch):
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    outside = tmp_path / "elsewhere" / "progress.json"
    assert notebook_relative(outside) is None
    html = file_links_html([outside])
    assert "href" not in html
    assert f"Saved in <code>{tmp_path / 'elsewhere'}</code>, outside this notebook's folder, so there is no link" in html
