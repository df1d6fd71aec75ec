"""A learner's route from the role they have to the role they want.

A notebook cell reads ``plan("Help desk technician", "IT manager", area="Austin")``;
it walks data/moves.csv and lists, for every move, the skills and
certifications the seeds name, the time the seeds give (or say that they give
none), and the BLS wages of the role reached. Nothing here guesses a number:
where the seeds are silent the plan says so in words.
"""

import functools
import heapq
from dataclasses import dataclass, field

from careerkit import content
from careerkit.content import wages
from careerkit.content.careergraph import (
    CareerGraph,
    Certification,
    Move,
    Role,
    Skill,
    career_graph,
    certifications,
    role_by_name,
)

NO_NUMBER = "the seeds give no number"
BASIS_WORDS = {
    "stage": "from the seeds' career stages",
    "pathway": "from the leadership seed's career pathway",
    "interpretation": "the workbook's own reading: no seed draws this move",
}
"""How the planner names a move's basis. Only 'pathway' moves are drawn by a seed (001's
career pathway); seed 000 places roles in stages but draws no move between them, so the
moves that follow its stage order are the workbook's reading, and the planner says so."""


class PlanError(ValueError):
    """No route: the target is below the current role, unreachable, or the same role."""


@dataclass(frozen=True)
class Wage:
    """The to-role's pay in the chosen area, or the reason there is none (``band`` is then None)."""

    band: object | None
    note: str
    caveats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    """One move of a plan, with everything a learner needs to judge it."""

    from_role: Role
    to_role: Role
    move: Move
    skills: tuple[Skill, ...]
    certifications: tuple[Certification, ...]
    wage: Wage

    @property
    def label(self) -> str:
        return f"{self.from_role.title} -> {self.to_role.title}"

    @property
    def years(self) -> str:
        """The seeds' figure for this move in words, never an estimate of ours."""
        low, high = self.move.years_min, self.move.years_max
        if low is None and high is None:
            return NO_NUMBER
        if low is None or high is None or low == high:
            return f"about {low if high is None else high} years"
        return f"about {low}-{high} years"

    @property
    def basis(self) -> str:
        return BASIS_WORDS.get(self.move.basis, self.move.basis)


@dataclass(frozen=True)
class TotalYears:
    """The plan's total time: a sum only when the seeds give a figure for every move."""

    years_min: int | None
    years_max: int | None
    missing: tuple[str, ...]

    @property
    def text(self) -> str:
        if not self.missing:
            return f"about {self.years_min}-{self.years_max} years in total (the sum of the seeds' figures)"
        moves = "; ".join(self.missing)
        return f"No total: {NO_NUMBER} for {len(self.missing)} move(s): {moves}."


@dataclass(frozen=True)
class Plan:
    current: Role
    target: Role
    area: str
    area_name: str
    steps: tuple[Step, ...] = field(default_factory=tuple)

    @property
    def roles(self) -> list[Role]:
        return [self.current, *(step.to_role for step in self.steps)]

    @property
    def total_years(self) -> TotalYears:
        missing = tuple(step.label for step in self.steps if step.years == NO_NUMBER)
        if missing:
            return TotalYears(None, None, missing)
        low = sum(step.move.years_min or step.move.years_max for step in self.steps)
        high = sum(step.move.years_max or step.move.years_min for step in self.steps)
        return TotalYears(low, high, ())

    def to_dict(self) -> dict:
        """What the progress store keeps: enough to rebuild the plan with :func:`plan`."""
        return {
            "current": self.current.id,
            "target": self.target.id,
            "area": self.area,
            "route": [role.id for role in self.roles],
        }


def shortest_route(graph: CareerGraph, start: str, goal: str) -> list[Move] | None:
    """The fewest moves from start to goal, or None when goal cannot be reached.

    Among routes of equal length the one with fewer moves of our own
    interpretation wins, then the one whose moves come first in data/moves.csv,
    so the same question always gets the same answer.
    """
    queue = [((0, 0, ()), start, ())]
    settled = set()
    while queue:
        cost, role_id, route = heapq.heappop(queue)
        if role_id == goal:
            return list(route)
        if role_id in settled:
            continue
        settled.add(role_id)
        for move in graph.moves_from(role_id):
            if move.to_role not in settled:
                length, guesses, orders = cost
                key = (length + 1, guesses + (not move.from_seeds), (*orders, move.order))
                heapq.heappush(queue, (key, move.to_role, (*route, move)))
    return None


