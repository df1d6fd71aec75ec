"""Which sections a learner has finished, and which sections each notebook has.

A notebook ends each of its main sections with a ``SectionCheck`` cell; the button
records the section in the progress store, and the dashboard counts "3 of 5 sections"
by reading those same cells from the notebooks, so the totals can never drift from
what the notebooks contain.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from careerkit.content.locations import NOTEBOOKS_DIR

_CHECK_CALL = re.compile(r"""SectionCheck\(\s*["']([^"']+)["']\s*,\s*["']([^"']+)["']""")


def section_id(notebook: str, section: str) -> tuple[str, str]:
    """Normalise a (notebook, section) pair as the store keeps it; rejects blanks early."""
    notebook, section = str(notebook).strip(), str(section).strip()
    if not notebook or not section:
        raise ValueError(f"a section needs a notebook and a section name, got {notebook!r} and {section!r}")
    return notebook, section


def is_done(store, notebook: str, section: str) -> bool:
    notebook, section = section_id(notebook, section)
    done = store.sections(notebook)
    return bool(len(done)) and section in set(done["section"])


def mark_done(store, notebook: str, section: str) -> None:
    """Record the section once; marking it again keeps the first time (the store's rule)."""
    store.record_section(*section_id(notebook, section))


@cache
def notebook_sections(directory: Path = NOTEBOOKS_DIR) -> dict[str, list[str]]:
    """Every notebook's SectionCheck sections, in order, read from the notebooks' code cells."""
    sections: dict[str, list[str]] = {}
    for path in sorted(Path(directory).glob("[0-9][0-9]_*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        found = [
            match.groups()
            for cell in cells
            if cell["cell_type"] == "code"
            for match in _CHECK_CALL.finditer("".join(cell["source"]))
        ]
        for notebook, section in found:
            sections.setdefault(notebook, []).append(section)
    return sections
