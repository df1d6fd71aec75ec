"""The progress store: what a widget writes comes back, survives crashes and bad files, exports and resets."""

import json
import multiprocessing
import os
import signal
import sqlite3
import time
import warnings
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest

from careerkit.learning.progress import ProgressStore, StoreRecoveredWarning, default_store, read_store_file

T0 = datetime(2025, 3, 1, 15, 0, tzinfo=timezone.utc)


def test_answers_come_back_with_notebook_and_time(store):
    store.record_answer("quiz:05:cto-role", True, notebook="05_leadership", response="B", at=T0)
    store.record_answer("quiz:05:cto-role", False, notebook="05_leadership", response="A", kind="quiz")
    store.record_answer("walk:02:step1", True, notebook="02_stages", kind="walkthrough", score=0.5)
    frame = store.answers(notebook="05_leadership")
    assert list(frame["item_id"]) == ["quiz:05:cto-role"] * 2
    assert list(frame["correct"]) == [True, False]
    assert list(frame["score"]) == [1.0, 0.0]
    assert frame["at"].iloc[0] == pd.Timestamp(T0)
    assert store.answers()["kind"].tolist() == ["quiz", "quiz", "walkthrough"]


def test_reflection_latest_wins_but_history_is_kept(store):
    store.record_reflection("reflect:01:goal", "first draft", notebook="01")
    store.record_reflection("reflect:01:goal", "second <b>draft</b>", notebook="01")
    assert store.reflection("reflect:01:goal") == "second <b>draft</b>"
    assert store.reflection("reflect:01:unknown") is None
    assert len(store.reflections()) == 2
    assert store.reflections(latest_only=True)["text"].tolist() == ["second <b>draft</b>"]


def test_sections_roadmap_self_assessment_and_plans(store):
    store.record_section("01_stages", "entry-level")
    store.record_section("01_stages", "entry-level")
    store.record_roadmap_status("node:mid", "in progress")
    store.record_roadmap_status("node:mid", "done")
    store.record_self_assessment("skill:communication", 2)
    store.record_self_assessment("skill:communication", 4, note="after the workshop")
    store.save_plan({"target": "IT director", "steps": ["lead a project"]})
    assert store.sections()["section"].tolist() == ["entry-level"]
    assert store.roadmap_statuses() == {"node:mid": "done"}
    assert store.self_assessments()["rating"].tolist() == [4]
    assert store.plan() == {"target": "IT director", "steps": ["lead a project"]}
    assert store.plan("other") is None


def test_review_state_is_latest_per_card_and_undo_restores_earlier(store):
    first = store.record_review("glossary:cloud", 3, {"step": 1}, T0 + timedelta(minutes=10))
    second = store.record_review("glossary:cloud", 1, {"step": 0}, T0 + timedelta(minutes=1))
    assert store.card_states() == {"glossary:cloud": {"step": 0}}
    store.remove_review(second)
    assert store.card_states() == {"glossary:cloud": {"step": 1}}
    store.remove_review(first)
    assert store.card_states() == {}
    with pytest.raises(ValueError, match=f"no review with id {first}"):
        store.remove_review(first)


def test_bad_input_is_refused_with_the_field_named(store):
    with pytest.raises(ValueError, match="item_id must be a non-empty string"):
        store.record_answer("", True)
    with pytest.raises(ValueError, match="rating must be 1 \\(Again\\), 2 \\(Hard\\), 3 \\(Good\\) or 4 \\(Easy\\), got 7"):
        store.record_review("c", 7, {}, T0)
    with pytest.raises(ValueError, match="score must be between 0 and 1"):
        store.record_answer("q", True, score=3)
    with pytest.raises(ValueError, match="has no time zone"):
        store.record_answer("q", True, at=datetime(2025, 1, 1))


def test_reset_needs_the_exact_confirmation(store):
    store.record_answer("q1", True, notebook="05_leadership")
    store.record_answer("q2", True, notebook="01_stages")
    store.record_review("glossary:cloud", 3, {}, T0, notebook="05_leadership")
    with pytest.raises(ValueError, match="nothing was deleted: to reset 'notebook 05_leadership', pass confirm='notebook 05_leadership'"):
        store.reset("notebook 05_leadership", confirm="yes")
    with pytest.raises(ValueError, match="unknown reset scope 'all'.*'everything', 'notebook <name>'"):
        store.reset("all", confirm="all")
    assert len(store.answers()) == 2
    with pytest.raises(ValueError, match="to reset 'card glossary:cloud', pass confirm='card glossary:cloud'"):
        store.reset("card glossary:cloud", confirm="flashcard Cloud computing")  # the dashboard's words, not the store's
    assert len(store.reviews()) == 1
    assert store.reset("card glossary:cloud", confirm="card glossary:cloud") == 1
    assert store.reset("notebook 05_leadership", confirm="notebook 05_leadership") == 1
    assert store.answers()["item_id"].tolist() == ["q2"]
    assert store.reset("everything", confirm="everything") == 1
    assert store.answers().empty


