"""The progress store: what a widget writes comes back, survives crashes and bad files, exports and resets."""

import csv
import json
import multiprocessing
import os
import signal
import sqlite3
import threading
import time
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from careerkit.learning import progress
from careerkit.learning.progress import (
    ProgressNotSavedWarning,
    ProgressStore,
    StoreBusyWarning,
    StoreError,
    StoreRecoveredWarning,
    StoreRepairedWarning,
    StoreUnavailable,
    default_store,
    read_store_file,
)

T0 = datetime(2025, 3, 1, 15, 0, tzinfo=UTC)


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


# ---------------------------------------------------------------- busy is not corrupt


def _hold_exclusive(path, ready, release):
    """Another program holding the store with an exclusive lock until told to let go."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA locking_mode=EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    ready.set()
    release.wait(30)
    connection.execute("COMMIT")
    connection.close()


@pytest.fixture
def held_store(tmp_path, monkeypatch):
    """A healthy 50-row store another process holds locked; yields (path, release event)."""
    path = tmp_path / "progress.sqlite3"
    with ProgressStore(path) as store:
        for index in range(50):
            store.record_answer(f"q{index}", True)
    monkeypatch.setattr(progress, "BUSY_TIMEOUT_MS", 150)
    monkeypatch.setattr(progress, "BUSY_RETRIES", 2)
    context = multiprocessing.get_context("fork")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_exclusive, args=(path, ready, release))
    holder.start()
    assert ready.wait(10)
    yield path, release
    release.set()
    holder.join(10)


def test_a_busy_store_is_waited_for_and_never_moved_aside(held_store):
    path, release = held_store
    with pytest.warns(StoreBusyWarning, match="another program holds it locked. Trying 2 more times"):
        with pytest.raises(StoreUnavailable) as caught:
            ProgressStore(path)
    message = str(caught.value)
    assert str(path) in message and "locked" in message and "the file was left as it is" in message
    assert sorted(p.name for p in path.parent.iterdir() if ".corrupt-" in p.name) == []
    release.set()
    time.sleep(0.3)
    with ProgressStore(path) as reopened:
        assert len(reopened.answers()) == 50


def test_a_store_busy_for_a_moment_opens_after_waiting(held_store, monkeypatch):
    path, release = held_store
    monkeypatch.setattr(progress, "BUSY_RETRIES", 20)
    threading.Timer(0.4, release.set).start()
    with pytest.warns(StoreBusyWarning):
        store = ProgressStore(path)
    assert len(store.answers()) == 50 and store.moved_aside is None


def test_default_store_keeps_working_in_memory_while_the_file_is_busy(held_store, monkeypatch):
    path, _release = held_store
    monkeypatch.setenv("CAREERKIT_HOME", str(path.parent))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        store = default_store()
    assert not store.saving and str(path) in store.not_saved
    assert any(issubclass(w.category, ProgressNotSavedWarning) and "progress is not being saved" in str(w.message)
               for w in caught)
    store.record_answer("q-new", True)
    assert "q-new" in store.answers()["item_id"].tolist()


# ---------------------------------------------------------------- bad homes: one message, the path, a fix


def test_home_that_is_a_file(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.write_text("not a folder")
    with pytest.raises(StoreUnavailable, match=f"{home} is a file, not a folder.*To fix it: move that file away or set CAREERKIT_HOME"):
        ProgressStore(home / "progress.sqlite3")


def test_home_under_a_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    home = blocker / "careerkit"
    with pytest.raises(StoreUnavailable, match=f"is inside {blocker}, which is a file"):
        ProgressStore(home / "progress.sqlite3")


def test_store_path_that_is_a_folder(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.mkdir()
    with pytest.raises(StoreUnavailable, match=f"{path}: that name is a folder, not a file. To fix it: rename or remove"):
        ProgressStore(path)


def test_a_bad_home_still_lets_the_workbook_run_and_says_progress_is_not_saved(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.write_text("not a folder")
    monkeypatch.setenv("CAREERKIT_HOME", str(home))
    with pytest.warns(ProgressNotSavedWarning, match=f"cannot keep your progress in {home}.*progress is not being saved"):
        store = default_store()
    assert not store.saving
    store.record_reflection("r1", "still works")
    assert store.reflection("r1") == "still works"
    assert home.read_text() == "not a folder"


def _as_learner(function, *args):
    """Run ``function`` as an unprivileged user (root ignores file permissions); returns its result or error."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child():
        if os.geteuid() == 0:
            os.setgid(65534)
            os.setuid(65534)
        try:
            send.send(("ok", function(*args)))
        except Exception as error:  # noqa: BLE001
            send.send((type(error).__name__, str(error)))

    process = context.Process(target=child)
    process.start()
    result = receive.recv() if receive.poll(30) else ("timeout", "")
    process.join(10)
    return result


