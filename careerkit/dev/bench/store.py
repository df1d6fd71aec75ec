"""Progress-store throughput with one and with four writer processes, and rows lost.

Every writer is a separate process with its own real ProgressStore on the same throwaway
CAREERKIT_HOME, as two notebooks of one learner would be. Rows lost is what the store
reads back short of what the writers were told had been saved.
"""

import multiprocessing
import os
import tempfile
import time

from careerkit.dev.bench.measure import NOT_AVAILABLE, Row, missing_module, paired, ratio_text, spread

ROWS = ("store: writes/s, 1 writer", "store: writes/s, 4 writers", "store: rows lost")


def write_answers(home: str, writer: int, count: int, start) -> tuple[float, float, int]:
    """One writer process: open the store, wait for the others, then record ``count`` answers."""
    os.environ["CAREERKIT_HOME"] = home
    from careerkit.learning.progress import ProgressStore

    store = ProgressStore()
    start.wait()
    began = time.perf_counter()
    saved = 0
    for index in range(count):
        store.record_answer(f"bench:writer-{writer}:{index}", index % 2 == 0, notebook="bench", kind="bench")
        saved += 1
    ended = time.perf_counter()
    store.close()
    return began, ended, saved


def run_writers(writers: int, count: int) -> tuple[float, int]:
    """Writes per second over all writers together, and rows lost, for one fresh home."""
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="careerkit-bench-store-") as home:
        with context.Manager() as manager, context.Pool(writers) as pool:
            start = manager.Barrier(writers)
            results = pool.starmap(write_answers, [(home, w, count, start) for w in range(writers)])
        began = min(r[0] for r in results)
        ended = max(r[1] for r in results)
        saved = sum(r[2] for r in results)
        from careerkit.learning.progress import FILE_NAME, ProgressStore

        with ProgressStore(os.path.join(home, FILE_NAME)) as store:
            found = len(store.answers(notebook="bench"))
    return saved / (ended - began), saved - found


def measure(quick: bool) -> list[Row]:
    try:
        import careerkit.learning.progress  # noqa: F401  (only to learn whether it has landed)
    except ImportError as error:
        if not missing_module(error):
            raise
        return [Row(name, verdict=NOT_AVAILABLE) for name in ROWS]
    count = 100 if quick else 1000
    lost = []

    def side(writers):
        def run():
            rate, missing = run_writers(writers, count)
            lost.append(missing)
            return rate
        return run

    four, one, ratios = paired(side(4), side(1), 1 if quick else 3, f"store: {count} writes per writer")
    per_run = f"{count} writes per writer"
    return [
        Row(ROWS[0], spread(one, "/s", 0), per_run),
        Row(ROWS[1], spread(four, "/s", 0), per_run, ratio_text(ratios) + " of 1 writer's"),
        Row(ROWS[2], f"{sum(lost)} of {count * 5 * len(one)}", "", "", "0", "ok" if not any(lost) else "over target"),
    ]
