"""A learner's self-assessment on the seven required leadership skills and the traits (each name once).

How the gap is defined, and why: the seeds name the skills and traits that IT
leaders need, but they give no level per role ("a CTO needs 5 in risk
management" appears nowhere). So this workbook invents no target numbers.
The learner rates each item from 1 to 5 and chooses their own bar (the level
they want to reach, 3 unless they move it); the gaps are the rated items below
that bar, largest shortfall first. A target role adds what the seeds *do* say
about it: the skills they name for its stage and pathway step, and whether it
is a leadership role, which is what makes these items apply to it.

A notebook shows it with ``careerkit.widgets.SelfAssessment``; the gaps can go into an exported plan:
``careerkit.present.markdown.plan_markdown(plan, assessment)``.
"""

import functools
from dataclasses import dataclass, field

from careerkit import content
from careerkit.content.careergraph import Role, career_graph, role_by_name

SCALE = {
    1: "1 - not yet",
    2: "2 - beginning",
    3: "3 - developing",
    4: "4 - confident",
    5: "5 - strong",
}
"""The labelled 1-5 scale; the words describe the learner's own view, not a seed's level."""
DEFAULT_BAR = 3
NOT_RATED = 0
"""What the store keeps when a learner clears a rating (the store holds whole numbers only)."""


@dataclass(frozen=True)
class Item:
    """One thing to rate: a required skill (``skill:<id>``) or a trait (``trait:<id>``)."""

    key: str
    kind: str
    name: str
    description: str
    source: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    item: Item
    rating: int
    bar: int

    @property
    def shortfall(self) -> int:
        return self.bar - self.rating

    @property
    def text(self) -> str:
        return f"{self.item.name}: you rated {SCALE[self.rating]}, your bar is {SCALE[self.bar]}"


@functools.cache
def items() -> tuple[Item, ...]:
    """The seven required skills, then the traits, in seed order; each name once.

    The seeds list "Strategic thinking" both as a required skill and as a trait. Rating the
    same thing twice would let one answer count as a gap and the other as "not rated", so a
    trait whose name is already a skill is asked once, as the skill (its sources joined).
    """
    skills = {skill.name.casefold(): skill for skill in career_graph().required_skills()}
    traits = content.traits().sort_values("number")
    also_traits = {
        row.name.casefold(): tuple(row.source) for row in traits.itertuples(index=False) if row.name.casefold() in skills
    }
    asked = [
        Item(f"skill:{skill.id}", "skill", skill.name, skill.description,
             tuple(dict.fromkeys((*skill.source, *also_traits.get(name, ())))))
        for name, skill in skills.items()
    ]
    asked += [
        Item(f"trait:{row.id}", "trait", row.name, row.description, tuple(row.source))
        for row in traits.itertuples(index=False)
        if row.name.casefold() not in skills
    ]
    return tuple(asked)


def _item(key: str) -> Item:
    for item in items():
        if item.key == key:
            return item
    raise ValueError(f"No self-assessment item '{key}'; the items are: {', '.join(i.key for i in items())}")


def _level(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise ValueError(f"{what} must be a whole number from 1 to 5, got {value!r}")
    return value


@dataclass
class Assessment:
    """The learner's ratings (item key -> 1..5), their bar and, optionally, a target role."""

    ratings: dict[str, int] = field(default_factory=dict)
    bar: int = DEFAULT_BAR
    target: Role | None = None

    def __post_init__(self):
        given, self.ratings = dict(self.ratings), {}
        for key, value in given.items():
            self.rate(key, value)
        self.bar = _level(self.bar, "the bar")
        if isinstance(self.target, str):
            self.target = role_by_name(self.target)

    def rate(self, key: str, value: int | None) -> None:
        """Set one rating; None clears it (an unrated item is never counted as a gap)."""
        _item(key)
        if value is None:
            self.ratings.pop(key, None)
        else:
            self.ratings[key] = _level(value, f"the rating for '{key}'")

    def set_bar(self, value: int) -> None:
        self.bar = _level(value, "the bar")

    def set_target(self, name: str | None) -> None:
        self.target = role_by_name(name) if name else None

    def gaps(self) -> list[Gap]:
        """Rated items below the bar, the largest shortfall first, then in seed order."""
        found = [Gap(item, self.ratings[item.key], self.bar) for item in items() if self.ratings.get(item.key, self.bar) < self.bar]
        return sorted(found, key=lambda gap: -gap.shortfall)

    def unrated(self) -> list[Item]:
        return [item for item in items() if item.key not in self.ratings]

    def target_note(self) -> str:
        """What the seeds say about the target role, so a learner reads the gaps in context."""
        if self.target is None:
            return "No target role chosen: the gaps are measured against your bar only."
        title = self.target.title
        if self.target.is_leadership:
            return f"{title} is a leadership role: the seeds name these skills and traits for such roles."
        return (
            f"{title} is not a leadership role: the seeds name these skills and traits for IT leaders, "
            "so read the gaps as preparation for a later move."
        )

    def target_skills(self) -> list[str]:
        """Names of the skills the seeds give for the target's stage and pathway step (not rated here)."""
        if self.target is None:
            return []
        return [skill.name for skill in career_graph().skills_for(self.target) if skill.kind != "required"]

    @property
    def rated(self) -> int:
        return len(items()) - len(self.unrated())

    def summary(self) -> str:
        gaps = self.gaps()
        rated = self.rated
        if rated == 0:
            return f"0 of {len(items())} rated yet, so there are no gaps to show."
        if not gaps:
            return f"{rated} of {len(items())} rated; none below your bar of {SCALE[self.bar]}."
        names = ", ".join(f"{gap.item.name} ({gap.rating})" for gap in gaps)
        return f"{rated} of {len(items())} rated; below your bar of {self.bar}: {names}."

    def save(self, store, notebook: str = "") -> None:
        """Write every rating to the progress store (a cleared rating is kept as 0)."""
        for item in items():
            value = self.ratings.get(item.key, NOT_RATED)
            store.record_self_assessment(item.key, value, notebook=notebook)

    def save_one(self, store, key: str, notebook: str = "") -> None:
        store.record_self_assessment(key, self.ratings.get(key, NOT_RATED), notebook=notebook)

    @classmethod
    def load(cls, store, bar: int = DEFAULT_BAR, target: str | None = None) -> "Assessment":
        """The learner's latest ratings from the store; rows for items we no longer ask about are ignored."""
        known = {item.key for item in items()}
        latest = store.self_assessments()
        ratings = {
            key: int(value)
            for key, value in zip(latest["item_id"], latest["rating"])
            if key in known and int(value) in SCALE
        }
        return cls(ratings, bar, target)
