"""A learner's progress at a glance: sections finished, weak spots, cards due and the daily streak.

The numbers come from the progress store only; which sections each notebook has
is passed in (a mapping of notebook -> section names), since the store knows
what was finished, not what exists. Used by ``ProgressDashboard`` in the last
notebook of the workbook.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import pandas as pd

from careerkit.charts import Chart


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


def sections_done(store, notebook_sections: Mapping[str, Sequence[str]] | None) -> pd.DataFrame:
    """Finished sections per notebook; with no mapping, the notebooks seen in the store (totals unknown)."""
    done = store.sections()
    if notebook_sections is None:
        counts = done.groupby("notebook")["section"].nunique()
        return pd.DataFrame(
            {"notebook": counts.index, "done": counts.values, "total": pd.NA, "share": pd.NA}
        ).astype({"done": int, "total": "Float64", "share": "Float64"})
    rows = []
    for notebook, sections in notebook_sections.items():
        if isinstance(sections, str):
            raise ValueError(f"notebook_sections[{notebook!r}] must be a list of section names, not one string")
        finished = set(done.loc[done["notebook"] == notebook, "section"]) & set(sections)
        total = len(sections)
        rows.append({"notebook": notebook, "done": len(finished), "total": total,
                     "share": len(finished) / total if total else 0.0})
    return pd.DataFrame(rows, columns=["notebook", "done", "total", "share"])


def weakest_items(store, limit: int = 5, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Items and cards with the lowest share right (at least one attempt, not all right), worst first.

    A card review counts as right unless rated Again.
    """
    answers = store.answers()[["item_id", "kind", "correct"]]
    reviews = store.reviews()
    cards = pd.DataFrame({"item_id": reviews["card_id"], "kind": "card", "correct": reviews["rating"] > 1})
    attempts = pd.concat([answers, cards], ignore_index=True)
    columns = ["item_id", "label", "kind", "attempts", "correct", "share_correct"]
    if attempts.empty:
        return pd.DataFrame(columns=columns)
    grouped = attempts.groupby(["item_id", "kind"], as_index=False).agg(
        attempts=("correct", "size"), correct=("correct", "sum")
    )
    grouped["correct"] = grouped["correct"].astype(int)
    grouped["share_correct"] = grouped["correct"] / grouped["attempts"]
    grouped["label"] = [(labels or {}).get(item, item) for item in grouped["item_id"]]
    weak = grouped[grouped["share_correct"] < 1].sort_values(
        ["share_correct", "attempts", "item_id"], ascending=[True, False, True]
    )
    return weak[columns].head(limit).reset_index(drop=True)


def cards_due(store, now: datetime) -> int:
    """Cards whose latest review put them due at or before ``now``."""
    reviews = store.reviews()
    latest = reviews.drop_duplicates("card_id", keep="last")
    return int((latest["due"] <= pd.Timestamp(now)).sum())


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
    zone = now.tzinfo
    active = [at.astimezone(zone).date() for at in store.activity_times()]
    answers, reviews = store.answers(), store.reviews()
    totals = {
        "answers": len(answers),
        "correct": int(answers["correct"].sum()),
        "reviews": len(reviews),
        "cards": reviews["card_id"].nunique(),
        "sections": len(store.sections()),
        "reflections": store.reflections(latest_only=True).shape[0],
        "active_days": len(set(active)),
    }
    return Summary(
        sections=sections_done(store, notebook_sections),
        weakest=weakest_items(store, weakest, labels),
        cards_due=cards_due(store, now),
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
