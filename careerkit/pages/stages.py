"""One career stage at a time: its roles, what it asks of you, and where it leads.

Notebooks 01 to 04 each walk through one stage of the stages article (seed 000):
entry, mid, senior, and leadership and executive. Each cell there asks this module
for one thing by name (``roles_table("entry")``, ``moves_chart("mid")``) so the
notebook reads as prose, and every table keeps its ``source`` column so a learner can
trace a row back to the article it rests on. Notebook 04 adds the leadership
article (seed 001): its job titles, its five-step pathway, its seven required
skills and its pay range beside the BLS figures.

A stage may be named by id or by name, ignoring case (``"mid"``, ``"Mid level"``).
Tables are ``FullTextTable``s: DataFrames that show a long reason or description in
full rather than cut at 50 characters.
Nothing here imports ipywidgets; matplotlib is imported only when a chart is drawn.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from careerkit import content
from careerkit.career.roles import BASIS_LABELS
from careerkit.content import wages
from careerkit.learning.progress import store_or_default
from careerkit.learning.questionbank import notebook_questions, notebook_quiz
from careerkit.present.charts import PALETTE, Chart, new_figure
from careerkit.present.tables import FullTextTable, joined, listing

NOTEBOOKS = {
    "entry": "01_entry_level",
    "mid": "02_mid_level",
    "senior": "03_senior_level",
    "executive": "04_leadership_and_executive",
}
"""The notebook that teaches each stage (file stem); quiz answers are stored under it, as section checks are."""

STAGES_ARTICLE = "000_"
TITLES_SOURCE = "001_70d67372d1a04c0d.txt#job-titles"
PATHWAY_SOURCE = "001_70d67372d1a04c0d.txt#career-pathway-step-{step}"
PATHWAY_STEPS = 5
LEADERSHIP_SOC = "11-3021"
"""The BLS occupation (Computer and Information Systems Managers) the workbook maps most leadership roles to."""

BASIS_STYLE = {"stage": (PALETTE[0], "-"), "pathway": (PALETTE[1], "--"), "interpretation": (PALETTE[4], ":")}
"""Colour and line style per basis of a move: the style alone tells them apart in grey."""

NO_YEARS = "the seeds give no number"


# ---------------------------------------------------------------- finding a stage


def stage(name: str) -> pd.Series:
    """The stage a learner means, by id or name; a typo lists the stages there are."""
    table = content.stages()
    wanted = " ".join(str(name).split()).casefold()
    for _, row in table.iterrows():
        if wanted in (row["id"], row["name"].casefold()):
            return row
    choices = ", ".join(f"{row['id']} ({row['name']})" for _, row in table.iterrows())
    raise ValueError(f"No stage called {name!r}; choose one of: {choices}.")


def _roles_at(stage_id: str) -> pd.DataFrame:
    roles = content.roles()
    return roles[roles["stage"] == stage_id].reset_index(drop=True)


def _from_stages_article(sources) -> bool:
    return any(source.startswith(STAGES_ARTICLE) for source in sources)


def _titles() -> dict[str, str]:
    roles = content.roles()
    return dict(zip(roles["id"], roles["title"]))


# ---------------------------------------------------------------- the stage's roles


def roles_table(name: str) -> pd.DataFrame:
    """The roles at a stage, one row each, with the article that places them there."""
    roles = _roles_at(stage(name)["id"])
    return FullTextTable({
        "role": roles["title"],
        "track": roles["track"],
        "also called": [", ".join(aliases) for aliases in roles["aliases"]],
        "SOC 2018 code": [code or "none" for code in roles["soc_code"]],
        "source": [joined(sources) for sources in roles["source"]],
    })


def overview(name: str) -> str:
    """The stage in three or four lines: how many roles, which article names them, how long it takes.

    Notebooks print it under ``# NBVAL_CHECK_OUTPUT``, so a changed role list or a
    reworded years note shows up as a failing notebook test.
    """
    row = stage(name)
    roles = _roles_at(row["id"])
    named = [title for title, sources in zip(roles["title"], roles["source"]) if _from_stages_article(sources)]
    added = [title for title in roles["title"] if title not in named]
    lines = [f"{row['name']}: {len(roles)} roles", f"- named in the stages article ({len(named)}): {', '.join(named)}"]
    if added:
        lines.append(f"- added from the leadership article ({len(added)}): {', '.join(added)}")
    lines.append(f"Years in the field: {row['years_note']}")
    return "\n".join(lines)


def demands(name: str) -> pd.DataFrame:
    """What the stage is for, what is expected, and the years in the seeds' own (honest) terms."""
    row = stage(name)
    source = joined(row["source"])
    rows = [("Focus", row["focus"])]
    rows += [("Expected", item) for item in row["expectations"]]
    rows.append(("Years in the field", row["years_note"]))
    return FullTextTable([(aspect, detail, source) for aspect, detail in rows], columns=["aspect", "detail", "source"])


