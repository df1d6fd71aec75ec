"""Spaced-repetition flashcards: which card to show next, and when to show it again.

Scheduling is FSRS (the ``fsrs`` package) with fuzzing off, so the interval a
button promises is the interval the learner gets. Every rating is saved to the
progress store, so a deck built tomorrow over the same store picks up where the
learner stopped: a card forgotten yesterday comes first today.

The glossary deck is used in the notebook on leadership concepts; ``deck_from``
builds a deck from any content table.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from careerkit.content import glossary
from careerkit.learning.progress import store_or_default

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
RATING_HINTS = {
    1: "You forgot it. The card comes back soon.",
    2: "You remembered, but the recall was slow or difficult. Not for a card you forgot: press Again then, "
    "because Hard on a forgotten card makes the gaps between reviews grow too fast.",
    3: "You remembered after a moment's thought.",
    4: "You knew it instantly, without effort.",
}


@dataclass(frozen=True)
class Card:
    """One flashcard; ``id`` comes from the content (e.g. 'glossary:cloud-computing') so progress survives edits."""

    id: str
    front: str
    back: str
    topic: str = ""


@dataclass(frozen=True)
class Outcome:
    """What a rating did: when the card is due next and how far away that is."""

    card: Card
    rating: int
    due: datetime
    interval: timedelta

    def text(self) -> str:
        return f"Rated {RATINGS[self.rating]}. Next review in {format_interval(self.interval)}."


@dataclass(frozen=True)
class Status:
    """The numbers a learner sees under the card."""

    due_now: int
    new_today: int
    new_per_day: int
    next_due: datetime | None

    def text(self) -> str:
        parts = [f"{self.due_now} due now", f"{self.new_today} of {self.new_per_day} new cards introduced today"]
        if self.next_due is not None:
            parts.append(f"next review due {local_time(self.next_due)}")
        return " · ".join(parts)


def format_interval(interval: timedelta) -> str:
    """An interval in the unit a person would use: minutes, hours, days, months or years."""
    minutes = max(1, round(interval.total_seconds() / 60))
    days = interval.total_seconds() / 86400
    if minutes < 60:
        return f"{minutes} min"
    if days < 1:
        return f"{round(minutes / 60)} h"
    if days < 60:
        whole = round(days)
        return f"{whole} day" if whole == 1 else f"{whole} days"
    if days < 365:
        return f"{round(days / 30)} months"
    return f"{days / 365:.1f} years"


def rating_guide(preview: Mapping[int, timedelta] | None = None) -> list[str]:
    """When to press each rating, in plain words, with the interval it gives when ``preview`` has one.

    Shown as text beside the buttons, not only as tooltips: a keyboard or touch user never
    sees a tooltip, and pressing Hard for a forgotten card is the mistake that costs most.
    """
    preview = preview or {}
    return [
        f"{name} (next review in {format_interval(preview[value])}): {RATING_HINTS[value]}"
        if value in preview else f"{name}: {RATING_HINTS[value]}"
        for value, name in RATINGS.items()
    ]


def parse_rating(rating) -> int:
    """Accept 1-4, an ``fsrs.Rating`` or a button name ('good'); refuse anything else clearly."""
    if isinstance(rating, str):
        names = {name.lower(): value for value, name in RATINGS.items()}
        if rating.strip().lower() in names:
            return names[rating.strip().lower()]
    elif isinstance(rating, int) and not isinstance(rating, bool) and int(rating) in RATINGS:
        return int(rating)
    raise ValueError(f"rating must be Again, Hard, Good or Easy (or 1-4), got {rating!r}")


def local_time(when: datetime, zone=None) -> str:
    """A due time as the learner reads a clock, e.g. "2026-12-03 09:30 (your local time, EST)".

    The deck hands over times already in its clock's zone, which is the machine's local zone
    unless a test injects another; ``zone`` converts first. A naive time is taken as UTC (the store's).
    """
    local = when if when.tzinfo else when.replace(tzinfo=UTC).astimezone()
    if zone is not None:
        local = local.astimezone(zone)
    name = local.tzname() or ""
    return f"{local:%Y-%m-%d %H:%M} (your local time{', ' + name if name else ''})"


def _local_now() -> datetime:
    return datetime.now(UTC).astimezone()


def _fsrs_id(card_id: str) -> int:
    return int(hashlib.sha1(card_id.encode("utf-8")).hexdigest()[:12], 16)


class Deck:
    """A study session over a set of cards: due cards first (earliest first), then today's new cards.

    ``now`` is a callable returning an aware datetime (inject one in tests); "today" for the
    new-card limit is the calendar day in ``now()``'s time zone.
    """

    def __init__(
        self,
        cards: Iterable[Card],
        store=None,
        notebook: str = "",
        new_per_day: int = 10,
        now: Callable[[], datetime] | None = None,
        missed: dict[str, datetime] | None = None,
    ):
        import fsrs

        self.cards = _checked_cards(cards)
        self._cards_by_id = {card.id: card for card in self.cards}
        if isinstance(new_per_day, bool) or not isinstance(new_per_day, int) or new_per_day < 0:
            raise ValueError(f"new_per_day must be a whole number of at least 0, got {new_per_day!r}")
        store = store_or_default(store)
        self.store, self.notebook, self.new_per_day = store, notebook, new_per_day
        self._now = now or _local_now
        self._fsrs = fsrs
        self._scheduler = fsrs.Scheduler(enable_fuzzing=False)
        ids = {card.id for card in self.cards}
        self._states = {cid: _saved_state(store, cid, s) for cid, s in store.card_states().items() if cid in ids}
        self._introduced = {cid: at for cid, at in store.first_reviews().items() if cid in ids}
        self._missed = {cid: at for cid, at in (missed or {}).items() if cid in ids}
        self._rank = {card.id: index for index, card in enumerate(self.cards)}
        self._shuffled = False
        self.topic: str | None = None
        self.flipped = False
        self._current: str | None = None
        self._trail: list[str] = []
        self._undo: list[tuple[str, int, object, bool]] = []

    # -- what the learner sees -----------------------------------------------------
    @property
    def topics(self) -> list[str]:
        return sorted({card.topic for card in self.cards if card.topic})

    @property
    def current(self) -> Card | None:
        """The card on screen, or None when nothing is due and today's new cards are done."""
        if self._current is None:
            queue = self.queue()
            self._current = queue[0].id if queue else None
        return self._by_id(self._current) if self._current else None

    @property
    def face(self) -> str:
        """The text showing: the front until flipped, then the back."""
        card = self.current
        if card is None:
            return ""
        return card.back if self.flipped else card.front

    @property
    def can_go_back(self) -> bool:
        return bool(self._trail)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def queue(self) -> list[Card]:
        """Cards to study now, in order: cards missed in a quiz since their last review, then
        due cards (earliest due first), then new ones up to today's limit."""
        now = self._clock()
        visible = [card for card in self.cards if self.topic is None or card.topic == self.topic]
        missed = sorted((card for card in visible if self._missed_since_review(card.id)), key=self._order)
        rest = [card for card in visible if card not in missed]
        due = [card for card in rest if card.id in self._states and self._states[card.id].due <= now]
        due.sort(key=lambda card: (self._rank[card.id], 0) if self._shuffled else (self._states[card.id].due, 0))
        new = sorted((card for card in rest if card.id not in self._states), key=lambda card: self._rank[card.id])
        return missed + due + new[: self._new_left(now)]

    def _missed_since_review(self, card_id: str) -> bool:
        """A quiz miss makes a card due at once, until the learner reviews it after that miss."""
        missed_at = self._missed.get(card_id)
        if missed_at is None:
            return False
        state = self._states.get(card_id)
        return state is None or state.last_review is None or state.last_review < missed_at

    def _order(self, card: Card):
        return self._rank[card.id] if self._shuffled else self._missed[card.id]

    def status(self) -> Status:
        now = self._clock()
        visible = {card.id for card in self.cards if self.topic is None or card.topic == self.topic}
        later = [s.due for cid, s in self._states.items() if cid in visible and s.due > now]
        next_due = min(later).astimezone(self._now().tzinfo) if later else None
        due_now = sum(
            1 for cid in visible
            if self._missed_since_review(cid) or (cid in self._states and self._states[cid].due <= now)
        )
        return Status(due_now, self._new_today(now), self.new_per_day, next_due)

    def preview(self) -> dict[int, timedelta]:
        """The interval each rating would give the current card, shown on the buttons before pressing."""
        card = self._require_card()
        now = self._clock()
        state = self._state_for(card)
        return {value: self._scheduler.review_card(state, value, now)[0].due - now for value in RATINGS}

    # -- what the learner does -----------------------------------------------------
    def flip(self) -> str:
        """Show the back; rating is allowed only after this, so a learner commits to an answer first."""
        self._require_card()
        self.flipped = True
        return self.face

    def rate(self, rating) -> Outcome:
        """Schedule the current card with FSRS, save the review, and move on to the next card."""
        value = parse_rating(rating)
        card = self._require_card()
        if not self.flipped:
            raise ValueError("flip the card to check your answer before rating it")
        now = self._clock()
        before = self._states.get(card.id)
        after = self._scheduler.review_card(self._state_for(card), value, now)[0]
        review_id = self.store.record_review(card.id, value, after.to_dict(), after.due, notebook=self.notebook, at=now)
        first = card.id not in self._introduced
        if first:
            self._introduced[card.id] = now
        self._states[card.id] = after
        self._undo.append((card.id, review_id, before, first))
        self._advance()
        return Outcome(card, value, after.due.astimezone(self._now().tzinfo), after.due - now)

    def previous(self) -> Card:
        """Go back to the card shown before this one, front side up."""
        if not self._trail:
            raise ValueError("there is no earlier card in this session")
        self._current = self._trail.pop()
        self.flipped = False
        return self.current

    def undo(self) -> Card:
        """Take back the last rating, in the store too, and show that card again front side up."""
        if not self._undo:
            raise ValueError("nothing to undo: no card has been rated in this session")
        card_id, review_id, before, first = self._undo.pop()
        self.store.remove_review(review_id)
        if before is None:
            self._states.pop(card_id, None)
        else:
            self._states[card_id] = before
        if first:
            self._introduced.pop(card_id, None)
        if self._trail and self._trail[-1] == card_id:
            self._trail.pop()
        self._current, self.flipped = card_id, False
        return self.current

    def shuffle(self, seed: int | None = None) -> None:
        """Study in a random (seeded, repeatable) order; due cards still come before new ones."""
        order = [card.id for card in self.cards]
        random.Random(seed).shuffle(order)
        self._rank = {card_id: index for index, card_id in enumerate(order)}
        self._shuffled = True
        self._restart()

    def set_topic(self, topic: str | None) -> None:
        """Study one topic only (None for all)."""
        if topic is not None and topic not in self.topics:
            raise ValueError(f"unknown topic {topic!r}; topics in this deck: {', '.join(self.topics) or 'none'}")
        self.topic = topic
        self._restart()

    # -- helpers -------------------------------------------------------------------
    def _clock(self) -> datetime:
        now = self._now()
        if now.tzinfo is None:
            raise ValueError("the deck's clock must return an aware datetime (with a time zone)")
        return now.astimezone(UTC)

    def _by_id(self, card_id: str) -> Card:
        return self._cards_by_id[card_id]

    def _require_card(self) -> Card:
        card = self.current
        if card is None:
            raise ValueError("no card to study now: nothing is due and today's new cards are done")
        return card

    def _state_for(self, card: Card):
        state = self._states.get(card.id)
        return state if state is not None else self._fsrs.Card(card_id=_fsrs_id(card.id), due=self._clock())

    def _new_today(self, now: datetime) -> int:
        zone = self._now().tzinfo
        today = now.astimezone(zone).date()
        return sum(1 for at in self._introduced.values() if at.astimezone(zone).date() == today)

    def _new_left(self, now: datetime) -> int:
        return max(0, self.new_per_day - self._new_today(now))

    def _advance(self) -> None:
        self._trail.append(self._current)
        self._current, self.flipped = None, False

    def _restart(self) -> None:
        if self._current is not None:
            self._trail.append(self._current)
        self._current, self.flipped = None, False


def _saved_state(store, card_id: str, state: dict):
    import fsrs

    try:
        return fsrs.Card.from_dict(state)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(
            f"{store.path}: card {card_id!r} has a saved state the scheduler cannot read "
            f"(missing or bad field {error}); reset it with store.reset('card {card_id}', confirm='card {card_id}')"
        ) from None


def _checked_cards(cards: Iterable[Card]) -> list[Card]:
    cards = list(cards)
    seen: set[str] = set()
    for index, card in enumerate(cards):
        if not isinstance(card, Card):
            raise ValueError(f"card {index} is a {type(card).__name__}, not a careerkit.learning.flashcards.Card")
        if card.id in seen:
            raise ValueError(f"card {index}: id {card.id!r} is used twice; card ids must be unique")
        seen.add(card.id)
    return cards


def deck_from(
    frame,
    *,
    front: str | Callable[[Mapping], str],
    back: str | Callable[[Mapping], str],
    id_prefix: str,
    topic: str | Callable[[Mapping], str] | None = None,
    id_column: str = "id",
) -> list[Card]:
    """Cards from any content table: each of front/back/topic is a column name or a function of the row.

    Card ids are ``<id_prefix>:<row id>``, so they stay the same when rows are reordered.
    """
    for name in (front, back, topic, id_column):
        if isinstance(name, str) and name not in frame.columns:
            raise ValueError(f"deck_from: no column {name!r} in the table (columns: {', '.join(map(str, frame.columns))})")
    cards = []
    for position, row in enumerate(frame.to_dict("records"), start=1):
        fields = {field: _field(row, spec) for field, spec in (("front", front), ("back", back), ("topic", topic))}
        for field in ("front", "back"):
            if not fields[field].strip():
                raise ValueError(f"deck_from: row {position} (id {row[id_column]!r}) has an empty {field}")
        cards.append(Card(f"{id_prefix}:{row[id_column]}", fields["front"], fields["back"], fields["topic"]))
    return _checked_cards(cards)


def _field(row: Mapping, spec) -> str:
    if spec is None:
        return ""
    value = spec(row) if callable(spec) else row[spec]
    return "" if value is None else str(value)


def glossary_back(row: Mapping) -> str:
    """A glossary card's answer: the definition, then its examples when it has any."""
    examples = list(row.get("examples") or [])
    return row["definition"] + (f"\nExamples: {', '.join(examples)}." if examples else "")


def glossary_cards(data_dir=None) -> list[Card]:
    """One card per key concept: term on the front, definition and examples on the back."""
    return deck_from(glossary(data_dir), front="term", back=glossary_back, topic="category", id_prefix="glossary")


def glossary_deck(store=None, *, notebook: str = "", data_dir=None, **deck_options) -> Deck:
    """The glossary as a deck saved to ``store`` (the learner's default store if None).

    Terms the learner got wrong in a glossary quiz come first, so yesterday's misses are
    today's first cards.
    """
    store = store_or_default(store)
    deck_options.setdefault("missed", quiz_misses(store, quiz_prefix="glossary-", card_prefix="glossary"))
    return Deck(glossary_cards(data_dir), store=store, notebook=notebook, **deck_options)


def quiz_misses(store, *, quiz_prefix: str, card_prefix: str) -> dict[str, datetime]:
    """When each card's content was last answered wrong in a quiz.

    Quiz ids end in the content id they ask about (``glossary-short-answer:devops``), and so
    do card ids (``glossary:devops``): that shared id is the link between the two.
    """
    answers = store.answers()
    wrong = answers[~answers["correct"] & answers["item_id"].str.startswith(quiz_prefix)]
    misses: dict[str, datetime] = {}
    for item_id, at in zip(wrong["item_id"], wrong["at"]):
        card_id = f"{card_prefix}:{item_id.rsplit(':', 1)[-1]}"
        when = _as_datetime(at)
        misses[card_id] = max(misses.get(card_id, when), when)
    return misses


def _as_datetime(value) -> datetime:
    when = value.to_pydatetime() if hasattr(value, "to_pydatetime") else datetime.fromisoformat(str(value))
    return when if when.tzinfo else when.replace(tzinfo=UTC)
