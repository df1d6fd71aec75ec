"""Any mix of ratings, undos, going back and waiting keeps the deck and the store in step."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from careerkit.learning.flashcards import Card, Deck
from careerkit.learning.progress import ProgressStore

T0 = datetime(2025, 3, 1, 15, 0, tzinfo=UTC)
ACTIONS = st.lists(
    st.one_of(st.integers(1, 4), st.just("undo"), st.just("previous"), st.integers(1, 3000).map(lambda minutes: timedelta(minutes=minutes))),
    max_size=25,
)


@settings(max_examples=25, deadline=None)
@given(actions=ACTIONS)
def test_queue_holds_only_due_or_new_cards_and_undo_all_empties_the_store(tmp_path_factory, actions):
    store = ProgressStore(tmp_path_factory.mktemp("deck") / "progress.sqlite3")
    clock = [T0]
    cards = [Card(f"t:{n}", f"front {n}", f"back {n}") for n in range(4)]
    deck = Deck(cards, store, new_per_day=3, now=lambda: clock[0])
    rated = 0
    for action in actions:
        if isinstance(action, timedelta):
            clock[0] += action
        elif action == "undo" and deck.can_undo:
            deck.undo()
            rated -= 1
        elif action == "previous" and deck.can_go_back:
            deck.previous()
        elif isinstance(action, int) and deck.current is not None:
            deck.flip()
            deck.rate(action)
            rated += 1
        states = store.card_states()
        for card in deck.queue():
            assert card.id not in states or datetime.fromisoformat(states[card.id]["due"]) <= clock[0]
        assert len(store.rows("reviews")) == rated
        assert deck.status().new_today <= 3
    while deck.can_undo:
        deck.undo()
    assert store.card_states() == {}
    store.close()
