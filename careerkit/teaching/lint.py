"""The skeleton every workbook notebook follows, and the linter that holds them to it.

The rules, and how to write a notebook that keeps them, are in ``notebooks/AUTHORING.md``;
``careerkit lint`` checks every notebook against them (``tests/test_notebook_lint.py`` runs it in CI).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tokenize
from dataclasses import dataclass
from pathlib import Path

from careerkit.content.locations import NOTEBOOKS_DIR
from careerkit.present.files import write_text_atomic

MAX_CODE_LINES = 6
LOGIC_KEYWORDS = ("for", "while", "try", "def", "class", "lambda")
CHECK_OUTPUT_MARK = "# NBVAL_CHECK_OUTPUT"
INSTRUCTOR_TAG = "instructor"
INSTRUCTOR_PREFIX = "**Instructor note:**"
SOLUTION_OPEN = "<details><summary>Solution</summary>"
SOLUTION_CLOSE = "</details>"
VAGUE_LINK_TEXTS = ("click here", "here", "this link")
CELL_METADATA_KEYS = {"tags"}
NOTEBOOK_METADATA_KEYS = {"kernelspec", "language_info"}

_FILE_NAME = re.compile(r"^(\d\d)_[a-z0-9_]+\.ipynb$")
_MINUTES = re.compile(r"^Teaching: (\d+) min · Exercises: (\d+) min$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(.*\S)")
_CHALLENGE = re.compile(r"^#{2,3}\s+Challenge:\s*\S")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_HTML_ALT = re.compile(r"""\balt\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_MD_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\([^)]*\)")
_HTML_LINK = re.compile(r"<a\b[^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
_TEXT_OUTPUT_TYPES = {"text/plain"}


@dataclass(frozen=True)
class Problem:
    """One place where a notebook leaves the skeleton; ``str()`` is the linter's line."""

    path: str
    message: str
    cell: int | None = None
    line: int | None = None

    def __str__(self) -> str:
        if self.cell is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}: cell {self.cell} (line {self.line or 1}): {self.message}"


@dataclass(frozen=True)
class Lesson:
    """What the guide and the progress dashboard need to know about one notebook."""

    path: str
    number: str
    title: str
    teaching: int
    exercises: int
    questions: tuple[str, ...]
    objectives: tuple[str, ...]
    sections: tuple[str, ...]
    challenges: tuple[str, ...]
    key_points: tuple[str, ...]
    instructor_notes: tuple[str, ...]
    instructor_note_sections: tuple[str, ...] = ()
    """For each note, the heading it sits under ("" before the first one), so a note
    such as "point at the table above" can be placed when read outside the notebook."""

    @property
    def minutes(self) -> int:
        return self.teaching + self.exercises


@dataclass(frozen=True)
class _Cell:
    """A notebook cell as the rules see it: kind, 1-based number, lines, tags."""

    number: int
    kind: str
    lines: tuple[str, ...]
    tags: tuple[str, ...]
    raw: dict

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_notebook(path: str | Path) -> dict:
    """A notebook file as plain JSON; nbformat is not a runtime dependency."""
    path = Path(path)
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: line {error.lineno}, column {error.colno}: not valid notebook JSON ({error.msg})") from None
    if not isinstance(notebook, dict) or notebook.get("nbformat") != 4 or not isinstance(notebook.get("cells"), list):
        raise ValueError(f"{path}: not an nbformat 4 notebook (needs 'nbformat': 4 and a 'cells' list)")
    return notebook


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _cells(notebook: dict) -> list[_Cell]:
    return [
        _Cell(number, cell.get("cell_type", ""), tuple(_source(cell).splitlines()), tuple(cell.get("metadata", {}).get("tags", ())), cell)
        for number, cell in enumerate(notebook.get("cells", []), start=1)
    ]


