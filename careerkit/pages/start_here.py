"""Notebook 00, start here: the pre-flight check a learner runs before the first lesson.

    from careerkit.pages.start_here import preflight
    preflight()

Each check says "ok" or what is wrong and what to do (``notebooks/SETUP.md`` has the
longer troubleshooting). It reads and opens things; the only file it writes is a
small test file in the progress and exports folders, removed at once.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from careerkit.content import load_all, wages
from careerkit.learning.progress import home_dir
from careerkit.present.files import exports_dir

MIN_PYTHON = (3, 11)


@dataclass(frozen=True)
class Check:
    """One line of the pre-flight check: what was checked, whether it passed, and what to do if not."""

    name: str
    passed: bool
    detail: str

    def line(self) -> str:
        return f"{'ok' if self.passed else 'PROBLEM'}: {self.name}: {self.detail}"


class Preflight:
    """The checks' results; shown as one line per check, problems with what to do."""

    def __init__(self, checks: list[Check]):
        self.checks = checks

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    def __str__(self) -> str:
        verdict = ("All set: every check passed." if self.passed else
                   "Some checks failed: see the lines starting with PROBLEM, and notebooks/SETUP.md.")
        return "\n".join([*(check.line() for check in self.checks), verdict])

    __repr__ = __str__

    def _repr_html_(self) -> str:
        rows = "".join(f"<li>{escape(check.line())}</li>" for check in self.checks)
        verdict = escape(str(self).splitlines()[-1])
        return f"<div role='status'><ul>{rows}</ul><p><b>{verdict}</b></p></div>"


def _python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] >= MIN_PYTHON:
        return Check("Python", True, f"version {version}")
    return Check("Python", False, f"version {version} is too old; careerkit needs 3.11 or newer (see SETUP.md)")


def _content() -> Check:
    tables = load_all()
    return Check("the workbook's tables", True, f"{len(tables)} tables loaded and checked")


def _wages() -> Check:
    return Check("the wage table", True, wages.release_text().splitlines()[0])


def _widgets() -> Check:
    import ipywidgets

    ipywidgets.Button(description="test").close()
    return Check("widgets", True, f"ipywidgets {ipywidgets.__version__} can draw controls")


def _charts() -> Check:
    import matplotlib

    return Check("charts", True, f"matplotlib {matplotlib.__version__}")


def _writable(name: str, folder: Path, fix: str) -> Check:
    """Whether a file can be made in ``folder``, tried with a file removed at once; a folder not made
    yet is judged by the nearest folder above it that exists (the check creates no folders)."""
    existing = next(parent for parent in (folder, *folder.parents) if parent.exists())
    try:
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".careerkit-preflight-"):
            pass
    except OSError as error:
        return Check(name, False, f"cannot write in {folder} ({error.strerror or error}); {fix}")
    return Check(name, True, f"can be saved in {folder}")


def _guarded(name: str, check: Callable[[], Check], fix: str) -> Check:
    try:
        return check()
    except Exception as error:  # a pre-flight check reports every failure as a line, never a traceback
        return Check(name, False, f"{type(error).__name__}: {error}; {fix}")


def preflight() -> Preflight:
    """Run every check: Python, the tables, the wages, widgets, charts, and the progress and exports folders."""
    reinstall = "reinstall careerkit (make lab, or pip install careerkit) and restart the kernel"
    checks = [
        _python(),
        _guarded("the workbook's tables", _content, reinstall),
        _guarded("the wage table", _wages, reinstall),
        _guarded("widgets", _widgets, "install ipywidgets 8 (make lab does) and reload the page"),
        _guarded("charts", _charts, reinstall),
        _guarded("your progress", lambda: _writable(
            "your progress", home_dir(), "set CAREERKIT_HOME to a folder you can write to, then restart the kernel"),
            "set CAREERKIT_HOME to a folder you can write to"),
        _guarded("your exports", lambda: _writable(
            "your exports", exports_dir(), "set CAREERKIT_EXPORTS to a folder you can write to"),
            "set CAREERKIT_EXPORTS to a folder you can write to"),
    ]
    return Preflight(checks)

