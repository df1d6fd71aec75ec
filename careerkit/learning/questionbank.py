"""Quiz questions made from the workbook's content, so a fact fixed in data/ fixes its quiz.

Each generator takes the table(s) it needs and returns questions; ``build_bank`` feeds
them from ``careerkit.content``. Four promises hold for every question made here:

- its ``id`` names the content it asks about (``glossary-term-definition:devops``),
  never a position, so a learner's history survives a reordered table;
- distractors are near misses first (another term of the same glossary category),
  never equal to the answer and never repeated;
- the bank is the same on every run: distractors and choice order are drawn from a
  generator seeded with the question's id. ``QuizBank.sample`` reshuffles per quiz;
- a question that shows several items (a category's terms to match, roles to tick)
  ``covers`` each of them, keyed as ``careerkit.content.ids`` keys them (``glossary:devops``),
  so a quiz never pairs it with a question it answers.

The notebooks' quizzes (``careerkit.pages.stages``, ``careerkit.pages.leadership``) pick
from ``default_bank()`` by topic or by id, so an id here is part of their contract.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterable

import pandas as pd

from careerkit import content
from careerkit.content.ids import slug
from careerkit.learning.quiz import Matching, MultipleChoice, Ordering, QuizBank, ShortAnswer, SingleChoice, answer_key

CHOICES = 4
"""The answer and up to three distractors: enough to make guessing unrewarding, few enough to read."""

BLANK = "_____"

_NUMBER_WORDS = dict(enumerate(("zero one two three four five six seven eight nine ten eleven twelve").split()))


def _source(value) -> str:
    """A content source as the ``;``-joined text every careerkit table uses."""
    if isinstance(value, str):
        return value
    return ";".join(str(part) for part in value)


def _sources(values) -> str:
    """The distinct citations of several rows, in first-seen order, as one source field."""
    return ";".join(dict.fromkeys(part for value in values for part in _source(value).split(";")))


def _keys(kind: str, ids: Iterable[str]) -> frozenset[str]:
    """Content items as ``careerkit.content.ids`` keys them: ``_keys("role", ["cto"])`` is ``{"role:cto"}``."""
    return frozenset(f"{kind}:{content_id}" for content_id in ids)


def _key_map(kind: str, texts: Iterable[str], ids: Iterable[str]) -> dict[str, str]:
    """Each item's shown text -> its content key, for questions that list items by name."""
    return {text: f"{kind}:{content_id}" for text, content_id in zip(texts, ids)}


def _present(value) -> bool:
    """True for a real cell value; None, pandas' NA and blank text count as missing."""
    return value is not None and not pd.isna(value) and bool(str(value).strip())


def _distractors(answer: str, tiers: Iterable[Iterable[str]], rng: random.Random, k: int = CHOICES - 1) -> list[str]:
    """Up to ``k`` wrong choices, taking from earlier tiers (nearer misses) first.

    Values that read the same as the answer or as each other once case and
    punctuation are ignored are skipped, so no two choices look alike.
    """
    taken, seen = [], {answer_key(answer)}
    for tier in tiers:
        pool = sorted(set(tier))
        rng.shuffle(pool)
        for value in pool:
            if len(taken) == k:
                return taken
            if answer_key(value) not in seen:
                seen.add(answer_key(value))
                taken.append(value)
    return taken


def _single(qid: str, answer: str, tiers, **fields) -> SingleChoice | None:
    """A single-choice question with distractors from ``tiers``; None when none exist."""
    rng = random.Random(qid)
    wrong = _distractors(answer, tiers, rng)
    if not wrong:
        return None
    choices = [answer, *wrong]
    rng.shuffle(choices)
    return SingleChoice(id=qid, choices=tuple(choices), answer=choices.index(answer), **fields)