def test_export_json_and_csv_hold_every_table_and_no_host_details(store, tmp_path):
    store.record_answer("q1", True, notebook="01", response="my answer")
    store.record_reflection("r1", "I want to lead", notebook="01")
    data = json.loads(store.export_json(tmp_path / "out" / "ann.json", learner_name="Ann").read_text())
    assert data["learner_name"] == "Ann" and data["format"] == "careerkit-progress"
    assert set(data["tables"]) >= {"answers", "reviews", "sections", "reflections", "self_assessments", "roadmap", "plans"}
    assert data["tables"]["answers"][0]["response"] == "my answer"
    text = json.dumps(data)
    assert os.uname().nodename not in text and str(tmp_path) not in text
    paths = store.export_csv(tmp_path / "csv", learner_name="Ann")
    answers = pd.read_csv(tmp_path / "csv" / "progress-answers.csv")
    assert answers[["learner", "item_id"]].values.tolist() == [["Ann", "q1"]]
    assert pd.read_csv(tmp_path / "csv" / "progress-plans.csv").columns.tolist()[-2:] == ["name", "plan"]
    assert len(paths) == 7


def test_default_store_follows_careerkit_home(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERKIT_HOME", str(tmp_path / "ann"))
    ann = default_store()
    assert default_store() is ann
    ann.record_answer("q1", True)
    monkeypatch.setenv("CAREERKIT_HOME", str(tmp_path / "bob"))
    bob = default_store()
    assert bob is not ann and bob.answers().empty
    assert (tmp_path / "ann" / "progress.sqlite3").exists()


def _write_many(path, worker, count):
    store = ProgressStore(path)
    for index in range(count):
        store.record_answer(f"item-{worker}-{index}", index % 2 == 0, notebook=f"nb{worker}")
    store.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "progress.sqlite3"
    workers = [multiprocessing.Process(target=_write_many, args=(path, n, 300)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [worker.exitcode for worker in workers] == [0, 0]
    answers = ProgressStore(path).answers()
    assert answers.groupby("notebook").size().to_dict() == {"nb0": 300, "nb1": 300}
    assert answers["item_id"].is_unique


def _write_forever(path, committed):
    store = ProgressStore(path)
    index = 0
    while True:
        store.record_answer(f"item-{index}", True, response="x" * 500)
        index += 1
        committed.value = index


def test_a_killed_writer_leaves_a_valid_store_with_every_committed_row(tmp_path):
    path = tmp_path / "progress.sqlite3"
    ProgressStore(path).close()
    committed = multiprocessing.Value("i", 0)
    writer = multiprocessing.Process(target=_write_forever, args=(path, committed))
    writer.start()
    deadline = time.monotonic() + 30
    while committed.value < 200 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(writer.pid, signal.SIGKILL)
    writer.join()
    seen = committed.value
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reopened = ProgressStore(path)
    count = len(reopened.answers())
    assert seen >= 200
    assert seen <= count <= seen + 1
    assert reopened.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_corrupt_file_is_moved_aside_with_a_warning_naming_both_paths(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(os.urandom(4096))
    with pytest.warns(StoreRecoveredWarning) as caught:
        store = ProgressStore(path)
    moved = store.moved_aside
    assert moved.name.startswith("progress.sqlite3.corrupt-") and moved.exists()
    message = str(caught[0].message)
    assert str(path) in message and str(moved) in message and "nothing was deleted" in message
    store.record_answer("q1", True)
    assert len(store.answers()) == 1


def test_a_damaged_database_page_is_treated_as_corrupt(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore(path) as store:
        for index in range(2000):
            store.record_answer(f"q{index}", True, response="y" * 200)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[8192:12288] = os.urandom(4096)
    path.write_bytes(bytes(data))
    with pytest.warns(StoreRecoveredWarning, match="corrupt-"):
        fresh = ProgressStore(path)
    assert fresh.answers().empty and fresh.moved_aside.exists()


def test_a_foreign_sqlite_file_is_moved_aside_not_used(tmp_path):
    path = tmp_path / "progress.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.execute("INSERT INTO notes VALUES ('keep me')")
    other.commit()
    other.close()
    with pytest.warns(StoreRecoveredWarning, match="without careerkit's tables"):
        store = ProgressStore(path)
    assert store.moved_aside.name.startswith("progress.sqlite3.foreign-")
    kept = sqlite3.connect(store.moved_aside).execute("SELECT body FROM notes").fetchall()
    assert kept == [("keep me",)]
    assert store.answers().empty


def test_read_store_file_reports_bad_files_without_moving_them(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"not a database at all")
    with pytest.raises(ValueError, match=f"{path}: not a readable careerkit progress store \\(not an SQLite database\\)"):
        read_store_file(path)
    assert path.read_bytes() == b"not a database at all"


def test_write_speed_is_printed(store):
    started = time.perf_counter()
    for index in range(500):
        store.record_answer(f"q{index}", True)
    print(f"\nprogress write: {(time.perf_counter() - started) / 500 * 1000:.3f} ms per answer")
