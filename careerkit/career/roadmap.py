"""The career ladder as a map a learner marks up: one node per role, one edge per move.

Columns are the four stages and rows are the tracks (infrastructure,
software, data, ...), so a learner sees both how far up and which way they are
heading. Each node carries a status the learner sets; it is saved in the
progress store under the role's id, which never changes when a title is
reworded. A notebook shows it with ``careerkit.widgets.Roadmap(track=...)``.
"""

from dataclasses import dataclass, field

from careerkit.content.careergraph import Move, Role, career_graph, role_by_name

STATUSES = ("not started", "in progress", "done", "skipped")
# Palette colour and marker per status: the shape tells the status too, not colour alone.


@dataclass(frozen=True)
class Progress:
    """done / (all - skipped): a skipped role is neither done nor still to do."""

    done: int
    counted: int
    skipped: int

    @property
    def percent(self) -> float | None:
        return None if self.counted == 0 else 100.0 * self.done / self.counted

    @property
    def text(self) -> str:
        if self.percent is None:
            return "No progress to show: every role here is skipped."
        skipped = f" ({self.skipped} skipped, not counted)" if self.skipped else ""
        return f"{self.percent:.0f}% done: {self.done} of {self.counted} roles{skipped}."


def tracks() -> list[str]:
    """The tracks in the order data/roles.csv first uses them."""
    return list(dict.fromkeys(role.track for role in career_graph().roles.values()))


def _step_offset(role: Role) -> float:
    return 0.3 * (role.pathway_step - 3) if role.stage == "executive" and role.pathway_step else 0.0


def _stack_order(role: Role) -> int:
    """In the executive column earlier pathway steps stack first (managers without a step count as 3)."""
    return (role.pathway_step or 3) if role.stage == "executive" else 0


def _check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValueError(f"Unknown status {status!r}; choose one of: {', '.join(STATUSES)}")
    return status


@dataclass
class Roadmap:
    """The roles of one track (or of all when ``track`` is None) and the learner's status for each."""

    track: str | None = None
    statuses: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        if self.track is not None and self.track not in tracks():
            raise ValueError(f"Unknown track {self.track!r}; the tracks are: {', '.join(tracks())}")
        given, self.statuses = dict(self.statuses), {}
        for role_id, status in given.items():
            if role_id in career_graph().roles:
                self.statuses[role_id] = _check_status(status)

    @property
    def roles(self) -> list[Role]:
        """The roles shown, by stage then in data/roles.csv order."""
        graph = career_graph()
        shown = [role for role in graph.roles.values() if self.track is None or role.track == self.track]
        return sorted(shown, key=lambda role: graph.stages[role.stage].order)

    @property
    def edges(self) -> list[Move]:
        shown = {role.id for role in self.roles}
        return [move for move in career_graph().moves if move.from_role in shown and move.to_role in shown]

    def status(self, role: str) -> str:
        return self.statuses.get(role_by_name(role).id, "not started")

    def set_status(self, role: str, status: str) -> Role:
        """Set one role's status; returns the role so a caller can save it under its id."""
        found = role_by_name(role)
        self.statuses[found.id] = _check_status(status)
        return found

    def progress(self) -> Progress:
        states = [self.statuses.get(role.id, "not started") for role in self.roles]
        skipped = states.count("skipped")
        return Progress(states.count("done"), len(states) - skipped, skipped)

    def save(self, store, role: str, notebook: str = "") -> None:
        store.record_roadmap_status(role_by_name(role).id, self.status(role), notebook=notebook)

    @classmethod
    def load(cls, store, track: str | None = None) -> "Roadmap":
        """The learner's latest statuses; statuses of roles no longer in the data are dropped."""
        return cls(track, store.roadmap_statuses())

    def layout(self) -> dict[str, tuple[float, float]]:
        """Where each role sits: x = stage, y = track row (roles sharing a cell stack downwards).

        In the executive column a role's pathway step nudges it right (step 3
        sits on the column), so the step-to-step moves there slope instead of
        running over one another down a single line.
        """
        graph = career_graph()
        positions, top = {}, 0
        for track in tracks():
            cells: dict[str, int] = {}
            for role in sorted((role for role in self.roles if role.track == track), key=_stack_order):
                x = graph.stages[role.stage].order + _step_offset(role)
                positions[role.id] = (x, -(top + cells.get(role.stage, 0)))
                cells[role.stage] = cells.get(role.stage, 0) + 1
            top += max(cells.values(), default=0)
        return positions

    def alt_text(self) -> str:
        counts = {status: 0 for status in STATUSES}
        for role in self.roles:
            counts[self.statuses.get(role.id, "not started")] += 1
        where = f"the {self.track} track" if self.track else "all tracks"
        tally = ", ".join(f"{count} {status}" for status, count in counts.items())
        marked = "; ".join(
            f"{role.title}: {self.statuses[role.id]}" for role in self.roles if role.id in self.statuses
        )
        return (
            f"Roadmap of {where}: {len(self.roles)} roles in stage columns from entry to executive, "
            f"arrows for the moves between them. {tally}. {self.progress().text}"
            + (f" Marked: {marked}." if marked else "")
        )