def _mask(text: str, words: Iterable[str]) -> str:
    """``text`` with each of ``words`` blanked out, so a definition does not give its term away."""
    for word in sorted({w for w in words if w.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", BLANK, text, flags=re.IGNORECASE)
    return text


def _term_names(row) -> list[str]:
    """A glossary term, its synonyms, and both halves of a name like "ITIL (Information ...)"."""
    names = [row["term"], *row["synonyms"]]
    split = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", row["term"])
    if split:
        names += [split.group(1), split.group(2)]
    return list(dict.fromkeys(names))


def glossary_masked(row) -> str:
    """A glossary definition with its own term and synonyms blanked out."""
    return _mask(row["definition"], _term_names(row))


def _by_category(glossary) -> Callable[[object, str], list[list[str]]]:
    """Distractor tiers for a glossary row: same category first, then every other term."""

    def tiers(row, column: str) -> list[list[str]]:
        same = glossary[(glossary["category"] == row["category"]) & (glossary["id"] != row["id"])]
        other = glossary[glossary["category"] != row["category"]]
        return [list(same[column]), list(other[column])]

    return tiers


def _examples_note(row) -> str:
    examples = list(row["examples"]) if isinstance(row["examples"], (list, tuple)) else []
    return f" Examples the seed gives: {', '.join(examples)}." if examples else ""


def glossary_questions(glossary) -> list:
    """Term to definition, definition to term, and a typed term for every glossary row,
    plus one matching question per category of three or more terms."""
    glossary = glossary.assign(masked=[glossary_masked(row) for _, row in glossary.iterrows()])
    tiers = _by_category(glossary)
    questions = []
    for _, row in glossary.iterrows():
        common = dict(topic="glossary", source=_source(row["source"]))
        explanation = f"{row['term']}: {row['definition']}{_examples_note(row)}"
        questions.append(_single(
            f"glossary-term-definition:{row['id']}", row["masked"], tiers(row, "masked"),
            prompt=f"Which description fits the term '{row['term']}'?", explanation=explanation, **common,
        ))
        questions.append(_single(
            f"glossary-definition-term:{row['id']}", row["term"], tiers(row, "term"),
            prompt=f"Which term is described here? {row['masked']}", explanation=explanation, **common,
        ))
        questions.append(ShortAnswer(
            id=f"glossary-short-answer:{row['id']}", accepted=tuple(_term_names(row)),
            prompt=f"Type the term this describes: {row['masked']}", explanation=explanation, **common,
        ))
    questions += _glossary_matching(glossary)
    return [q for q in questions if q is not None]


def _glossary_matching(glossary) -> list[Matching]:
    questions = []
    for category, group in glossary.groupby("category", sort=True):
        if len(group) < 3:
            continue
        rng = random.Random(f"glossary-matching:{slug(category)}")
        terms = list(group["term"])
        right = rng.sample(terms, len(terms))
        questions.append(Matching(
            id=f"glossary-matching:{slug(category)}",
            prompt=f"Match each description to its term (glossary group: {category}).",
            left=tuple(group["masked"]),
            right=tuple(right),
            pairs=tuple(right.index(t) for t in terms),
            explanation=f"All {_NUMBER_WORDS.get(len(terms), len(terms))} terms belong to the glossary group "
            f"'{category}', which is why their descriptions sound alike.",
            topic="glossary",
            source=_sources(group["source"]),
            covers=_keys("glossary", group["id"]),
        ))
    return questions


STAGES_ARTICLE = "000_"
JOB_TITLES = "001_70d67372d1a04c0d.txt#job-titles"
PATHWAY_STEP = re.compile(r"^001_[0-9a-f]+\.txt#career-pathway-step-(\d+)$")


def _stage_source(row) -> str | None:
    """The role's citation of the career-stages article, the seed that places roles in stages."""
    parts = [p for p in _source(row["source"]).split(";") if p.startswith(STAGES_ARTICLE) and p.endswith("-level")]
    return parts[0] if parts else None


def _stage_basis(row, stage_name: str, step_notes: dict[str, str]) -> tuple[str, str, str]:
    """Who puts a role at its stage, as (prompt's "who", explanation, citation).

    The stages article (seed 000) places the roles it names; the other roles are the
    workbook's placing of a title from the leadership article (seed 001): one of its
    job titles, else a role its career pathway names at a step.
    """
    title, cited = row["title"], _source(row["source"]).split(";")
    placed = _stage_source(row)
    if placed:
        return "the stages article", f"The stages article puts {title} at the {stage_name} stage.", placed
    if JOB_TITLES in cited:
        return "the workbook", (
            f"The leadership article lists {title} among its job titles, "
            f"and the workbook places it at the {stage_name} stage."
        ), JOB_TITLES
    for citation in cited:
        step = PATHWAY_STEP.match(citation)
        if step:
            note = step_notes.get(citation)
            what = f" ({note})" if _present(note) else ""
            return "the workbook", (
                f"The leadership article's career pathway names {title} at step {step.group(1)}{what}, "
                f"and the workbook places it at the {stage_name} stage."
            ), citation
    return "the workbook", f"The workbook places {title} at the {stage_name} stage.", cited[0]


def role_questions(roles, stages, sources=None) -> list:
    """Role to stage for every role (saying whose placing it is), stage to the roles the
    stages article places there, and role to track.

    ``sources`` (``content.sources()``) names each pathway step in the explanations;
    without it they give the step's number only.
    """
    stage_names = dict(zip(stages["id"], stages["name"]))
    stage_sources = dict(zip(stages["id"], stages["source"]))
    focus = dict(zip(stages["id"], stages["focus"])) if "focus" in stages else {}
    step_notes = dict(zip(sources["id"], sources["note"])) if sources is not None else {}
    placed = roles[[_stage_source(row) is not None for _, row in roles.iterrows()]]
    questions = []
    for _, row in roles.iterrows():
        name = stage_names[row["stage"]]
        who, explanation, citation = _stage_basis(row, name, step_notes)
        note = f" {focus[row['stage']]}" if _present(focus.get(row["stage"])) else ""
        questions.append(_single(
            f"role-stage:{row['id']}", name, [list(stage_names.values())],
            prompt=f"At which career stage does {who} place the role '{row['title']}'?",
            explanation=f"{explanation}{note}",
            topic="roles", source=_sources([citation, stage_sources[row["stage"]]]),
        ))
    questions += [_stage_roles(stage, stage_names[stage], placed) for stage in stage_names]
    tracks = sorted(set(roles["track"]))
    for _, row in roles.iterrows():
        questions.append(_single(
            f"role-track:{row['id']}", row["track"], [tracks],
            prompt=f"Which kind of work does careerkit group the role '{row['title']}' under?",
            explanation=f"careerkit files {row['title']} under {row['track']} work. "
            "The grouping by kind of work is careerkit's, made from the seeds' role lists.",
            topic="roles", source=_source(row["source"]),
        ))
    return [q for q in questions if q is not None]


def _tick_all(qid: str, inside, outside, keys: dict[str, str], **fields) -> MultipleChoice | None:
    """Up to three right items among up to three wrong ones; the draw is seeded by the id,
    and an item that is also right is never used as a wrong one.

    ``keys`` maps each item's text to its content key; the question covers every item
    it offers and every right one, since the explanation names them all.
    """
    rng = random.Random(qid)
    inside = sorted(set(inside))
    outside = sorted(set(outside) - set(inside))
    if not inside or not outside:
        return None
    right = rng.sample(inside, min(3, len(inside)))
    wrong = rng.sample(outside, min(3, len(outside)))
    choices = rng.sample(right + wrong, len(right) + len(wrong))
    covers = frozenset(keys[text] for text in [*choices, *inside])
    return MultipleChoice(
        id=qid, choices=tuple(choices), answers=frozenset(choices.index(t) for t in right), covers=covers, **fields
    )


def _stage_roles(stage: str, name: str, placed) -> MultipleChoice | None:
    at_stage = placed[placed["stage"] == stage]
    return _tick_all(
        f"stage-roles:{stage}", at_stage["title"], placed[placed["stage"] != stage]["title"],
        _key_map("role", placed["title"], placed["id"]),
        prompt=f"Which of these roles does the stages article place at the {name} stage? Tick all that apply.",
        explanation=f"The stages article's roles at the {name} stage: {', '.join(at_stage['title'])}.",
        topic="roles",
        source=_sources(_stage_source(r) for _, r in at_stage.iterrows()),
    )


def _certification_name(row) -> str:
    abbreviation = row.get("abbreviation")
    if _present(abbreviation) and abbreviation not in row["name"]:
        return f"{row['name']} ({abbreviation})"
    return row["name"]


def _certification_phrase(name: str) -> str:
    """'the PMP certification', but 'the Scrum certification' rather than '... certification certification'."""
    return f"the {name}" if name.lower().rstrip("s").endswith("certification") else f"the {name} certification"


def _plural(name: str) -> bool:
    return name.lower().endswith("certifications")


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def certification_questions(certifications) -> list:
    """Certification to domain and back, and to issuer only where the content knows the issuer."""
    domains = sorted(set(certifications["domain"]))
    known = certifications[[_present(v) for v in certifications["issuer"]]]
    issuers = sorted(set(known["issuer"]))
    questions = []
    for _, row in certifications.iterrows():
        name = _certification_name(row)
        common = dict(topic="certifications", source=_source(row["source"]))
        questions.append(_single(
            f"certification-domain:{row['id']}", row["domain"], [domains],
            prompt=f"Which area {'do' if _plural(name) else 'does'} {_certification_phrase(name)} cover?",
            explanation=f"{_sentence_start(_certification_phrase(name))} cover{'' if _plural(name) else 's'} {row['domain']}.",
            **common,
        ))
        if _present(row["issuer"]):
            note = row.get("issuer_note")
            questions.append(_single(
                f"certification-issuer:{row['id']}", row["issuer"], [issuers],
                prompt=f"Who issues {_certification_phrase(name)}?",
                explanation=f"{row['issuer']} issues {name}." + (f" {note}" if _present(note) else ""), **common,
            ))
    names = certifications.assign(shown=[_certification_name(row) for _, row in certifications.iterrows()])
    for domain, group in names.groupby("domain", sort=True):
        questions.append(_tick_all(
            f"certifications-in-domain:{slug(domain)}", group["shown"], names["shown"],
            _key_map("certification", names["shown"], names["id"]),
            prompt=f"Which of these certifications cover {domain}? Tick all that apply.",
            explanation=f"The {domain} certifications the seeds name: {', '.join(group['shown'])}.",
            topic="certifications", source=_sources(group["source"]),
        ))
    return [q for q in questions if q is not None]


def tool_questions(tools) -> list:
    """Which category a named tool belongs to, and which tools a category lists; a tool
    listed in two categories is never offered one of its own categories as a wrong answer."""
    categories = list(dict.fromkeys(tools.sort_values("category_order")["category"]))
    questions = []
    for example, rows in tools.groupby("example", sort=False):
        row = rows.iloc[0]
        own = set(rows["category"])
        questions.append(_single(
            f"tool-category:{slug(example)}", row["category"], [[c for c in categories if c not in own]],
            prompt=f"In which category of a technology leader's tools does the seed list {example}?",
            explanation=f"{example} is listed under {row['category']}: {row['purpose']}",
            topic="tools", source=_source(row["source"]),
        ))
    for category, group in tools.groupby("category", sort=False):
        questions.append(_tick_all(
            f"tool-category-examples:{slug(category)}", group["example"], tools["example"],
            _key_map("tool", tools["example"], map(slug, tools["example"])),
            prompt=f"Which of these does the seed list under {category}? Tick all that apply.",
            explanation=f"{category}: {', '.join(group['example'])}. {group['purpose'].iloc[0]}",
            topic="tools", source=_sources(group["source"]),
        ))
    return [q for q in questions if q is not None]


def day_questions(day) -> list:
    """Which part of a leader's typical day an activity falls in."""
    ordered = day.sort_values(["block_order", "activity_order"])
    blocks = list(dict.fromkeys(ordered["block"]))
    questions = []
    for _, row in ordered.iterrows():
        note = "" if row["block_heading_in_seed"] else (
            " The seed lost this block's heading; the name is careerkit's reading of where it falls."
        )
        questions.append(_single(
            f"day-activity-block:{slug(row['activity'])}", row["block"], [blocks],
            prompt=f"When in a technology leader's typical day does the seed put '{row['activity']}'?",
            explanation=f"{row['block']}: {row['activity']}. {row['description']}{note}",
            topic="day-in-the-life", source=_source(row["source"]),
        ))
    return [q for q in questions if q is not None]


def trait_questions(traits) -> list:
    """Trait to description and back, for the traits whose description the seed gives whole."""
    whole = traits[traits["description_complete"].astype(bool)]
    questions = []
    for _, row in whole.iterrows():
        described = _mask(row["description"], [row["name"]])
        others = whole[whole["id"] != row["id"]]
        common = dict(topic="traits", source=_source(row["source"]), explanation=f"{row['name']}: {row['description']}")
        questions.append(_single(
            f"trait-description:{row['id']}", described,
            [[_mask(d, [n]) for d, n in zip(others["description"], others["name"])]],
            prompt=f"Which description fits the leadership trait '{row['name']}'?", **common,
        ))
        questions.append(_single(
            f"trait-name:{row['id']}", row["name"], [list(others["name"])],
            prompt=f"Which trait is described here? {described}", **common,
        ))
    return [q for q in questions if q is not None]


def use_case_questions(use_cases, roles) -> list:
    """Which use case an action belongs to, and each use case's actions put in order."""
    titles = dict(zip(roles["id"], roles["title"]))
    cases = list(use_cases)
    questions = []
    for case in cases:
        questions.append(_action_order(case, titles.get(case.role, case.role)))
        other_titles = {a.title for other in cases if other is not case for a in other.actions}
        for action in case.actions:
            if action.title in other_titles:
                continue
            questions.append(_single(
                f"use-case-action:{case.id}:{action.id}", case.title, [[c.title for c in cases]],
                prompt=f"In which use case does the leader take the step '{action.title}'?",
                explanation=f"In '{case.title}', step {action.number} is '{action.title}': {action.involves}",
                topic="use-cases", source=_source(case.source),
            ))
    return [q for q in questions if q is not None]


def _action_order(case, leader: str) -> Ordering:
    actions = sorted(case.actions, key=lambda a: a.number)
    count = _NUMBER_WORDS.get(len(actions), str(len(actions)))
    return Ordering(
        id=f"use-case-order:{case.id}",
        prompt=f"Put the {leader}'s {count} actions in '{case.title}' in the order the use case gives them.",
        items=tuple(a.title for a in actions),
        explanation=f"The use case opens with '{actions[0].title}' and closes with '{actions[-1].title}'. "
        f"How it ends: {case.outcome}",
        topic="use-cases",
        source=_source(case.source),
    )


def build_bank(tables=None) -> QuizBank:
    """Every question the content supports; ``tables`` defaults to ``careerkit.content``
    (tests pass a stand-in with the same loader functions)."""
    tables = content if tables is None else tables
    roles = tables.roles()
    questions = [
        *glossary_questions(tables.glossary()),
        *role_questions(roles, tables.stages(), tables.sources()),
        *certification_questions(tables.certifications()),
        *tool_questions(tables.tools()),
        *day_questions(tables.day_in_the_life()),
        *trait_questions(tables.traits()),
        *use_case_questions(tables.use_cases(), roles),
    ]
    return QuizBank(questions)


@functools.cache
def default_bank() -> QuizBank:
    """The bank built from careerkit's own content, built once per session."""
    return build_bank()
