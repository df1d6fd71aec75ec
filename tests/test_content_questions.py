"""The authored question files and decisions.yaml: loaded and checked, with errors naming file, line and column."""

import shutil

import pytest

from careerkit.content import ContentError
from careerkit.content import questions as authored
from careerkit.content.locations import DATA_DIR

GOOD = """notebook: 01_entry_level
objectives:
  - id: demo-objective
    text: Explain something.
  - id: demo-other
    text: Judge something else.
questions:
  - id: demo-question
    objective: demo-objective
    level: understand
    kind: single
    prompt: Which is right?
    choices:
      - text: This one.
        feedback: Right, because.
      - text: That one.
        feedback: No, because.
    answer: 0
    explanation: Because.
    source: workbook#reasoning
"""


@pytest.fixture
def data(tmp_path):
    """A copy of data/ whose question folder holds one file, 01_entry_level.yaml, to break."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    shutil.rmtree(copy / "questions")
    (copy / "questions").mkdir()
    return copy


def load(data, text, name="01_entry_level.yaml"):
    (data / "questions" / name).write_text(text, encoding="utf-8")
    return authored.question_sets(data)


def test_a_good_file_loads_with_its_objectives_and_feedback(data):
    question_set = load(data, GOOD)["01_entry_level"]
    assert [objective.id for objective in question_set.objectives] == ["demo-objective", "demo-other"]
    question = question_set.questions[0]
    assert (question.level, question.answers, question.feedback[1]) == ("understand", (0,), "No, because.")


@pytest.mark.parametrize(("old", "new", "message"), [
    ("level: understand", "level: memorise",
     "questions/01_entry_level.yaml, line 10, column 5, field 'level': 'memorise' is not a level"),
    ("objective: demo-objective", "objective: nowhere",
     "questions/01_entry_level.yaml, line 9, column 5, field 'objective': 'nowhere' is not an objective of 01_entry_level"),
    ("source: workbook#reasoning", "source: made-up",
     "questions/01_entry_level.yaml, line 20, column 5, field 'source': 'made-up' is not an id in sources.csv"),
    ("        feedback: No, because.\n", "",
     "questions/01_entry_level.yaml, line 16, column 9: the choice has no field 'feedback'"),
    ("answer: 0", "answer: 4",
     "questions/01_entry_level.yaml, line 18, column 5, field 'answer': 4 is not a choice position from 0 to 1"),
    ("kind: single", "kind: essay",
     "questions/01_entry_level.yaml, line 11, column 5, field 'kind': 'essay' is not a question kind"),
    ("notebook: 01_entry_level", "notebook: 02_mid_level",
     "questions/01_entry_level.yaml, line 1, column 1, field 'notebook': '02_mid_level' does not match the file name"),
])
def test_a_mistake_names_file_line_column_and_field(data, old, new, message):
    with pytest.raises(ContentError) as error:
        load(data, GOOD.replace(old, new))
    assert str(error.value).startswith(message)


def test_a_question_id_used_twice_says_where_it_was_first(data):
    (data / "questions" / "02_mid_level.yaml").write_text(
        GOOD.replace("01_entry_level", "02_mid_level").replace("demo-objective", "mid-objective")
        .replace("demo-other", "mid-other"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"02_mid_level.yaml, line 8, column 5, field 'id': duplicate question id "
                                           r"'demo-question' \(first in questions/01_entry_level.yaml, line 8\)"):
        load(data, GOOD)


def test_broken_yaml_is_reported_with_its_position(data):
    with pytest.raises(ContentError, match=r"questions/01_entry_level.yaml, line \d+, column \d+: the YAML cannot be read"):
        load(data, GOOD.replace("prompt: Which is right?", "prompt: [unclosed"))


def test_the_shipped_decisions_load_for_both_use_cases():
    cases = authored.decision_cases()
    assert set(cases) == {"cto-digital-transformation", "it-manager-scaling-support"}
    for case in cases.values():
        for step in case.steps:
            assert {option.score for option in step.options} <= {0, 1, 2}
            assert next(option for option in step.options if option.id == step.seed_choice).score == 2


def test_a_seed_choice_below_full_marks_is_refused_with_its_position(data):
    path = data / "decisions.yaml"
    text = path.read_text(encoding="utf-8")
    seed_choice = authored.decision_cases()["cto-digital-transformation"].steps[0].seed_choice
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if row.strip() == f"seed_choice: {seed_choice}")
    broken = text.replace("            score: 2\n", "            score: 1\n", 1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ContentError) as error:
        authored.decision_cases(data)
    assert str(error.value).startswith(f"decisions.yaml, line {line}, column 9, field 'seed_choice': option ")
    assert "scores below 2" in str(error.value)
