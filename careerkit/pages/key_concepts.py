"""Notebook 05, key concepts: the eleven terms of the leadership article, as tables, a map and quizzes.
"""

from __future__ import annotations

import pandas as pd

from careerkit import content
from careerkit.content.ids import slug
from careerkit.pages.common import NOTEBOOKS, bank_quiz, board, one_question
from careerkit.present.charts import Chart
from careerkit.present.tables import FullTextTable, joined, listing


def _glossary_in_category_order() -> pd.DataFrame:
    """Terms grouped by category, categories in the order the seed first reaches them."""
    glossary = content.glossary()
    order = list(dict.fromkeys(glossary["category"]))
    rank = glossary["category"].map(order.index)
    return glossary.assign(rank=rank).sort_values(["rank", "number"]).reset_index(drop=True)


def glossary_by_category() -> pd.DataFrame:
    """The eleven key concepts grouped by careerkit's four categories.

    The seed lists the terms in one numbered run; the grouping is ours, made so that
    terms a learner would confuse sit side by side (the ``number`` column keeps the
    seed's order).
    """
    glossary = _glossary_in_category_order()
    return FullTextTable({
        "category": glossary["category"],
        "number": glossary["number"],
        "term": glossary["term"],
        "definition": glossary["definition"],
        "examples the seed gives": [", ".join(examples) for examples in glossary["examples"]],
        "source": [joined(sources) for sources in glossary["source"]],
    })


def _category_groups() -> list[tuple[str, list[str]]]:
    glossary = _glossary_in_category_order()
    return [(category, list(group["term"])) for category, group in glossary.groupby("category", sort=False)]


def glossary_summary() -> str:
    """The terms per category in a few lines, for a checked notebook output."""
    groups = _category_groups()
    total = sum(len(terms) for _, terms in groups)
    lines = [f"{total} key concepts in {len(groups)} categories (the categories are careerkit's):"]
    lines += [f"- {category} ({len(terms)}): {', '.join(terms)}" for category, terms in groups]
    return "\n".join(lines)


def glossary_map() -> Chart:
    """The glossary as four boxes, one per category, so related terms are seen together."""
    groups = _category_groups()
    figure = board([(category, terms, True) for category, terms in groups], columns=len(groups), width=9.0,
                    box_height=1.15, title="The key concepts in careerkit's four categories (the seed lists them in one run)")
    parts = [f"{category}: {listing(terms)}" for category, terms in groups]
    alt = f"The {sum(len(t) for _, t in groups)} key concepts in {len(groups)} boxes, one per category. " + "; ".join(parts) + "."
    return Chart(figure, alt)


def glossary_quiz(n: int = 5, seed=None, store=None):
    """A quiz on the key concepts (authored questions of notebook 05); one seed gives a room the same quiz."""
    return bank_quiz("glossary", n, seed, store)


def glossary_matching(category: str = "delivery", store=None):
    """The matching question for one category: its terms against their masked definitions."""
    groups = {category: terms for category, terms in _category_groups() if len(terms) >= 3}
    if category not in groups:
        raise ValueError(f"no matching question for glossary category {category!r}; choose one of: {', '.join(groups)}")
    return one_question(f"glossary-matching:{slug(category)}", NOTEBOOKS["glossary"], store)


def glossary_short_answer(term: str = "cloud-computing", store=None):
    """Type the term for a definition; ``term`` is a glossary id such as 'cloud-computing'."""
    ids = list(content.glossary()["id"])
    if term not in ids:
        raise ValueError(f"no glossary term with id {term!r}; the ids are: {', '.join(ids)}")
    return one_question(f"glossary-short-answer:{term}", NOTEBOOKS["glossary"], store)
