"""The whole question bank (``careerkit.question_bank()``) holds the teaching promises of issue 11.

Mix and coverage per notebook, every objective tested twice, few recall questions,
scenario questions in the stage notebooks, no giveaways, feedback for every choice,
and wage questions whose figures come from the wage table. Counts are read from the
question files and the bank, never copied from today's output.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import careerkit
from careerkit.content import questions as authored
from careerkit.content import wages
from careerkit.content.locations import NOTEBOOKS_DIR

BANK = list(careerkit.question_bank())
SETS = authored.question_sets()
NOTEBOOKS = sorted(path.stem for path in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
STAGE_NOTEBOOKS = [name for name in NOTEBOOKS if name[:2] in {"01", "02", "03", "04"}]
CHOICE_KINDS = {"single", "multiple"}

STOP_WORDS = {
    "about", "after", "again", "being", "below", "between", "could", "every", "first", "other", "their",
    "there", "these", "those", "which", "while", "would", "where", "should", "still", "since", "under",
    "without", "through", "before", "because", "rather", "whose", "within",
}
"""Function words of five letters or more: sharing one of them with the prompt gives nothing away."""


def right_indexes(question) -> list[int]:
    return sorted(question.answers) if question.kind == "multiple" else [question.answer]


def stems(text: str) -> set[str]:
    """Five-letter stems of the content words of ``text``."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return {word[:5] for word in words if len(word) >= 5} - {word[:5] for word in STOP_WORDS}


def by_notebook() -> dict[str, list]:
    grouped: dict[str, list] = {}
    for question in BANK:
        grouped.setdefault(question.notebook, []).append(question)
    return grouped


def test_every_notebook_has_at_least_eight_questions():
    counts = {name: len(by_notebook().get(name, [])) for name in NOTEBOOKS}
    assert min(counts.values()) >= 8, counts


def test_every_objective_has_at_least_two_questions():
    asked = Counter((question.notebook, question.objective) for question in BANK)
    short = {
        (name, objective.id): asked[(name, objective.id)]
        for name, question_set in SETS.items() for objective in question_set.objectives
        if asked[(name, objective.id)] < 2
    }
    assert not short


def test_every_question_names_an_objective_of_its_own_notebook_and_a_level():
    for question in BANK:
        own = {objective.id for objective in SETS[question.notebook].objectives}
        assert question.objective in own, question.id
        assert question.level in authored.LEVELS, question.id


def test_at_most_a_third_of_the_bank_asks_for_recall():
    levels = Counter(question.level for question in BANK)
    assert levels["remember"] <= 0.35 * len(BANK), levels


def test_stage_notebooks_have_scenario_questions():
    """A scenario names a person (a capitalised name opening the prompt or after a comma) and a place."""
    places = set(wages.areas()["area_name"]) | {"Toronto", "Calgary", "Vancouver", "Ottawa", "Halifax", "Montréal",
                                                "Winnipeg"}
    cities = {part.split(",")[0].split("-")[0] for part in places}
    for name in STAGE_NOTEBOOKS:
        scenarios = [
            question for question in by_notebook()[name]
            if re.match(r"^[A-ZÉ][a-zé]+(,| is| has| works| spent| leads| asks| writes| cannot| lives)", question.prompt)
            and any(re.search(rf"\b{re.escape(city)}\b", question.prompt) for city in cities)
        ]
        assert len(scenarios) >= 2, name


def test_no_prompt_gives_its_answer_away():
    """Neither the right choice nor a content-word stem only it has (not any distractor) is in the prompt."""
    found = []
    for question in BANK:
        if question.kind not in CHOICE_KINDS:
            continue
        right = right_indexes(question)
        wrong_stems = set().union(*(stems(c) for i, c in enumerate(question.choices) if i not in right))
        prompt = question.prompt.casefold()
        for index in right:
            choice = question.choices[index]
            telling = (stems(choice) - wrong_stems) & stems(question.prompt)
            if choice.casefold() in prompt or telling:
                found.append((question.id, sorted(telling)))
    assert not found


def test_the_right_choice_is_not_the_odd_one_out_by_length():
    found = []
    for question in BANK:
        if question.kind not in CHOICE_KINDS:
            continue
        right = right_indexes(question)
        wrong = [len(c) for i, c in enumerate(question.choices) if i not in right]
        mean = sum(wrong) / len(wrong)
        for index in right:
            ratio = len(question.choices[index]) / mean
            if not 0.67 <= ratio <= 1.5:
                found.append((question.id, round(ratio, 2)))
    assert not found


def test_every_choice_has_its_own_feedback():
    for question in BANK:
        if question.kind in CHOICE_KINDS:
            assert len(question.choice_feedback) == len(question.choices), question.id
            assert all(text.strip() for text in question.choice_feedback), question.id


def test_every_bank_question_has_the_public_fields():
    for question in BANK:
        for name in ("id", "notebook", "objective", "level", "kind", "prompt"):
            assert str(getattr(question, name)).strip(), (question.id, name)


def test_ids_are_unique_across_the_bank():
    ids = Counter(question.id for question in BANK)
    assert [qid for qid, count in ids.items() if count > 1] == []


def test_a_checked_choice_shows_its_own_feedback():
    question = next(q for q in BANK if q.kind == "single")
    wrong = next(i for i in range(len(question.choices)) if i != question.answer)
    assert question.check(wrong).choice_feedback == question.choice_feedback[wrong]
    assert question.check(question.answer).choice_feedback == question.choice_feedback[question.answer]


# ---------------------------------------------------------------- wage questions


def wage_question(qid: str):
    return next(question for question in BANK if question.id == qid)