def skills_table(name: str) -> pd.DataFrame:
    """The skills the stages article names for one stage."""
    skills = content.skills()
    chosen = skills[(skills["kind"] == "stage") & (skills["stage"] == stage(name)["id"])]
    return FullTextTable({
        "skill": chosen["name"].to_numpy(),
        "what it means": chosen["description"].to_numpy(),
        "source": [joined(sources) for sources in chosen["source"]],
    })


# ---------------------------------------------------------------- certifications


def certifications_table(name: str) -> pd.DataFrame:
    """Certifications named for the stage, plus those the pathway suggests at a step its roles sit on.

    ``why listed`` says which of the two it is, since an optional pathway
    suggestion is not the same claim as the stages article naming a certificate.
    """
    row = stage(name)
    certificates = content.certifications()
    steps = _pathway_steps_at(row["id"])
    rows = []
    for cert in certificates.itertuples(index=False):
        reason = _why_listed(cert, row, steps)
        if reason:
            rows.append((cert.name, _issuer(cert), cert.domain, reason, joined(cert.source)))
    return FullTextTable(rows, columns=["certification", "issuer", "domain", "why listed", "source"])


def _pathway_steps_at(stage_id: str) -> dict[int, list[str]]:
    """Pathway step -> titles of this stage's roles on that step."""
    steps: dict[int, list[str]] = {}
    for role in _roles_at(stage_id).itertuples(index=False):
        if not pd.isna(role.pathway_step):
            steps.setdefault(int(role.pathway_step), []).append(role.title)
    return steps


def _why_listed(cert, row: pd.Series, steps: dict[int, list[str]]) -> str:
    if cert.stage == row["id"] and _from_stages_article(cert.source):
        return "The stages article names it for this stage."
    if cert.stage == row["id"]:
        return "The leadership article suggests it, as optional, to people aiming at IT leadership."
    if not pd.isna(cert.pathway_step) and int(cert.pathway_step) in steps:
        step = int(cert.pathway_step)
        verb = "sits" if len(steps[step]) == 1 else "sit"
        return f"The leadership pathway suggests it at step {step}, where {listing(steps[step])} {verb}."
    return ""


def _issuer(cert) -> str:
    return cert.issuer if cert.issuer else "not named in the seeds"


# ---------------------------------------------------------------- next moves


def _years(low, high) -> str:
    if pd.isna(low) or pd.isna(high):
        return NO_YEARS
    return f"about {low} to {high} years in the field"


def _moves_frame(moves: pd.DataFrame) -> pd.DataFrame:
    titles = _titles()
    roles = content.roles().set_index("id")
    stage_names = dict(zip(content.stages()["id"], content.stages()["name"]))
    return FullTextTable({
        "from": [titles[role] for role in moves["from_role"]],
        "to": [titles[role] for role in moves["to_role"]],
        "to stage": [stage_names[roles.at[role, "stage"]] for role in moves["to_role"]],
        "basis": [BASIS_LABELS[basis] for basis in moves["basis"]],
        "years": [_years(low, high) for low, high in zip(moves["years_min"], moves["years_max"])],
        "reason": moves["reason"].to_numpy(),
        "source": [joined(sources) for sources in moves["source"]],
    })


def _moves_out(stage_id: str) -> pd.DataFrame:
    moves = content.moves()
    return moves[moves["from_role"].isin(set(_roles_at(stage_id)["id"]))].reset_index(drop=True)


def moves_table(name: str) -> pd.DataFrame:
    """Every move out of a role at this stage, with its basis: a seed drew it, or we did."""
    return _moves_frame(_moves_out(stage(name)["id"]))


