"""What a stored answer or flashcard review is about, in the words a learner knows.

The progress store keeps ids, not names: a quiz answer under the question's id
(``glossary-short-answer:change-management``, see ``careerkit.learning.questionbank``), a
walkthrough answer under ``walkthrough:<use case>:step-3:next`` (``careerkit.learning.walkthrough``)
and a card review under the card's id (``glossary:change-management``, see
``careerkit.learning.flashcards``). Every one of them is ``<kind>:<content id>[:<part>]``, so the
kind says which content table to look in and the content id says which row. This
module turns an id into the content item it is about (one glossary term, one role,
one tool...), so the progress dashboard can put a term's three quiz questions and
its flashcard on one line under the term's own name.

A new kind of question in the bank must be added to ``ID_KINDS`` here;
``tests/test_items.py`` fails until it is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from careerkit import content


def slug(text: str) -> str:
    """An id fragment from a name, for tables keyed by names rather than ids."""
    return re.sub(r"[^a-z0-9]+", "-", str(text).casefold()).strip("-")


ITEM_KINDS = {
    "glossary": "glossary term",
    "glossary-group": "glossary group",
    "role": "role",
    "stage": "career stage",
    "certification": "certification",
    "certification-area": "certification area",
    "tool": "tool",
    "tool-category": "tool category",
    "day-activity": "part of a leader's day",
    "trait": "leadership trait",
    "use-case": "use case",
}
"""Each kind of content item (the prefix of its key) and what a learner calls it."""

ID_KINDS = {
    "glossary": "glossary",  # the glossary flashcards
    "glossary-term-definition": "glossary",
    "glossary-definition-term": "glossary",
    "glossary-short-answer": "glossary",
    "glossary-matching": "glossary-group",
    "role-stage": "role",
    "role-track": "role",
    "stage-roles": "stage",
    "certification-domain": "certification",
    "certification-issuer": "certification",
    "certifications-in-domain": "certification-area",
    "tool-category": "tool",
    "tool-category-examples": "tool-category",
    "day-activity-block": "day-activity",
    "trait-description": "trait",
    "trait-name": "trait",
    "use-case-action": "use-case",
    "use-case-order": "use-case",
    "walkthrough": "use-case",
}
"""The first part of a stored id (before the first ':') and the kind of item it is about."""

GONE = "no longer in the workbook"


@dataclass(frozen=True)
class Item:
    """One content item a learner was asked about.

    ``key`` is the same for every question and card about the item
    (``glossary:change-management``), so attempts can be grouped by it. An id whose
    content has gone (a term removed from the glossary) gets a plain ``name`` such as
    "a glossary term no longer in the workbook", and every such id of one kind shares
    one key, so the learner sees one line per kind rather than many alike.
    """

    key: str
    name: str
    kind: str  # what a learner calls it: "glossary term"; "" when unknown
    known: bool = True

    def label(self) -> str:
        """The name with its kind, as a list shows it: "Change management (glossary term)"."""
        if not self.known:
            return self.name[:1].upper() + self.name[1:]
        return f"{self.name} ({self.kind})" if self.kind else self.name


def item_key(stored_id: str) -> str:
    """The ``Item.key`` of what an id is about, worked out from the id alone, without
    reading the content: ``glossary-short-answer:devops`` -> ``glossary:devops``.

    ``careerkit.learning.quiz`` uses it to tell which questions ask about the same item. An id
    whose first part is not in ``ID_KINDS`` keeps that part as its kind.
    """
    prefix, _, rest = _checked(stored_id).partition(":")
    return f"{ID_KINDS.get(prefix, prefix)}:{rest.partition(':')[0]}"


def _checked(stored_id) -> str:
    if not isinstance(stored_id, str) or not stored_id.strip():
        raise ValueError(f"a stored id must be a non-empty string such as 'glossary:devops', got {stored_id!r}")
    return stored_id


def item_for(stored_id: str, data_dir: Path | None = None) -> Item:
    """The content item an answer's ``item_id`` or a review's ``card_id`` is about."""
    prefix, _, rest = _checked(stored_id).partition(":")
    kind = ID_KINDS.get(prefix)
    if kind is None or not rest:
        return Item(key="gone:item", name=f"an item {GONE}", kind="", known=False)
    content_id = rest.partition(":")[0]
    name = _names(data_dir)[kind].get(content_id)
    if name is None:
        return Item(key=f"gone:{kind}", name=f"a {ITEM_KINDS[kind]} {GONE}", kind=ITEM_KINDS[kind], known=False)
    return Item(key=f"{kind}:{content_id}", name=name, kind=ITEM_KINDS[kind])


@functools.cache
def _names(data_dir: Path | None) -> dict[str, dict[str, str]]:
    """Content id -> name for every kind of item, read once per data folder.

    Tables keyed by names rather than ids (tools, the day's activities, glossary
    groups) are keyed here as the question bank keys them: by ``slug`` of the name.
    """
    glossary, roles, stages = content.glossary(data_dir), content.roles(data_dir), content.stages(data_dir)
    certifications, tools = content.certifications(data_dir), content.tools(data_dir)
    return {
        "glossary": dict(zip(glossary["id"], glossary["term"])),
        "glossary-group": {slug(category): category for category in glossary["category"]},
        "role": dict(zip(roles["id"], roles["title"])),
        "stage": dict(zip(stages["id"], stages["name"])),
        "certification": {row["id"]: _certification_name(row) for row in certifications.to_dict("records")},
        "certification-area": {slug(domain): domain for domain in certifications["domain"]},
        "tool": {slug(example): example for example in tools["example"]},
        "tool-category": {slug(category): category for category in tools["category"]},
        "day-activity": {slug(activity): activity for activity in content.day_in_the_life(data_dir)["activity"]},
        "trait": dict(zip(content.traits(data_dir)["id"], content.traits(data_dir)["name"])),
        "use-case": {case.id: case.title for case in content.use_cases(data_dir)},
    }


def _certification_name(row: dict) -> str:
    """"Certified Information Security Manager (CISM)": learners often know a certification by its letters."""
    abbreviation = row.get("abbreviation")
    if isinstance(abbreviation, str) and abbreviation.strip() and abbreviation not in row["name"]:
        return f"{row['name']} ({abbreviation})"
    return row["name"]
