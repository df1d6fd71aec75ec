"""Salaries, education and the career plan, as notebooks 08, 11 and 12 show them.

The models answer the hard questions (``careerkit.salary`` the wages,
``careerkit.planner`` the route, ``careerkit.assessment`` the gaps); this module
turns what they and ``careerkit.content`` hold into the tables, short texts and
pictures those notebooks show, so each notebook cell stays one sentence long.
Functions ending in ``_text`` return plain, deterministic text for the notebooks'
``# NBVAL_CHECK_OUTPUT`` cells, so a changed fact fails a notebook test.

Nothing here imports ipywidgets; matplotlib is imported only when a chart is drawn.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pandas as pd

from careerkit import content
from careerkit.charts import PALETTE, Chart, new_figure
from careerkit.tables import FullTextTable, joined, listing

NOTEBOOKS = {
    "salary": "08_salary_exploration",
    "education": "11_education_and_certifications",
    "plan": "12_career_plan",
}
"""The notebooks this module serves (file stems); quiz answers are stored under them."""

EDUCATION_LEVELS = {
    "high-school": "High school subjects",
    "entry-route": "Ways into a first IT job",
    "undergraduate": "Undergraduate degrees",
    "graduate": "Graduate degrees and executive training",
    "pathway": "Degrees the leadership pathway mentions",
}
"""The levels of data/education.csv in the order a learner meets them, with their headings."""

NO_ISSUER = "not named in the seeds"


# ---------------------------------------------------------------- small helpers


def _stage_names() -> dict[str, str]:
    stages = content.stages()
    return dict(zip(stages["id"], stages["name"]))


def _store(store):
    """The store a caller gave, else the learner's own (opened only when needed)."""
    if store is not None:
        return store
    from careerkit.progress import default_store

    return default_store()


def _altlisting(groups: list[tuple[str, list[str]]]) -> str:
    return "; ".join(f"{label}: {', '.join(items)}" for label, items in groups)


# ---------------------------------------------------------------- 08: from role to occupation


