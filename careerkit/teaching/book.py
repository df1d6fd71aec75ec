"""``careerkit book OUT``: the workbook as a static website (Jupyter Book 1), for learners or instructors.

The notebooks are stored without outputs, their instructor notes sit in cells tagged
``instructor``, and their widgets need a running kernel. So the book is built from a
staged copy: the learner site leaves the instructor cells out (``--instructor`` keeps
them and adds the instructor guide), each notebook that has questions in the bank gets
a jupyterquiz quiz before its key points (it runs in the reader's browser, so a static
page still has a working quiz), and ``jupyter-book build`` executes every notebook while
building, so tables, charts and text outputs are on the pages. Nothing is fetched
from the network; the configuration is ``notebooks/_config.yml`` and ``_toc.yml``.

Needs the ``workshop`` extra (``jupyter-book<2``: version 2 fetches its theme online).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from careerkit.content.locations import NOTEBOOKS_DIR
from careerkit.present.files import write_text_atomic
from careerkit.teaching.exports import jupyterquiz_questions
from careerkit.teaching.lint import notebook_paths

BOOK_FILES = ("_config.yml", "_toc.yml", "SETUP.md")
INSTRUCTOR_TAG = "instructor"
QUIZ_HEADING = "## Quiz on this page"
QUIZ_INTRO = (
    "On the published site the widgets above cannot run (they need a Python kernel). "
    "This quiz runs in your browser instead: choose an answer to see its feedback."
)


def _text(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _quiz_cells(stem: str) -> list[dict]:
    """A heading and a hidden-input code cell that shows the notebook's questions with jupyterquiz."""
    if not jupyterquiz_questions(stem)[0]:
        return []
    code = ("from jupyterquiz import display_quiz\n"
            "from careerkit.teaching.exports import jupyterquiz_questions\n"
            f"display_quiz(jupyterquiz_questions({stem!r})[0])")
    return [
        {"cell_type": "markdown", "id": f"{stem}-static-quiz", "metadata": {},
         "source": f"{QUIZ_HEADING}\n\n{QUIZ_INTRO}\n"},
        {"cell_type": "code", "id": f"{stem}-static-quiz-code", "execution_count": None,
         "metadata": {"tags": ["remove-input"]}, "outputs": [], "source": code},
    ]


def book_notebook(notebook: dict, stem: str, instructor: bool) -> dict:
    """One notebook as the book shows it: instructor cells only for instructors, a static quiz before the key points."""
    cells = [cell for cell in notebook["cells"]
             if instructor or INSTRUCTOR_TAG not in cell.get("metadata", {}).get("tags", [])]
    last = max((i for i, cell in enumerate(cells) if _text(cell).lstrip().startswith("## Key points")), default=len(cells))
    return {**notebook, "cells": cells[:last] + _quiz_cells(stem) + cells[last:]}


def stage(destination: str | os.PathLike, instructor: bool = False, source: Path = NOTEBOOKS_DIR) -> Path:
    """Write the book's sources (notebooks, pages, configuration) into ``destination``; returns it."""
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    for name in BOOK_FILES:
        shutil.copyfile(source / name, destination / name)
    for path in notebook_paths(source):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        staged = book_notebook(notebook, path.stem, instructor)
        write_text_atomic(destination / path.name, json.dumps(staged, indent=1, ensure_ascii=False) + "\n")
    if instructor:
        shutil.copyfile(source / "INSTRUCTOR_GUIDE.md", destination / "INSTRUCTOR_GUIDE.md")
        with open(destination / "_toc.yml", "a", encoding="utf-8") as toc:
            toc.write("  - file: INSTRUCTOR_GUIDE\n")
    return destination


def build_book(out: str | os.PathLike, instructor: bool = False, timeout: float = 1800) -> Path:
    """Stage the sources in ``out/source`` and build the HTML into ``out``; returns the site's index.html.

    Notebooks run with a throwaway ``CAREERKIT_HOME`` and exports folder, so building
    never writes into anyone's progress.
    """
    out = Path(out).absolute()
    source = stage(out / "source", instructor)
    with tempfile.TemporaryDirectory(prefix="careerkit-book-") as scratch:
        env = {**os.environ, "CAREERKIT_HOME": str(Path(scratch) / "home"),
               "CAREERKIT_EXPORTS": str(Path(scratch) / "exports"), "MPLBACKEND": "Agg"}
        command = [sys.executable, "-c", "from jupyter_book.cli.main import main; main()",
                   "build", str(source), "--path-output", str(out), "--builder", "html"]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    index = out / "_build" / "html" / "index.html"
    failed = done.returncode != 0 or "Execution Failed" in done.stdout + done.stderr
    if failed or not index.exists():
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise RuntimeError(f"jupyter-book could not build the site in {out} (exit {done.returncode}):\n{tail}")
    return index


def main(argv: list[str] | None = None, prog: str = "careerkit book") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Build the workbook as a static website with "
                                     "Jupyter Book 1: notebooks executed, instructor cells left out unless asked for.")
    parser.add_argument("out", type=Path, help="the folder to build in; the site is OUT/_build/html")
    parser.add_argument("--instructor", action="store_true", help="keep instructor notes and add the instructor guide")
    parser.add_argument("--stage-only", action="store_true", help="write the book's sources to OUT/source and stop")
    options = parser.parse_args(argv)
    if options.stage_only:
        print(f"staged the book's sources in {stage(options.out / 'source', options.instructor)}")
        return 0
    try:
        index = build_book(options.out, options.instructor)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return 1
    print(f"built the {'instructor' if options.instructor else 'learner'} site: open {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
