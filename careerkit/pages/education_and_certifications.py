"""Notebook 11, education and certifications: the routes in, the certifications by stage, free resources.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from careerkit import content
from careerkit.content.citations import cited
from careerkit.pages.common import NOTEBOOKS, altlisting, notebook_check, stage_names
from careerkit.present.charts import PALETTE, Chart, new_figure
from careerkit.present.tables import FullTextTable, joined, listing

EDUCATION_LEVELS = {
    "high-school": "High school subjects",
    "entry-route": "Ways into a first IT job",
    "undergraduate": "Undergraduate degrees",
    "graduate": "Graduate degrees and executive training",
    "pathway": "Degrees the leadership pathway mentions",
}


"""The levels of data/education.csv in the order a learner meets them, with their headings."""


NO_ISSUER = "not named in the seeds"


def _check_level(level: str) -> str:
    if level not in EDUCATION_LEVELS:
        raise ValueError(f"No education level {level!r}; choose one of: {', '.join(EDUCATION_LEVELS)}.")
    return level


def education(level: str | None = None) -> pd.DataFrame:
    """School subjects, entry routes and degrees, in the order a learner meets them; one level if given."""
    table = content.education()
    if level is not None:
        table = table[table["level"] == _check_level(level)]
    order = {name: position for position, name in enumerate(EDUCATION_LEVELS)}
    table = table.sort_values("level", key=lambda levels: levels.map(order), kind="stable")
    return FullTextTable({
        "level": [EDUCATION_LEVELS[name] for name in table["level"]],
        "name": table["name"].to_numpy(),
        "the seed calls it optional": ["yes" if optional else "no" for optional in table["optional"]],
        "note": table["note"].to_numpy(),
        "source": [joined(sources) for sources in table["source"]],
    }).reset_index(drop=True)


def _education_groups() -> list[tuple[str, list[str]]]:
    table = content.education()
    return [(heading, list(table[table["level"] == level]["name"])) for level, heading in EDUCATION_LEVELS.items()]


def education_text() -> str:
    """Every level with its count and names, for a notebook's checked cell."""
    return "\n".join(f"{heading} ({len(names)}): {'; '.join(names)}" for heading, names in _education_groups())


def education_chart() -> Chart:
    """School, first job, bachelor's, master's as four columns; optional ones drawn dashed.

    The pathway's own degree mentions repeat the undergraduate and graduate columns,
    so they stay in the table and out of the picture.
    """
    from matplotlib.patches import FancyBboxPatch

    groups = [(heading, names) for heading, names in _education_groups() if heading != EDUCATION_LEVELS["pathway"]]
    optional = {EDUCATION_LEVELS["graduate"]}
    figure, axes = new_figure(10.0, 3.2)
    for column, (heading, names) in enumerate(groups):
        dashed = heading in optional
        axes.add_patch(FancyBboxPatch((column * 1.3, 0.0), 1.1, 1.0, boxstyle="round,pad=0.02", facecolor="white",
                                      edgecolor=PALETTE[1] if dashed else PALETTE[0], linewidth=1.5,
                                      linestyle="--" if dashed else "-"))
        title = heading + (" (optional)" if dashed else "")
        axes.text(column * 1.3 + 0.55, 0.95, textwrap.fill(title, 22), ha="center", va="top", fontsize=8, weight="bold")
        items = "\n".join(textwrap.fill(f"- {name}", 26, subsequent_indent="  ") for name in names)
        axes.text(column * 1.3 + 0.04, 0.78, items, ha="left", va="top", fontsize=7)
        if column:
            axes.annotate("", xy=(column * 1.3 - 0.02, 0.5), xytext=(column * 1.3 - 0.18, 0.5), arrowprops={"arrowstyle": "->"})
    axes.set_xlim(-0.05, len(groups) * 1.3 - 0.15)
    axes.set_ylim(-0.05, 1.05)
    axes.axis("off")
    axes.set_title("From school to graduate study: what the seeds suggest at each level", fontsize=10)
    return Chart(figure, f"Four columns from left to right, the last drawn dashed because the seed calls it optional. {altlisting(groups)}.")


def _pathway_titles(step: int) -> str:
    roles = content.roles()
    return listing(roles[roles["pathway_step"] == step]["title"])


def _when(cert, stage_names: dict[str, str]) -> tuple[float, str]:
    """Where a certification sits on the ladder: its stage, or its pathway step (step 2 lies between mid and senior)."""
    if cert["stage"]:
        order = list(stage_names).index(cert["stage"]) + 1
        return float(order), stage_names[cert["stage"]]
    step = int(cert["pathway_step"])
    return 2.5, f"Pathway step {step} ({_pathway_titles(step)})"


def _certification_label(cert) -> str:
    abbreviation = cert["abbreviation"]
    return f"{cert['name']} ({abbreviation})" if abbreviation and abbreviation not in cert["name"] else cert["name"]


