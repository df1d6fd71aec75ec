"""Notebook 12, your career plan: the self-assessment, a route's wages, and the plan exported to a file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from careerkit import content
from careerkit.career import salary
from careerkit.career.assessment import Assessment, items
from careerkit.learning.progress import store_or_default
from careerkit.pages.common import NOTEBOOKS, caveats_text
from careerkit.present.assessment_chart import chart as assessment_chart
from careerkit.present.files import plan_path
from careerkit.present.markdown import write_plan
from careerkit.present.salary_chart import chart as wage_chart
from careerkit.present.tables import FullTextTable

__all__ = [
    "assessment_chart", "assessment_items_text", "canada_route", "caveats_text", "export_path", "export_plan",
    "my_assessment", "plan_table", "route_wages", "wage_chart",
]


def assessment_items_text() -> str:
    """The things the self-assessment asks about, as two lists; a trait that is also a skill is asked once."""
    skills = [item.name for item in items() if item.kind == "skill"]
    traits = [item.name for item in items() if item.kind == "trait"]
    both = [item.name for item in items() if item.kind == "skill" and len(item.source) > 1
            and item.name in set(content.traits()["name"])]
    once = f"\nAlso a trait, asked once as a skill: {', '.join(both)}" if both else ""
    return f"{len(skills)} required skills: {', '.join(skills)}\n{len(traits)} traits: {', '.join(traits)}{once}"


def my_assessment(target: str | None = None, store=None):
    """The learner's saved self-assessment ratings, measured against ``target`` if given."""
    return Assessment.load(store_or_default(store), target=target)


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
    """The BLS wage bands of every role on the route, in the plan's area (a careerkit.career.salary result)."""
    return salary.compare_roles([role.title for role in plan.roles], plan.area)


def canada_route(plan, where: str = "Toronto") -> pd.DataFrame:
    """Every role on the route in both countries, side by side and never merged (see
    ``careerkit.career.salary.route_in_both_countries``)."""
    return FullTextTable(salary.route_in_both_countries(plan.roles, plan.area, where))


def export_path(plan) -> Path:
    """Where a plan is saved unless the learner names a file: the visible exports folder
    (``careerkit-exports`` beside the notebook, or ``$CAREERKIT_EXPORTS``; see ``careerkit.present.files``)."""
    return plan_path(plan)


def export_plan(plan, path: str | Path | None = None, store=None, notebook: str = "", goal: str | None = None) -> Path:
    """Write the plan as Markdown, with the learner's self-assessment gaps when they have rated anything,
    and ``goal`` (the learner's own words) at the top.

    The plan is also saved to the store under ``notebook`` (notebook 12 when not given),
    so resetting that notebook removes it.
    """
    store = store_or_default(store)
    ratings = my_assessment(plan.target.id, store)
    written = write_plan(plan, Path(path).expanduser() if path else export_path(plan),
                          assessment=ratings if ratings.ratings else None, date=date.today().isoformat(), goal=goal)
    store.save_plan(plan.to_dict(), notebook=notebook or NOTEBOOKS["plan"])
    return written
