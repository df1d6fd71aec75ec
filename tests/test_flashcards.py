"""Flashcards: the order cards come in, what a rating does, and that progress resumes."""

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest

from careerkit.learning.flashcards import (
    RATING_HINTS,
    Card,
    Deck,
    deck_from,
    format_interval,
    glossary_cards,
    glossary_deck,
    rating_guide,
)

T0 = datetime(2025, 3, 1, 15, 0, tzinfo=UTC)


class Clock:
    def __init__(self, at=T0):
        self.at = at

    def __call__(self):
        return self.at


def cards(count=5, topics=("people", "tech")):
    return [Card(f"t:{n}", f"front {n}", f"back {n}", topics[n % len(topics)]) for n in range(count)]


def rate_current(deck, rating):
    deck.flip()
    return deck.rate(rating)


def test_new_cards_come_in_order_up_to_the_daily_limit(store):
    deck = Deck(cards(5), store, new_per_day=3, now=Clock())
    assert [card.id for card in deck.queue()] == ["t:0", "t:1", "t:2"]
    assert deck.current.front == "front 0" and deck.face == "front 0"
    for _ in range(3):
        rate_current(deck, "Good")
    assert deck.current is None
    assert deck.status().text() == "0 due now · 3 of 3 new cards introduced today · next review due 2025-03-01 15:10 (your local time, UTC)"


def test_rating_needs_a_flip_and_saves_the_review(store):
    deck = Deck(cards(2), store, notebook="05_leadership", now=Clock())
    with pytest.raises(ValueError, match="flip the card to check your answer before rating it"):
        deck.rate("Good")
    assert deck.flip() == "back 0"
    outcome = deck.rate(3)
    assert outcome.text() == "Rated Good. Next review in 10 min."
    reviews = store.reviews()
    assert reviews[["card_id", "rating", "notebook"]].values.tolist() == [["t:0", 3, "05_leadership"]]
    assert reviews["due"].iloc[0] == pd.Timestamp(T0 + timedelta(minutes=10))
    assert deck.current.id == "t:1" and not deck.flipped


def test_preview_matches_what_each_rating_gives(store):
    deck = Deck(cards(1), store, now=Clock())
    deck.flip()
    preview = deck.preview()
    assert [format_interval(preview[value]) for value in (1, 2, 3, 4)] == ["1 min", "6 min", "10 min", "8 days"]
    assert deck.rate("easy").interval == preview[4]


def test_a_card_forgotten_yesterday_is_due_first_today(store):
    clock = Clock()
    deck = Deck(cards(4), store, now=clock)
    rate_current(deck, "Easy")
    rate_current(deck, "Good")
    rate_current(deck, "Again")
    clock.at = T0 + timedelta(days=1)
    resumed = Deck(cards(4), store, now=clock)
    assert [card.id for card in resumed.queue()] == ["t:2", "t:1", "t:3"]
    assert resumed.status().due_now == 2 and resumed.status().new_today == 0


def test_new_card_limit_counts_cards_introduced_today_in_the_store(store):
    clock = Clock()
    deck = Deck(cards(6), store, new_per_day=2, now=clock)
    rate_current(deck, "Good")
    again = Deck(cards(6), store, new_per_day=2, now=clock)
    new_ids = [card.id for card in again.queue() if card.id not in store.card_states()]
    assert new_ids == ["t:1"]


def test_undo_restores_the_earlier_state_in_the_store(store):
    deck = Deck(cards(3), store, now=Clock())
    rate_current(deck, "Good")
    before = store.card_states()["t:0"]
    deck.flip()
    deck.rate("Again")
    deck.undo()
    assert deck.current.id == "t:1" and not deck.flipped
    assert "t:1" not in store.card_states()
    assert deck.undo().id == "t:0"
    assert store.card_states() == {}
    with pytest.raises(ValueError, match="nothing to undo"):
        deck.undo()
    assert before["card_id"] != 0


def test_previous_shows_the_earlier_card_front_side_up(store):
    deck = Deck(cards(3), store, now=Clock())
    rate_current(deck, "Good")
    deck.flip()
    assert deck.previous().id == "t:0"
    assert deck.face == "front 0" and not deck.flipped
    with pytest.raises(ValueError, match="no earlier card"):
        deck.previous()


