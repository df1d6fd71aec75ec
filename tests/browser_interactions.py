"""One thing a learner does in each notebook, and what they should then see.

tests/test_browser.py runs every notebook in JupyterLab in a real browser, then plays
the steps listed here for it. A notebook author adds one entry per notebook: the
smallest thing a learner would do with that notebook's widget (answer a question,
flip a card, change a filter) and the words that prove it worked. A notebook with
no entry fails the browser test, with a message pointing here.

Targets are Playwright selectors, looked up inside the open notebook
(``.jp-Notebook``), for example:

- ``"text=Solution"`` or ``"summary:has-text('Solution')"``: an element by its words;
- ``".widget-radio-box label:has-text('Help desk technician')"``: a radio choice;
- ``".widget-dropdown select"``: a dropdown (``Select`` picks an option by its label);
- ``".widget-text input"``: a text box (``Type`` fills it);
- ``"button:has-text('Check')"``: an ipywidgets button by its description.

When a selector matches several elements the first visible one is used; make it
specific enough to pick the one you mean. ``Expect`` waits (up to 10 s) for its
text to be visible anywhere in the notebook.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Click:
    target: str


@dataclass(frozen=True)
class Select:
    target: str
    option: str


@dataclass(frozen=True)
class Type:
    target: str
    text: str


@dataclass(frozen=True)
class Expect:
    text: str


Step = Click | Select | Type | Expect


def answer_first_question(questions) -> list[Step]:
    """Answer a single-choice quiz's first question correctly, as a learner would.

    The steps are built from the same questions the notebook's cell builds (same function, same
    seed), so rewording a question never leaves this file behind.
    """
    quiz = list(getattr(questions, "questions", questions))
    first = quiz[0]
    words = first.choices[first.answer]
    cut = min([len(words), 40, *(words.index(mark) for mark in "'\"" if mark in words)])
    return [
        Click(f".careerkit-quiz .widget-radio-box label:has-text(\"{words[:cut]}\")"),
        Click(".careerkit-quiz button[title='Check your answer']"),
        Expect(f"Score: 1 of {len(quiz)} (1 answered)"),
    ]


def _stage_quiz():
    from careerkit.pages import stages

    return stages.stage_quiz("mid", seed=2026)


def _day_quiz():
    from careerkit.pages.day_in_the_life import day_quiz

    return day_quiz(n=5, seed=9)


def _tool_quiz():
    from careerkit.pages.tools_and_industries import tool_quiz

    return tool_quiz(n=5, seed=10)


def _certification_quiz():
    from careerkit.pages import education_and_certifications

    return education_and_certifications.certification_quiz(seed=2026)

INTERACTIONS: dict[str, list[Step]] = {
    "00_start_here.ipynb": [
        Click("summary:has-text('Solution')"),
        Expect("with tail"),
        Click("button:has-text('Mark section done')"),
        Expect("How the workbook works: finished."),
        Click("button:has-text('Refresh')"),
        Expect("00 Start here: 1 of 3 sections"),
    ],
    "01_entry_level.ipynb": [
        Select(".widget-select select", "QA tester"),
        Expect("SOC 2018 has a dedicated occupation for people who test software"),
    ],
    "05_key_concepts.ipynb": [
        Click("button:has-text('Flip')"),
        Expect("Answer"),  # under the term, which stays on the card
        Click("button:has-text('Good')"),
        Expect("Rated Good. Next review in"),
    ],
    "02_mid_level.ipynb": answer_first_question(_stage_quiz()),
    "03_senior_level.ipynb": [
        Select(".widget-select select", "Security architect"),
        Expect("IT security manager (this project's interpretation"),
    ],
    # the walkthrough: start, take the seed leader's first decision, read its consequence
    "06_use_case_cto.ipynb": [
        Click("button:has-text('Start')"),
        Expect("Decision 1 of 8: Develop a digital transformation strategy"),
        Click(".widget-radio-box label:has-text('Agree a company-wide strategy with the other executives')"),
        Click("button:has-text('Check')"),
        Expect("This is what the seed's leader chose."),
    ],
    "07_use_case_it_manager.ipynb": [
        Click("button:has-text('Start')"),
        Expect("Decision 1 of 8: Assess the current IT infrastructure"),
        Click(".widget-radio-box label:has-text('Review the existing hardware, software, network and security')"),
        Click("button:has-text('Check')"),
        Expect("This is what the seed's leader chose."),
    ],
    "09_day_in_the_life.ipynb": [Expect("Meet with direct reports"), *answer_first_question(_day_quiz())],
    "10_tools_and_industries.ipynb": answer_first_question(_tool_quiz()),
    "04_leadership_and_executive.ipynb": [
        Click(".widget-toggle-buttons button:has-text('done')"),
        Expect("done: 1 of 8 roles"),
    ],
    "08_salary_exploration.ipynb": [
        Click(".widget-toggle-buttons button:has-text('all states')"),
        Expect("IT manager (11-3021): every state. Annual wages"),
    ],
    "11_education_and_certifications.ipynb": answer_first_question(_certification_quiz()),
    "12_career_plan.ipynb": [
        Select(".widget-dropdown:has-text('Current role') select", "Entry level: IT support specialist"),
        Expect("Route from IT support specialist to IT manager in 3 moves"),
        Select(".widget-dropdown:has-text('Risk management') select", "2 - beginning"),
        Expect("Risk management: you rated 2 - beginning"),
        Select(".widget-dropdown:has-text('Track') select", "All tracks"),
        Expect("Roadmap of all tracks"),
    ],
}
