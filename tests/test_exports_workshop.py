"""Exports for other tools: jupyterquiz JSON, an Anki deck, an LMS gradebook CSV."""

import csv
import json
import re
import sqlite3
import zipfile

import pytest

from careerkit.learning.flashcards import glossary_cards
from careerkit.learning.progress import ProgressStore
from careerkit.teaching import exports
from careerkit.teaching.classview import question_index


def test_jupyterquiz_json_loads_in_jupyterquiz_with_every_type_registered(tmp_path, capsys, monkeypatch):
    from jupyterquiz import display_quiz
    from jupyterquiz.dynamic import display as jupyterquiz_display

    shown = []
    monkeypatch.setattr(jupyterquiz_display, "display", shown.append)

    out = tmp_path / "quiz.json"
    assert exports.main(["jupyterquiz", str(out)]) == 0
    questions = json.loads(out.read_text(encoding="utf-8"))
    written = int(re.search(r"(\d+) questions", capsys.readouterr().out).group(1))
    assert len(questions) == written
    display_quiz(str(out))
    script = shown[1].data
    embedded = re.search(r"var questions(\w+)=(.*?);\n\nif \(typeof Question", script, re.S)
    assert json.loads(embedded.group(2)) == questions
    assert f'id="{embedded.group(1)}"' in shown[0].data
    registered = set(re.findall(r"Question\.register\('(\w+)'", script))
    for question in questions:
        assert question["type"] in registered and question["question"].strip()
        answers = [a for a in question["answers"] if a.get("type") != "default"]
        assert any(a["correct"] for a in answers)
        assert all((a.get("answer") or len(a.get("range", ())) == 2) and a["feedback"] for a in answers)


def test_jupyterquiz_keeps_each_choices_feedback_and_the_right_key():
    question = next(q for q in question_index().values() if q.kind == "single")
    converted = exports.jupyterquiz_question(question)
    assert converted["type"] == "multiple_choice" and converted["question"] == question.prompt
    right = [a["answer"] for a in converted["answers"] if a["correct"]]
    assert right == [question.expected]
    feedback = getattr(question, "choice_feedback", None)
    if feedback:
        assert [a["feedback"] for a in converted["answers"]] == list(feedback)


def test_one_notebooks_questions_and_an_unknown_notebook(tmp_path):
    notebook = next(getattr(q, "notebook", None) for q in question_index().values())
    if notebook is None:
        pytest.skip("this question bank does not say which notebook a question belongs to")
    path, written, _left_out = exports.export_jupyterquiz(tmp_path / "nb.json", notebook)
    assert written == sum(1 for q in question_index().values() if q.notebook == notebook
                          and exports.jupyterquiz_question(q) is not None)
    with pytest.raises(ValueError, match="no questions to export for notebook '99_nothing'"):
        exports.export_jupyterquiz(tmp_path / "none.json", "99_nothing")


def test_anki_deck_reads_back_as_a_zip_with_one_note_per_glossary_card(tmp_path):
    out = tmp_path / "glossary.apkg"
    assert exports.main(["anki", str(out)]) == 0
    cards = glossary_cards()
    with zipfile.ZipFile(out) as package:
        assert "collection.anki2" in package.namelist()
        package.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as collection:
        notes = [row[0].split("\x1f") for row in collection.execute("SELECT flds FROM notes")]
        decks = json.loads(collection.execute("SELECT decks FROM col").fetchone()[0])
    assert sorted(fields[0] for fields in notes) == sorted(card.front for card in cards)
    assert "careerkit: key concepts" in {deck["name"] for deck in decks.values()}
    again = tmp_path / "again.apkg"
    exports.export_anki(again)
    with zipfile.ZipFile(again) as package:
        package.extract("collection.anki2", tmp_path / "again")
    with sqlite3.connect(tmp_path / "again" / "collection.anki2") as collection:
        guids_again = sorted(row[0] for row in collection.execute("SELECT guid FROM notes"))
    with sqlite3.connect(tmp_path / "collection.anki2") as collection:
        assert sorted(row[0] for row in collection.execute("SELECT guid FROM notes")) == guids_again


def test_gradebook_has_one_row_per_learner_and_no_live_formulas(tmp_path):
    names = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@cmd", "\tTab", "\rCR", "Ann"]
    for number, name in enumerate(names):
        with ProgressStore(tmp_path / f"s{number}.sqlite3") as store:
            store.record_answer("q:1", number % 2 == 0, notebook="workshop")
            store.record_section("00_start_here", "One")
            store.export_json(tmp_path / "in" / f"h{number}.json", learner_name=name)
    out = tmp_path / "grades.csv"
    assert exports.main(["gradebook", str(tmp_path / "in"), "--out", str(out)]) == 0
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(names)
    assert list(rows[0]) == ["learner", "workshop (%)", "sections done", "cards reviewed"]
    learners = {row["learner"] for row in rows}
    assert "Ann" in learners and "'=HYPERLINK(\"http://x\")" in learners and "'+1" in learners
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row.values())
    assert {row["workshop (%)"] for row in rows} == {"100.0", "0.0"}


def test_gradebook_with_no_hand_ins_says_so(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert exports.main(["gradebook", str(tmp_path / "empty"), "--out", str(tmp_path / "g.csv")]) == 2
    assert "no careerkit hand-ins found" in capsys.readouterr().err


def test_a_missing_extra_is_named(tmp_path, capsys, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "genanki", None)
    assert exports.main(["anki", str(tmp_path / "deck.apkg")]) == 2
    assert "careerkit export anki needs the 'workshop' extra (genanki is not installed)" in capsys.readouterr().err


def test_a_numeric_question_becomes_a_jupyterquiz_range_around_its_answer():
    question = next((q for q in question_index().values() if q.kind == "numeric"), None)
    if question is None:
        pytest.skip("the question bank has no numeric question")
    converted = exports.jupyterquiz_question(question)
    assert converted["type"] == "numeric" and converted["question"] == question.prompt
    low, high = converted["answers"][0]["range"]
    assert low <= question.answer < high and converted["answers"][0]["correct"] is True
    assert high - low >= 2 * getattr(question, "tolerance", 0)
    assert converted["answers"][-1]["type"] == "default" and question.expected in converted["answers"][-1]["feedback"]
