"""A learner's progress at a glance: sections finished, weak spots, cards due and the daily streak.

The numbers come from the progress store only; which sections each notebook has
is passed in (a mapping of notebook -> section names), since the store knows
what was finished, not what exists. Weak spots are named and grouped by the
content item they are about (``careerkit.content.ids``), and "cards due" is the
flashcard deck's own count (``careerkit.learning.flashcards.Deck.status``), so the
dashboard and the deck never disagree. Used by ``ProgressDashboard`` in
notebooks 00 and 12.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd

from careerkit.content import questions as authored
from careerkit.content.ids import Item, item_for
from careerkit.content.locations import NOTEBOOKS_DIR
from careerkit.learning.flashcards import glossary_deck
from careerkit.learning.progress import TABLES, store_or_default
from careerkit.learning.questionbank import question_bank

SECTION_COLUMNS = ["notebook", "done", "total", "share"]
WEAK_COLUMNS = [
    "item", "label", "answers", "answers_correct", "reviews", "reviews_remembered", "attempts", "correct",
    "share_correct",
]


def count(number: int, noun: str) -> str:
    """A number with its noun in the right form ('1 question', '2 questions'), never '1 questions'."""
    return f"{number} {noun if number == 1 else noun + 's'}"


@dataclass(frozen=True)
class Summary:
    """Everything the dashboard shows, as plain data (a view only formats it)."""

    sections: pd.DataFrame  # notebook, done, total, share (total/share empty when unknown)
    weakest: pd.DataFrame  # one row per content item, WEAK_COLUMNS (see weakest_items)
    cards_due: int
    streak: int
    totals: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        """One paragraph in plain words; also the chart's text alternative."""
        totals = self.totals
        done = int(self.sections["done"].sum()) if len(self.sections) else 0
        known = self.sections["total"].dropna()
        if len(known) == len(self.sections) and len(known):
            finished = f"{done} of {count(int(known.sum()), 'section')}"
        else:
            finished = count(done, "section")
        due = f"{count(self.cards_due, 'card')} {'is' if self.cards_due == 1 else 'are'} due now"
        return (
            f"You have finished {finished}, answered {count(totals['answers'], 'question')} "
            f"({totals['correct']} correct) and made {count(totals['reviews'], 'card review')} over "
            f"{count(totals['cards'], 'card')}. {due}. Streak: {count(self.streak, 'day')} in a row."
        )

    def section_lines(self) -> list[str]:
        """Each notebook's finished sections in words, by its title: '01 Entry level: 2 of 5 sections'."""
        lines = []
        for row in self.sections.itertuples():
            total = None if pd.isna(row.total) else int(row.total)
            done = count(row.done, "section") if total is None else f"{row.done} of {count(total, 'section')}"
            lines.append(f"{notebook_title(row.notebook)}: {done}")
        return lines

    def weak_spots(self) -> list[str]:
        """Each weak item as a line a learner reads: its name, then how the answers and the card went."""
        return [weak_spot_text(row) for row in self.weakest.to_dict("records")]


def weak_spot_text(row: Mapping) -> str:
    """One weak spot in words, e.g. 'Change management (glossary term): 1 of 3 answers right;
    remembered in 0 of 1 card review'. Only the parts the learner has tried are named."""
    parts = []
    if row["answers"]:
        parts.append(f"{row['answers_correct']} of {count(row['answers'], 'answer')} right")
    if row["reviews"]:
        parts.append(f"remembered in {row['reviews_remembered']} of {count(row['reviews'], 'card review')}")
    return f"{row['label']}: {'; '.join(parts)}"


def first_answers(answer_rows: list[dict]) -> list[dict]:
    """Each question's first answer (rows oldest first): the dashboard counts questions, not
    attempts, and a question's later checks are practice that leave its first verdict alone."""
    first: dict[str, dict] = {}
    for row in answer_rows:
        first.setdefault(row["item_id"], row)
    return list(first.values())


def streak(active_days: Iterable[date], today: date) -> int:
    """Consecutive active days ending today, or yesterday (today's work may not have started yet)."""
    days = set(active_days)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


@functools.cache
def notebook_title(notebook: str, directory: Path = NOTEBOOKS_DIR) -> str:
    """The title a learner sees at the top of a notebook ("04 Leadership and executive roles"), read from
    its first heading; a notebook that is not there is named by its file name with spaces."""
    path = Path(directory) / f"{notebook}.ipynb"
    if path.is_file():
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            for line in "".join(cell["source"]).splitlines():
                if cell["cell_type"] == "markdown" and line.startswith("# "):
                    return line[2:].strip()
    return str(notebook).replace("_", " ")


def sections_done(section_rows: list[dict], notebook_sections: Mapping[str, Sequence[str]] | None) -> pd.DataFrame:
    """Finished sections per notebook; with no mapping, the notebooks seen in the store (totals unknown)."""
    finished: dict[str, set[str]] = defaultdict(set)
    for row in section_rows:
        finished[row["notebook"]].add(row["section"])
    if notebook_sections is None:
        rows = [(notebook, len(done), None, None) for notebook, done in sorted(finished.items())]
        return pd.DataFrame(rows, columns=SECTION_COLUMNS).astype({"done": int, "total": "Float64", "share": "Float64"})
    rows = []
    for notebook, sections in notebook_sections.items():
        if isinstance(sections, str):
            raise ValueError(f"notebook_sections[{notebook!r}] must be a list of section names, not one string")
        done, total = len(finished[notebook] & set(sections)), len(sections)
        rows.append((notebook, done, total, done / total if total else 0.0))
    return pd.DataFrame(rows, columns=SECTION_COLUMNS)