def moves_from(role: str) -> pd.DataFrame:
    """The moves out of one role (id, title or alias), for a learner trying a challenge."""
    role_id = content.find_role(role)["id"]
    moves = content.moves()
    return _moves_frame(moves[moves["from_role"] == role_id].reset_index(drop=True))


# ---------------------------------------------------------------- pictures of a stage


def tracks_chart(name: str) -> Chart:
    """How the stage's roles spread over the kinds of work, each bar labelled with its roles."""
    row = stage(name)
    roles = _roles_at(row["id"])
    tracks = list(dict.fromkeys(roles["track"]))
    members = [list(roles[roles["track"] == track]["title"]) for track in tracks]
    figure, axes = new_figure(8.0, 0.55 * len(tracks) + 1.0)
    axes.barh(range(len(tracks)), [len(m) for m in members], color=PALETTE[0])
    for y, titles in enumerate(members):
        axes.text(len(titles) + 0.1, y, textwrap.fill(", ".join(titles), 48), va="center", fontsize=8)
    axes.set_yticks(range(len(tracks)), tracks)
    axes.invert_yaxis()
    axes.set_xlim(0, 2.2 * max(len(m) for m in members) + 0.5)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("number of roles")
    axes.set_title(f"Roles at the {row['name'].lower()} stage, by track", fontsize=10)
    tally = "; ".join(f"{track} {len(m)} ({', '.join(m)})" for track, m in zip(tracks, members))
    return Chart(figure, f"Bar chart of the {len(roles)} roles at the {row['name']} stage by track: {tally}.")


SPLIT_ABOVE = 14
"""More moves than this and the picture splits into one panel per level the moves lead to."""


def moves_chart(name: str) -> Chart:
    """The moves out of a stage: its roles on the left, where they lead on the right, a line per move
    coloured and dashed by its basis. Lines run only between the two columns, so none crosses a
    label. Where every role of a group leads to every role of another on the same basis, the
    lines meet at one point and fan out (3 + 3 lines instead of 9); with many moves the picture
    splits into one panel per level they lead to, rather than shrinking the labels."""
    row = stage(name)
    moves = _moves_out(row["id"])
    titles = _titles()
    panels = _panels(moves)
    heights = [max(len(set(part["from_role"])), len(set(part["to_role"])), 1) for _, part in panels]
    figure, _ = new_figure(8.0, 0.32 * sum(heights) + 0.5 * len(panels) + 0.9)
    figure.clear()
    grid = figure.subplots(len(panels), 1, height_ratios=[h + 1.2 for h in heights], squeeze=False)[:, 0]
    dots = 0
    for axes, (heading, part), rows in zip(grid, panels, heights):
        dots += _moves_panel(axes, part, titles, rows)
        if len(panels) > 1:
            axes.set_title(heading, fontsize=9, loc="left")
    _basis_legend(grid[-1], set(moves["basis"]), dots=bool(dots))
    figure.suptitle(f"Moves out of the {row['name'].lower()} stage", fontsize=10)
    return Chart(figure, _moves_alt_text(row["name"], moves, titles))


