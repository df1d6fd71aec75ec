"""Practice copies: explanations removed, questions and exercises kept, answers folded away."""

import json

import nbformat
import pytest
from nbclient import NotebookClient

from careerkit.content.locations import NOTEBOOKS_DIR
from careerkit.teaching import recall
from careerkit.teaching.classview import question_index
from careerkit.teaching.lint import load_lesson, notebook_paths, read_notebook


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    folder = tmp_path_factory.mktemp("recall")
    assert recall.main([str(folder)]) == 0
    return folder


def _text(cell):
    return "".join(cell["source"])


def _cells(path, kind):
    return [_text(cell) for cell in json.loads(path.read_text(encoding="utf-8"))["cells"] if cell["cell_type"] == kind]


def test_every_notebook_gets_a_practice_copy(copies):
    assert sorted(p.name for p in copies.glob("*.ipynb")) == [p.name for p in notebook_paths()]


def test_explanations_and_instructor_notes_go_and_exercises_stay(copies):
    source = NOTEBOOKS_DIR / "05_key_concepts.ipynb"
    original = read_notebook(source)["cells"]
    markdown = "\n".join(_cells(copies / source.name, "markdown"))
    code = "\n".join(_cells(copies / source.name, "code"))
    explanations = [_text(c) for c in original if c["cell_type"] == "markdown" and "<details>" not in _text(c)
                    and "Challenge" not in _text(c) and not _text(c).startswith(("# ", "## Key points"))]
    for explanation in explanations:
        body = "\n".join(explanation.splitlines()[1:]).strip() or explanation
        assert body not in markdown
    assert "Instructor note" not in markdown
    assert "## Challenge: explain a term to a colleague" in markdown
    assert markdown.count("<details><summary>Solution</summary>") == sum("<summary>Solution" in _text(c) for c in original)
    assert "QuizWidget(" in code and "FlashcardDeck(" in code
    assert "SectionCheck" not in code


def test_the_notebooks_questions_come_first_and_key_points_are_folded(copies):
    lesson = load_lesson(NOTEBOOKS_DIR / "12_career_plan.ipynb")
    markdown = _cells(copies / "12_career_plan.ipynb", "markdown")
    assert markdown[0].startswith(f"# 12 {lesson.title}: recall")
    assert all(question in markdown[0] for question in lesson.questions)
    last = markdown[-1]
    assert last.startswith("## Check yourself") and "<details><summary>Key points</summary>" in last
    assert all(point in last for point in lesson.key_points)
    assert last.index("<details>") < last.index(lesson.key_points[0])


def test_bank_questions_have_their_answers_folded(copies):
    stem = "05_key_concepts"
    questions = [q for q in question_index().values() if getattr(q, "notebook", None) == stem]
    if not questions:
        pytest.skip("this question bank does not say which notebook a question belongs to")
    markdown = "\n".join(_cells(copies / f"{stem}.ipynb", "markdown"))
    for question in questions:
        prompt = recall._plain(question.prompt)
        answer = recall._plain(question.expected)
        assert prompt in markdown
        block = markdown[markdown.index(prompt):]
        block = block[:block.index("</details>")]
        folded = block.index("<details><summary>Answer</summary>")
        assert answer in block[folded:]


def test_a_practice_copy_runs(copies, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    notebook = nbformat.read(copies / "05_key_concepts.ipynb", as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert outputs and not [output for output in outputs if output.output_type == "error"]


def test_a_file_in_the_way_is_a_message(tmp_path, capsys):
    (tmp_path / "taken").write_text("x")
    assert recall.main([str(tmp_path / "taken")]) == 2
    assert "is a file; give a folder for the practice copies" in capsys.readouterr().err
