"""Files are written whole or not at all, CSV cells never run as formulas, and widget errors read as messages."""

import csv
import errno
import importlib
import inspect
import os
from pathlib import Path

import pytest

from careerkit.present import files
from careerkit.present.files import (
    FileWriteError,
    neutralise_cell,
    write_csv_atomic,
    write_text_atomic,
)

WIDGET_MODULES = ("assessment", "dashboard", "flashcards", "planner", "quiz", "roadmap", "roles", "salary",
                  "sections", "walkthrough")


def test_a_file_is_replaced_whole_and_no_temporary_file_is_left(tmp_path):
    target = tmp_path / "out" / "plan.md"
    write_text_atomic(target, "first")
    write_text_atomic(target, "second, longer text")
    assert target.read_text(encoding="utf-8") == "second, longer text"
    assert [p.name for p in target.parent.iterdir()] == ["plan.md"]


def test_text_that_cannot_be_encoded_is_refused_before_the_old_file_is_touched(tmp_path):
    target = tmp_path / "progress.json"
    target.write_text('{"kept": true}', encoding="utf-8")
    with pytest.raises(FileWriteError, match=f"{target} was not written: line 2 holds a character that cannot be saved"
                                             r".*Remove it and try again; the earlier file is unchanged\."):
        write_text_atomic(target, 'ok\nname: "\ud83d"')
    assert target.read_text(encoding="utf-8") == '{"kept": true}'
    with pytest.raises(FileWriteError, match="no file was created"):
        write_text_atomic(tmp_path / "new.md", "\udc80")
    assert not (tmp_path / "new.md").exists()


def test_a_full_disk_leaves_the_earlier_file_and_says_so(tmp_path, monkeypatch):
    target = tmp_path / "report.md"
    target.write_text("earlier report", encoding="utf-8")

    def full(_descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileWriteError, match=f"{target} was not written \\(No space left on device\\); the earlier file "
                                             "is unchanged. Free some space"):
        write_text_atomic(target, "new report")
    assert target.read_text(encoding="utf-8") == "earlier report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_a_folder_in_the_way_is_named(tmp_path):
    (tmp_path / "plan.md").mkdir()
    with pytest.raises(FileWriteError, match="plan.md was not written: that name is a folder"):
        write_text_atomic(tmp_path / "plan.md", "text")


def test_an_existing_files_permissions_are_kept(tmp_path):
    target = tmp_path / "shared.csv"
    target.write_text("a", encoding="utf-8")
    os.chmod(target, 0o640)
    write_text_atomic(target, "b")
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("cell, shown", [
    ("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), ("a=b", "a=b"), ("", ""), (-1, -1), (2.5, 2.5), (None, None),
])
def test_cells_starting_like_a_formula_get_a_quote(cell, shown):
    assert neutralise_cell(cell) == shown


def test_a_written_csv_reads_back_neutralised(tmp_path):
    path = write_csv_atomic(tmp_path / "t.csv", ["name", "score"], [["=cmd|'/C calc'!A0", 1], ["Ann", None]])
    with path.open(newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [["name", "score"], ["'=cmd|'/C calc'!A0", "1"], ["Ann", ""]]


def test_a_plan_export_on_a_full_disk_keeps_the_earlier_plan(tmp_path, monkeypatch):
    from careerkit.career.planner import plan
    from careerkit.present.markdown import write_plan

    target = tmp_path / "plan.md"
    route = plan("help-desk-technician", "it-manager")
    write_plan(route, target)
    earlier = target.read_text(encoding="utf-8")
    assert earlier.startswith("# Career plan")

    def full(_descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileWriteError, match="plan.md was not written .*the earlier file is unchanged"):
        write_plan(route, target, date="2030-01-01")
    assert target.read_text(encoding="utf-8") == earlier
    assert [p.name for p in tmp_path.iterdir()] == ["plan.md"]


# ---------------------------------------------------------------- widget handlers: a message, never a traceback


def _handlers():
    for name in WIDGET_MODULES:
        module = importlib.import_module(f"careerkit.widgets.{name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for method_name, method in vars(cls).items():
                if callable(method) and (method_name.startswith("_on_") or method_name == "_run"):
                    yield f"{name}.{cls.__name__}.{method_name}", method


def test_every_widget_handler_shows_errors_as_messages():
    handlers = dict(_handlers())
    assert len(handlers) >= len(WIDGET_MODULES)
    assert [name for name, method in handlers.items() if not getattr(method, "shows_errors", False)] == []


def test_a_reflection_with_a_lone_surrogate_reads_as_a_message(store):
    from careerkit.widgets import UseCaseWalkthrough

    walk = UseCaseWalkthrough("cto-digital-transformation", store=store)
    walk.reflection.value = "I would \ud800 delegate"
    walk.save.click()
    shown = walk._error_box.value
    assert "That did not work." in shown and "cannot be saved" in shown and "Nothing was saved" in shown
    assert store.reflection(walk.model.reflection_id) is None
    walk.reflection.value = "I would delegate"
    walk.save.click()
    assert walk._error_box.value == "" and store.reflection(walk.model.reflection_id) == "I would delegate"


def test_an_unexpected_error_in_a_handler_is_a_plain_note_with_escaped_text(store, monkeypatch):
    from careerkit.widgets import UseCaseWalkthrough

    walk = UseCaseWalkthrough("cto-digital-transformation", store=store)

    def broken(_text):
        raise KeyError("<script>")

    monkeypatch.setattr(walk.model, "save_reflection", broken)
    walk.save.click()
    shown = walk._error_box.value
    assert "Something went wrong in careerkit (KeyError" in shown and "&lt;script&gt;" in shown
    assert "<script>" not in shown and isinstance(walk.last_error, KeyError)


def test_a_full_disk_while_saving_reads_as_a_message(store):
    from careerkit.widgets import UseCaseWalkthrough

    walk = UseCaseWalkthrough("cto-digital-transformation", store=store)
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count={pages}")
    walk.reflection.value = "x" * 200_000
    walk.save.click()
    assert "the disk holding" in walk._error_box.value and "is full" in walk._error_box.value


def test_files_module_reexports_the_one_writer():
    from careerkit.content import safewrite

    assert files.write_text_atomic is safewrite.write_text_atomic
    assert Path(inspect.getsourcefile(files.write_csv_atomic)).name == "safewrite.py"
