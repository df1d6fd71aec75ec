"""Notebook 10, tools of the trade and industries: tools by category and the sectors that hire leaders.
"""

from __future__ import annotations

import pandas as pd

from careerkit import content
from careerkit.pages.common import bank_quiz, board, named_by
from careerkit.present.charts import Chart
from careerkit.present.tables import FullTextTable, listing


def _tool_groups() -> list[tuple[str, str, list[str]]]:
    """(category, purpose, examples) in the seed's order."""
    tools = content.tools().sort_values("category_order", kind="stable")
    return [
        (category, group["purpose"].iloc[0], list(group["example"]))
        for category, group in tools.groupby("category", sort=False)
    ]


def tools_by_category() -> pd.DataFrame:
    """One row per tool category: what it is for and the examples the seed names."""
    groups = _tool_groups()
    return FullTextTable({
        "category": [category for category, _, _ in groups],
        "what it is for": [purpose for _, purpose, _ in groups],
        "examples the seed names": [", ".join(examples) for _, _, examples in groups],
    })


def tools_summary() -> str:
    """The categories and the number of examples, for a checked notebook output."""
    groups = _tool_groups()
    lines = [f"{len(groups)} tool categories, {sum(len(e) for _, _, e in groups)} examples"]
    lines += [f"- {category} ({len(examples)})" for category, _, examples in groups]
    return "\n".join(lines)


def tools_map() -> Chart:
    """The nine categories as a three-by-three board, examples inside each box."""
    groups = _tool_groups()
    figure = board([(category, examples, True) for category, _, examples in groups], columns=3, width=9.0,
                    box_height=1.45, title="A technology leader's tools: the seed's nine categories and its examples")
    parts = [f"{category}: {listing(examples)}" for category, _, examples in groups]
    return Chart(figure, f"The {len(groups)} tool categories as boxes, each listing the seed's examples. " + "; ".join(parts) + ".")


TOOL_OBJECTIVES = ("tools-match-need", "tools-judge-fit")


def tool_quiz(n: int = 5, seed=None, store=None):
    """Which kind of tool a leader's need calls for, and when a tool fits (authored questions)."""
    return bank_quiz("tools", n, seed, store, objectives=TOOL_OBJECTIVES)


def _sector_groups() -> list[tuple[str, list[str], bool]]:
    industries = content.industries()
    return [
        (sector, list(group["example"]), bool(group["sector_heading_in_seed"].iloc[0]))
        for sector, group in industries.groupby("sector", sort=False)
    ]


def industries_by_sector() -> pd.DataFrame:
    """One row per sector with its example organisations and who named the sector."""
    groups = _sector_groups()
    return FullTextTable({
        "sector": [sector for sector, _, _ in groups],
        "sector named by": [named_by(in_seed) for _, _, in_seed in groups],
        "examples the seed names": [", ".join(examples) for _, examples, _ in groups],
    })


def industries_summary() -> str:
    """Sectors, examples and which sector names are ours, for a checked notebook output."""
    groups = _sector_groups()
    ours = [sector for sector, _, in_seed in groups if not in_seed]
    lines = [f"{len(groups)} sectors, {sum(len(e) for _, e, _ in groups)} example kinds of organisation"]
    lines.append(f"Sector headings kept in the seed: {'; '.join(s for s, _, kept in groups if kept)}")
    lines.append(f"Sector names careerkit added (heading lost in the seed): {'; '.join(ours) or 'none'}")
    return "\n".join(lines)


def industries_map() -> Chart:
    """The sectors as boxes; a hatched box is a sector whose heading the seed lost."""
    groups = _sector_groups()
    figure = board(groups, columns=5, width=11.0, box_height=1.75,
                    title="Sectors that need technology leaders, with the seed's example organisations")
    parts = [f"{sector}{'' if kept else ' (name ours)'}: {len(examples)} examples" for sector, examples, kept in groups]
    alt = (f"The {len(groups)} sectors as boxes listing the seed's example organisations; hatched orange boxes are "
           f"sectors whose heading the seed lost, so careerkit named them. " + "; ".join(parts) + ".")
    return Chart(figure, alt)