@pytest.fixture
def learner_dir():
    """A folder an unprivileged user owns, outside pytest's root-only temporary folders."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="careerkit-perm-"))
    os.chmod(folder, 0o755)
    if os.geteuid() == 0:
        os.chown(folder, 65534, 65534)
    yield folder
    os.chmod(folder, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _open_and_write(path):
    with ProgressStore(path) as store:
        store.record_answer("q1", True)
        return len(store.answers())


def _own(path, mode):
    if os.geteuid() == 0:
        os.chown(path, 65534, 65534)
    os.chmod(path, mode)


def test_a_read_only_empty_home_names_the_folder_and_the_fix(learner_dir):
    _own(learner_dir, 0o555)
    kind, message = _as_learner(_open_and_write, learner_dir / "progress.sqlite3")
    assert kind == "StoreUnavailable"
    assert str(learner_dir) in message and "chmod u+w" in message and "progress is not being saved" in message


def test_a_read_only_store_file_is_refused_at_open_not_at_the_first_write(learner_dir):
    path = learner_dir / "progress.sqlite3"
    with ProgressStore(path) as store:
        store.record_answer("q0", True)
    for side in learner_dir.iterdir():
        _own(side, 0o644)
    _own(path, 0o444)
    kind, message = _as_learner(_open_and_write, path)
    assert kind == "StoreUnavailable" and f"{path}: the file is read-only" in message
    assert f"chmod u+w '{path}'" in message
    assert not [p for p in learner_dir.iterdir() if ".corrupt-" in p.name]


def test_an_unreadable_store_says_so_and_is_not_called_corrupt(learner_dir):
    path = learner_dir / "progress.sqlite3"
    with ProgressStore(path) as store:
        store.record_answer("q0", True)
    for side in learner_dir.iterdir():
        _own(side, 0o644)
    _own(path, 0o000)
    kind, message = _as_learner(_open_and_write, path)
    assert kind == "StoreUnavailable" and "no permission to read the file" in message and str(path) in message
    assert not [p for p in learner_dir.iterdir() if ".corrupt-" in p.name]


def test_a_valid_store_in_a_read_only_folder_is_not_called_corrupt(learner_dir):
    path = learner_dir / "progress.sqlite3"
    with ProgressStore(path) as store:
        store.record_answer("q0", True)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for side in learner_dir.iterdir():
        _own(side, 0o644)
    _own(learner_dir, 0o555)

    def shown_in_memory(path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            os.environ["CAREERKIT_HOME"] = str(path.parent)
            store = default_store()
        return store.saving, store.answers()["item_id"].tolist(), store.not_saved

    kind, (saving, items, note) = _as_learner(shown_in_memory, path)
    assert kind == "ok" and saving is False and items == ["q0"]  # earlier progress still shows
    assert f"the folder {learner_dir} is read-only" in note


def test_a_full_disk_on_save_is_a_message_and_nothing_half_saved(store):
    store.record_reflection("r1", "kept")
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count={pages}")  # what a full disk looks like to SQLite
    with pytest.raises(StoreError, match=f"This was not saved: the disk holding {store.path} is full. To fix it: free some space"):
        store.record_reflection("r1", "x" * 200_000)
    assert store.reflection("r1") == "kept"


def test_a_lone_surrogate_in_a_reflection_is_refused_with_a_message(store):
    with pytest.raises(ValueError, match="text holds a character that cannot be saved .* at position 5.*Nothing was saved"):
        store.record_reflection("r1", "I am \ud800 here")
    assert store.reflection("r1") is None


# ---------------------------------------------------------------- schema checked at open


def test_a_dropped_table_is_recreated_with_a_note(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore(path) as store:
        store.record_answer("q1", True)
        store.connection.execute("DROP TABLE reviews")
    with pytest.warns(StoreRepairedWarning, match="added the reviews table. Nothing was removed"):
        store = ProgressStore(path)
    store.record_review("glossary:cloud", 3, {"step": 1}, T0)
    assert len(store.reviews()) == 1 and store.answers()["item_id"].tolist() == ["q1"]


def test_a_missing_column_is_added(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore(path) as store:
        store.record_answer("q1", True, response="kept")
        store.connection.execute("ALTER TABLE answers DROP COLUMN score")
    with pytest.warns(StoreRepairedWarning, match="column score of answers"):
        store = ProgressStore(path)
    store.record_answer("q2", False)
    assert store.answers()["response"].tolist() == ["kept", ""]


def test_a_table_with_columns_careerkit_cannot_fill_is_set_aside(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore(path) as store:
        store.connection.execute("DROP TABLE answers")
        store.connection.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, at TEXT NOT NULL, notebook TEXT NOT NULL, "
                                 "question TEXT NOT NULL, verdict TEXT NOT NULL)")
    with pytest.warns(StoreRecoveredWarning, match="answers table has columns careerkit does not know and cannot fill "
                                                   r"\(question, verdict\)"):
        store = ProgressStore(path)
    assert store.moved_aside.name.startswith("progress.sqlite3.schema-")
    store.record_answer("q1", True)
    assert len(store.answers()) == 1


# ---------------------------------------------------------------- network file systems


MOUNTS = """\
sysfs /sys sysfs rw 0 0
/dev/sda1 / ext4 rw 0 0
server:/export/home /home nfs4 rw,relatime 0 0
//files/share /mnt/share\\040drive cifs rw 0 0
"""


def test_mount_type_is_the_longest_matching_mount_point(tmp_path):
    assert progress._mount_type(Path("/home/ann/.local/share/careerkit"), MOUNTS) == "nfs4"
    assert progress._mount_type(Path("/mnt/share drive/ann"), MOUNTS) == "cifs"
    assert progress._mount_type(Path("/homework"), MOUNTS) == "ext4"


def test_a_network_file_system_gets_a_rollback_journal(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "_mount_type", lambda folder, mounts=None: "nfs4")
    monkeypatch.delenv("CAREERKIT_JOURNAL", raising=False)
    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        assert store.journal == "delete"
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        store.record_answer("q1", True)
    assert not (tmp_path / "progress.sqlite3-wal").exists()


@pytest.mark.parametrize("chosen, mount, expected", [("delete", "ext4", "delete"), ("wal", "nfs", "wal"), ("", "ext4", "wal")])
def test_careerkit_journal_chooses(tmp_path, monkeypatch, chosen, mount, expected):
    monkeypatch.setattr(progress, "_mount_type", lambda folder, mounts=None: mount)
    monkeypatch.setenv("CAREERKIT_JOURNAL", chosen)
    with ProgressStore(tmp_path / "progress.sqlite3") as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == expected


def test_a_wal_store_moved_to_a_network_home_switches_to_a_rollback_journal(tmp_path, monkeypatch):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore(path) as store:
        store.record_answer("q1", True)
    monkeypatch.setenv("CAREERKIT_JOURNAL", "delete")
    with ProgressStore(path) as store:
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert len(store.answers()) == 1


# ---------------------------------------------------------------- exports: safe cells, whole files


def test_csv_export_neutralises_formulas_in_learner_text(store, tmp_path):
    store.record_answer("q1", False, response="=HYPERLINK(\"http://x\",\"y\")")
    store.record_reflection("r1", "@SUM(A1:A9)")
    store.record_reflection("r2", "\tTab first")
    store.record_reflection("r3", "-2+3")
    store.record_reflection("r4", "plain words, = later is fine")
    store.export_csv(tmp_path / "csv", learner_name="+cmd|' /C calc'!A0")

    def read(table):
        with (tmp_path / "csv" / f"progress-{table}.csv").open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    answers, reflections = read("answers"), read("reflections")
    assert answers[0]["learner"] == "'+cmd|' /C calc'!A0"
    assert answers[0]["response"] == "'=HYPERLINK(\"http://x\",\"y\")"
    assert [row["text"] for row in reflections] == ["'@SUM(A1:A9)", "'\tTab first", "'-2+3", "plain words, = later is fine"]
    assert answers[0]["score"] == "0.0" and answers[0]["correct"] == "0"


def test_a_name_that_cannot_be_encoded_leaves_the_earlier_export_whole(store, tmp_path):
    store.record_answer("q1", True)
    target = store.export_json(tmp_path / "progress.json", learner_name="Ann")
    before = target.read_bytes()
    with pytest.raises(ValueError, match="the learner's name holds a character that cannot be saved"):
        store.export_json(target, learner_name="Ann \udc80")
    with pytest.raises(ValueError, match="the learner's name holds a character that cannot be saved"):
        store.export_csv(tmp_path, learner_name="Ann \udc80")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("progress.sqlite3")] == ["progress.json"]


def test_the_dashboard_says_progress_is_not_being_saved(tmp_path, monkeypatch):
    from careerkit.widgets import ProgressDashboard

    home = tmp_path / "home"
    home.write_text("not a folder")
    monkeypatch.setenv("CAREERKIT_HOME", str(home))
    with pytest.warns(ProgressNotSavedWarning):
        store = default_store()
    view = ProgressDashboard(store, notebook_sections={})
    assert "role='alert'" in view.summary.value and "progress is not being saved" in view.summary.value
    assert str(home) in view.summary.value