def _panels(moves: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """One panel, or, past ``SPLIT_ABOVE`` moves, one per stage and pathway step the moves lead to."""
    if len(moves) <= SPLIT_ABOVE:
        return [("", moves)]
    roles = content.roles().set_index("id")
    stages_order = dict(zip(content.stages()["id"], content.stages()["order"]))
    stage_names = dict(zip(content.stages()["id"], content.stages()["name"]))

    def level(role_id):
        step = roles.at[role_id, "pathway_step"]
        return (stages_order[roles.at[role_id, "stage"]], 0 if pd.isna(step) else int(step))

    keyed = moves.assign(level=[level(role) for role in moves["to_role"]])
    panels = []
    for (order, step), part in keyed.groupby("level", sort=True):
        stage_id = next(key for key, value in stages_order.items() if value == order)
        where = f"pathway step {step}" if step else stage_names[stage_id].lower()
        panels.append((f"Moves into {where}", part.drop(columns="level").reset_index(drop=True)))
    return panels


def _moves_panel(axes, moves: pd.DataFrame, titles: dict[str, str], rows: int) -> int:
    """Two columns of labels and the lines between them; complete groups meet at a junction (returns how many)."""
    from matplotlib.collections import LineCollection

    ends = list(dict.fromkeys(moves["to_role"]))
    right = _column(ends, rows)
    first_target = {role: min(right[t] for t in moves[moves["from_role"] == role]["to_role"])
                    for role in dict.fromkeys(moves["from_role"])}
    starts = sorted(first_target, key=lambda role: -first_target[role])
    left = _column(starts, rows)
    dots = 0
    for basis, (colour, style) in BASIS_STYLE.items():
        chosen = moves[moves["basis"] == basis]
        if chosen.empty:
            continue
        lines, junctions = _bundled_lines(chosen, left, right)
        axes.add_collection(LineCollection(lines, colors=colour, linestyles=style, linewidths=1.5))
        if junctions:
            axes.scatter(*zip(*junctions), s=28, color=colour, edgecolors="black", linewidths=0.6, zorder=3)
            dots += len(junctions)
    for role, y in left.items():
        axes.text(-0.03, y, titles[role], ha="right", va="center", fontsize=8)
    for role, y in right.items():
        axes.text(1.03, y, titles[role], ha="left", va="center", fontsize=8)
    axes.set_xlim(-0.9, 1.9)
    axes.set_ylim(0.4, rows + 0.6)
    axes.axis("off")
    return dots


def _bundled_lines(moves: pd.DataFrame, left, right) -> tuple[list, list]:
    """Lines from left to right, and the junctions (dots) where sources that all lead to the same two or
    more targets meet: each role on the left of a dot can move to each role on its right."""
    targets_of = {role: frozenset(part["to_role"]) for role, part in moves.groupby("from_role")}
    groups: dict[frozenset, list[str]] = {}
    for role, targets in targets_of.items():
        groups.setdefault(targets, []).append(role)
    lines, junctions = [], []
    for targets, sources in groups.items():
        if len(targets) > 1 and len(sources) > 1:
            ys = [left[role] for role in sources] + [right[role] for role in targets]
            junction = (0.5, sum(ys) / len(ys))
            junctions.append(junction)
            lines += [((0, left[role]), junction) for role in sources]
            lines += [(junction, (1, right[role])) for role in targets]
        else:
            lines += [((0, left[role]), (1, right[target])) for role in sources for target in targets]
    return lines, junctions


def _column(role_ids: list[str], rows: int) -> dict[str, float]:
    """Evenly spaced heights, top down, centred against the taller column."""
    offset = (rows - len(role_ids)) / 2
    return {role: rows - offset - k for k, role in enumerate(role_ids)}


def _basis_legend(axes, used: set[str], dots: bool = False) -> None:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color=colour, linestyle=style, label=BASIS_LABELS[basis])
        for basis, (colour, style) in BASIS_STYLE.items() if basis in used
    ]
    if dots:
        handles.append(Line2D([], [], color="grey", marker="o", markeredgecolor="black", linestyle="",
                              label="a dot: each role on its left can move to each on its right"))
    axes.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, fontsize=8, frameon=False)


def _moves_alt_text(stage_name: str, moves: pd.DataFrame, titles: dict[str, str]) -> str:
    counts = moves["basis"].value_counts()
    by_basis = ", ".join(f"{counts[b]} from {BASIS_LABELS[b]}" for b in BASIS_STYLE if b in counts)
    pairs = "; ".join(f"{titles[a]} to {titles[b]}" for a, b in zip(moves["from_role"], moves["to_role"]))
    return f"Diagram of the {len(moves)} moves out of the {stage_name} stage ({by_basis}): {pairs}."


# ---------------------------------------------------------------- the stage's quiz


def stage_questions(name: str) -> list:
    """The authored questions of this stage's notebook (``data/questions/NN_slug.yaml``):
    scenarios and judgements tied to the notebook's objectives, never "which label did
    the workbook give this role"."""
    return notebook_questions(NOTEBOOKS[stage(name)["id"]])


def stage_quiz(name: str, n: int = 5, seed=2026, store=None):
    """A quiz of ``n`` questions about one stage, going round the notebook's objectives.

    One seed gives a whole room the same quiz. Answers go to the learner's progress store
    (``store`` defaults to it) under the stage's notebook, so the dashboard counts them and
    the quiz built again shows them.
    """
    row = stage(name)
    count = len(stage_questions(row["id"]))
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= count:
        raise ValueError(f"n must be a whole number from 1 to {count} (the questions about the {row['name']} stage), not {n!r}")
    return notebook_quiz(NOTEBOOKS[row["id"]], n, seed=seed, store=store_or_default(store))