def test_topic_filter_and_seeded_shuffle(store):
    deck = Deck(cards(8), store, now=Clock())
    deck.set_topic("tech")
    assert {card.topic for card in deck.queue()} == {"tech"}
    with pytest.raises(ValueError, match="unknown topic 'law'; topics in this deck: people, tech"):
        deck.set_topic("law")
    deck.set_topic(None)
    deck.shuffle(seed=3)
    first = [card.id for card in deck.queue()]
    deck.shuffle(seed=3)
    assert [card.id for card in deck.queue()] == first
    assert sorted(first) == sorted(card.id for card in cards(8)) and first != [c.id for c in cards(8)]


def test_hints_tell_a_learner_not_to_press_hard_when_they_forgot():
    assert "forgot" in RATING_HINTS[1].lower()
    assert RATING_HINTS[2] == (
        "You remembered, but the recall was slow or difficult. Not for a card you forgot: press Again then, "
        "because Hard on a forgotten card makes the gaps between reviews grow too fast."
    )


def test_the_rating_guide_names_each_button_with_its_interval_when_known():
    assert rating_guide()[0] == "Again: You forgot it. The card comes back soon."
    preview = {1: timedelta(minutes=1), 2: timedelta(minutes=6), 3: timedelta(minutes=10), 4: timedelta(days=8)}
    assert rating_guide(preview)[3] == "Easy (next review in 8 days): You knew it instantly, without effort."


def test_bad_cards_and_tables_are_refused_with_the_place_named(store):
    with pytest.raises(ValueError, match="card 1: id 't:0' is used twice"):
        Deck([cards(1)[0], cards(1)[0]], store)
    frame = pd.DataFrame({"id": ["a", "b"], "q": ["Q1", ""], "a": ["A1", "A2"]})
    with pytest.raises(ValueError, match="deck_from: row 2 \\(id 'b'\\) has an empty front"):
        deck_from(frame, front="q", back="a", id_prefix="x")
    with pytest.raises(ValueError, match="deck_from: no column 'answer' in the table \\(columns: id, q, a\\)"):
        deck_from(frame, front="q", back="answer", id_prefix="x")
    with pytest.raises(ValueError, match="rating must be Again, Hard, Good or Easy \\(or 1-4\\), got 'meh'"):
        deck = Deck(cards(1), store, now=Clock())
        deck.flip()
        deck.rate("meh")


def test_glossary_deck_shows_term_then_definition_and_examples(store):
    glossary = glossary_cards()
    assert all(card.id.startswith("glossary:") for card in glossary)
    agile = next(card for card in glossary if card.id == "glossary:agile-methodologies")
    assert agile.front == "Agile methodologies" and "Examples: Scrum" in agile.back
    deck = glossary_deck(store, now=Clock())
    assert deck.current.front == glossary[0].front
    assert deck.topics


def test_an_unreadable_saved_state_is_named_with_the_fix(store):
    store.record_review("t:0", 3, {"due": "soon"}, T0)
    with pytest.raises(ValueError, match="card 't:0' has a saved state the scheduler cannot read.*reset it with"):
        Deck(cards(2), store, now=Clock())


def test_terms_missed_in_a_quiz_come_first_the_next_day_until_reviewed(store):
    from datetime import datetime, timedelta

    from careerkit.learning.flashcards import glossary_deck

    yesterday = datetime(2026, 3, 1, 9, tzinfo=UTC)
    today = yesterday + timedelta(days=1)
    opening = glossary_deck(store, now=lambda: yesterday)
    opening.flip()
    opening.rate("Good")
    store.record_answer("glossary-short-answer:devops", False, notebook="05_key_concepts", at=yesterday)
    store.record_answer("glossary-term-definition:cloud-computing", True, notebook="05_key_concepts", at=yesterday)

    deck = glossary_deck(store, now=lambda: today)
    assert deck.current.id == "glossary:devops"
    assert deck.status().due_now >= 1
    deck.flip()
    deck.rate("Good")
    assert glossary_deck(store, now=lambda: today).current.id != "glossary:devops"
