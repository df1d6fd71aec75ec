"""Notebook test time: ``pytest --nbval-lax`` over the workbook vs the floor nbval cannot beat.

nbval starts one kernel per notebook, so the floor is the number of notebooks times
nbval on a one-cell notebook that prints 1; the ratio is what the workbook's own
cells cost on top of kernel start-up.
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from careerkit.dev.bench.measure import (
    NOT_AVAILABLE,
    ROOT,
    Row,
    child_env,
    paired,
    progress,
    ratio_text,
    spread,
    verdict,
)

ROWS = ("notebooks: nbval wall time",)
TARGET = 1.5
SANITIZE = ROOT / "tests" / "nbval_sanitize.cfg"
NBVAL_LIMIT_S = 1800
"""A run past this is stuck (a kernel that never answers), not slow: the row says so instead of hanging."""


def workbook_notebooks(quick: bool) -> list[Path]:
    """Every notebook in notebooks/; the quick run takes only the first."""
    found = sorted((ROOT / "notebooks").glob("*.ipynb"))
    return found[:1] if quick else found


def one_cell_notebook(folder: Path) -> Path:
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1)")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / "one_cell.ipynb"
    nbformat.write(notebook, path)
    return path


def run_nbval(paths: list[Path], cwd: Path, failures: list[str]) -> float:
    """Wall seconds of one pytest --nbval-lax run; a failing run is noted, its time still counts."""
    command = [sys.executable, "-m", "pytest", "--nbval-lax", "-q", "-p", "no:cacheprovider", *map(str, paths)]
    if SANITIZE.exists():
        command[4:4] = ["--nbval-sanitize-with", str(SANITIZE)]
    started = time.perf_counter()
    finished = subprocess.run(command, cwd=cwd, env=child_env(), capture_output=True, text=True, timeout=NBVAL_LIMIT_S)
    seconds = time.perf_counter() - started
    if finished.returncode:
        summary = (finished.stdout.strip().splitlines() or ["no output"])[-1]
        failures.append(f"{' '.join(path.name for path in paths)}: {summary}")
        progress(f"notebooks: pytest exited {finished.returncode}: {summary}")
    return seconds


def measure(quick: bool) -> list[Row]:
    notebooks = workbook_notebooks(quick)
    if not notebooks:
        return [Row(ROWS[0], verdict=f"{NOT_AVAILABLE} (no notebooks in notebooks/)")]
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="careerkit-bench-nbval-") as folder:
        floor_notebook = one_cell_notebook(Path(folder))
        workbook, floor, ratios = paired(
            lambda: run_nbval(notebooks, ROOT, failures),
            lambda: len(notebooks) * run_nbval([floor_notebook], Path(folder), failures),
            1 if quick else 3,
            f"notebooks: nbval on {len(notebooks)} notebook(s) vs {len(notebooks)} x one-cell floor",
        )
    note = f"; nbval failed: {failures[0]}" if failures else ""
    return [Row(ROWS[0], f"{spread(workbook, ' s')} for {len(notebooks)} notebook(s)",
                f"floor {spread(floor, ' s')}", ratio_text(ratios), f"<= {TARGET}x", verdict(ratios, TARGET) + note)]
