"""What every measurement shares: the row it reports, paired ratios, a private learner home.

Ratios are taken pair by pair (A then B, then B then A, and so on) within one run, so a
machine that slows down mid-run slows both sides of a pair alike; the reported ratio is
the median of the per-pair ratios, not a ratio of medians.
"""

import os
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from careerkit.content.locations import NOTEBOOKS_DIR

ROOT = NOTEBOOKS_DIR.parent
"""The checkout (or the installed package): children run from here, beside the notebooks."""

NOT_AVAILABLE = "not available yet"


@dataclass(frozen=True)
class Row:
    """One line of the table; empty strings where a column does not apply."""

    measurement: str
    result: str = ""
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    verdict: str = ""


def progress(message: str) -> None:
    """Progress goes to stderr so the table on stdout stays clean to copy."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    """Median with min and max, the way every figure in the table is shown."""
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid:.{digits}f}{unit} ({low:.{digits}f}-{high:.{digits}f})"


def ratio_text(ratios: list[float]) -> str:
    return spread(ratios, unit="x")


def verdict(values: list[float], limit: float) -> str:
    """Judged on the median, like every figure shown."""
    return "over target" if statistics.median(values) > limit else "ok"


def paired(run_a: Callable[[], float], run_b: Callable[[], float], pairs: int, label: str):
    """Run A and B alternately ``pairs`` times; returns (a values, b values, a/b per pair).

    Odd pairs run B first so neither side always enjoys a warmer cache.
    """
    a_values, b_values, ratios = [], [], []
    for index in range(pairs):
        progress(f"{label}: pair {index + 1} of {pairs}")
        if index % 2:
            b, a = run_b(), run_a()
        else:
            a, b = run_a(), run_b()
        a_values.append(a)
        b_values.append(b)
        ratios.append(a / b)
    return a_values, b_values, ratios


@contextmanager
def learner_home() -> Iterator[Path]:
    """A throwaway CAREERKIT_HOME, so no measurement ever touches a learner's real store."""
    previous = os.environ.get("CAREERKIT_HOME")
    with tempfile.TemporaryDirectory(prefix="careerkit-bench-") as home:
        os.environ["CAREERKIT_HOME"] = home
        try:
            yield Path(home)
        finally:
            if previous is None:
                os.environ.pop("CAREERKIT_HOME", None)
            else:
                os.environ["CAREERKIT_HOME"] = previous


def child_env() -> dict[str, str]:
    """The environment for child processes and kernels: this tree importable, same home."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def missing_module(error: ImportError) -> bool:
    """True when a careerkit module another engineer is still writing is simply absent."""
    return isinstance(error, ModuleNotFoundError) and (error.name or "").startswith("careerkit")
