"""Notebook 09, a day in the life: the leader's day as a table and a timeline, and the eight traits.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from careerkit import content
from careerkit.pages.common import NOTEBOOKS, OUR_STYLE, SEED_STYLE, bank_quiz, named_by, named_legend
from careerkit.present.charts import Chart, new_figure
from careerkit.present.tables import FullTextTable, listing


def _day() -> pd.DataFrame:
    return content.day_in_the_life().sort_values(["block_order", "activity_order"]).reset_index(drop=True)


def _blocks() -> list[tuple[str, list[str], bool]]:
    """(block, activities, heading kept in the seed) in the order of the day."""
    day = _day()
    return [
        (group["block"].iloc[0], list(group["activity"]), bool(group["block_heading_in_seed"].iloc[0]))
        for _, group in day.groupby("block_order", sort=True)
    ]


def day_table() -> pd.DataFrame:
    """Each activity of the day with its block and who named that block."""
    day = _day()
    return FullTextTable({
        "block": day["block"],
        "block named by": [named_by(kept) for kept in day["block_heading_in_seed"]],
        "activity": day["activity"],
        "what it involves": day["description"],
    })


def day_summary() -> str:
    """Blocks, activities and which block names are the seed's, for a checked notebook output."""
    blocks = _blocks()
    kept = [name for name, _, in_seed in blocks if in_seed]
    ours = [name for name, _, in_seed in blocks if not in_seed]
    lines = [f"{len(blocks)} blocks, {sum(len(a) for _, a, _ in blocks)} activities"]
    lines += [f"- {name}: {len(activities)} ({'seed' if in_seed else 'our label'})" for name, activities, in_seed in blocks]
    lines.append(f"Block headings kept in the seed: {'; '.join(kept) or 'none'}")
    lines.append(f"Labels careerkit added: {'; '.join(ours) or 'none'}")
    return "\n".join(lines)


def day_timeline() -> Chart:
    """The day as a row of blocks in order, activities listed under each.

    The seed gives no clock times, so every block gets the same width: the axis is
    the order of the day, not hours.
    """
    blocks = _blocks()
    figure, axes = new_figure(10.0, 3.0)
    axes.set_xlim(0, len(blocks))
    axes.set_ylim(0, 1)
    axes.axis("off")
    for position, (name, activities, in_seed) in enumerate(blocks):
        _draw_block(axes, position, name, activities, in_seed)
    named_legend(axes, "block heading kept in the seed", "label added by careerkit (heading lost in the seed)")
    axes.annotate("", xy=(len(blocks) - 0.05, 0.97), xytext=(0.05, 0.97),
                  arrowprops={"arrowstyle": "->", "color": "#555555"})
    axes.text(len(blocks) / 2, 0.995, "the order of the day (the seed gives no clock times)", ha="center", va="bottom",
              fontsize=8, color="#333333")
    return Chart(figure, _day_alt(blocks))


def _draw_block(axes, position: int, name: str, activities: list[str], in_seed: bool) -> None:
    from matplotlib.patches import Rectangle

    colour, hatch = SEED_STYLE if in_seed else OUR_STYLE
    axes.add_patch(Rectangle((position + 0.03, 0.78), 0.94, 0.14, facecolor=colour, alpha=0.25, hatch=hatch,
                             edgecolor=colour, linewidth=1.5))
    axes.text(position + 0.5, 0.85, textwrap.fill(name, 14), ha="center", va="center", fontsize=9, fontweight="bold")
    body = "\n\n".join(textwrap.fill(activity, 17) for activity in activities)
    axes.text(position + 0.06, 0.72, body, ha="left", va="top", fontsize=8)


def _day_alt(blocks) -> str:
    parts = [
        f"{name} ({'seed heading' if in_seed else 'our label'}): {listing(activities)}"
        for name, activities, in_seed in blocks
    ]
    return (f"A timeline of a technology leader's day in {len(blocks)} blocks of equal width, since the seed gives "
            f"no clock times. In order: " + "; ".join(parts) + ".")


DAY_OBJECTIVES = ("day-explain-activities", "day-judge-evidence")
TRAIT_OBJECTIVES = ("day-apply-traits",)


def day_quiz(n: int = 5, seed=None, store=None):
    """Why a leader's day holds what it holds, and what the seed's example day can and cannot show."""
    return bank_quiz("day-in-the-life", n, seed, store, objectives=DAY_OBJECTIVES)


def traits_table() -> pd.DataFrame:
    """The eight traits in the seed's order, with a flag where the seed breaks off."""
    traits = content.traits().sort_values("number").reset_index(drop=True)
    return FullTextTable({
        "number": traits["number"],
        "trait": traits["name"],
        "what it looks like": traits["description"],
        "complete in the seed": ["yes" if whole else "no: the text breaks off" for whole in traits["description_complete"]],
    })


def traits_summary() -> str:
    """The trait names and which one the seed cuts off, for a checked notebook output."""
    traits = content.traits().sort_values("number")
    cut = list(traits.loc[~traits["description_complete"].astype(bool), "name"])
    lines = [f"{len(traits)} traits: {', '.join(traits['name'])}"]
    lines.append(f"Cut off in the seed: {listing(cut) or 'none'}")
    return "\n".join(lines)


def trait_quiz(n: int = 4, seed=None, store=None):
    """Which leadership trait a situation calls for, and why (the authored questions on the traits)."""
    return bank_quiz("traits", n, seed, store, notebook=NOTEBOOKS["day-in-the-life"], objectives=TRAIT_OBJECTIVES)
