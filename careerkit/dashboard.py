"""A learner's progress at a glance: sections finished, weak spots, cards due and the daily streak.

The numbers come from the progress store only; which sections each notebook has
is passed in (a mapping of notebook -> section names), since the store knows
what was finished, not what exists. Used by ``ProgressDashboard`` in the last
notebook of the workbook.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import pandas as pd

from careerkit.charts import Chart

SECTION_COLUMNS = ["notebook", "done", "total", "share"]
WEAK_COLUMNS = ["item_id", "label", "kind", "attempts", "correct", "share_correct"]


@dataclass(frozen=True)
class Summary:
    """Everything the dashboard shows, as plain data (a view only formats it)."""

    sections: pd.DataFrame  # notebook, done, total, share (total/share empty when unknown)
    weakest: pd.DataFrame  # item_id, label, kind, attempts, correct, share_correct
    cards_due: int
    streak: int
    totals: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        """One paragraph in plain words; also the chart's text alternative."""
        totals = self.totals
        done = int(self.sections["done"].sum()) if len(self.sections) else 0
        known = self.sections["total"].dropna()
        of = f" of {int(known.sum())}" if len(known) == len(self.sections) and len(known) else ""
        days = "day" if self.streak == 1 else "days"
        return (
            f"You have finished {done}{of} sections, answered {totals['answers']} questions "
            f"({totals['correct']} correct) and made {totals['reviews']} card reviews over "
            f"{totals['cards']} cards. {self.cards_due} {'card is' if self.cards_due == 1 else 'cards are'} due now. "
            f"Streak: {self.streak} {days} in a row."
        )


def streak(active_days: Iterable[date], today: date) -> int:
    """Consecutive active days ending today, or yesterday (today's work may not have started yet)."""
    days = set(active_days)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


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
    """Items and cards with the lowest share right (at least one attempt, not all right), worst first.

    A card review counts as right unless rated Again.
    """
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    attempts = [(row["item_id"], row["kind"], bool(row["correct"])) for row in answer_rows]
    attempts += [(row["card_id"], "card", row["rating"] > 1) for row in review_rows]
    for item_id, kind, correct in attempts:
        tally[item_id, kind][0] += 1
        tally[item_id, kind][1] += correct
    rows = [
        (item_id, (labels or {}).get(item_id, item_id), kind, tries, right, right / tries)
        for (item_id, kind), (tries, right) in tally.items()
        if right < tries
    ]
    rows.sort(key=lambda row: (row[5], -row[3], row[0]))
    return pd.DataFrame(rows[:limit], columns=WEAK_COLUMNS)


def cards_due(review_rows: list[dict], now: datetime) -> int:
    """Cards whose latest review put them due at or before ``now``."""
    latest = {row["card_id"]: row["due"] for row in review_rows}
    return sum(1 for due in latest.values() if datetime.fromisoformat(due) <= now)


def summarize(
    store=None,
    notebook_sections: Mapping[str, Sequence[str]] | None = None,
    *,
    now: datetime | None = None,
    weakest: int = 5,
    labels: Mapping[str, str] | None = None,
) -> Summary:
    """The dashboard's numbers for one learner; ``now`` (aware) sets "today" for the streak."""
    if store is None:
        from careerkit.progress import default_store

        store = default_store()
    now = now or datetime.now(timezone.utc).astimezone()
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime (with a time zone), so 'today' is well defined")
    active = [at.astimezone(now.tzinfo).date() for at in store.activity_times()]
    answers, reviews, sections = store.rows("answers"), store.rows("reviews"), store.rows("sections")
    totals = {
        "answers": len(answers),
        "correct": sum(row["correct"] for row in answers),
        "reviews": len(reviews),
        "cards": len({row["card_id"] for row in reviews}),
        "sections": len(sections),
        "reflections": len({row["item_id"] for row in store.rows("reflections")}),
        "active_days": len(set(active)),
    }
    return Summary(
        sections=sections_done(sections, notebook_sections),
        weakest=weakest_items(answers, reviews, weakest, labels),
        cards_due=cards_due(reviews, now),
        streak=streak(active, now.date()),
        totals=totals,
    )


def sections_chart(summary: Summary) -> Chart | None:
    """Bars of the share of each notebook finished; None when no notebook has a known size."""
    from careerkit.charts import PALETTE, new_figure

    known = summary.sections.dropna(subset=["total"])
    if known.empty:
        return None
    figure, axes = new_figure(7.0, 0.5 + 0.4 * len(known))
    shares = [float(share) * 100 for share in known["share"]]
    axes.barh(list(known["notebook"]), shares, color=PALETTE[0])
    axes.set_xlim(0, 100)
    axes.set_xlabel("sections finished (%)")
    axes.invert_yaxis()
    parts = [f"{row.notebook} {row.done} of {row.total}" for row in known.itertuples()]
    return Chart(figure, "Sections finished per notebook: " + "; ".join(parts) + ".")
