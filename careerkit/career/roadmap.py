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


def where_you_stand(statuses: dict[str, str], plan: dict | None = None) -> str | None:
    """The role a learner stands in: the latest role they marked in progress, else the current role of
    their saved plan, else the latest role marked done; None when none of these is known."""
    roles = career_graph().roles
    marked = [role_id for role_id, status in statuses.items() if status == "in progress" and role_id in roles]
    if marked:
        return marked[-1]
    current = (plan or {}).get("current")
    if current in roles:
        return current
    done = [role_id for role_id, status in statuses.items() if status == "done" and role_id in roles]
    return done[-1] if done else None


def learner_track(statuses: dict[str, str], plan: dict | None = None) -> str | None:
    """The track of the role where the learner stands, or None (all tracks) when that is not known."""
    here = where_you_stand(statuses, plan)
    return career_graph().roles[here].track if here else None


def tracks() -> list[str]:
    """The tracks in the order data/roles.csv first uses them."""
    return list(dict.fromkeys(role.track for role in career_graph().roles.values()))


@dataclass(frozen=True)
class Layout:
    """A layered drawing of the roles: ``columns[role] = (column, row)`` and one path per move.

    Columns run left to right in career order: a move always goes one or more columns to the
    right, never up or down inside a column. A move that spans several columns passes through an
    empty slot (a row with no role) in each column it crosses, so a picture that draws labels in
    the role's slot and lines only between columns and through empty slots never draws a line
    across a label. Rows count from the top of each column; ``rows`` is the tallest column.
    """

    columns: dict[str, tuple[int, int]]
    paths: list[tuple[Move, tuple[tuple[int, int], ...]]]
    width: int
    rows: int

    def slot(self, role_id: str) -> tuple[int, int]:
        return self.columns[role_id]


def _base_column(role: Role, stage_order: int) -> int:
    """Stage order first; in the executive stage the pathway step adds columns (managers count as step 3)."""
    if role.stage == "executive":
        return stage_order - 1 + max((role.pathway_step or 3) - 3, 0)
    return stage_order - 1


def layered_layout(roles: list[Role], moves: list[Move]) -> Layout:
    """Columns by stage and pathway step, pushed right where a move would otherwise go sideways;
    rows ordered by the rows of what leads in (fewer crossings), with an empty slot per column a
    long move crosses. Used columns are renumbered from 0, so one track fills the picture's width."""
    graph = career_graph()
    track_rank = {track: index for index, track in enumerate(tracks())}
    column = {role.id: _base_column(role, graph.stages[role.stage].order) for role in roles}
    for _ in range(len(roles)):  # longest-path relaxation: a move always goes right
        changed = False
        for move in moves:
            if column[move.to_role] <= column[move.from_role]:
                column[move.to_role], changed = column[move.from_role] + 1, True
        if not changed:
            break
    used = {value: index for index, value in enumerate(sorted(set(column.values())))}
    column = {role_id: used[value] for role_id, value in column.items()}
    width = len(used)
    # slots: real roles and one pass-through per (move, column crossed)
    slots: list[list[tuple]] = [[] for _ in range(width)]
    by_id = {role.id: role for role in roles}
    for index, role in enumerate(roles):
        slots[column[role.id]].append(("role", role.id, (track_rank[role.track], index)))
    for number, move in enumerate(moves):
        for crossed in range(column[move.from_role] + 1, column[move.to_role]):
            slots[crossed].append(("pass", (number, crossed), None))
    order = _order_slots(slots, moves, column, by_id, track_rank)
    columns = {key[1]: (c, order[key]) for c, column_slots in enumerate(slots) for key in column_slots
               if key[0] == "role"}
    paths = []
    for number, move in enumerate(moves):
        points = [columns[move.from_role]]
        for crossed in range(column[move.from_role] + 1, column[move.to_role]):
            points.append((crossed, order[("pass", (number, crossed), None)]))
        points.append(columns[move.to_role])
        paths.append((move, tuple(points)))
    return Layout(columns, paths, width, max((len(column_slots) for column_slots in slots), default=0))


def _order_slots(slots, moves, column, by_id, track_rank) -> dict[tuple, int]:
    """Rows per column: the first column by track, each later one by the mean row of what leads in."""
    order: dict[tuple, int] = {}
    position: dict[tuple, float] = {}
    incoming: dict[tuple, list[tuple]] = {}
    for number, move in enumerate(moves):
        chain = [("role", move.from_role, None)]
        chain += [("pass", (number, crossed), None) for crossed in range(column[move.from_role] + 1, column[move.to_role])]
        chain.append(("role", move.to_role, None))
        for before, after in zip(chain, chain[1:]):
            incoming.setdefault(after[:2], []).append(before[:2])
    for column_slots in slots:
        def key(slot):
            leads = [position[lead] for lead in incoming.get(slot[:2], []) if lead in position]
            mean = sum(leads) / len(leads) if leads else float(slot[2][0] if slot[2] else 0)
            rank = slot[2] if slot[2] is not None else (len(track_rank), 0)
            return (mean, rank)
        column_slots.sort(key=key)
        for row, slot in enumerate(column_slots):
            order[slot] = row
            position[slot[:2]] = row
    return {slot: order[slot] for column_slots in slots for slot in column_slots}


def _check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValueError(f"Unknown status {status!r}; choose one of: {', '.join(STATUSES)}")
    return status


@dataclass
class Roadmap:
    """The roles of one track (or of all when ``track`` is None) and the learner's status for each."""

    track: str | None = None
    statuses: dict[str, str] = field(default_factory=dict)
    here: str | None = None
    """The role id where the learner stands (see ``where_you_stand``); the picture highlights it."""

    def __post_init__(self):
        if self.track is not None and self.track not in tracks():
            raise ValueError(f"Unknown track {self.track!r}; the tracks are: {', '.join(tracks())}")
        given, self.statuses = dict(self.statuses), {}
        for role_id, status in given.items():
            if role_id in career_graph().roles:
                self.statuses[role_id] = _check_status(status)
        if self.here is not None and self.here not in {role.id for role in self.roles}:
            self.here = None

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
        statuses = store.roadmap_statuses()
        return cls(track, statuses, where_you_stand(statuses, store.plan()))

    def layout(self) -> "Layout":
        """Where each role sits, and the path each move's arrow takes (see ``Layout``)."""
        return layered_layout(self.roles, self.edges)

    def alt_text(self) -> str:
        counts = {status: 0 for status in STATUSES}
        for role in self.roles:
            counts[self.statuses.get(role.id, "not started")] += 1
        where = f"the {self.track} track" if self.track else "all tracks"
        tally = ", ".join(f"{count} {status}" for status, count in counts.items())
        marked = "; ".join(
            f"{role.title}: {self.statuses[role.id]}" for role in self.roles if role.id in self.statuses
        )
        here = f" You are here: {career_graph().roles[self.here].title}." if self.here else ""
        return (
            f"Roadmap of {where}: {len(self.roles)} roles from entry to executive, left to right, "
            f"arrows for the moves between them. {tally}. {self.progress().text}"
            + (f" Marked: {marked}." if marked else "") + here
        )
