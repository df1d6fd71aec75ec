"""The class report: an HTML page (and a notebook view) an instructor can show a room."""

import base64
import re

import pytest

from careerkit.learning.progress import ProgressStore
from careerkit.teaching import report
from careerkit.teaching.classview import class_results, question_index


def _room(folder, question, picks):
    for number, pick in enumerate(picks):
        with ProgressStore(folder / f"learner{number}" / "progress.sqlite3") as store:
            store.record_answer(question.id, pick == question.expected, notebook="workshop", response=pick)
            store.record_section("00_start_here", "Anything")
    return folder


@pytest.fixture
def room(tmp_path):
    question = next(q for q in question_index().values() if getattr(q, "choices", None)
                    and isinstance(getattr(q, "answer", None), int))
    wrong = next(choice for choice in question.choices if choice != question.expected)
    return _room(tmp_path / "room", question, [question.expected, wrong, wrong]), question, wrong


def test_the_command_writes_a_page_with_question_answer_wrong_answer_and_a_chart(room, tmp_path, capsys):
    folder, question, wrong = room
    (folder / "broken.json").write_text("{")
    out = tmp_path / "report.html"
    assert report.main([str(folder), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    printed = capsys.readouterr()
    assert f"wrote {out}: 3 learners, 1 questions" in printed.out
    assert f"skipped {folder / 'broken.json'}: not valid JSON" in printed.err
    assert report.escape(question.prompt) in page
    assert report.escape(question.expected) in page
    assert f"{report.escape(wrong)} (2)" in page
    assert "33%" in page
    assert "1 file(s) skipped" in page and "broken.json" in page
    png = re.search(r'src="data:image/png;base64,([^"]+)"', page).group(1)
    assert base64.b64decode(png).startswith(b"\x89PNG")
    assert "Completion per notebook" in page and "00_start_here" in page


def test_learner_text_in_the_report_is_escaped(tmp_path):
    with ProgressStore(tmp_path / "x.sqlite3") as store:
        store.record_answer("q:1", False, notebook="room", response="<script>alert(1)</script>")
        store.export_json(tmp_path / "in" / "x.json", learner_name="<b>Eve</b>")
    page = report.class_report(tmp_path / "in")._repr_html_()
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Eve</b>" not in page and "&lt;b&gt;Eve&lt;/b&gt;" in page


def test_the_notebook_view_is_the_same_report(room):
    folder, question, _wrong = room
    shown = report.class_report(folder)
    assert shown._repr_html_() == report.report_html(class_results(folder))
    assert len(shown.results.learners) == 3


def test_no_hand_ins_is_a_message_not_a_traceback(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert report.main([str(tmp_path / "empty"), "--out", str(tmp_path / "r.html")]) == 2
    assert "no careerkit hand-ins found in" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()
