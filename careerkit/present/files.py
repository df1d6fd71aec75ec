"""Where a learner's exported files go (a plan, a copy of their progress), and how to reach them.

JupyterLab's file browser shows only the folder the server started in and the folders
below it, and it hides names starting with a dot; the progress store lives in a hidden
data folder (``careerkit.learning.progress.home_dir``). Exports therefore go to a visible
``careerkit-exports`` folder in the kernel's working directory, which in JupyterLab is the
notebook's own folder, so a learner sees the file beside the notebook and can download it.
A workshop or a JupyterHub can send them elsewhere with ``$CAREERKIT_EXPORTS``.

The progress dashboard (notebooks 00 and 12), the career planner and
``careerkit.pages.planning.export_plan`` (notebook 12) all take their default folder from
:func:`exports_dir`, and all write through :func:`write_text_atomic` (whole or not at all,
text that cannot be encoded refused first) and :func:`write_csv_atomic` (cells that a
spreadsheet would run as a formula neutralised), from ``careerkit.content.safewrite``.
"""

from __future__ import annotations

import os
import string
from pathlib import Path

from careerkit.content.safewrite import (  # noqa: F401 (re-exported: the one writer every layer above uses)
    FileWriteError,
    csv_text,
    frame_to_csv_atomic,
    neutralise_cell,
    write_bytes_atomic,
    write_csv_atomic,
    write_text_atomic,
)

EXPORTS_VARIABLE = "CAREERKIT_EXPORTS"
FOLDER_NAME = "careerkit-exports"
_URL_SAFE = frozenset(string.ascii_letters + string.digits + "-._~/")


def exports_dir() -> Path:
    """The default folder for exports: ``$CAREERKIT_EXPORTS``, else ``careerkit-exports`` in the working directory.

    Read at each call (never at import), so a notebook that changes directory or the
    variable gets the folder it now means. Nothing is created here: each export
    creates the folder when it first writes into it.
    """
    configured = os.environ.get(EXPORTS_VARIABLE, "").strip()
    folder = Path(configured).expanduser() if configured else Path(FOLDER_NAME)
    return folder.absolute()


def plan_path(plan) -> Path:
    """Where a plan is saved unless the learner names a file (the planner view and
    ``careerkit.pages.planning.export_plan`` both use it)."""
    return exports_dir() / f"plan-{plan.current.id}-to-{plan.target.id}.md"


def notebook_relative(path: str | os.PathLike) -> str | None:
    """``path`` relative to the working directory, with '/' between folders; None outside it.

    JupyterLab resolves a relative link in a cell's output against the notebook's folder,
    the kernel's working directory, and opens or downloads the file. A file outside that
    folder may be outside what the server shows, so it gets no link rather than a broken one.
    """
    path, cwd = Path(path).absolute(), Path.cwd()
    for inside, folder in ((path, cwd), (path.resolve(), cwd.resolve())):  # as given, then without symlinks
        if inside.is_relative_to(folder):
            return inside.relative_to(folder).as_posix()
    return None


def url_path(relative: str) -> str:
    """A relative path as a link's href: every byte but letters, digits, '-._~' and '/' percent-encoded.

    Written out rather than taken from ``urllib``, which careerkit does not import
    (``tests/test_safety.py``: no network module in a learner's kernel).
    """
    return "".join(char if char in _URL_SAFE else "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))
                   for char in relative)
