"""``careerkit notebooks DEST``: a learner's own copy of the workbook, from an installed package.

A JupyterHub image needs only ``pip install careerkit``; each learner (or the image's
start script) runs this once to get notebooks they can edit and save. Existing files
are never overwritten, so running it again after an upgrade adds only what is new.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from careerkit.content.locations import NOTEBOOKS_DIR

HANDED_OUT = ("*.ipynb", "*.md")


def copy_notebooks(destination: str | Path) -> tuple[list[Path], list[Path]]:
    """Copy every notebook and guide into ``destination``; returns (copied, kept as they were)."""
    destination = Path(destination).expanduser()
    if destination.exists() and not destination.is_dir():
        raise NotADirectoryError(f"{destination} is a file; give a folder to copy the notebooks into")
    destination.mkdir(parents=True, exist_ok=True)
    copied, kept = [], []
    for pattern in HANDED_OUT:
        for source in sorted(NOTEBOOKS_DIR.glob(pattern)):
            target = destination / source.name
            if target.exists():
                kept.append(target)
                continue
            shutil.copyfile(source, target)
            copied.append(target)
    return copied, kept


def main(argv: list[str] | None = None, prog: str = "careerkit notebooks") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Copy the workbook's notebooks into a folder of your own.")
    parser.add_argument("destination", type=Path, help="the folder to copy into (created if missing)")
    destination = parser.parse_args(argv).destination
    try:
        copied, kept = copy_notebooks(destination)
    except OSError as error:
        print(f"careerkit notebooks: cannot copy into {destination}: {error}")
        return 1
    print(f"copied {len(copied)} file(s) into {destination}" + (f"; kept {len(kept)} you already had" if kept else ""))
    print(f"Open {destination / '00_start_here.ipynb'} in JupyterLab to begin.")
    return 0