# ---------------------------------------------------------------- leadership (notebook 04)


def statement(fact_id: str) -> str:
    """One statement from data/facts.yaml (what IT leadership is, the outlook, ...), by id."""
    facts = content.facts()
    found = facts[facts["id"] == fact_id]
    if found.empty:
        raise ValueError(f"No statement with id {fact_id!r} in facts.yaml; the ids are: {', '.join(facts['id'])}.")
    return found.iloc[0]["text"]


def _leadership_roles() -> pd.DataFrame:
    roles = content.roles()
    return roles[[TITLES_SOURCE in sources for sources in roles["source"]]].reset_index(drop=True)


def leadership_titles() -> pd.DataFrame:
    """The job titles the leadership article lists, with where the workbook places each one."""
    roles = _leadership_roles()
    stage_names = dict(zip(content.stages()["id"], content.stages()["name"]))
    return FullTextTable({
        "title": roles["title"],
        "stage": [stage_names[s] for s in roles["stage"]],
        "track": roles["track"],
        "pathway step": ["" if pd.isna(step) else str(step) for step in roles["pathway_step"]],
        "source": [joined(sources) for sources in roles["source"]],
    })


def titles_text() -> str:
    """The leadership titles in one short text, for a notebook's nbval-checked cell."""
    titles = list(_leadership_roles()["title"])
    return f"The leadership article lists {len(titles)} job titles:\n" + "\n".join(f"- {t}" for t in titles)


def required_skills() -> pd.DataFrame:
    """The seven skills the leadership article calls required, in its order."""
    skills = content.skills()
    chosen = skills[skills["kind"] == "required"]
    return FullTextTable({
        "skill": chosen["name"].to_numpy(),
        "what it means": chosen["description"].to_numpy(),
        "source": [joined(sources) for sources in chosen["source"]],
    })


def pathway() -> pd.DataFrame:
    """Seed 001's five steps, each with the roles, skills and certifications the workbook ties to it."""
    sources = content.sources().set_index("id")
    roles, skills, certificates = content.roles(), content.skills(), content.certifications()
    rows = []
    for step in range(1, PATHWAY_STEPS + 1):
        source = PATHWAY_SOURCE.format(step=step)
        rows.append({
            "step": step,
            "the step": sources.at[source, "note"],
            "roles": ", ".join(roles[roles["pathway_step"] == step]["title"]),
            "skills to grow": ", ".join(skills[skills["pathway_step"] == step]["name"]),
            "certifications": ", ".join(certificates[certificates["pathway_step"] == step]["name"]),
            "source": source,
        })
    return FullTextTable(rows)


def pathway_chart() -> Chart:
    """The five steps as a ladder climbed from the bottom, each rung naming its roles."""
    steps = pathway()
    figure, axes = new_figure(8.0, 4.0)
    axes.plot([0] * len(steps), steps["step"], color="#777777", linewidth=1, zorder=1)
    axes.scatter([0] * len(steps), steps["step"], s=260, color=PALETTE[2], zorder=2)
    for row in steps.to_dict("records"):
        axes.text(0, row["step"], str(row["step"]), ha="center", va="center", color="white", fontsize=9, weight="bold")
        axes.text(0.12, row["step"] + 0.15, row["the step"].capitalize(), fontsize=9, weight="bold", va="center")
        axes.text(0.12, row["step"] - 0.2, textwrap.fill(row["roles"], 90), fontsize=8, va="center")
    axes.set_xlim(-0.2, 2.2)
    axes.set_ylim(0.4, PATHWAY_STEPS + 0.6)
    axes.axis("off")
    axes.set_title("Seed 001's leadership pathway, step 1 at the bottom", fontsize=10)
    rungs = "; ".join(f"step {r['step']}, {r['the step']}: {r['roles']}" for r in steps.to_dict("records"))
    return Chart(figure, f"Ladder of the leadership pathway's five steps, from the bottom up: {rungs}.")


def work_settings() -> pd.DataFrame:
    """Remote, onsite and hybrid, as the leadership article describes them."""
    settings = content.work_settings()
    return FullTextTable({
        "setting": settings["name"],
        "what it means": settings["description"],
        "source": [joined(sources) for sources in settings["source"]],
    })


# ---------------------------------------------------------------- leadership pay