def _certification_rows() -> list[dict]:
    names_of_stages = stage_names()
    rows = []
    for cert in content.certifications().to_dict("records"):
        order, when = _when(cert, names_of_stages)
        rows.append({
            "order": order, "when": when, "certification": _certification_label(cert),
            "short": cert["abbreviation"] or cert["name"], "domain": cert["domain"],
            "issuer": cert["issuer"] or NO_ISSUER, "source": joined(cert["source"]),
            "requirements": cert["requirements"], "requirements source": cited(cert["requirements_source"]),
        })
    return sorted(rows, key=lambda row: row["order"])


def certifications_by_stage() -> pd.DataFrame:
    """Every certification the seeds name, by the stage or pathway step they name it for, with its domain.

    The issuer and what it asks before you can hold the certification come from the
    issuer's own pages (as of 2026), cited in ``requirements source``; ``source`` is the seed passage.
    """
    columns = ["when", "certification", "domain", "issuer", "requirements", "requirements source", "source"]
    return FullTextTable([{column: row[column] for column in columns} for row in _certification_rows()])


def certifications_text() -> str:
    """The certifications grouped by when the seeds suggest them, and which issuers they leave out."""
    rows = _certification_rows()
    groups: dict[str, list[str]] = {}
    for row in rows:
        groups.setdefault(row["when"], []).append(row["short"])
    unnamed = [row["short"] for row in rows if row["issuer"] == NO_ISSUER]
    domains = dict.fromkeys(row["domain"] for row in rows)
    lines = [f"{len(rows)} certifications in {len(domains)} domains."]
    lines += [f"{when} ({len(names)}): {', '.join(names)}" for when, names in groups.items()]
    lines.append(f"Issuer and entry requirements from the issuers' own pages for {len(rows) - len(unnamed)} of {len(rows)}"
                 + (f"; no issuer found for {', '.join(unnamed)}" if unnamed else "") + ".")
    return "\n".join(lines)


def certification_chart() -> Chart:
    """Certifications placed by when (left to right, up the ladder) and domain (rows).

    A filled marker means the issuer is known, a hollow one that the seeds do not
    name it: the shape carries the difference, not colour alone.
    """
    rows = _certification_rows()
    whens = list(dict.fromkeys(row["when"] for row in rows))
    domains = list(dict.fromkeys(row["domain"] for row in rows))
    figure, axes = new_figure(10.0, 0.5 * len(domains) + 1.6)
    placed: dict[tuple[int, int], int] = {}
    for row in rows:
        x, y = whens.index(row["when"]), domains.index(row["domain"])
        offset = placed.get((x, y), 0)
        placed[(x, y)] = offset + 1
        known = row["issuer"] != NO_ISSUER
        axes.scatter([x + 0.3 * offset], [y], s=70, marker="s", color=PALETTE[2] if known else "white",
                     edgecolors=PALETTE[2], linewidths=1.5, zorder=3)
        axes.text(x + 0.3 * offset, y + 0.25, textwrap.fill(row["short"], 18), ha="center", va="top", fontsize=7)
    axes.set_xticks(range(len(whens)), [textwrap.fill(when, 24) for when in whens], fontsize=7)
    axes.set_yticks(range(len(domains)), domains, fontsize=8)
    axes.set_xlim(-0.5, len(whens) - 0.2)
    axes.set_ylim(len(domains) - 0.4, -0.6)
    axes.grid(alpha=0.3)
    axes.scatter([], [], marker="s", color=PALETTE[2], label="issuer named")
    axes.scatter([], [], marker="s", color="white", edgecolors=PALETTE[2], label="issuer not named in the seeds")
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    axes.set_title("Certifications the seeds name, by when and by domain", fontsize=10)
    listed = "; ".join(f"{row['short']}: {row['when']}, {row['domain']}, issuer {row['issuer']}" for row in rows)
    return Chart(figure, f"Grid of {len(rows)} certifications, columns by when the seeds suggest them and rows by domain. {listed}.")


CERTIFICATION_OBJECTIVES = ("edu-choose-cert", "edu-check-credential")
"""The notebook's objectives about certifications: which one fits a person, and what it really requires."""


def certification_quiz(n: int = 6, seed=2026, store=None):
    """A seeded quiz on choosing a certification and checking what it asks (authored questions).

    One seed gives a whole room the same questions; answers are saved under notebook 11.
    """
    return notebook_check(NOTEBOOKS["education"], n, seed=seed, store=store, objectives=CERTIFICATION_OBJECTIVES,
                          draw="certifications")


def resources_table() -> pd.DataFrame:
    """The free resources and the one community the leadership article points to."""
    table = content.resources()
    return FullTextTable({
        "name": table["name"],
        "kind": table["kind"],
        "what it offers": table["offers"],
        "cost": table["cost"],
        "source": [joined(sources) for sources in table["source"]],
    })


def advice_text() -> str:
    """The seeds' advice on networking and on moving up, in the workbook's words, with sources."""
    facts = content.facts().set_index("id")
    chosen = ("networking-advice", "career-advice")
    return "\n\n".join(f"{facts.at[key, 'text']} [{cited(facts.at[key, 'source'])}]" for key in chosen)
