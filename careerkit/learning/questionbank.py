"""The workbook's questions: the authored bank the quizzes ask, and generated drill questions.

``question_bank()`` (also ``careerkit.question_bank()``) is what every quiz draws from: the
authored questions of ``data/questions/NN_slug.yaml`` (each tied to one of its notebook's
objectives, at a stated level, with feedback for every choice) and, for notebook 08,
questions on real wages whose figures are read from the wage table when the bank is
built. ``notebook_quiz`` draws a seeded quiz from one notebook's questions, going round
its objectives.

The generated questions below (``build_bank``, ``default_bank``) ask which label the
workbook gave an item; they no longer appear in quizzes and stay only for drill (the
glossary matching and typed-term exercises of notebook 05, the action-order recall of
notebooks 06 and 07). Each generator takes the table(s) it needs and returns questions;
``build_bank`` feeds them from ``careerkit.content``. Four promises hold for every
question made there:

- its ``id`` names the content it asks about (``glossary-term-definition:devops``),
  never a position, so a learner's history survives a reordered table;
- distractors are near misses first (another term of the same glossary category),
  never equal to the answer and never repeated;
- the bank is the same on every run: distractors and choice order are drawn from a
  generator seeded with the question's id. ``QuizBank.sample`` reshuffles per quiz;
- a question that shows several items (a category's terms to match, roles to tick)
  ``covers`` each of them, keyed as ``careerkit.content.ids`` keys them (``glossary:devops``),
  so a quiz never pairs it with a question it answers.

The drill exercises pick from ``default_bank()`` by id, so an id there is part of their contract.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterable

import pandas as pd

from careerkit import content
from careerkit.content import questions as authored
from careerkit.content import wages
from careerkit.content.ids import slug
from careerkit.learning.quiz import (
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Quiz,
    QuizBank,
    ShortAnswer,
    SingleChoice,
    answer_key,
)

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


# ---------------------------------------------------------------- the authored bank
#
# The quizzes ask the authored questions of data/questions/*.yaml (each tied to one of
# its notebook's stated objectives, with feedback for every choice) and, in notebook
# 08, questions on real wages computed from the wage table when the bank is built.
# The generated questions above stay for flashcard-style drill only.

SALARY_NOTEBOOK = "08_salary_exploration"
WAGE_SOURCE = "bls-oews-2025A01#oe.data.0.Current"
DOLLAR_TOLERANCE = 100
"""A typed dollar figure within $100 of the answer counts: the learner may round to the hundred."""


def authored_question(record) -> SingleChoice | MultipleChoice:
    """One ``careerkit.content.questions.AuthoredQuestion`` as a quiz question, its notebook as topic."""
    common = dict(
        id=record.id, prompt=record.prompt, choices=record.choices, choice_feedback=record.feedback,
        explanation=record.explanation, topic=record.notebook, source=record.source,
        notebook=record.notebook, objective=record.objective, level=record.level,
    )
    if record.kind == "multiple":
        return MultipleChoice(answers=frozenset(record.answers), **common)
    return SingleChoice(answer=record.answers[0], **common)


def authored_questions(data_dir=None) -> list:
    """Every authored question of every notebook, in file order."""
    sets = authored.question_sets(data_dir)
    return [authored_question(record) for question_set in sets.values() for record in question_set.questions]


def _wage_fields(objective: str, level: str) -> dict:
    return dict(topic=SALARY_NOTEBOOK, notebook=SALARY_NOTEBOOK, objective=objective, level=level, source=WAGE_SOURCE)


def _dollars(value: int) -> str:
    return f"${value:,}"


def _metro_vs_nation(metro: str = "Austin", role: str = "IT manager") -> Numeric:
    nation, local = wages.for_role(role), wages.for_role(role, metro)
    gap = local.median - nation.median
    return Numeric(
        id="salary-wage-metro-minus-nation",
        prompt=f"BLS puts the median of {nation.occupation} ({nation.soc_code}) at {_dollars(nation.median)} a year "
        f"nationally and at {_dollars(local.median)} in the {local.area.name} metro area. By how many dollars is "
        "the metro median above the national one? Type a negative number if it is below; the nearest hundred "
        "is close enough.",
        answer=float(gap), tolerance=DOLLAR_TOLERANCE, unit="$",
        explanation=f"{_dollars(local.median)} minus {_dollars(nation.median)} is {_dollars(gap)}. The gap says how "
        "the occupation's pay is spread in one area against the nation; it says nothing about living costs there "
        "or about what one employer pays.",
        **_wage_fields("salary-compare-places", "apply"),
    )


def _band_width(role: str = "Cybersecurity analyst") -> Numeric:
    band = wages.for_role(role)
    width = band.p75 - band.p25
    return Numeric(
        id="salary-wage-middle-half-width",
        prompt=f"Nationally, BLS gives these annual figures for {band.occupation} ({band.soc_code}): 10th percentile "
        f"{_dollars(band.p10)}, 25th {_dollars(band.p25)}, median {_dollars(band.median)}, 75th {_dollars(band.p75)}, "
        f"90th {_dollars(band.p90)}. How many dollars wide is the band that holds the middle half of the workers?",
        answer=float(width), tolerance=DOLLAR_TOLERANCE, unit="$",
        explanation=f"The middle half lies between the 25th and the 75th percentile: {_dollars(band.p75)} minus "
        f"{_dollars(band.p25)} is {_dollars(width)}. A quarter of the workers earn less than the lower edge and a "
        "quarter more than the upper one.",
        **_wage_fields("salary-read-band", "apply"),
    )


def _shared_code() -> Numeric:
    """Two roles of different stages that the workbook maps to one SOC code: their figures must match."""
    roles = content.roles()
    groups = roles.dropna(subset=["soc_code"]).groupby("soc_code")
    stage_order = dict(zip(content.stages()["id"], range(len(content.stages()))))
    soc, group = max(groups, key=lambda item: (item[1]["stage"].map(stage_order).nunique(), item[0]))
    ordered = group.assign(order=group["stage"].map(stage_order)).sort_values(["order", "title"])
    low, high = ordered.iloc[0]["title"], ordered.iloc[-1]["title"]
    first, second = wages.for_role(low), wages.for_role(high)
    return Numeric(
        id="salary-wage-shared-soc-gap",
        prompt=f"The salary explorer shows the national median for the {low[0].lower() + low[1:]} and for the "
        f"{high[0].lower() + high[1:]}. How many dollars apart are the two medians?",
        answer=float(second.median - first.median), tolerance=0, unit="$",
        explanation=f"Both roles are matched to one occupation, {first.occupation} ({soc}), so both show its figures "
        f"(median {_dollars(first.median)}). BLS groups jobs by what people do, not by title or seniority; the "
        "matching is the workbook's reading, and the figures cannot tell the two roles apart.",
        **_wage_fields("salary-judge-mapping", "analyze"),
    )


def _percentiles_not_levels(role: str = "Junior software developer") -> SingleChoice:
    band = wages.for_role(role)
    low, high, mean = _dollars(band.p10), _dollars(band.p90), _dollars(band.annual_mean)
    choices = (
        f"Both figures cover all workers in the occupation at every stage of a career, so {low} is no beginner's pay.",
        f"None: BLS publishes {low} as the first-year rate of the occupation, so her plan is sound.",
        f"She has it reversed: BLS marks the newcomer rate with the 90th percentile, which is {high} a year here.",
        f"She should ask for the mean of {mean}, since BLS defines the mean as the opening rate.",
    )
    feedback = (
        "Right. Percentiles spread the pay of everyone in the occupation, whatever their experience, employer or "
        "hours; they are not rungs of a career ladder.",
        "BLS publishes no first-year rate; the 10th percentile is simply the figure a tenth of all workers earn less than.",
        "No percentile marks a career level, the 90th no more than the 10th.",
        "The mean is an average over all workers; BLS defines no opening rate at all.",
    )
    return SingleChoice(
        id="salary-wage-percentile-not-junior",
        prompt=f"Dana has just finished a bootcamp. Nationally, BLS puts the 10th percentile of {band.occupation} "
        f"({band.soc_code}) at {low} and the 90th at {high}. She plans to ask for {low}, reasoning that the 10th "
        "percentile is what newcomers earn. What is the flaw in her reasoning?",
        choices=choices, answer=0, choice_feedback=feedback,
        explanation=wages.PERCENTILE_CAVEAT,
        **_wage_fields("salary-judge-mapping", "analyze"),
    )


def _unreleased_cell() -> SingleChoice | None:
    """A state where BLS released no median for the occupation of one of the workbook's roles."""
    table, roles = wages.table(), content.roles()
    mapped = roles.dropna(subset=["soc_code"]).drop_duplicates("soc_code")
    blank = table[table["soc_code"].isin(mapped["soc_code"]) & table["annual_median"].isna()
                  & (table["area_type"] == "state")].sort_values(["soc_code", "area_name"])
    if blank.empty:
        return None
    cell = blank.iloc[0]
    role = mapped[mapped["soc_code"] == cell["soc_code"]].iloc[0]["title"]
    choices = (
        "BLS did not publish that estimate, so the table is silent about pay there; look at a wider area or another source.",
        "The occupation pays nothing in that state, which is why BLS shows no figure where a median would be.",
        "Employers there pay below the lowest figure BLS prints anywhere, so the survey leaves that cell of the table empty.",
        "The national median applies, since BLS leaves a state's cell empty whenever it matches the nation.",
    )
    feedback = (
        "Right. 'Not released' means no estimate was published for that cell; it is not a zero and not a low wage.",
        "An empty cell is not a zero: BLS simply published no estimate there.",
        "A missing figure says nothing about its size; BLS marks low pay with figures, not blanks.",
        "BLS publishes each area's figures on their own; an empty state cell does not borrow the nation's.",
    )
    return SingleChoice(
        id="salary-wage-unreleased-cell",
        prompt=f"Sam is a {role[0].lower() + role[1:]} in {cell['area_name']}. For his occupation, {cell['occupation']} "
        f"({cell['soc_code']}), the salary explorer shows the state's median as 'not released by BLS'. "
        "How should he read that cell?",
        choices=choices, answer=0, choice_feedback=feedback,
        explanation=f"BLS's footnote for this cell: {cell['footnotes'] or 'estimate not released'}. "
        "A cell without an estimate tells you nothing about the pay level.",
        **_wage_fields("salary-compare-places", "understand"),
    )


