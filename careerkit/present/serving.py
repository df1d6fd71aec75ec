"""Where the workbook is being served (JupyterLab, a Voila app, a JupyterHub), and what that changes for a learner.

Voila turns a notebook into an app: no code, no file browser, and one server that
may be shared by everyone who opens its address. So under Voila:

- links to saved files point at Voila's own file route (``/voila/files/...``), which
  serves only what the repository's ``voila.json`` allowlist names (the exports folder);
- messages name the file, never the server's absolute path nor JupyterLab's file browser;
- a standalone Voila server (not on a JupyterHub) says in the app that it serves one
  learner: everyone on it shares one progress store and one Reset button.

Voila tells the kernel it is there through CGI-style variables (``SERVER_SOFTWARE`` is
``voila/<version>``, ``SCRIPT_NAME`` the page's path); a JupyterHub sets
``JUPYTERHUB_USER`` for each learner's server.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path

from careerkit.content.locations import HUB_USER_VARIABLE
from careerkit.present.files import notebook_relative, url_path

RENDER_ROUTE = "/voila/render/"
ONE_LEARNER_NOTICE = (
    "This app serves one learner. Everyone who opens this address shares one progress record, "
    "one hand-in and one Reset button. For a group, ask your instructor for a link where each "
    "learner gets an app of their own (a JupyterHub does that)."
)


def served_by_voila() -> bool:
    """True in a kernel that Voila started for one of its pages."""
    return os.environ.get("SERVER_SOFTWARE", "").startswith("voila/")


def on_hub() -> bool:
    """True on a JupyterHub, where each learner has a server (and a progress folder) of their own."""
    return bool(os.environ.get(HUB_USER_VARIABLE, "").strip())


def app_notice() -> str:
    """The one-learner notice for a standalone Voila server; empty text anywhere else."""
    return ONE_LEARNER_NOTICE if served_by_voila() and not on_hub() else ""


def file_href(relative: str) -> str:
    """The link to a file in the notebook's folder: relative in JupyterLab, Voila's file route in a Voila app.

    In a Voila app the page's address is not the notebook's folder, so a relative link
    would lead to a missing page; ``/voila/files/`` serves files from the folder Voila
    was started in, which in single-notebook mode is the notebook's own.
    """
    encoded = url_path(relative)
    if not served_by_voila():
        return encoded
    script = os.environ.get("SCRIPT_NAME", "/") or "/"
    if RENDER_ROUTE in script:
        base, notebook = script.split(RENDER_ROUTE, 1)
        folder = posixpath.dirname(notebook)
        return f"{base}/voila/files/{url_path(folder) + '/' if folder else ''}{encoded}"
    base = script if script.endswith("/") else script.rsplit("/", 1)[0] + "/"
    return f"{base}voila/files/{encoded}"


def shown_path(path: str | os.PathLike) -> str:
    """A saved file as a message names it: its full path in JupyterLab; in a Voila app the path
    beside the notebook (or only the file's name), never the server's folders."""
    path = Path(path)
    if not served_by_voila():
        return str(path.resolve())
    return notebook_relative(path) or path.name