def weakest_items(
    answer_rows: list[dict], review_rows: list[dict], limit: int = 5, labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Content items with the lowest share right (at least one attempt, not all right), worst first.

    Attempts are grouped by the item they are about, so a glossary term asked three
    ways and reviewed as a card is one row: its quiz and walkthrough answers, and its
    card reviews (right unless rated Again). ``labels`` names ids the workbook's content
    does not know (a deck or quiz of your own); each such id is an item of its own.
    """
    items: dict[str, Item] = {}
    # per item key: [answers, answers right, card reviews, reviews remembered]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    attempts = [(row["item_id"], 0, bool(row["correct"])) for row in answer_rows]
    attempts += [(row["card_id"], 2, row["rating"] > 1) for row in review_rows]
    for stored_id, first_column, right in attempts:
        item = _item(stored_id, labels, items)
        tally[item.key][first_column] += 1
        tally[item.key][first_column + 1] += right
    rows = []
    for key, (answers, answers_right, reviews, remembered) in tally.items():
        tries, right = answers + reviews, answers_right + remembered
        if right < tries:
            counts = (answers, answers_right, reviews, remembered, tries, right, right / tries)
            rows.append((key, items[key].label(), *counts))
    rows.sort(key=lambda row: (row[8], -row[6], row[1]))
    return pd.DataFrame(rows[:limit], columns=WEAK_COLUMNS)


def _item(stored_id: str, labels: Mapping[str, str] | None, seen: dict[str, Item]) -> Item:
    if labels and stored_id in labels:
        item = Item(key=f"label:{stored_id}", name=labels[stored_id], kind="")
    else:
        item = _objective_items().get(stored_id) or item_for(stored_id)
    seen.setdefault(item.key, item)
    return item


@functools.cache
def _objective_items() -> dict[str, Item]:
    """An authored question's id -> the objective it tests, so a weak spot names what to revisit
    ("Read a wage band ... (objective of notebook 08)") rather than one question's id."""
    texts = {objective.id: objective.text for question_set in authored.question_sets().values()
             for objective in question_set.objectives}
    return {
        question.id: Item(key=f"objective:{question.objective}", name=texts[question.objective],
                          kind=f"objective of notebook {question.notebook[:2]}")
        for question in question_bank() if question.objective in texts
    }


def cards_due(store, now: datetime, deck=None) -> int:
    """Cards due now, counted by the flashcard deck itself (by default the glossary deck over ``store``).

    The deck puts a card first when it is due by its schedule or was missed in a quiz
    since its last review; asking the deck keeps the dashboard's number the one the
    learner sees under the cards.
    """
    if deck is None:

        deck = glossary_deck(store, now=lambda: now)
    return deck.status().due_now


@dataclass(frozen=True)
class ResetChoice:
    """One thing the dashboard can reset: the phrase a learner sees and types, and the store's scope.

    For everything and for a notebook the two are the same words; for a flashcard the
    phrase names the term ("flashcard Change management") while the store needs the
    card's id ("card glossary:change-management").
    """

    phrase: str
    scope: str


def reset_choices(store, notebooks: Iterable[str] = ()) -> list[ResetChoice]:
    """Everything, each notebook (given or seen in the store), then each reviewed flashcard by its name.

    Cards whose content has left the workbook are not offered one by one (their names
    are gone); resetting everything still clears them.
    """
    names = set(notebooks)
    for table in TABLES:
        names |= {row["notebook"] for row in store.rows(table) if row["notebook"]}
    choices = [ResetChoice("everything", "everything")]
    choices += [ResetChoice(f"notebook {name}", f"notebook {name}") for name in sorted(names)]
    cards = []
    for card_id in dict.fromkeys(row["card_id"] for row in store.rows("reviews")):
        item = item_for(card_id)
        if item.known:
            cards.append(ResetChoice(f"flashcard {item.name}", f"card {card_id}"))
    return choices + sorted(cards, key=lambda choice: choice.phrase.casefold())


def summarize(
    store=None,
    notebook_sections: Mapping[str, Sequence[str]] | None = None,
    *,
    now: datetime | None = None,
    weakest: int = 5,
    labels: Mapping[str, str] | None = None,
    deck=None,
) -> Summary:
    """The dashboard's numbers for one learner; ``now`` (aware) sets "today" for the streak and cards due.

    ``deck`` is the flashcard deck whose due cards are counted (the glossary deck by default).
    """
    store = store_or_default(store)
    now = now or datetime.now(UTC).astimezone()
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime (with a time zone), so 'today' is well defined")
    active = [at.astimezone(now.tzinfo).date() for at in store.activity_times()]
    answers, reviews, sections = store.rows("answers"), store.rows("reviews"), store.rows("sections")
    first_tries = first_answers(answers)
    totals = {
        "answers": len(first_tries),
        "correct": sum(row["correct"] for row in first_tries),
        "reviews": len(reviews),
        "cards": len({row["card_id"] for row in reviews}),
        "sections": len(sections),
        "reflections": len({row["item_id"] for row in store.rows("reflections")}),
        "active_days": len(set(active)),
    }
    return Summary(
        sections=sections_done(sections, notebook_sections),
        weakest=weakest_items(answers, reviews, weakest, labels),
        cards_due=cards_due(store, now, deck),
        streak=streak(active, now.date()),
        totals=totals,
    )