def wage_questions() -> list:
    """The questions on real wages, their figures read from the wage table now, so a rebuilt table updates them."""
    made = [_metro_vs_nation(), _band_width(), _percentiles_not_levels(), _unreleased_cell(), _shared_code()]
    return [question for question in made if question is not None]


@functools.cache
def question_bank() -> QuizBank:
    """Every question the quizzes ask: the authored bank and the wage questions, built once per session."""
    return QuizBank([*authored_questions(), *wage_questions()])


def notebook_questions(notebook: str) -> list:
    """One notebook's questions, in the bank's order; an unknown notebook names the known ones."""
    questions = [question for question in question_bank() if question.notebook == notebook]
    if not questions:
        known = ", ".join(dict.fromkeys(question.notebook for question in question_bank()))
        raise ValueError(f"no questions for notebook {notebook!r}; notebooks with questions: {known}")
    return questions


def notebook_quiz(notebook: str, n: int | None = None, seed=2026, store=None, objectives=None, draw: str = "") -> Quiz:
    """A seeded quiz from one notebook's questions (``n`` of them, default all), choices shuffled.

    The draw goes round the notebook's objectives in turn, so a quiz of at least as many
    questions as there are objectives tests every one of them. The same ``seed`` gives
    every learner the same questions in the same order with the same choice order
    (``seed=None``: a fresh draw); ``objectives`` keeps only the questions on those
    objective ids. ``draw`` names the quiz within its notebook, so two quizzes of one
    notebook with the same seed (a topic quiz and the final check) draw apart. Answers are
    recorded under ``notebook``, so the quiz built again finds them.
    """
    pool = notebook_questions(notebook)
    if objectives is not None:
        wanted = {objectives} if isinstance(objectives, str) else set(objectives)
        unknown = sorted(wanted - {question.objective for question in pool})
        if unknown:
            raise ValueError(f"notebook {notebook} has no questions on objective {unknown[0]!r}")
        pool = [question for question in pool if question.objective in wanted]
    count = len(pool) if n is None else n
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= len(pool):
        raise ValueError(f"n must be a whole number from 1 to {len(pool)} (questions available), got {n!r}")
    rng = random.Random() if seed is None else random.Random(f"{notebook}:{draw}:{seed}")
    drawn = _round_robin(pool, count, rng)
    return Quiz([question.shuffled(rng) for question in drawn], store=store, notebook=notebook)


def _round_robin(pool: list, count: int, rng: random.Random) -> list:
    """``count`` questions taken one objective at a time (objectives and questions in a seeded order)."""
    queues: dict[str, list] = {}
    for question in pool:
        queues.setdefault(question.objective, []).append(question)
    order = rng.sample(sorted(queues), len(queues))
    queues = {objective: rng.sample(queues[objective], len(queues[objective])) for objective in order}
    drawn = []
    while len(drawn) < count:
        for objective in order:
            if queues[objective] and len(drawn) < count:
                drawn.append(queues[objective].pop())
    return drawn