def _markdown_lines(cell: _Cell):
    """(line number, line) pairs of a markdown cell outside ``` fences."""
    fenced = False
    for number, line in enumerate(cell.lines, start=1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            yield number, line


def _headings(cell: _Cell):
    """(line number, level, text) of each ATX heading in a markdown cell."""
    for number, line in _markdown_lines(cell):
        match = _HEADING.match(line)
        if match:
            yield number, len(match.group(1)), match.group(2)


def _list_after(cell: _Cell, heading: str) -> tuple[int, tuple[str, ...]] | None:
    """The line of ``heading`` and the list items under it, or None when it is absent."""
    lines = cell.lines
    for index, line in enumerate(lines):
        if line.strip() == heading:
            items = []
            for following in lines[index + 1:]:
                if _HEADING.match(following):
                    break
                item = _LIST_ITEM.match(following)
                if item:
                    items.append(item.group(1))
            return index + 1, tuple(items)
    return None


def _is_solution(cell: _Cell) -> bool:
    return cell.kind == "markdown" and SOLUTION_OPEN in cell.text


def _is_challenge(cell: _Cell) -> bool:
    return cell.kind == "markdown" and any(_CHALLENGE.match(line) for _, line in _markdown_lines(cell))


def _is_instructor_note(cell: _Cell) -> bool:
    return INSTRUCTOR_TAG in cell.tags


def _check_file_name(path: str) -> list[Problem]:
    if _FILE_NAME.match(Path(path).name):
        return []
    return [Problem(path, "file name must look like NN_slug.ipynb (two digits, then lowercase letters, digits and _)")]


def _check_header(path: str, cells: list[_Cell]) -> list[Problem]:
    if not cells or cells[0].kind != "markdown":
        return [Problem(path, "first cell must be a markdown header (# NN Title, minutes, questions, objectives)", 1, 1)]
    header = cells[0]
    problems = []
    number = Path(path).name[:2]
    first = header.lines[0] if header.lines else ""
    if not re.match(rf"^# {re.escape(number)} \S", first):
        problems.append(Problem(path, f"first line must be '# {number} Title' (an H1 with the file's number), not {first!r}", 1, 1))
    if not any(_MINUTES.match(line.strip()) for line in header.lines):
        problems.append(Problem(path, "header needs a line 'Teaching: N min · Exercises: M min'", 1, 2))
    for heading in ("## Questions", "## Objectives"):
        found = _list_after(header, heading)
        if found is None or not found[1]:
            line = found[0] if found else len(header.lines) or 1
            problems.append(Problem(path, f"header needs '{heading}' followed by a list of '- ' items", 1, line))
    return problems


def _check_headings(path: str, cells: list[_Cell]) -> list[Problem]:
    problems, level, h1_seen = [], 0, False
    for cell in cells:
        if cell.kind != "markdown":
            continue
        for line, depth, text in _headings(cell):
            if depth == 1:
                if h1_seen:
                    problems.append(Problem(path, f"a second H1 '# {text}'; the header's H1 is the only one, use ## for sections", cell.number, line))
                    continue
                h1_seen = True
            elif depth > level + 1:
                problems.append(Problem(path, f"heading level jumps from {level} to {depth} at '{'#' * depth} {text}'; go one level deeper at a time", cell.number, line))
            level = depth
    return problems


def _check_challenges(path: str, cells: list[_Cell]) -> list[Problem]:
    problems = []
    for index, cell in enumerate(cells):
        following = cells[index + 1] if index + 1 < len(cells) else None
        if _is_challenge(cell) and not (following and _is_solution(following) and following.text.rstrip().endswith(SOLUTION_CLOSE)):
            problems.append(Problem(path, f"challenge must be followed by a markdown cell '{SOLUTION_OPEN} ... {SOLUTION_CLOSE}'", cell.number, 1))
        previous = cells[index - 1] if index else None
        if _is_solution(cell) and not (previous and _is_challenge(previous)):
            problems.append(Problem(path, "solution cell has no '## Challenge: ...' cell right before it", cell.number, 1))
    return problems


def _check_key_points(path: str, cells: list[_Cell]) -> list[Problem]:
    markdown = [cell for cell in cells if cell.kind == "markdown"]
    if not markdown:
        return [Problem(path, "last markdown cell must be '## Key points' followed by a list")]
    last = markdown[-1]
    found = _list_after(last, "## Key points")
    if last.lines and last.lines[0].strip() == "## Key points" and found and found[1]:
        return []
    return [Problem(path, "last markdown cell must be '## Key points' followed by a list", last.number, 1)]


def _missing(path: str, cells: list[_Cell], message: str) -> list[Problem]:
    """A part the notebook lacks, reported at its last markdown cell (the key points,
    before which the part belongs), or against the whole file when there is none."""
    markdown = [cell for cell in cells if cell.kind == "markdown"]
    return [Problem(path, message, markdown[-1].number, 1) if markdown else Problem(path, message)]


def _check_has_challenge(path: str, cells: list[_Cell]) -> list[Problem]:
    if any(_is_challenge(cell) for cell in cells):
        return []
    return _missing(path, cells, "notebook has no challenge; add a markdown cell '## Challenge: ...' with its solution cell before the key points")


def _check_has_instructor_note(path: str, cells: list[_Cell]) -> list[Problem]:
    """A note with the prefix but no tag (or the reverse) counts here: the cell rule
    already says what to fix about it."""
    if any(_is_instructor_note(cell) or cell.text.lstrip().startswith(INSTRUCTOR_PREFIX) for cell in cells):
        return []
    return _missing(path, cells, f"notebook has no instructor note; add a markdown cell tagged '{INSTRUCTOR_TAG}' starting with '{INSTRUCTOR_PREFIX}'")


def _check_instructor_notes(path: str, cells: list[_Cell]) -> list[Problem]:
    problems = []
    for cell in cells:
        prefixed = cell.text.lstrip().startswith(INSTRUCTOR_PREFIX)
        if _is_instructor_note(cell) and (cell.kind != "markdown" or not prefixed):
            problems.append(Problem(path, f"cell tagged '{INSTRUCTOR_TAG}' must be markdown starting with '{INSTRUCTOR_PREFIX}'", cell.number, 1))
        elif prefixed and not _is_instructor_note(cell):
            problems.append(Problem(path, f"instructor note is not tagged '{INSTRUCTOR_TAG}' (cell metadata tags)", cell.number, 1))
    return problems


def _image_problems(line: str) -> list[str]:
    missing = [src for alt, src in _MD_IMAGE.findall(line) if not alt.strip()]
    for tag in _HTML_IMAGE.findall(line):
        alt = _HTML_ALT.search(tag)
        if not alt or not alt.group(2).strip():
            src = re.search(r"""\bsrc\s*=\s*(["'])(.*?)\1""", tag, re.IGNORECASE)
            missing.append(src.group(2) if src else tag)
    return [f"image '{src}' has no alt text; describe what it shows" for src in missing]


def _link_problems(line: str) -> list[str]:
    texts = _MD_LINK.findall(line) + _HTML_LINK.findall(line)
    return [
        f"link text '{text.strip()}' does not say where it goes; name the destination instead"
        for text in texts
        if text.strip().lower().rstrip(".") in VAGUE_LINK_TEXTS
    ]


def _check_images_and_links(path: str, cells: list[_Cell]) -> list[Problem]:
    return [
        Problem(path, message, cell.number, line)
        for cell in cells
        if cell.kind == "markdown"
        for line, text in _markdown_lines(cell)
        for message in _image_problems(text) + _link_problems(text)
    ]


def _logic_keywords(source: str):
    """(line, keyword) for each logic keyword outside strings and comments."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        tokens = None
    if tokens is None:
        return [
            (number, word)
            for number, line in enumerate(source.splitlines(), start=1)
            for word in re.findall(r"\b(" + "|".join(LOGIC_KEYWORDS) + r")\b", line.split("#", 1)[0])
        ]
    return [(token.start[0], token.string) for token in tokens if token.type == tokenize.NAME and token.string in LOGIC_KEYWORDS]


def _is_checked(cell: _Cell) -> bool:
    return any(line.strip() == CHECK_OUTPUT_MARK for line in cell.lines)


def _output_is_text(output: dict) -> bool:
    if output.get("output_type") == "stream":
        return True
    return output.get("output_type") == "execute_result" and set(output.get("data", {})) <= _TEXT_OUTPUT_TYPES


def _code_cell_problems(path: str, cell: _Cell) -> list[Problem]:
    problems = []
    if len(cell.lines) > MAX_CODE_LINES:
        problems.append(Problem(path, f"code cell has {len(cell.lines)} lines; keep it to {MAX_CODE_LINES} and move the logic into careerkit/", cell.number, MAX_CODE_LINES + 1))
    for line, word in _logic_keywords(cell.text):
        problems.append(Problem(path, f"code cell uses '{word}'; put that logic in careerkit/ and call it here", cell.number, line))
    outputs = cell.raw.get("outputs", [])
    if _is_checked(cell):
        if not outputs or cell.raw.get("execution_count") is None:
            problems.append(Problem(path, f"cell marked '{CHECK_OUTPUT_MARK}' has no stored output for nbval to compare", cell.number, 1))
        elif not all(_output_is_text(output) for output in outputs):
            problems.append(Problem(path, f"cell marked '{CHECK_OUTPUT_MARK}' may keep text output only (stream or text/plain)", cell.number, 1))
    else:
        if cell.raw.get("execution_count") is not None:
            problems.append(Problem(path, "code cell is stored with an execution count; clean it (python -m careerkit.teaching.lint --clean)", cell.number, 1))
        if outputs:
            problems.append(Problem(path, f"code cell is stored with outputs; clean it (python -m careerkit.teaching.lint --clean) or mark it '{CHECK_OUTPUT_MARK}'", cell.number, 1))
    return problems


def _check_code_cells(path: str, cells: list[_Cell]) -> list[Problem]:
    return [problem for cell in cells if cell.kind == "code" for problem in _code_cell_problems(path, cell)]


def _check_metadata(path: str, notebook: dict, cells: list[_Cell]) -> list[Problem]:
    problems = [
        Problem(path, f"notebook metadata '{key}' is noise (widget state, timing or editor settings); clean it (python -m careerkit.teaching.lint --clean)")
        for key in sorted(set(notebook.get("metadata", {})) - NOTEBOOK_METADATA_KEYS)
    ]
    for cell in cells:
        for key in sorted(set(cell.raw.get("metadata", {})) - CELL_METADATA_KEYS):
            problems.append(Problem(path, f"cell metadata '{key}' is noise (only 'tags' is kept); clean it (python -m careerkit.teaching.lint --clean)", cell.number, 1))
    return problems


def lint(notebook: dict, path: str) -> list[Problem]:
    """Every way ``notebook`` (parsed JSON) leaves the skeleton, in cell order.

    ``path`` names the notebook in each message and supplies its number; it is
    not read, so tests can lint small notebooks built in memory.
    """
    cells = _cells(notebook)
    problems = _check_file_name(path) + _check_metadata(path, notebook, cells)
    if _FILE_NAME.match(Path(path).name):
        problems += _check_header(path, cells)
    for check in (_check_headings, _check_challenges, _check_has_challenge, _check_instructor_notes, _check_has_instructor_note,
                  _check_images_and_links, _check_code_cells, _check_key_points):
        problems += check(path, cells)
    return sorted(problems, key=lambda problem: (problem.cell or 0, problem.line or 0))


def display_path(path: str | Path) -> str:
    """``notebooks/NN_x.ipynb`` for a notebook in the repository, else the path given."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(NOTEBOOKS_DIR.parent))
    except ValueError:
        return str(path)


def lint_file(path: str | Path) -> list[Problem]:
    """Problems in one notebook file; a file that is not a notebook is one problem."""
    try:
        notebook = read_notebook(path)
    except ValueError as error:
        return [Problem(display_path(path), str(error).split(": ", 1)[1])]
    return lint(notebook, display_path(path))


def notebook_paths(folder: str | Path = NOTEBOOKS_DIR) -> list[Path]:
    """The workbook's notebooks in teaching order (by file name)."""
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def _header_parts(cell: _Cell) -> tuple[str, int, int]:
    title = cell.lines[0].split(" ", 2)[2].strip()
    minutes = next(_MINUTES.match(line.strip()) for line in cell.lines if _MINUTES.match(line.strip()))
    return title, int(minutes.group(1)), int(minutes.group(2))


def _note_text(cell: _Cell) -> str:
    return cell.text.strip()[len(INSTRUCTOR_PREFIX):].strip()


def _note_sections(cells: list[_Cell]) -> tuple[str, ...]:
    """The last H2 or H3 heading before each instructor note, outside the header and other notes."""
    sections, current = [], ""
    for cell in cells[1:]:
        if cell.kind != "markdown":
            continue
        if _is_instructor_note(cell):
            sections.append(current)
            continue
        for _, level, text in _headings(cell):
            if level in (2, 3):
                current = text
    return tuple(sections)


def parse(notebook: dict, path: str) -> Lesson:
    """The lesson's parts; ValueError (naming cell and line) when the header or key points are missing.

    Only those two are required here: a learner's saved copy, with outputs and
    all, still parses, so the table of contents works on every machine.
    """
    cells = _cells(notebook)
    problems = _check_file_name(path) or _check_header(path, cells) + _check_key_points(path, cells)
    if problems:
        raise ValueError("notebook does not follow the skeleton:\n" + "\n".join(map(str, problems)))
    title, teaching, exercises = _header_parts(cells[0])
    markdown = [cell for cell in cells if cell.kind == "markdown"]
    headings = [(level, text) for cell in markdown[1:-1] if not _is_instructor_note(cell) for _, level, text in _headings(cell)]
    return Lesson(
        path=path,
        number=Path(path).name[:2],
        title=title,
        teaching=teaching,
        exercises=exercises,
        questions=_list_after(cells[0], "## Questions")[1],
        objectives=_list_after(cells[0], "## Objectives")[1],
        sections=tuple(text for level, text in headings if level == 2 and not text.startswith("Challenge:")),
        challenges=tuple(text.split(":", 1)[1].strip() for _, text in headings if text.startswith("Challenge:")),
        key_points=_list_after(markdown[-1], "## Key points")[1],
        instructor_notes=tuple(_note_text(cell) for cell in markdown if _is_instructor_note(cell)),
        instructor_note_sections=_note_sections(cells),
    )


def load_lesson(path: str | Path) -> Lesson:
    """One notebook file as a Lesson; errors name the file, cell and line."""
    return parse(read_notebook(path), display_path(path))


def lessons(folder: str | Path = NOTEBOOKS_DIR) -> list[Lesson]:
    """Every notebook in ``folder`` as a Lesson, in teaching order."""
    return [load_lesson(path) for path in notebook_paths(folder)]


def outline(folder: str | Path = NOTEBOOKS_DIR):
    """The workbook's table of contents as a DataFrame, for 00_start_here."""
    import pandas as pd

    rows = [
        {"notebook": lesson.number, "title": lesson.title, "teaching (min)": lesson.teaching, "exercises (min)": lesson.exercises}
        for lesson in lessons(folder)
    ]
    return pd.DataFrame(rows, columns=["notebook", "title", "teaching (min)", "exercises (min)"]).set_index("notebook")


def _clean_cell(cell: dict) -> dict:
    tags = cell.get("metadata", {}).get("tags")
    cleaned = {key: value for key, value in cell.items() if key not in {"metadata", "outputs", "execution_count"}}
    cleaned["metadata"] = {"tags": tags} if tags else {}
    if cell.get("cell_type") == "code":
        checked = any(line.strip() == CHECK_OUTPUT_MARK for line in _source(cell).splitlines())
        cleaned["outputs"] = cell.get("outputs", []) if checked else []
        cleaned["execution_count"] = cell.get("execution_count") if checked else None
    return cleaned


def clean(notebook: dict) -> dict:
    """``notebook`` as it should be committed: no outputs, counts or noisy metadata.

    Cells marked ``# NBVAL_CHECK_OUTPUT`` keep their outputs and count (run the
    notebook first so they hold the text nbval should expect).
    """
    metadata = {key: value for key, value in notebook.get("metadata", {}).items() if key in NOTEBOOK_METADATA_KEYS}
    return dict(notebook, metadata=metadata, cells=[_clean_cell(cell) for cell in notebook.get("cells", [])])


def write_notebook(notebook: dict, path: str | Path) -> None:
    """Write JSON the way JupyterLab does (indent 1, trailing newline), so diffs stay small."""
    write_text_atomic(path, json.dumps(notebook, indent=1, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None, prog: str = "careerkit lint") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Lint workbook notebooks against the skeleton in notebooks/AUTHORING.md.")
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks to check (default: every notebooks/NN_*.ipynb)")
    parser.add_argument("--clean", action="store_true", help="first strip outputs, execution counts and noisy metadata, in place")
    args = parser.parse_args(argv)
    paths = args.paths or notebook_paths()
    if args.clean:
        for path in paths:
            write_notebook(clean(read_notebook(path)), path)
    problems = [problem for path in paths for problem in lint_file(path)]
    for problem in problems:
        print(problem)
    print(f"{len(paths)} notebook(s) checked, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
