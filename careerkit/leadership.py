"""What a technology leader knows, does and uses, shaped for notebooks 05, 06, 07, 09 and 10.

Each notebook cell asks this module for one thing by name (``glossary_by_category()``,
``day_timeline()``, ``tool_quiz(seed=2026)``) so the cell reads as a sentence.
Everything comes from the leadership article (seed 001) through ``careerkit.content``;
where the seed lost a heading or broke off mid-sentence, the tables and pictures here
say which words are careerkit's, because a learner should never mistake our label for
the article's.

The ``*_summary`` functions return short plain text that the notebooks print under
``# NBVAL_CHECK_OUTPUT``: when the data changes, the notebook test names the change.
Quizzes come from ``careerkit.questionbank`` and record answers under the notebook's
own name, so the progress dashboard and the class view file them correctly.

ipywidgets is imported only inside ``walkthrough()``, and matplotlib only when a picture
is drawn, so importing this module stays cheap.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from careerkit import content
from careerkit.charts import PALETTE, Chart, new_figure
from careerkit.tables import FullTextTable, joined, listing

NOTEBOOKS = {
    "glossary": "05_key_concepts",
    "cto-digital-transformation": "06_use_case_cto",
    "it-manager-scaling-support": "07_use_case_it_manager",
    "day-in-the-life": "09_day_in_the_life",
    "tools": "10_tools_and_industries",
}
"""The notebook that teaches each topic or use case; quiz answers are stored under it."""

SEED_LABEL = "the seed"
OUR_LABEL = "careerkit (the seed lost it)"
SEED_STYLE = (PALETTE[0], "")
OUR_STYLE = (PALETTE[1], "//")
"""A block or group named by the seed is plain blue; one named by us is orange and hatched,
so the two differ in grey print too."""


# ---------------------------------------------------------------- shared helpers


def _named_by(in_seed: bool) -> str:
    return SEED_LABEL if in_seed else OUR_LABEL


def _store(store):
    if store is not None:
        return store
    from careerkit.progress import default_store

    return default_store()


def _bank_quiz(topic: str, n: int, seed, store, notebook: str | None = None):
    """A seeded quiz on one topic of the question bank, recorded under its notebook."""
    from careerkit.questionbank import default_bank

    return default_bank().sample(n, seed=seed, topics=topic, store=_store(store), notebook=notebook or NOTEBOOKS[topic])


def _one_question(question_id: str, notebook: str, store):
    """One named question of the bank as a quiz of its own, for a focused exercise."""
    from careerkit.questionbank import default_bank
    from careerkit.quiz import Quiz

    return Quiz([default_bank()[question_id]], store=_store(store), notebook=notebook)


def _board(groups: list[tuple[str, list[str], bool]], columns: int, width: float, box_height: float, title: str) -> object:
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
        _named_legend(axes, "heading kept in the seed", "name added by careerkit (heading lost in the seed)")
    inches = width / columns
    for position, (heading, items, in_seed) in enumerate(groups):
        column, row = position % columns, rows - 1 - position // columns
        _draw_box(axes, (column, row), heading, items, in_seed, inches, box_height)
    return figure


def _wrap_width(inches: float, points: float) -> int:
    """Characters that fit across ``inches`` of a box at a font size, with a margin."""
    return max(12, int(inches * 72 / (points * 0.62) * 0.85))


def _draw_box(axes, corner, heading: str, items: list[str], in_seed: bool, inches: float, box_height: float) -> None:
    from matplotlib.patches import Rectangle

    column, row = corner
    colour, hatch = SEED_STYLE if in_seed else OUR_STYLE
    title = textwrap.fill(heading, _wrap_width(inches, 9))
    band = (0.16 * (title.count("\n") + 1) + 0.06) / box_height
    axes.add_patch(Rectangle((column + 0.03, row + 0.04), 0.94, 0.92, facecolor="white", edgecolor=colour, linewidth=1.5))
    axes.add_patch(Rectangle((column + 0.03, row + 0.96 - band), 0.94, band, facecolor=colour, alpha=0.25,
                             edgecolor=colour, hatch=hatch, linewidth=1.5))
    axes.text(column + 0.5, row + 0.96 - band / 2, title, ha="center", va="center", fontsize=9, fontweight="bold")
    body = "\n".join(textwrap.fill(f"• {item}", _wrap_width(inches, 8), subsequent_indent="  ") for item in items)
    axes.text(column + 0.07, row + 0.96 - band - 0.05 / box_height, body, ha="left", va="top", fontsize=8, linespacing=1.3)


def _named_legend(axes, seed_words: str, our_words: str) -> None:
    """The key to the two styles: who named a heading, the seed or careerkit."""
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=SEED_STYLE[0], alpha=0.25, edgecolor=SEED_STYLE[0], label=seed_words),
        Patch(facecolor=OUR_STYLE[0], alpha=0.25, edgecolor=OUR_STYLE[0], hatch=OUR_STYLE[1], label=our_words),
    ]
    axes.legend(handles=handles, loc="upper center", ncol=2, fontsize=8, frameon=False, bbox_to_anchor=(0.5, 0.0))


# ---------------------------------------------------------------- 05 key concepts


def _glossary_in_category_order() -> pd.DataFrame:
    """Terms grouped by category, categories in the order the seed first reaches them."""
    glossary = content.glossary()
    order = list(dict.fromkeys(glossary["category"]))
    rank = glossary["category"].map(order.index)
    return glossary.assign(rank=rank).sort_values(["rank", "number"]).reset_index(drop=True)


def glossary_by_category() -> pd.DataFrame:
    """The eleven key concepts grouped by careerkit's four categories.

    The seed lists the terms in one numbered run; the grouping is ours, made so that
    terms a learner would confuse sit side by side (the ``number`` column keeps the
    seed's order).
    """
    glossary = _glossary_in_category_order()
    return FullTextTable({
        "category": glossary["category"],
        "number": glossary["number"],
        "term": glossary["term"],
        "definition": glossary["definition"],
        "examples the seed gives": [", ".join(examples) for examples in glossary["examples"]],
        "source": [joined(sources) for sources in glossary["source"]],
    })


def _category_groups() -> list[tuple[str, list[str]]]:
    glossary = _glossary_in_category_order()
    return [(category, list(group["term"])) for category, group in glossary.groupby("category", sort=False)]


def glossary_summary() -> str:
    """The terms per category in a few lines, for a checked notebook output."""
    groups = _category_groups()
    total = sum(len(terms) for _, terms in groups)
    lines = [f"{total} key concepts in {len(groups)} categories (the categories are careerkit's):"]
    lines += [f"- {category} ({len(terms)}): {', '.join(terms)}" for category, terms in groups]
    return "\n".join(lines)


def glossary_map() -> Chart:
    """The glossary as four boxes, one per category, so related terms are seen together."""
    groups = _category_groups()
    figure = _board([(category, terms, True) for category, terms in groups], columns=len(groups), width=9.0,
                    box_height=1.15, title="The key concepts in careerkit's four categories (the seed lists them in one run)")
    parts = [f"{category}: {listing(terms)}" for category, terms in groups]
    alt = f"The {sum(len(t) for _, t in groups)} key concepts in {len(groups)} boxes, one per category. " + "; ".join(parts) + "."
    return Chart(figure, alt)


def glossary_quiz(n: int = 5, seed=None, store=None):
    """A glossary quiz; a room that uses one seed gets the same questions in the same order."""
    return _bank_quiz("glossary", n, seed, store)


def glossary_matching(category: str = "delivery", store=None):
    """The matching question for one category: its terms against their masked definitions."""
    from careerkit.questionbank import slug

    groups = {category: terms for category, terms in _category_groups() if len(terms) >= 3}
    if category not in groups:
        raise ValueError(f"no matching question for glossary category {category!r}; choose one of: {', '.join(groups)}")
    return _one_question(f"glossary-matching:{slug(category)}", NOTEBOOKS["glossary"], store)


def glossary_short_answer(term: str = "cloud-computing", store=None):
    """Type the term for a definition; ``term`` is a glossary id such as 'cloud-computing'."""
    ids = list(content.glossary()["id"])
    if term not in ids:
        raise ValueError(f"no glossary term with id {term!r}; the ids are: {', '.join(ids)}")
    return _one_question(f"glossary-short-answer:{term}", NOTEBOOKS["glossary"], store)


# ---------------------------------------------------------------- 06 and 07 use cases


def _use_case(use_case_id: str):
    from careerkit.walkthrough import find_use_case

    return find_use_case(use_case_id)


def _serving(case) -> dict[str, list[int]]:
    """For each goal id, the numbers of the actions that serve it (careerkit's reading)."""
    return {goal.id: [a.number for a in case.actions if goal.id in a.serves_goals] for goal in case.goals}


def use_case_summary(use_case_id: str) -> str:
    """Who leads, the goals and the actions in order, for a checked notebook output."""
    case = _use_case(use_case_id)
    leader = content.find_role(case.role)["title"]
    lines = [f"{case.title}", f"Leader: {leader} ({case.level})", f"Goals ({len(case.goals)}):"]
    lines += [f"- {goal.text}" for goal in case.goals]
    lines.append(f"Actions ({len(case.actions)}), in the seed's order:")
    lines += [f"{action.number}. {action.title}" for action in case.actions]
    return "\n".join(lines)


def goals_table(use_case_id: str) -> pd.DataFrame:
    """The use case's goals and, in careerkit's reading, the actions that serve each."""
    case = _use_case(use_case_id)
    serving = _serving(case)
    return FullTextTable({
        "goal": [goal.text for goal in case.goals],
        "served by actions (careerkit's reading)": [", ".join(map(str, serving[goal.id])) for goal in case.goals],
    })


def actions_table(use_case_id: str) -> pd.DataFrame:
    """The eight actions in the seed's order with what each involves."""
    case = _use_case(use_case_id)
    goals = {goal.id: goal.text for goal in case.goals}
    return FullTextTable({
        "step": [action.number for action in case.actions],
        "action": [action.title for action in case.actions],
        "what it involves": [action.involves for action in case.actions],
        "goals it serves (careerkit's reading)": [joined(goals[g].rstrip(".") for g in action.serves_goals) for action in case.actions],
    })


def goal_matrix(use_case_id: str) -> Chart:
    """Actions down, goals across, a dot where an action serves a goal.

    The links are careerkit's reading, not the seed's, and the picture's title and
    text alternative both say so.
    """
    case = _use_case(use_case_id)
    figure, axes = new_figure(9.0, 1.2 + 0.42 * len(case.actions))
    for column, goal in enumerate(case.goals):
        rows = [row for row, action in enumerate(case.actions) if goal.id in action.serves_goals]
        axes.scatter([column] * len(rows), rows, s=140, color=PALETTE[column % len(PALETTE)], marker="os^D"[column % 4])
    axes.set_xticks(range(len(case.goals)), [textwrap.fill(goal.text, 20) for goal in case.goals], fontsize=8)
    axes.xaxis.tick_top()
    axes.set_yticks(range(len(case.actions)), [f"{a.number}. {a.title}" for a in case.actions], fontsize=9)
    axes.set_ylim(len(case.actions) - 0.5, -0.5)
    axes.set_xlim(-0.5, len(case.goals) - 0.5)
    axes.grid(color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    axes.set_xlabel("Which goal each action serves: careerkit's reading; the seed does not link them", fontsize=9)
    serving = _serving(case)
    parts = [f"'{goal.text}' by actions {listing(serving[goal.id])}" for goal in case.goals]
    alt = (f"A grid of the {len(case.actions)} actions of '{case.title}' against its {len(case.goals)} goals, "
           f"in careerkit's reading (the seed does not say which action serves which goal): " + "; ".join(parts) + ".")
    return Chart(figure, alt)


def action_order_quiz(use_case_id: str, store=None):
    """Put the leader's actions back in the seed's order (the bank's ordering question)."""
    _use_case(use_case_id)
    return _one_question(f"use-case-order:{use_case_id}", NOTEBOOKS[use_case_id], store)


def walkthrough(use_case_id: str, seed: int = 0, store=None):
    """The use case as a decision game, recorded under its own notebook's name."""
    from careerkit.widgets import UseCaseWalkthrough

    return UseCaseWalkthrough(use_case_id, seed=seed, store=_store(store), notebook=NOTEBOOKS[use_case_id])


def compare_use_cases() -> pd.DataFrame:
    """The two use cases' actions side by side, step by step, to compare a C-suite and a middle-management leader."""
    cases = content.use_cases()
    steps = max(len(case.actions) for case in cases)
    columns = {"step": list(range(1, steps + 1))}
    for case in cases:
        leader = content.find_role(case.role)["title"]
        titles = [action.title for action in case.actions]
        columns[f"{leader} ({case.level})"] = titles + [""] * (steps - len(titles))
    return FullTextTable(columns)


# ---------------------------------------------------------------- 09 a day in the life


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
        "block named by": [_named_by(kept) for kept in day["block_heading_in_seed"]],
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
    _named_legend(axes, "block heading kept in the seed", "label added by careerkit (heading lost in the seed)")
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


def day_quiz(n: int = 5, seed=None, store=None):
    """Which block of the day an activity belongs to."""
    return _bank_quiz("day-in-the-life", n, seed, store)


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
    """Match a trait to its description; only the traits the seed describes in full are asked."""
    return _bank_quiz("traits", n, seed, store, notebook=NOTEBOOKS["day-in-the-life"])


# ---------------------------------------------------------------- 10 tools and industries


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
    figure = _board([(category, examples, True) for category, _, examples in groups], columns=3, width=9.0,
                    box_height=1.45, title="A technology leader's tools: the seed's nine categories and its examples")
    parts = [f"{category}: {listing(examples)}" for category, _, examples in groups]
    return Chart(figure, f"The {len(groups)} tool categories as boxes, each listing the seed's examples. " + "; ".join(parts) + ".")


def tool_quiz(n: int = 5, seed=None, store=None):
    """Which category the seed lists a named tool under."""
    return _bank_quiz("tools", n, seed, store)


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
        "sector named by": [_named_by(in_seed) for _, _, in_seed in groups],
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
    figure = _board(groups, columns=5, width=11.0, box_height=1.75,
                    title="Sectors that need technology leaders, with the seed's example organisations")
    parts = [f"{sector}{'' if kept else ' (name ours)'}: {len(examples)} examples" for sector, examples, kept in groups]
    alt = (f"The {len(groups)} sectors as boxes listing the seed's example organisations; hatched orange boxes are "
           f"sectors whose heading the seed lost, so careerkit named them. " + "; ".join(parts) + ".")
    return Chart(figure, alt)
