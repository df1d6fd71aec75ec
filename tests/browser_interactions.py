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

INTERACTIONS: dict[str, list[Step]] = {
    "00_start_here.ipynb": [
        Click("summary:has-text('Solution')"),
        Expect("with tail"),
        Click("button:has-text('Mark section done')"),
        Expect("How the workbook works: finished."),
        Click("button:has-text('Refresh')"),
        Expect("00_start_here: 1 of 3 sections"),
    ],
    "01_entry_level.ipynb": [
        Select(".widget-select select", "QA tester"),
        Expect("SOC 2018 has a dedicated occupation for people who test software"),
    ],
    "05_key_concepts.ipynb": [
        Click("button:has-text('Flip')"),
        Click("button:has-text('Good')"),
        Expect("Rated Good. Next review in"),
    ],
    "02_mid_level.ipynb": [
        Click(".widget-checkbox label:has-text('Product manager')"),
        Click(".widget-checkbox label:has-text('Cybersecurity analyst')"),
        Click(".widget-checkbox label:has-text('Systems administrator')"),
        Click("button:has-text('Check')"),
        Expect("Score: 1 of 5 (1 answered)"),
    ],
    "03_senior_level.ipynb": [
        Select(".widget-select select", "Security architect"),
        Expect("IT security manager (this project's interpretation"),
    ],
    "06_use_case_cto.ipynb": [
        Click("button:has-text('Start')"),
        Expect("Action 1 of 8: what comes next?"),
        Click(".widget-radio-box label:has-text('Develop a digital transformation strategy')"),
        Click("button:has-text('Check')"),
        Expect("Action 1 in the seed is"),
    ],
    "07_use_case_it_manager.ipynb": [
        Click("button:has-text('Start')"),
        Expect("Action 1 of 8: what comes next?"),
        Click(".widget-radio-box label:has-text('Assess the current IT infrastructure')"),
        Click("button:has-text('Check')"),
        Expect("Action 1 in the seed is"),
    ],
    "09_day_in_the_life.ipynb": [
        Expect("Meet with direct reports"),
        Click(".widget-radio-box label:has-text('Start of day')"),
        Click("button:has-text('Check')"),
        Expect("Score: 1 of 5 (1 answered)"),
    ],
    "10_tools_and_industries.ipynb": [
        Expect("Which of these does the seed list under Monitoring and Analytics Tools?"),
        Click(".widget-checkbox label:has-text('Datadog')"),
        Click(".widget-checkbox label:has-text('Splunk')"),
        Click(".widget-checkbox label:has-text('Google Analytics')"),
        Click("button:has-text('Check')"),
        Expect("Score: 1 of 5 (1 answered)"),
    ],
    "04_leadership_and_executive.ipynb": [
        Click(".widget-toggle-buttons button:has-text('done')"),
        Expect("done: 1 of 8 roles"),
    ],
    "08_salary_exploration.ipynb": [
        Click(".widget-toggle-buttons button:has-text('all states')"),
        Expect("IT manager (11-3021): every state. Annual wages"),
    ],
    "11_education_and_certifications.ipynb": [
        Expect("Which of these certifications cover IT support?"),
        Click(".widget-checkbox label:has-text('CompTIA A+')"),
        Click("button:has-text('Check')"),
        Expect("The IT support certifications the seeds name: CompTIA A+."),
    ],
    "12_career_plan.ipynb": [
        Select(".widget-dropdown:has-text('Current role') select", "Entry level: IT support specialist"),
        Expect("Route from IT support specialist to IT manager in 3 moves"),
    ],
}