def reachable(graph: CareerGraph, start: str) -> set[str]:
    """Every role some sequence of moves leads to from ``start`` (start excluded)."""
    seen, frontier = set(), [start]
    while frontier:
        role_id = frontier.pop()
        for move in graph.moves_from(role_id):
            if move.to_role not in seen:
                seen.add(move.to_role)
                frontier.append(move.to_role)
    seen.discard(start)
    return seen


def route(current: str, target: str) -> list[Move]:
    """The moves of the plan from ``current`` to ``target`` (names, titles or aliases)."""
    graph = career_graph()
    start, goal = role_by_name(current), role_by_name(target)
    if start.id == goal.id:
        raise PlanError(f"The current role and the target are the same ({start.title}); choose a role to move to.")
    moves = shortest_route(graph, start.id, goal.id)
    if moves is not None:
        return moves
    if graph.stage_order(goal.id) < graph.stage_order(start.id):
        raise PlanError(
            f"{goal.title} ({goal.stage} stage) is below {start.title} ({start.stage} stage); "
            "the planner only plans moves up the ladder."
        )
    raise PlanError(
        f"No route from {start.title} to {goal.title} in data/moves.csv: "
        f"from {start.title} the moves lead to {_names(graph, reachable(graph, start.id))}."
    )


def _names(graph: CareerGraph, role_ids: set[str]) -> str:
    if not role_ids:
        return "no other role"
    return ", ".join(sorted(graph.roles[role_id].title for role_id in role_ids))


def plan(current: str, target: str, area: str = "national") -> Plan:
    """A plan from ``current`` to ``target`` with wages for ``area`` (a state, metro or "national").

    Raises PlanError when there is no route up, and careerkit.content.wages.UnknownArea
    (listing close matches) when the area is not one BLS publishes.
    """
    graph = career_graph()
    moves = route(current, target)
    place = wages.resolve_area(area)
    steps, covered = [], set()
    for move in moves:
        to_role = graph.roles[move.to_role]
        certs = tuple(cert for cert in certifications_for(to_role) if cert.id not in covered)
        covered.update(cert.id for cert in certs)
        skills = tuple(graph.skills_for(to_role))
        steps.append(Step(graph.roles[move.from_role], to_role, move, skills, certs, wage_for(to_role, place)))
    return Plan(steps[0].from_role, steps[-1].to_role, area, place.name, tuple(steps))


@functools.cache
def wage_for(role: Role, area) -> Wage:
    """The role's wage band in ``area`` (a wages.Area), or BLS's reason for having none, as text.

    Cached: a learner who flips between two targets should not pay for the
    same table lookups twice.
    """
    canada = noc_text(role.id)
    try:
        band = wages.for_role(role.id, area=area)
    except wages.NoWageData as reason:
        return Wage(None, f"{reason} {canada}")
    mapping = f"US: SOC 2018 {band.soc_code} {band.occupation}: {band.soc_reason} {canada}"
    return Wage(band, mapping, tuple(band.caveats))


@functools.cache
def noc_text(role_id: str) -> str:
    """The role's Canadian occupation beside the US one: NOC 2021 unit group, TEER and fit, or why none."""
    role = content.find_role(role_id)
    if not isinstance(role["noc_code"], str) or not role["noc_code"]:
        return f"Canada: no NOC 2021 unit group fits ({role['noc_reason']})"
    return (
        f"Canada: NOC 2021 {role['noc_code']} {role['noc_title']} (TEER {int(role['teer'])}, fit {role['noc_fit']}); "
        "Job Bank wages for it are in CAD and are never merged with these US figures."
    )


def certifications_for(role: Role) -> list[Certification]:
    """Certifications the seeds place at the role's stage or pathway step."""
    return [
        cert
        for cert in certifications()
        if cert.stage == role.stage or (cert.pathway_step is not None and cert.pathway_step == role.pathway_step)
    ]


def route_text(plan: Plan) -> str:
    """The route in one sentence: what the picture shows, for a screen reader and a test."""
    stops = " -> ".join(f"{role.title} ({role.stage})" for role in plan.roles)
    count = len(plan.steps)
    return f"Route from {plan.current.title} to {plan.target.title} in {count} move{'s' if count != 1 else ''}: {stops}."
