"""FlashcardDeck: the view over ``careerkit.learning.flashcards.Deck``.

Introduced in the leadership-concepts notebook:

    from careerkit.widgets import FlashcardDeck
    FlashcardDeck()
"""

import ipywidgets as widgets

from careerkit.learning.flashcards import (
    RATING_HINTS,
    RATINGS,
    Deck,
    format_interval,
    glossary_deck,
    local_time,
    rating_guide,
)
from careerkit.widgets.base import handler, text_html

ALL_TOPICS = "All topics"


def hints_html(previews) -> str:
    """When to press each rating, as text under the buttons once the card is flipped (``previews``,
    from ``Deck.preview``, is empty before that: with nothing to rate there is nothing to explain)."""
    if not previews:
        return ""
    items = "".join(f"<li>{text_html(line)}</li>" for line in rating_guide(previews))
    return f"<div><small>How well did you remember?</small><ul style='margin:0.2em 0'>{items}</ul></div>"


def card_html(deck: Deck) -> str:
    """The card as the learner sees it: which side, the topic, and the escaped text."""
    card = deck.current
    if card is None:
        return (
            "<div role='status'><b>Nothing to study right now.</b> No card is due and today's "
            "new cards are done; the status line says when the next one is due.</div>"
        )
    topic = f" · {text_html(card.topic)}" if card.topic else ""
    answer = (
        f"<hr style='margin:8px 0'><small>Answer</small><div style='font-size:1.1em'>{text_html(card.back)}</div>"
        if deck.flipped else ""
    )
    return (
        f"<div style='border:1px solid #999;border-radius:6px;padding:12px;min-height:5em'>"
        f"<small>Question{topic}</small><div style='font-size:1.2em'>{text_html(card.front)}</div>{answer}</div>"
    )


class FlashcardDeck(widgets.VBox):
    """Study a deck: flip, rate how well you remembered, and FSRS decides when you see it again.

    With no ``deck`` it studies the glossary, saved to the learner's default store;
    ``glossary_options`` (store, notebook, new_per_day, now) are passed to ``glossary_deck``.
    """

    def __init__(self, deck: Deck | None = None, *, seed: int = 0, **glossary_options):
        self.deck = deck if deck is not None else glossary_deck(**glossary_options)
        self._seed, self._shuffles = seed, 0
        self.card = widgets.HTML()
        self.flip = widgets.Button(description="Flip", tooltip="Show the answer before you rate yourself")
        self.ratings = {
            value: widgets.Button(description=name, tooltip=RATING_HINTS[value]) for value, name in RATINGS.items()
        }
        self.again, self.hard, self.good, self.easy = self.ratings.values()
        self.hints = widgets.HTML()
        self.previous = widgets.Button(description="Previous", tooltip="Show the card before this one again")
        self.undo = widgets.Button(description="Undo", tooltip="Take back your last rating")
        self.shuffle = widgets.Button(description="Shuffle", tooltip="Study in a random order")
        self.topic = widgets.Dropdown(options=[ALL_TOPICS, *self.deck.topics], value=ALL_TOPICS, description="Topic")
        self.feedback = widgets.HTML()
        self.status = widgets.HTML()
        self.output = widgets.Output()
        super().__init__(
            children=[
                self.card,
                widgets.HBox([self.flip, *self.ratings.values()]),
                self.hints,
                widgets.HBox([self.previous, self.undo, self.shuffle, self.topic]),
                self.feedback,
                self.status,
                self.output,
            ]
        )
        self.flip.on_click(self._on_flip)
        for value, button in self.ratings.items():
            button.on_click(lambda _button, value=value: self._run(self._rate, value))
        self.previous.on_click(lambda _button: self._run(self.deck.previous))
        self.undo.on_click(lambda _button: self._run(self._undo))
        self.shuffle.on_click(lambda _button: self._run(self._shuffle))
        self.topic.observe(self._on_topic, names="value")
        self._render()

    @handler
    def _run(self, action, *args):
        """Run a learner's action inside the Output; a refusal from the model is shown, not lost."""
        with self.output:
            try:
                message = action(*args)
            except ValueError as error:
                message = f"<div role='alert'>{text_html(str(error).capitalize())}.</div>"
            self.feedback.value = message if isinstance(message, str) else ""
            self._render()

    @handler
    def _on_flip(self, _button):
        """The answer appears on the card, under the term; nothing else repeats it."""
        self._run(lambda: self.deck.flip() and None)

    @handler
    def _on_topic(self, change):
        self._run(self.deck.set_topic, None if change["new"] == ALL_TOPICS else change["new"])

    def _rate(self, value):
        outcome = self.deck.rate(value)
        return f"<div role='status'>{text_html(outcome.text())} Due {text_html(local_time(outcome.due))}.</div>"

    def _undo(self):
        card = self.deck.undo()
        return f"<div role='status'>Rating taken back for “{text_html(card.front)}”.</div>"

    def _shuffle(self):
        self._shuffles += 1
        self.deck.shuffle(self._seed + self._shuffles)
        return "<div role='status'>Shuffled.</div>"

    def _render(self):
        deck = self.deck
        self.card.value = card_html(deck)
        has_card = deck.current is not None
        self.flip.disabled = not has_card or deck.flipped
        previews = deck.preview() if has_card and deck.flipped else {}
        for value, button in self.ratings.items():
            button.disabled = value not in previews
            interval = format_interval(previews[value]) if value in previews else ""
            button.description = f"{RATINGS[value]} · {interval}" if interval else RATINGS[value]
            button.tooltip = RATING_HINTS[value] + (f" Next review in {interval}." if interval else "")
        self.hints.value = hints_html(previews)
        self.previous.disabled = not deck.can_go_back
        self.undo.disabled = not deck.can_undo
        self.status.value = f"<small>{text_html(deck.status().text())}</small>"
