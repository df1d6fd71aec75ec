"""FlashcardDeck driven by clicks, as a learner would, asserting what is on screen."""

from datetime import UTC, datetime

from careerkit.learning.flashcards import Card, Deck
from careerkit.widgets import FlashcardDeck

T0 = datetime(2025, 3, 1, 15, 0, tzinfo=UTC)


def view(store, count=3):
    cards = [Card(f"t:{n}", f"<b>front {n}</b>", f"back {n}", "people" if n % 2 else "tech") for n in range(count)]
    return FlashcardDeck(Deck(cards, store, now=lambda: T0))


def test_rating_buttons_wait_for_the_flip_then_show_intervals(store):
    widget = view(store)
    assert "&lt;b&gt;front 0&lt;/b&gt;" in widget.card.value and "Question" in widget.card.value
    assert all(button.disabled for button in widget.ratings.values())
    widget.flip.click()
    assert "back 0" in widget.card.value and "Answer" in widget.card.value
    assert widget.flip.disabled
    assert [button.description for button in widget.ratings.values()] == [
        "Again · 1 min", "Hard · 6 min", "Good · 10 min", "Easy · 8 days"
    ]
    assert "Hard on a forgotten card" in widget.hard.tooltip and "Next review in 6 min" in widget.hard.tooltip


def test_rating_moves_on_and_reports_the_next_review(store):
    widget = view(store)
    widget.flip.click()
    widget.good.click()
    assert "Rated Good. Next review in 10 min. Due 2025-03-01 15:10 (your local time, UTC)." in widget.feedback.value
    assert "front 1" in widget.card.value
    assert "1 of 10 new cards introduced today" in widget.status.value
    assert store.card_states().keys() == {"t:0"}


def test_undo_and_previous_bring_a_card_back_front_side_up(store):
    widget = view(store)
    assert widget.undo.disabled and widget.previous.disabled
    widget.flip.click()
    widget.again.click()
    widget.undo.click()
    assert "Rating taken back" in widget.feedback.value and "front 0" in widget.card.value
    assert store.card_states() == {}
    widget.flip.click()
    widget.easy.click()
    widget.previous.click()
    assert "front 0" in widget.card.value and "Question" in widget.card.value


def test_topic_dropdown_filters_and_done_state_is_explained(store):
    widget = view(store)
    widget.topic.value = "people"
    assert "front 1" in widget.card.value
    widget.flip.click()
    widget.easy.click()
    assert "Nothing to study right now" in widget.card.value
    assert widget.flip.disabled
    widget.topic.value = "All topics"
    assert "front 0" in widget.card.value


def test_every_control_has_a_label(store):
    widget = view(store)
    controls = [widget.flip, *widget.ratings.values(), widget.previous, widget.undo, widget.shuffle, widget.topic]
    assert all(control.description for control in controls)
    assert all(button.tooltip for button in controls[:-1])
    widget.shuffle.click()
    assert "Shuffled." in widget.feedback.value


def hint_lines(widget):
    """The rating hints as the learner reads them under the buttons: one line per list item."""
    import html
    import re

    return [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", widget.hints.value)]


def test_rating_hints_show_as_text_under_the_buttons_once_the_card_is_flipped(store):
    widget = view(store)
    assert widget.hints.value == ""
    assert widget.hints in widget.children
    widget.flip.click()
    assert "How well did you remember?" in widget.hints.value
    assert hint_lines(widget) == [
        "Again (next review in 1 min): You forgot it. The card comes back soon.",
        "Hard (next review in 6 min): You remembered, but the recall was slow or difficult. "
        "Not for a card you forgot: press Again then, because Hard on a forgotten card makes "
        "the gaps between reviews grow too fast.",
        "Good (next review in 10 min): You remembered after a moment's thought.",
        "Easy (next review in 8 days): You knew it instantly, without effort.",
    ]


def test_the_tooltips_stay_beside_the_visible_hints(store):
    widget = view(store)
    widget.flip.click()
    assert widget.hard.tooltip == (
        "You remembered, but the recall was slow or difficult. Not for a card you forgot: press Again then, "
        "because Hard on a forgotten card makes the gaps between reviews grow too fast. Next review in 6 min."
    )
    assert widget.again.tooltip == "You forgot it. The card comes back soon. Next review in 1 min."


def test_hints_go_with_the_answer_and_come_back_on_the_next_flip(store):
    widget = view(store, count=2)
    widget.flip.click()
    widget.good.click()
    assert "front 1" in widget.card.value and widget.hints.value == ""
    widget.flip.click()
    assert hint_lines(widget)[0] == "Again (next review in 1 min): You forgot it. The card comes back soon."
    widget.easy.click()
    assert "Nothing to study right now" in widget.card.value and widget.hints.value == ""


def test_after_flip_the_term_stays_and_the_answer_appears_once(store):
    widget = view(store)
    widget.flip.click()
    shown = widget.card.value + widget.feedback.value + widget.hints.value
    assert "front 0" in widget.card.value
    assert shown.count("back 0") == 1


def test_due_times_are_shown_in_the_learners_time_zone(store):
    from zoneinfo import ZoneInfo

    toronto = ZoneInfo("America/Toronto")
    cards = [Card("t:0", "front", "back", "tech")]
    widget = FlashcardDeck(Deck(cards, store, now=lambda: T0.astimezone(toronto)))
    widget.flip.click()
    widget.good.click()
    assert "Due 2025-03-01 10:10 (your local time, EST)." in widget.feedback.value
    assert "UTC" not in widget.feedback.value + widget.status.value
