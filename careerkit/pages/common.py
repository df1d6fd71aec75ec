"""What the page modules share: quizzes recorded under a notebook, and boards of named boxes.

A box or group named by a seed is drawn plain; one named by careerkit is hatched, so a
learner never mistakes the workbook's label for the article's.
"""

from __future__ import annotations

import textwrap

from careerkit import content
from careerkit.content import wages
from careerkit.learning.progress import store_or_default
from careerkit.learning.questionbank import default_bank, notebook_quiz
from careerkit.learning.quiz import Quiz
from careerkit.present.charts import PALETTE, new_figure

NOTEBOOKS = {
    "glossary": "05_key_concepts",
    "cto-digital-transformation": "06_use_case_cto",
    "it-manager-scaling-support": "07_use_case_it_manager",
    "day-in-the-life": "09_day_in_the_life",
    "tools": "10_tools_and_industries",
    "salary": "08_salary_exploration",
    "education": "11_education_and_certifications",
    "plan": "12_career_plan",
}
"""The notebook that teaches each topic or use case; quiz answers are stored under it."""


SEED_LABEL = "the seed"
OUR_LABEL = "careerkit (the seed lost it)"
SEED_STYLE = (PALETTE[0], "")
OUR_STYLE = (PALETTE[1], "//")
"""A block or group named by the seed is plain blue; one named by us is orange and hatched,
so the two differ in grey print too."""


def named_by(in_seed: bool) -> str:
    return SEED_LABEL if in_seed else OUR_LABEL


CHECK_SIZE = 6
"""Questions in the check a notebook ends with: enough to touch each of its three or four objectives."""


def notebook_check(notebook: str, n: int | None = CHECK_SIZE, seed=2026, store=None, objectives=None,
                   draw: str = "check"):
    """The check a notebook ends with: ``n`` of its authored questions, going round its objectives.

    One seed gives a whole room the same quiz; answers are saved under ``notebook`` in the
    learner's store, so the quiz built again (after a restart) shows them. ``draw`` keeps
    this check's draw apart from the notebook's other quizzes with the same seed.
    """
    return notebook_quiz(notebook, n, seed=seed, store=store_or_default(store), objectives=objectives, draw=draw)


def bank_quiz(topic: str, n: int, seed, store, notebook: str | None = None, objectives=None):
    """A seeded quiz from the authored questions of the notebook that teaches ``topic``."""
    return notebook_check(notebook or NOTEBOOKS[topic], n, seed=seed, store=store, objectives=objectives, draw=topic)


def one_question(question_id: str, notebook: str, store):
    """One named question of the bank as a quiz of its own, for a focused exercise."""
    return Quiz([default_bank()[question_id]], store=store_or_default(store), notebook=notebook)


def board(groups: list[tuple[str, list[str], bool]], columns: int, width: float, box_height: float, title: str) -> object:
    """Labelled boxes in a grid, one per group, its items listed inside.

    ``groups`` holds (heading, items, named_in_seed); a group the seed did not name
    gets a hatched orange heading band and the board a legend. Returns the figure.
    """
    rows = -(-len(groups) // columns)
    figure, axes = new_figure(width, rows * box_height + 0.3)
    axes.set_xlim(0, columns)
    axes.set_ylim(0, rows)
    axes.axis("off")
    axes.set_title(title, fontsize=10, loc="left")
    if not all(in_seed for _, _, in_seed in groups):
        named_legend(axes, "heading kept in the seed", "name added by careerkit (heading lost in the seed)")
    inches = width / columns
    for position, (heading, items, in_seed) in enumerate(groups):
        column, row = position % columns, rows - 1 - position // columns
        draw_box(axes, (column, row), heading, items, in_seed, inches, box_height)
    return figure


def wrap_width(inches: float, points: float) -> int:
    """Characters that fit across ``inches`` of a box at a font size, with a margin."""
    return max(12, int(inches * 72 / (points * 0.62) * 0.85))


def draw_box(axes, corner, heading: str, items: list[str], in_seed: bool, inches: float, box_height: float) -> None:
    from matplotlib.patches import Rectangle

    column, row = corner
    colour, hatch = SEED_STYLE if in_seed else OUR_STYLE
    title = textwrap.fill(heading, wrap_width(inches, 9))
    band = (0.16 * (title.count("\n") + 1) + 0.06) / box_height
    axes.add_patch(Rectangle((column + 0.03, row + 0.04), 0.94, 0.92, facecolor="white", edgecolor=colour, linewidth=1.5))
    axes.add_patch(Rectangle((column + 0.03, row + 0.96 - band), 0.94, band, facecolor=colour, alpha=0.25,
                             edgecolor=colour, hatch=hatch, linewidth=1.5))
    axes.text(column + 0.5, row + 0.96 - band / 2, title, ha="center", va="center", fontsize=9, fontweight="bold")
    body = "\n".join(textwrap.fill(f"• {item}", wrap_width(inches, 8), subsequent_indent="  ") for item in items)
    axes.text(column + 0.07, row + 0.96 - band - 0.05 / box_height, body, ha="left", va="top", fontsize=8, linespacing=1.3)


def named_legend(axes, seed_words: str, our_words: str) -> None:
    """The key to the two styles: who named a heading, the seed or careerkit."""
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=SEED_STYLE[0], alpha=0.25, edgecolor=SEED_STYLE[0], label=seed_words),
        Patch(facecolor=OUR_STYLE[0], alpha=0.25, edgecolor=OUR_STYLE[0], hatch=OUR_STYLE[1], label=our_words),
    ]
    axes.legend(handles=handles, loc="upper center", ncol=2, fontsize=8, frameon=False, bbox_to_anchor=(0.5, 0.0))


def stage_names() -> dict[str, str]:
    stages = content.stages()
    return dict(zip(stages["id"], stages["name"]))


def altlisting(groups: list[tuple[str, list[str]]]) -> str:
    return "; ".join(f"{label}: {', '.join(items)}" for label, items in groups)


def caveats_text(role: str, area: str = "national") -> str:
    """The caveats that go with one role's wages in one area, as a list to read before any figure."""
    band = wages.for_role(role, area)
    notes = [*band.caveats, *(f"BLS footnote: {text}" for text in band.footnotes)]
    return "\n".join(f"- {note}" for note in notes)
