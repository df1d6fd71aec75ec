"""Notebook 08, salary exploration: from a seed role to a BLS occupation, and what the figures cannot say.
"""

from __future__ import annotations

import re
import textwrap

import pandas as pd

from careerkit import content
from careerkit.career import salary
from careerkit.career.roles import TEER_WORDS
from careerkit.content import wages
from careerkit.content.wages import PERCENTILES
from careerkit.pages.common import caveats_text, stage_names
from careerkit.present.charts import PALETTE, Chart, new_figure
from careerkit.present.salary_chart import chart
from careerkit.present.tables import FullTextTable, listing

__all__ = [
    "canada_text", "canada_wages_table", "caveats_text", "chart", "coverage_text", "engineer_titles", "noc_mapping",
    "soc_chart", "soc_mapping", "split_titles", "teer_table", "top_coding_text", "us_alternatives",
]


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
        "NOC 2021 (Canada)": [f"{code} {title}" if code else "none" for code, title in zip(roles["noc_code"], roles["noc_title"])],
    })


def us_alternatives() -> pd.DataFrame:
    """The other US readings of each role: O*NET details (no wage of their own) and other SOC codes with
    their national medians, computed from the wage table."""
    titles = dict(zip(content.roles()["id"], content.roles()["title"]))
    rows = []
    for role_id in dict.fromkeys(content.soc_alternatives()["role_id"]):
        for item in wages.alternatives(role_id):
            median = f"${item['median']:,}" if item["median"] is not None else "no wage of its own"
            rows.append({"role": titles[role_id], "other reading": f"{item['code']} {item['title']}",
                         "kind": "O*NET detail" if item["kind"] == "onet" else "SOC code",
                         "national median": median, "when it fits": item["reason"]})
    return FullTextTable(rows)


# ---------------------------------------------------------------- Canada


def noc_mapping() -> pd.DataFrame:
    """Each role's US and Canadian codes side by side: SOC 2018, NOC 2021, TEER and how well NOC fits."""
    roles = content.roles()
    return FullTextTable({
        "role": roles["title"],
        "SOC 2018 (US)": [f"{code} {title}" if code else "none" for code, title in zip(roles["soc_code"], roles["soc_title"])],
        "NOC 2021 (Canada)": [f"{code} {title}" if code else "none" for code, title in zip(roles["noc_code"], roles["noc_title"])],
        "TEER": [str(teer) if pd.notna(teer) else "" for teer in roles["teer"]],
        "fit": roles["noc_fit"],
        "why this NOC group": roles["noc_reason"],
    })


def teer_table() -> pd.DataFrame:
    """How many of the workbook's roles fall in each TEER category, with what the category usually asks."""
    roles = content.roles()
    rows = []
    for teer, words in TEER_WORDS.items():
        titles = list(roles.loc[roles["teer"] == teer, "title"])
        rows.append({"TEER": teer, "usually asks": words, "roles": len(titles), "which": ", ".join(titles) or "none"})
    return FullTextTable(rows)


def split_titles() -> pd.DataFrame:
    """US occupations whose roles fall in more than one NOC group: one SOC code, several Canadian readings."""
    roles = content.roles()
    rows = []
    for (code, title), group in roles.dropna(subset=["soc_code"]).groupby(["soc_code", "soc_title"], sort=True):
        nocs = dict.fromkeys(f"{noc} {name}" for noc, name in zip(group["noc_code"], group["noc_title"]) if noc)
        if len(nocs) > 1:
            rows.append({"SOC 2018 (US)": f"{code} {title}", "NOC 2021 groups (Canada)": "; ".join(nocs),
                         "roles": ", ".join(group["title"])})
    return FullTextTable(rows)


def engineer_titles() -> pd.DataFrame:
    """Roles whose title says engineer, with the NOC group they fall in: 'engineer' is a regulated title in Canada."""
    roles = content.roles()
    chosen = roles[roles["title"].str.contains("engineer", case=False)]
    return FullTextTable({
        "role": chosen["title"],
        "NOC 2021": [f"{code} {title}" for code, title in zip(chosen["noc_code"], chosen["noc_title"])],
        "US code": [f"{code} {title}" for code, title in zip(chosen["soc_code"], chosen["soc_title"])],
    })


def canada_text() -> str:
    """Whether the Job Bank wage table is there, and how to fetch it; never touches the network."""
    meta = wages.canada_meta()
    if not wages.canada_available() or meta is None:
        return (
            "Canadian wages: not fetched on this computer. In a terminal, run `careerkit canada-wages fetch` "
            "to download ESDC's open Job Bank wages file (about 18 MB) once; the workbook keeps only the NOC "
            "groups it maps. Everything else in this notebook works without it."
        )
    return (
        f"Canadian wages: {meta['rows']:,} Job Bank rows for {len(meta['noc_groups'])} NOC groups, "
        f"retrieved {meta['retrieved']} from {meta['source_url']}. {meta['attribution']}"
    )


def canada_wages_table(role: str, where: str = "national") -> pd.DataFrame:
    """A role's Job Bank wages in CAD as published; without the fetched file, one row saying how to fetch it."""
    try:
        return FullTextTable(salary.canada(role, where).table())
    except (wages.CanadaWagesMissing, wages.NoWageData) as missing:
        return FullTextTable({"note": [str(missing)]})


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
    table, areas, roles = _roles_table(), wages.areas(), content.roles()
    kinds = areas["area_type"].value_counts()
    others = sorted(set(wages.table()["soc_code"]) - set(table["soc_code"]))
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
        f"The table also holds {len(others)} other occupations, the other US readings of some roles: {', '.join(others)}.",
        "Every area is in the United States and its territories. Canadian roles carry NOC 2021 codes; "
        "Job Bank wages for Canada are fetched on request (`careerkit canada-wages fetch`).",
    ])


def _roles_table() -> pd.DataFrame:
    """The wage rows of the occupations roles.csv maps to, without the alternatives' rows."""
    table = wages.table()
    return table[table["soc_code"].isin(set(content.roles()["soc_code"].dropna()))]


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
    table = _roles_table()
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
