"""Notebooks 06 and 07, the two leadership use cases: summaries, goals, actions and the walkthrough.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from careerkit import content
from careerkit.learning.progress import store_or_default
from careerkit.learning.walkthrough import find_use_case
from careerkit.pages.common import NOTEBOOKS, one_question
from careerkit.present.charts import PALETTE, Chart, new_figure
from careerkit.present.tables import FullTextTable, joined, listing
from careerkit.widgets import UseCaseWalkthrough


def _use_case(use_case_id: str):

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
    return one_question(f"use-case-order:{use_case_id}", NOTEBOOKS[use_case_id], store)


def walkthrough(use_case_id: str, seed: int = 0, store=None):
    """The use case as a decision game, recorded under its own notebook's name."""
    return UseCaseWalkthrough(use_case_id, seed=seed, store=store_or_default(store), notebook=NOTEBOOKS[use_case_id])


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