def soc_mapping() -> pd.DataFrame:
    """Every role beside the BLS occupation the workbook matches it to, and the reason.

    BLS codes occupations by duties, not by job titles or seniority, so the match
    is the workbook's reading; showing the reason beside each code keeps that visible.
    """
    roles = content.roles()
    stage_names = _stage_names()
    return FullTextTable({
        "role": roles["title"],
        "stage": [stage_names[stage] for stage in roles["stage"]],
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


# ---------------------------------------------------------------- 08: what the wage table covers


def coverage_text() -> str:
    """What the wage table holds and what it leaves out, counted from the table itself."""
    from careerkit import wages

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
    from careerkit.wages import PERCENTILES

    return ["annual_mean", *(f"annual_{name}" for name in PERCENTILES)]


def _top_code_footnote() -> tuple[str, int | None]:
    """BLS's top-code footnote and the yearly floor it names, read from the release's own words."""
    from careerkit import wages

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
    from careerkit import wages

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


def caveats_text(role: str, area: str = "national") -> str:
    """The caveats that go with one role's wages in one area, as a list to read before any figure."""
    from careerkit import wages

    band = wages.for_role(role, area)
    notes = [*band.caveats, *(f"BLS footnote: {text}" for text in band.footnotes)]
    return "\n".join(f"- {note}" for note in notes)


# ---------------------------------------------------------------- 11: school and degrees


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
    return Chart(figure, f"Four columns from left to right, the last drawn dashed because the seed calls it optional. {_altlisting(groups)}.")


# ---------------------------------------------------------------- 11: certifications


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
    stage_names = _stage_names()
    rows = []
    for cert in content.certifications().to_dict("records"):
        order, when = _when(cert, stage_names)
        rows.append({
            "order": order, "when": when, "certification": _certification_label(cert),
            "short": cert["abbreviation"] or cert["name"], "domain": cert["domain"],
            "issuer": cert["issuer"] or NO_ISSUER, "source": joined(cert["source"]),
        })
    return sorted(rows, key=lambda row: row["order"])


def certifications_by_stage() -> pd.DataFrame:
    """Every certification the seeds name, by the stage or pathway step they name it for, with its domain.

    The issuer is shown only where a seed or the certification's own name gives it.
    """
    columns = ["when", "certification", "domain", "issuer", "source"]
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
    lines.append(f"Issuer named for {len(rows) - len(unnamed)}; not named in the seeds for {len(unnamed)}: {', '.join(unnamed)}")
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


DOMAIN_QUESTIONS = ("certification-domain:", "certifications-in-domain:")
"""Question ids that pair a certification with its domain, one way or the other."""


def certification_quiz(n: int = 6, seed=2026, store=None):
    """A seeded quiz pairing certifications with their domains, both ways round.

    Issuer questions are left out: the seeds name only some issuers, and the
    notebook's point is which field a certificate belongs to. One seed gives a
    whole room the same questions; answers are saved under notebook 11.
    """
    from careerkit.questionbank import default_bank
    from careerkit.quiz import QuizBank

    pool = QuizBank(question for question in default_bank() if question.id.startswith(DOMAIN_QUESTIONS))
    return pool.sample(n, seed=seed, store=_store(store), notebook=NOTEBOOKS["education"])


# ---------------------------------------------------------------- 11: networking and resources


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
    return "\n\n".join(f"{facts.at[key, 'text']} [{joined(facts.at[key, 'source'])}]" for key in chosen)


# ---------------------------------------------------------------- 12: the plan


def assessment_items_text() -> str:
    """The fifteen things the self-assessment asks about, as two lists."""
    from careerkit.assessment import items

    skills = [item.name for item in items() if item.kind == "skill"]
    traits = [item.name for item in items() if item.kind == "trait"]
    return f"{len(skills)} required skills: {', '.join(skills)}\n{len(traits)} traits: {', '.join(traits)}"


def my_assessment(target: str | None = None, store=None):
    """The learner's saved self-assessment ratings, measured against ``target`` if given."""
    from careerkit.assessment import Assessment

    return Assessment.load(_store(store), target=target)


def plan_table(plan) -> pd.DataFrame:
    """One row per move of a plan: basis, time, what to learn and the wages of the role reached.

    Each dollar figure has a cell of its own: JupyterLab reads two dollar signs in
    one cell as the edges of a formula.
    """
    rows = []
    for number, step in enumerate(plan.steps, start=1):
        band = step.wage.band
        rows.append({
            "move": f"{number}. {step.label}",
            "basis": step.basis,
            "time": step.years,
            "skills to gain": len(step.skills),
            "new certifications": ", ".join(cert.abbreviation or cert.name for cert in step.certifications) or "none new",
            f"median in {plan.area_name}": band.figure("median") if band else step.wage.note,
            "25th percentile": band.figure("p25") if band else "",
            "75th percentile": band.figure("p75") if band else "",
        })
    return FullTextTable(rows)


def route_wages(plan):
    """The BLS wage bands of every role on the route, in the plan's area (a careerkit.salary result)."""
    from careerkit import salary

    return salary.compare_roles([role.title for role in plan.roles], plan.area)


def export_path(plan) -> Path:
    """Where a plan is saved unless the learner names a file: the visible exports folder
    (``careerkit-exports`` beside the notebook, or ``$CAREERKIT_EXPORTS``; see ``careerkit.exports``)."""
    from careerkit.exports import plan_path

    return plan_path(plan)


def export_plan(plan, path: str | Path | None = None, store=None, notebook: str = "") -> Path:
    """Write the plan as Markdown, with the learner's self-assessment gaps when they have rated anything.

    The plan is also saved to the store under ``notebook`` (notebook 12 when not given),
    so resetting that notebook removes it.
    """
    store = _store(store)
    ratings = my_assessment(plan.target.id, store)
    written = plan.export(Path(path).expanduser() if path else export_path(plan),
                          assessment=ratings if ratings.ratings else None)
    store.save_plan(plan.to_dict(), notebook=notebook or NOTEBOOKS["plan"])
    return written
