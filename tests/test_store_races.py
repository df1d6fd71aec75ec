"""Many kernels opening one store at once: one decides a bad file's fate, and no saved write is lost.

Each opener runs in its own process (fork), as kernels do. A write counts as saved when
``record_answer`` has returned its row id; the id is sent to the test only after that.
"""

import multiprocessing
import os
import signal
import sqlite3
import time
import warnings
from multiprocessing.connection import wait
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from careerkit.learning.progress import ProgressStore

CONTEXT = multiprocessing.get_context("spawn")  # a fork of a threaded test process can deadlock in the child


def _open_and_write(path, worker, writes, start, saved):
    """Wait for the others, open, write, and report each (item, row id) once ``record_answer`` returned.

    Each worker reports on its own pipe: a shared queue's lock could be held by a killed worker.
    """
    warnings.simplefilter("ignore")
    start.wait(10)
    store = ProgressStore(path)
    for index in range(writes):
        row_id = store.record_answer(f"w{worker}-{index}", True, notebook=f"nb{worker}")
        saved.send((f"w{worker}-{index}", row_id))
    store.close()
    saved.close()


def _run_openers(path, openers, writes, kill_after=None):
    """Start ``openers`` processes at once; kill the first after ``kill_after`` reported writes; return saved items."""
    start = CONTEXT.Event()
    pipes = [CONTEXT.Pipe(duplex=False) for _ in range(openers)]
    workers = [CONTEXT.Process(target=_open_and_write, args=(path, n, writes, start, pipes[n][1]))
               for n in range(openers)]
    for worker in workers:
        worker.start()
    for _, sender in pipes:
        sender.close()  # the parent keeps only the reading ends, so a finished worker reads as end of file
    start.set()
    reported: dict[str, int] = {}
    open_readers = [reader for reader, _ in pipes]
    killed = False
    deadline = time.monotonic() + 30
    while open_readers and time.monotonic() < deadline:
        for reader in wait(open_readers, timeout=0.1):
            try:
                item, row_id = reader.recv()
            except (EOFError, OSError):
                open_readers.remove(reader)
                continue
            reported[item] = row_id
            if kill_after is not None and not killed and sum(k.startswith("w0-") for k in reported) >= kill_after:
                os.kill(workers[0].pid, signal.SIGKILL)
                killed = True
    for worker in workers:
        worker.join(60)
        if worker.is_alive():
            worker.kill()
    return reported, [worker.exitcode for worker in workers], killed


def _set_aside(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".corrupt-" in p.name or ".foreign-" in p.name or ".schema-" in p.name)


def _stored_items(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return dict(connection.execute("SELECT item_id, id FROM answers"))
    finally:
        connection.close()


def test_four_kernels_opening_one_garbage_store_lose_nothing(tmp_path):
    for round_number in range(6):
        folder = tmp_path / f"round{round_number}"
        folder.mkdir()
        path = folder / "progress.sqlite3"
        path.write_bytes(os.urandom(8192))
        reported, exits, _ = _run_openers(path, openers=4, writes=25)
        assert exits == [0, 0, 0, 0], f"round {round_number}: an opener crashed"
        assert len(_set_aside(folder)) == 1, f"round {round_number}: {_set_aside(folder)}"
        stored = _stored_items(path)
        assert len(reported) == 100
        assert {item: stored.get(item) for item in reported} == reported


def _prepare(path: Path, state: str) -> int:
    """Put the store in one starting state; return how many answers it holds that must survive."""
    if state == "garbage":
        path.write_bytes(os.urandom(4096))
    elif state == "empty":
        path.write_bytes(b"")
    elif state == "foreign":
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE notes (body TEXT)")
        other.commit()
        other.close()
    elif state == "valid":
        with ProgressStore(path) as store:
            for index in range(30):
                store.record_answer(f"old-{index}", True)
        return 30
    elif state == "truncated":
        with ProgressStore(path) as store:
            for index in range(500):
                store.record_answer(f"old-{index}", True, response="r" * 300)
            store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    return 0


@seed(20261203)
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    state=st.sampled_from(["missing", "empty", "garbage", "foreign", "valid", "truncated"]),
    openers=st.integers(min_value=2, max_value=4),
    writes=st.integers(min_value=1, max_value=15),
    kill_after=st.one_of(st.none(), st.integers(min_value=1, max_value=10)),
)
def test_concurrent_openers_and_kills_keep_every_saved_write(tmp_path_factory, state, openers, writes, kill_after):
    folder = tmp_path_factory.mktemp("race")
    path = folder / "progress.sqlite3"
    kept = _prepare(path, state)
    reported, exits, killed = _run_openers(path, openers, writes, kill_after=kill_after)
    assert all(code == 0 for code in exits[1 if killed else 0:]), exits
    stored = _stored_items(path)
    # every write that returned an id is in the store under that id, also the killed opener's
    assert {item: stored.get(item) for item in reported} == reported
    # a healthy store is never set aside, and its rows stay; a bad one is set aside exactly once
    set_aside = _set_aside(folder)
    if state in ("valid", "missing", "empty"):
        assert set_aside == [] and sum(item.startswith("old-") for item in stored) == kept
    else:
        assert len(set_aside) == 1
