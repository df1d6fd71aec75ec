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
