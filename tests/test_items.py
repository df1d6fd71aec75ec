"""Every stored id names the content item it is about, and the learner sees that item's name."""

import pytest

from careerkit import content
from careerkit.content.ids import item_for
from careerkit.learning.flashcards import glossary_cards
from careerkit.learning.questionbank import default_bank
from careerkit.learning.walkthrough import build_questions


def test_every_question_and_card_the_workbook_makes_has_a_named_item():
    ids = [question.id for question in default_bank()]
    ids += [card.id for card in glossary_cards()]
    ids += [question.id for case in content.use_cases() for question in build_questions(case)]
    unnamed = [stored_id for stored_id in ids if not item_for(stored_id).known]
    assert unnamed == [], "add these id kinds to careerkit.content.ids.ID_KINDS"


def test_a_term_asked_three_ways_and_its_card_are_one_item():
    items = {item_for(f"{kind}:change-management") for kind in (
        "glossary-term-definition", "glossary-definition-term", "glossary-short-answer", "glossary",
    )}
    assert len(items) == 1
    assert items.pop().label() == "Change management (glossary term)"


@pytest.mark.parametrize("stored_id, label", [
    ("tool-category:rapid7", "Rapid7 (tool)"),
    ("role-track:it-manager", "IT manager (role)"),
    ("stage-roles:entry", "Entry level (career stage)"),
    ("certification-issuer:cism", "Certified Information Security Manager (CISM) (certification)"),
    ("use-case-order:cto-digital-transformation", "Leading a digital transformation at a manufacturer (use case)"),
    ("walkthrough:cto-digital-transformation:step-2:next",
     "Leading a digital transformation at a manufacturer (use case)"),
])
def test_items_are_named_from_the_content(stored_id, label):
    assert item_for(stored_id).label() == label


def test_ids_no_longer_in_the_content_say_so_plainly():
    gone = item_for("glossary-short-answer:blockchain")
    assert not gone.known and gone.label() == "A glossary term no longer in the workbook"
    assert item_for("glossary:blockchain").key == gone.key == item_for("glossary:quantum").key
    assert item_for("bench:item-3").label() == "An item no longer in the workbook"
    assert item_for("no-colon").label() == "An item no longer in the workbook"


def test_a_bad_id_is_refused_with_an_example():
    with pytest.raises(ValueError, match="a stored id must be a non-empty string such as 'glossary:devops', got ''"):
        item_for("")
