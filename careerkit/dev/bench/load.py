"""Load time: the workbook's first cell (careerkit, every content table, the wages) vs its libraries.

The baseline is ``import pandas, ipywidgets``: a learner pays that in any notebook, so the
ratio shows what careerkit itself adds. Each side is a fresh interpreter; wall time is
measured around the child and peak RSS comes from the kernel's own accounting (wait4).
"""

import importlib
import os
import subprocess
import sys
import tempfile
import time

from careerkit.dev.bench.measure import (
    NOT_AVAILABLE,
    ROOT,
    Row,
    child_env,
    missing_module,
    paired,
    progress,
    ratio_text,
    spread,
    verdict,
)

ROWS = ("load: wall time", "load: peak RSS")
TARGET = 1.3

CONTENT_LOADERS = (
    "sources", "stages", "roles", "moves", "skills", "certifications", "education", "glossary",
    "use_cases", "day_in_the_life", "tools", "industries", "traits", "work_settings", "resources",
    "facts", "leadership_pay", "outlook",
)
"""Every table loader content.py's contract names; the ones it defines are all called."""

BASELINE_CODE = "import pandas, ipywidgets"
BASELINE = "pandas+ipywidgets"


def workbook_code() -> str:
    """The child's code: import careerkit and call every content loader and wages.table()."""
    content = importlib.import_module("careerkit.content")
    importlib.import_module("careerkit.content.wages")
    calls = [f"c.{name}()" for name in CONTENT_LOADERS if callable(getattr(content, name, None))]
    return "import careerkit, careerkit.content as c, careerkit.content.wages as w; " + "; ".join([*calls, "w.table()"])


def run_child(code: str) -> tuple[float, float]:
    """Wall seconds and peak RSS in MiB of one fresh ``python -c code``."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=child_env(),
                                 stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            errors.seek(0)
            raise RuntimeError(f"python -c {code!r} failed:\n{errors.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss / 1024


def measure(quick: bool) -> list[Row]:
    try:
        code = workbook_code()
    except ImportError as error:
        if not missing_module(error):
            raise
        return [Row(name, verdict=f"{NOT_AVAILABLE} ({error.name})") for name in ROWS]
    progress("load: warm-up (both sides once)")
    run_child(code)
    run_child(BASELINE_CODE)
    samples = {}

    def side(key, source):
        def run():
            seconds, mib = run_child(source)
            samples.setdefault(key, []).append(mib)
            return seconds
        return run

    walls, base_walls, wall_ratios = paired(side("a", code), side("b", BASELINE_CODE), 2 if quick else 5, "load")
    rss, base_rss = samples["a"], samples["b"]
    rss_ratios = [a / b for a, b in zip(rss, base_rss, strict=True)]
    target = f"<= {TARGET}x"
    return [
        Row(ROWS[0], spread(walls, " s"), f"{BASELINE} {spread(base_walls, ' s')}", ratio_text(wall_ratios),
            target, verdict(wall_ratios, TARGET)),
        Row(ROWS[1], spread(rss, " MiB", 0), f"{BASELINE} {spread(base_rss, ' MiB', 0)}", ratio_text(rss_ratios),
            target, verdict(rss_ratios, TARGET)),
    ]