def _bls_band(area: str):
    """BLS figures for 11-3021 in an area, looked up through the first leadership role mapped to it."""
    roles = content.roles()
    role = roles[roles["soc_code"] == LEADERSHIP_SOC].iloc[0]
    return wages.for_role(role["id"], area)


def _seed_range() -> str:
    pay = content.leadership_pay()
    plus = "+" if pay.open_ended_high else ""
    return f"${pay.low:,} to ${pay.high:,}{plus}"


def pay_comparison(area: str = "national") -> pd.DataFrame:
    """The seed's one pay range for all leadership roles beside BLS's spread for 11-3021.

    The two measure different things, and the ``what it is`` column says so: the
    seed gives a range with no median and no year or currency; BLS gives
    percentiles across everyone in the occupation.
    """
    pay, band = content.leadership_pay(), _bls_band(area)
    seed_row = {
        "source": "Seed 001 (the leadership article)", "covers": pay.applies_to,
        "what it is": f"a range that varies with {listing(pay.varies_by)}. {pay.currency_note}",
        "low": f"${pay.low:,}", "middle": "the seed gives none", "high": f"${pay.high:,} or more",
    }
    bls_row = {
        "source": band.release, "covers": f"{band.occupation} ({band.soc_code}), {band.area.name}",
        "what it is": "10th percentile, median and 90th percentile of annual wages",
        "low": band.figure("p10"), "middle": band.figure("median"), "high": band.figure("p90"),
    }
    return FullTextTable([seed_row, bls_row])


def pay_text(area: str = "national") -> str:
    """The seed's range and BLS's figures in two sentences, for a notebook's nbval-checked cell."""
    pay, band = content.leadership_pay(), _bls_band(area)
    return (
        f"Seed 001, all IT leadership roles together: {_seed_range()} a year, "
        f"varying with {listing(pay.varies_by)}.\n{band.summary()}\n"
        f"10th to 90th percentile: {band.figure('p10')} to {band.figure('p90')} a year."
    )


def pay_chart(area: str = "national") -> Chart:
    """The seed's open-ended range above BLS's spread for 11-3021, on one dollar scale."""
    pay, band = content.leadership_pay(), _bls_band(area)
    figure, axes = new_figure(8.0, 2.6)
    axes.plot([pay.low, pay.high], [1, 1], color=PALETTE[1], linewidth=8, solid_capstyle="butt")
    if pay.open_ended_high:
        axes.annotate("", xy=(pay.high * 1.12, 1), xytext=(pay.high, 1),
                      arrowprops={"arrowstyle": "->", "color": PALETTE[1], "lw": 2})
    _bar(axes, band.p10, band.p90, width=2)
    _bar(axes, band.p25, band.p75, width=10)
    if band.median is not None:
        axes.plot([band.median], [0], marker="|", markersize=22, color="black")
    axes.text(pay.high, 1.25, f"{_seed_range()} a year".replace("$", r"\$"), ha="right", fontsize=8)
    axes.set_yticks([0, 1], [f"BLS {band.soc_code}\n{band.area.name}", "Seed 001\nall leadership roles"])
    axes.set_ylim(-0.7, 1.7)
    axes.set_xlim(0.8 * min(pay.low, band.p10 or pay.low), 1.2 * max(pay.high, band.p90 or pay.high))
    axes.set_title("IT leadership pay: the seed's one range and BLS's spread", fontsize=10)
    axes.xaxis.set_major_formatter(lambda value, _pos: f"\\${value / 1000:,.0f}k")
    axes.set_xlabel("dollars a year (BLS: thin line 10th-90th percentile, thick bar middle half, tick median)")
    return Chart(figure, _pay_alt_text(band))


def _bar(axes, low, high, width: float) -> None:
    """One BLS span on the bottom row; a span with an unreleased end is left out, not guessed."""
    if low is not None and high is not None:
        axes.plot([low, high], [0, 0], color=PALETTE[0], linewidth=width, solid_capstyle="butt")


def _pay_alt_text(band) -> str:
    return (
        f"Chart of two pay ranges. Seed 001 puts all IT leadership roles at {_seed_range()} a year. "
        f"BLS for {band.occupation} ({band.soc_code}) in {band.area.name}: 10th percentile {band.figure('p10')}, "
        f"middle half {band.figure('p25')} to {band.figure('p75')}, median {band.figure('median')}, "
        f"90th percentile {band.figure('p90')}."
    )
