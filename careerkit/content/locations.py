"""Where the workbook's content tables and notebooks are, in a wheel and in a checkout alike.

The repository keeps ``data/`` and ``notebooks/`` at its top level; the wheel carries
them inside the package as ``careerkit/data`` and ``careerkit/notebooks`` (see
``[tool.setuptools.package-dir]`` in pyproject.toml). Both are found through
``importlib.resources``: an installed package has them beside its modules, and an
editable install, whose package folder is the checkout's ``careerkit/``, finds them
one level up, where they live in the repository. Nothing else in careerkit knows
where the files are.
"""

from __future__ import annotations

import os
import re
from importlib.resources import files
from pathlib import Path


def _packaged(name: str) -> Path:
    package = Path(str(files("careerkit")))
    inside = package / name
    if inside.is_dir():
        return inside
    return package.parent / name


DATA_DIR = _packaged("data")
"""The content tables and the wage table."""

NOTEBOOKS_DIR = _packaged("notebooks")
"""The thirteen notebooks, the instructor guide and the authoring manual."""

HOME_VARIABLE = "CAREERKIT_HOME"
HUB_USER_VARIABLE = "JUPYTERHUB_USER"


def learner_home() -> Path:
    """The folder holding a learner's own files (progress store, fetched Job Bank wages):
    $CAREERKIT_HOME, else the platform's user data dir, with a folder per learner under it
    when $JUPYTERHUB_USER says a JupyterHub serves the workbook.

    Read at each call, so a notebook that changes the variable gets the folder it now means.
    On a hub that gives a whole room one home folder or one Voila app, the per-user folder
    keeps learners apart; the name is kept to characters safe in a folder name.
    """
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    base = Path(platformdirs.user_data_dir("careerkit"))
    hub_user = os.environ.get(HUB_USER_VARIABLE, "").strip()
    return base / "hub-users" / (re.sub(r"[^\w.-]+", "_", hub_user).strip(".") or "_") if hub_user else base
