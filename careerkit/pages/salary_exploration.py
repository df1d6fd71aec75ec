"""Notebook 08, salary exploration: from a seed role to a BLS occupation, and what the figures cannot say.
"""

from __future__ import annotations


import re
import textwrap

import pandas as pd

from careerkit import content
from careerkit.content import wages
from careerkit.content.wages import PERCENTILES
from careerkit.pages.common import caveats_text, stage_names
from careerkit.present.charts import PALETTE, Chart, new_figure
from careerkit.present.salary_chart import chart
from careerkit.present.tables import FullTextTable, listing

__all__ = ["caveats_text", "chart", "coverage_text", "soc_chart", "soc_mapping", "top_coding_text"]


def soc_mapping() -> pd.DataFrame:
    """Every role beside the BLS occupation the workbook matches it to, and the reason.

    BLS codes occupations by duties, not by job titles or seniority, so the match
    is the workbook's reading; showing the reason beside each code keeps that visible.
    """
    roles = content.roles()
    names_of_stages = stage_names()
    return FullTextTable({
        "role": roles["title"],
        "stage": [names_of_stages[stage] for stage in roles["stage"]],
        "SOC 2018 code": [code or "none" for code in roles["soc_code"]],
        "BLS occupation": [title or "none" for title in roles["soc_title"]],
        "why this code": roles["soc_reason"],
    })


def _roles_by_occupation() -> list[tuple[str, list[str]]]:
    """(code and BLS title, role titles) per occupation, largest group first; no code last."""
    roles = content.roles()
    groups: dict[str, list[str]] = {}
    for title, code, occupation in zip(roles["title"], roles["soc_code"], roles["soc_title"]):
        groups.setdefault(f"{code} {occupation}" if code else "no SOC code", []).append(title)
    return sorted(groups.items(), key=lambda item: (item[0] == "no SOC code", -len(item[1])))


def soc_chart() -> Chart:
    """How many roles share each BLS occupation: one occupation's figures stand for all of them."""
    groups = _roles_by_occupation()
    figure, axes = new_figure(9.0, 0.42 * len(groups) + 1.2)
    counts = [len(titles) for _, titles in groups]
    axes.barh(range(len(groups)), counts, color=[PALETTE[7] if label == "no SOC code" else PALETTE[0] for label, _ in groups])
    for y, (_, titles) in enumerate(groups):
        shown = ", ".join(titles[:2]) + (f" and {len(titles) - 2} more" if len(titles) > 2 else "")
        axes.text(len(titles) + 0.2, y, shown, va="center", fontsize=7)
    axes.set_yticks(range(len(groups)), [textwrap.shorten(label, 48, placeholder="...") for label, _ in groups], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlim(0, max(counts) * 2.0)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("number of the workbook's roles matched to the occupation")
    axes.set_title("Which BLS occupation stands for each role", fontsize=10)
    tally = "; ".join(f"{label}: {len(titles)} ({', '.join(titles)})" for label, titles in groups)
    return Chart(figure, f"Bar chart of the workbook's {sum(counts)} roles by BLS occupation, largest group first. {tally}.")


def coverage_text() -> str:
    """What the wage table holds and what it leaves out, counted from the table itself."""
    table, areas, roles = wages.table(), wages.areas(), content.roles()
    kinds = areas["area_type"].value_counts()
    rows_per_code = table["soc_code"].value_counts()
    no_code = [title for title, code in zip(roles["title"], roles["soc_code"]) if not code]
    return "\n".join([
        f"Source: {wages.release_text()}",
        f"{len(rows_per_code)} BLS occupations stand for {len(roles) - len(no_code)} of the workbook's {len(roles)} roles; "
        f"no occupation fits {listing(no_code)}.",
        f"Areas: {kinds.get('national', 0)} national, {kinds.get('state', 0)} states, DC and territories, "
        f"{kinds.get('metro', 0)} metro areas, {kinds.get('nonmetro', 0)} nonmetropolitan areas.",
        f"Each occupation has a row in {rows_per_code.min()} to {rows_per_code.max()} of those {len(areas)} areas; "
        f"{int(table['annual_median'].isna().sum())} of the {len(table):,} rows have no median released.",
        "No area lies outside the United States and its territories: the workbook has no wages for Canada.",
    ])


def _annual_columns() -> list[str]:

    return ["annual_mean", *(f"annual_{name}" for name in PERCENTILES)]


def _top_code_footnote() -> tuple[str, int | None]:
    """BLS's top-code footnote and the yearly floor it names, read from the release's own words."""
    for text in wages.meta()["footnotes"].values():
        match = re.search(r"\$([\d,]+) per year", text)
        if "or greater" in text and match:
            return text, int(match[1].replace(",", ""))
    return "This release's footnotes name no top-code floor.", None


def top_coding_text() -> str:
    """How top-coding touches this release: how many figures are floors, how many above the floor are exact.

    Learners are told an 'or more' figure is a lower bound; this says how often
    they will meet one, so an exact $300,000 figure does not look like an error.
    """
    table = wages.table()
    columns = _annual_columns()
    footnote, floor = _top_code_footnote()
    figures = table[columns]
    flagged = int(table[[f"{column}_top_coded" for column in columns]].to_numpy().sum())
    released = int(figures.notna().to_numpy().sum())
    lines = [f"BLS footnote: {footnote}", f"Annual figures published only as such a floor: {flagged} of {released:,}."]
    if floor is not None:
        above = int((figures > floor).fillna(False).to_numpy().sum())
        lines.append(f"Annual figures above ${floor:,} that BLS still publishes exactly: {above}.")
    return "\n".join(lines)
