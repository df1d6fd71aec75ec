"""``careerkit recall OUTDIR``: a practice copy of every notebook, for retrieval practice.

After fastbook's "clean" notebooks: the explanations are removed, so a learner has to
recall them. What stays:

- the title and the notebook's own questions, to answer from memory first;
- each section's heading, so the learner knows where they are;
- every exercise: challenges (their solutions stay folded), the code cell a challenge
  invites the learner to try things in, quizzes, flashcards, walkthroughs, planners;
- the question bank's questions for the notebook, each answer folded under "Answer";
- the key points, folded, as the answer to "what did this notebook teach?".

Instructor notes, tables, charts and checked outputs go; imports are gathered into
one first code cell so each exercise still runs. Section checks go too, so practising
does not count as finishing a section.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from html import escape
from pathlib import Path

from careerkit.content.locations import NOTEBOOKS_DIR
from careerkit.present.files import write_text_atomic
from careerkit.teaching.classview import question_index
from careerkit.teaching.lint import Lesson, load_lesson, notebook_paths, read_notebook

PRACTICE_CALLS = ("QuizWidget(", "FlashcardDeck(", "walkthrough(", "UseCaseWalkthrough(", "SelfAssessment(",
                  "CareerPlanner(", "Roadmap(", "RoleExplorer(", "SalaryExplorer(")
"""A code cell calling one of these is an exercise and is kept."""
SOLUTION_OPEN = "<details><summary>Solution</summary>"
_HEADING = re.compile(r"^(#{2,3})\s+(.*)$")
_IMPORT = re.compile(r"^\s*(from\s+\S+\s+import\s+.+|import\s+\S+.*)$")


def _text(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text.strip() + "\n"}


def _code(text: str) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": text.strip()}


def _is_challenge(text: str) -> bool:
    return any(line.startswith(("## Challenge", "### Challenge")) for line in text.splitlines())


def _imports(cells: list[dict]) -> list[str]:
    """Every import line of the notebook's code, once, except the section checks'."""
    lines = [line.strip() for cell in cells if cell["cell_type"] == "code"
             for line in _text(cell).splitlines() if _IMPORT.match(line)]
    return [line for line in dict.fromkeys(lines) if not line.endswith("import SectionCheck")]


def _header(lesson: Lesson) -> dict:
    questions = "\n".join(f"- {question}" for question in lesson.questions)
    return _markdown(
        f"# {lesson.number} {lesson.title}: recall\n\n"
        "A practice copy: the explanations are gone, the exercises are not. Answer each question "
        "from memory first (write a line or two), then open the folded answer or the full notebook.\n\n"
        f"## Questions\n{questions}"
    )


def _kept_cells(cells: list[dict]) -> list[dict]:
    """Headings, challenges with their folded solutions and the try-it cell after them, and exercises."""
    kept, after_solution = [], False
    for cell in cells[1:]:
        text, tags = _text(cell), cell.get("metadata", {}).get("tags", [])
        if "instructor" in tags:
            continue
        if cell["cell_type"] == "markdown":
            after_solution = SOLUTION_OPEN in text
            if after_solution or _is_challenge(text):
                kept.append(_markdown(text))
            elif not text.lstrip().startswith("## Key points"):
                kept += [_markdown(line) for line in text.splitlines()[:1] if _HEADING.match(line)]
            continue
        if after_solution or any(call in text for call in PRACTICE_CALLS):
            lines = [line for line in text.splitlines()
                     if not _IMPORT.match(line) and not line.startswith(("# NBVAL", "SectionCheck("))]
            if any(line.strip() for line in lines):
                kept.append(_code("\n".join(lines)))
        after_solution = False
    return kept


def _plain(text) -> str:
    """Content text safe in a markdown cell: HTML escaped, and '$' kept a dollar rather than maths."""
    return escape(str(text)).replace("$", "\\$")


def _bank_questions(stem: str) -> list[dict]:
    """The notebook's questions from the bank, each with its answer and explanation folded."""
    questions = [q for q in question_index().values() if getattr(q, "notebook", None) == stem]
    if not questions:
        return []
    cells = [_markdown("## Questions from the question bank\n\nAnswer each one before opening it.")]
    for number, question in enumerate(questions, start=1):
        choices = "".join(f"\n- {_plain(choice)}" for choice in getattr(question, "choices", None) or ())
        explanation = _plain(getattr(question, "explanation", "") or "")
        cells.append(_markdown(
            f"**{number}.** {_plain(question.prompt)}\n{choices}\n\n<details><summary>Answer</summary>\n\n"
            f"{_plain(question.expected)}\n\n{explanation}\n\n</details>"
        ))
    return cells


def _key_points(lesson: Lesson) -> dict:
    points = "\n".join(f"- {point}" for point in lesson.key_points)
    return _markdown(f"## Check yourself\n\nWhat did this notebook teach? List it, then compare.\n\n"
                     f"<details><summary>Key points</summary>\n\n{points}\n\n</details>")


def recall_notebook(path: str | Path) -> dict:
    """The practice copy of one notebook, as notebook JSON."""
    path = Path(path)
    notebook = read_notebook(path)
    lesson = load_lesson(path)
    cells = notebook["cells"]
    imports = _imports(cells)
    new_cells = [_header(lesson), *([_code("\n".join(imports))] if imports else []), *_kept_cells(cells),
                 *_bank_questions(path.stem), _key_points(lesson)]
    for number, cell in enumerate(new_cells, start=1):
        cell["id"] = f"recall-{number}"
    return {"cells": new_cells, "metadata": notebook.get("metadata", {}), "nbformat": 4,
            "nbformat_minor": notebook.get("nbformat_minor", 5)}


def write_recall(destination: str | Path, source: str | Path = NOTEBOOKS_DIR) -> list[Path]:
    """A practice copy of each notebook in ``source`` written to ``destination`` (same file names)."""
    destination = Path(destination)
    if destination.exists() and not destination.is_dir():
        raise ValueError(f"{destination} is a file; give a folder for the practice copies")
    destination.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebook_paths(source):
        target = destination / path.name
        write_text_atomic(target, json.dumps(recall_notebook(path), indent=1, ensure_ascii=False) + "\n")
        written.append(target)
    return written


def main(argv: list[str] | None = None, prog: str = "careerkit recall") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Write a practice copy of each notebook: explanations "
                                     "removed, questions and exercises kept, answers folded away.")
    parser.add_argument("outdir", type=Path, help="the folder for the practice copies (created if missing)")
    options = parser.parse_args(argv)
    try:
        written = write_recall(options.outdir)
    except (ValueError, OSError) as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} practice notebooks into {options.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