def test_the_metro_gap_is_computed_from_the_wage_table():
    question = wage_question("salary-wage-metro-minus-nation")
    nation, metro = wages.for_role("IT manager"), wages.for_role("IT manager", "Austin")
    assert question.answer == metro.median - nation.median
    assert f"${metro.median:,}" in question.prompt and f"${nation.median:,}" in question.prompt
    assert question.check(f"${metro.median - nation.median:,}").correct


def test_the_band_question_wants_p75_minus_p25_within_its_tolerance():
    question = wage_question("salary-wage-middle-half-width")
    band = wages.for_role("Cybersecurity analyst")
    width = band.p75 - band.p25
    assert question.check(str(width + question.tolerance)).correct
    assert not question.check(str(band.p90 - band.p10)).correct
    assert not question.check(str(width + question.tolerance + 1)).correct


def test_two_roles_sharing_a_code_show_the_same_median():
    question = wage_question("salary-wage-shared-soc-gap")
    assert question.answer == 0 and question.check("0").correct


def test_the_unreleased_cell_is_one_bls_left_empty():
    question = wage_question("salary-wage-unreleased-cell")
    table = wages.table()
    blanks = table[table["annual_median"].isna()]
    assert any(name in question.prompt and occupation in question.prompt
               for name, occupation in zip(blanks["area_name"], blanks["occupation"]))


def test_the_percentile_question_quotes_the_table():
    question = wage_question("salary-wage-percentile-not-junior")
    band = wages.for_role("Junior software developer")
    assert f"${band.p10:,}" in question.prompt and f"${band.p90:,}" in question.prompt


def test_wage_questions_belong_to_notebook_08():
    wage_ids = [question.id for question in BANK if question.id.startswith("salary-wage-")]
    assert len(wage_ids) == 5
    assert {wage_question(qid).notebook for qid in wage_ids} == {"08_salary_exploration"}


def test_no_authored_prompt_types_in_a_wage_figure():
    """Wage figures come from the table when the bank is built; the seed's own range is the one exception."""
    typed = [
        record.id for question_set in SETS.values() for record in question_set.questions
        if re.search(r"\$\d{2,3},\d{3}", record.prompt.replace("$90,000", "").replace("$300,000", ""))
    ]
    assert typed == []


@pytest.mark.parametrize("typed", ["$1,850", "1 850", "1850.0"])
def test_numeric_answers_read_dollar_signs_and_separators(typed):
    from careerkit.learning.quiz import Numeric

    question = Numeric(id="n", prompt="p", explanation="e", topic="t", source="s", answer=1850, unit="$")
    assert question.check(typed).correct


def test_a_numeric_answer_that_is_not_a_number_is_refused_in_words():
    from careerkit.learning.quiz import Numeric

    question = Numeric(id="n", prompt="p", explanation="e", topic="t", source="s", answer=1850, unit="$")
    with pytest.raises(ValueError, match="Type a number"):
        question.check("about two grand")


# ---------------------------------------------------------------- the notebooks state the objectives the bank tests


def notebook_cells(name: str) -> list[str]:
    import json

    book = json.loads((NOTEBOOKS_DIR / f"{name}.ipynb").read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in book["cells"]]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_header_objectives_are_the_question_files_objectives(name):
    header = notebook_cells(name)[0]
    stated = re.findall(r"^- (.+)$", header.split("## Objectives", 1)[1], flags=re.MULTILINE)
    assert stated == [objective.text for objective in SETS[name].objectives]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_notebook_ends_with_a_check_on_its_own_questions_before_the_key_points(name):
    cells = notebook_cells(name)
    key_points = max(i for i, cell in enumerate(cells) if cell.startswith("## Key points"))
    quizzes = [i for i, cell in enumerate(cells) if "QuizWidget(" in cell and i < key_points]
    assert quizzes, name
    last = cells[quizzes[-1]]
    assert f'notebook_check("{name}"' in last or "stage_quiz(" in last
    assert not any("QuizWidget(" in cell for cell in cells[quizzes[-1] + 1 : key_points])


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_picking_the_longest_or_shortest_choice_is_no_strategy(name):
    """In each notebook the right answer is the longest choice, or the shortest, in at most half the questions."""
    singles = [question for question in by_notebook()[name] if question.kind == "single"]
    lengths = [[len(choice) for choice in question.choices] for question in singles]
    longest = sum(row.index(max(row)) == question.answer for row, question in zip(lengths, singles))
    shortest = sum(row.index(min(row)) == question.answer for row, question in zip(lengths, singles))
    assert longest <= len(singles) / 2 and shortest <= len(singles) / 2, (longest, shortest, len(singles))


def test_import_careerkit_stays_cheap_until_the_bank_is_asked_for():
    import subprocess
    import sys

    code = ("import sys, careerkit; assert 'careerkit.learning.questionbank' not in sys.modules; "
            "assert 'pandas' not in sys.modules; print(len(careerkit.question_bank()) > 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_each_notebooks_final_check_touches_every_objective_and_is_the_same_for_one_seed(name):
    from careerkit.learning.questionbank import notebook_quiz
    from careerkit.pages.common import CHECK_SIZE

    first = notebook_quiz(name, CHECK_SIZE, seed=2026, draw="check")
    again = notebook_quiz(name, CHECK_SIZE, seed=2026, draw="check")
    assert [(q.id, getattr(q, "choices", None)) for q in first] == [(q.id, getattr(q, "choices", None)) for q in again]
    assert {q.objective for q in first} == {objective.id for objective in SETS[name].objectives}


def test_a_notebook_without_questions_is_named_with_the_ones_that_have_them():
    from careerkit.learning.questionbank import notebook_quiz

    with pytest.raises(ValueError, match="no questions for notebook '99_nowhere'; notebooks with questions: 00_start_here"):
        notebook_quiz("99_nowhere")
