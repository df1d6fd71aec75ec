"""Every notebook follows the skeleton in careerkit/lessons.py, and each rule says exactly what is wrong."""

import copy

import pytest

from careerkit.teaching import lint as lessons
from careerkit.teaching.lint import NOTEBOOKS_DIR, clean, lint, lint_file, notebook_paths, parse

PATH = "notebooks/03_sample.ipynb"

HEADER = """# 03 Sample lesson
Teaching: 15 min · Exercises: 10 min

## Questions
- What does a sample ask?

## Objectives
- Name one thing a sample shows.
- Name a second thing."""


def markdown(text, tags=None):
    return {"cell_type": "markdown", "metadata": {"tags": tags} if tags else {}, "source": text}


def code(text, outputs=None, count=None):
    return {"cell_type": "code", "metadata": {}, "source": text, "outputs": outputs or [], "execution_count": count}


def notebook(*cells):
    return {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3"}}, "cells": list(cells)}


def good_cells():
    return [
        markdown(HEADER),
        markdown("## A section\n\nSome prose with a [BLS wage table](https://www.bls.gov/oes/)."),
        code("from careerkit import content\ncontent.roles()"),
        markdown("### Challenge: try it\n\nChange one word."),
        markdown("<details><summary>Solution</summary>\n\nThe word.\n\n</details>"),
        markdown("**Instructor note:** Ask the room first.", ["instructor"]),
        markdown("## Key points\n- One point.\n- Another point."),
    ]


def messages(nb, path=PATH):
    return [str(problem) for problem in lint(nb, path)]


def with_cell(index, cell):
    cells = good_cells()
    cells[index] = cell
    return notebook(*cells)


@pytest.mark.parametrize("path", notebook_paths(), ids=lambda path: path.name)
def test_every_workbook_notebook_follows_the_skeleton(path):
    assert [str(problem) for problem in lint_file(path)] == []


def test_the_start_here_notebook_exists_as_the_model_of_the_skeleton():
    assert (NOTEBOOKS_DIR / "00_start_here.ipynb") in notebook_paths()


def test_a_notebook_built_to_the_skeleton_has_no_problems():
    assert messages(notebook(*good_cells())) == []


def test_parse_reads_the_parts_the_guide_needs():
    lesson = parse(notebook(*good_cells()), PATH)
    assert (lesson.number, lesson.title, lesson.teaching, lesson.exercises, lesson.minutes) == ("03", "Sample lesson", 15, 10, 25)
    assert lesson.questions == ("What does a sample ask?",)
    assert lesson.objectives == ("Name one thing a sample shows.", "Name a second thing.")
    assert lesson.sections == ("A section",)
    assert lesson.challenges == ("try it",)
    assert lesson.key_points == ("One point.", "Another point.")
    assert lesson.instructor_notes == ("Ask the room first.",)
    assert lesson.instructor_note_sections == ("Challenge: try it",)


def test_parse_accepts_a_learners_saved_copy_with_outputs():
    cells = good_cells()
    cells[2] = code("content.roles()", outputs=[{"output_type": "stream", "name": "stdout", "text": "x"}], count=4)
    assert parse(notebook(*cells), PATH).title == "Sample lesson"


def test_parse_refuses_a_notebook_without_a_header_and_says_where():
    with pytest.raises(ValueError, match=r"notebooks/03_sample.ipynb: cell 1 \(line 2\): header needs a line 'Teaching: N min · Exercises: M min'"):
        parse(with_cell(0, markdown(HEADER.replace("Teaching: 15 min · Exercises: 10 min", "Fifteen minutes"))), PATH)


def test_file_name_must_be_number_and_slug():
    assert messages(notebook(*good_cells()), "notebooks/Sample Lesson.ipynb") == [
        "notebooks/Sample Lesson.ipynb: file name must look like NN_slug.ipynb (two digits, then lowercase letters, digits and _)"
    ]


def test_first_cell_must_be_markdown():
    assert "notebooks/03_sample.ipynb: cell 1 (line 1): first cell must be a markdown header (# NN Title, minutes, questions, objectives)" in messages(
        with_cell(0, code("1 + 1"))
    )


def test_h1_must_carry_the_files_number():
    assert messages(with_cell(0, markdown(HEADER.replace("# 03 ", "# 04 ")))) == [
        "notebooks/03_sample.ipynb: cell 1 (line 1): first line must be '# 03 Title' (an H1 with the file's number), not '# 04 Sample lesson'"
    ]


def test_minutes_line_is_exact():
    broken = HEADER.replace("Teaching: 15 min · Exercises: 10 min", "Teaching: 15 min, Exercises: 10 min")
    assert messages(with_cell(0, markdown(broken))) == [
        "notebooks/03_sample.ipynb: cell 1 (line 2): header needs a line 'Teaching: N min · Exercises: M min'"
    ]


def test_questions_and_objectives_need_lists():
    broken = HEADER.replace("- What does a sample ask?", "What does a sample ask?").split("## Objectives")[0]
    assert messages(with_cell(0, markdown(broken))) == [
        "notebooks/03_sample.ipynb: cell 1 (line 4): header needs '## Questions' followed by a list of '- ' items",
        "notebooks/03_sample.ipynb: cell 1 (line 6): header needs '## Objectives' followed by a list of '- ' items",
    ]


def test_only_one_h1():
    assert messages(with_cell(1, markdown("# Another title"))) == [
        "notebooks/03_sample.ipynb: cell 2 (line 1): a second H1 '# Another title'; the header's H1 is the only one, use ## for sections"
    ]


def test_heading_levels_are_not_skipped():
    assert messages(with_cell(1, markdown("## A section\n\n#### Too deep"))) == [
        "notebooks/03_sample.ipynb: cell 2 (line 3): heading level jumps from 2 to 4 at '#### Too deep'; go one level deeper at a time"
    ]


def test_hash_lines_inside_code_fences_are_not_headings():
    assert messages(with_cell(1, markdown("## A section\n\n```\n# a comment in a shell example\n```"))) == []


def test_challenge_needs_a_solution_cell_right_after_it():
    cells = good_cells()
    del cells[4]
    assert messages(notebook(*cells)) == [
        "notebooks/03_sample.ipynb: cell 4 (line 1): challenge must be followed by a markdown cell "
        "'<details><summary>Solution</summary> ... </details>'"
    ]


def test_solution_needs_a_challenge_right_before_it():
    cells = good_cells()
    cells.insert(2, markdown("<details><summary>Solution</summary>\n\nStray.\n\n</details>"))
    assert messages(notebook(*cells)) == [
        "notebooks/03_sample.ipynb: cell 3 (line 1): solution cell has no '## Challenge: ...' cell right before it"
    ]


def test_last_markdown_cell_is_key_points_with_a_list():
    assert messages(with_cell(6, markdown("## Key points\n\nNo list here."))) == [
        "notebooks/03_sample.ipynb: cell 7 (line 1): last markdown cell must be '## Key points' followed by a list"
    ]


def test_notebook_without_markdown_has_no_key_points():
    assert "notebooks/03_sample.ipynb: last markdown cell must be '## Key points' followed by a list" in messages(notebook(code("1")))


def test_instructor_tag_needs_the_prefix():
    assert messages(with_cell(5, markdown("Ask the room first.", ["instructor"]))) == [
        "notebooks/03_sample.ipynb: cell 6 (line 1): cell tagged 'instructor' must be markdown starting with '**Instructor note:**'"
    ]


def test_instructor_prefix_needs_the_tag():
    assert messages(with_cell(5, markdown("**Instructor note:** Ask the room first."))) == [
        "notebooks/03_sample.ipynb: cell 6 (line 1): instructor note is not tagged 'instructor' (cell metadata tags)"
    ]


def test_a_notebook_without_a_challenge_is_reported_at_its_key_points():
    cells = good_cells()
    del cells[3:5]
    assert messages(notebook(*cells)) == [
        "notebooks/03_sample.ipynb: cell 5 (line 1): notebook has no challenge; "
        "add a markdown cell '## Challenge: ...' with its solution cell before the key points"
    ]


def test_a_notebook_without_an_instructor_note_is_reported_at_its_key_points():
    cells = good_cells()
    del cells[5]
    assert messages(notebook(*cells)) == [
        "notebooks/03_sample.ipynb: cell 6 (line 1): notebook has no instructor note; "
        "add a markdown cell tagged 'instructor' starting with '**Instructor note:**'"
    ]


def test_a_notebook_missing_both_gets_both_messages_and_the_command_line_fails(tmp_path, capsys):
    path = tmp_path / "03_sample.ipynb"
    cells = good_cells()
    del cells[3:6]
    lessons.write_notebook(notebook(*cells), path)
    assert lessons.main([str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}: cell 4 (line 1): notebook has no challenge; add a markdown cell '## Challenge: ...' with its solution cell before the key points",
        f"{path}: cell 4 (line 1): notebook has no instructor note; add a markdown cell tagged 'instructor' starting with '**Instructor note:**'",
    ]


WORKBOOK = (
    "00_start_here", "01_entry_level", "02_mid_level", "03_senior_level", "04_leadership_and_executive",
    "05_key_concepts", "06_use_case_cto", "07_use_case_it_manager", "08_salary_exploration",
    "09_day_in_the_life", "10_tools_and_industries", "11_education_and_certifications", "12_career_plan",
)


def test_the_workbook_has_exactly_the_thirteen_notebooks_00_to_12():
    assert sorted(path.stem for path in NOTEBOOKS_DIR.glob("*.ipynb")) == list(WORKBOOK)
    assert [path.stem for path in notebook_paths()] == list(WORKBOOK)


@pytest.mark.parametrize("image", ["![](chart.png)", '<img src="chart.png">', '<img alt=" " src="chart.png">'])
def test_images_need_alt_text(image):
    assert messages(with_cell(1, markdown(f"## A section\n\nSee below.\n{image}"))) == [
        "notebooks/03_sample.ipynb: cell 2 (line 4): image 'chart.png' has no alt text; describe what it shows"
    ]


def test_images_with_alt_text_pass():
    text = '## A section\n![Median wage by stage](chart.png)\n<img alt="Median wage by stage" src="chart.png">'
    assert messages(with_cell(1, markdown(text))) == []


@pytest.mark.parametrize("link", ["[click here](https://bls.gov)", "[Here](https://bls.gov)", '<a href="https://bls.gov">this link</a>'])
def test_links_say_where_they_go(link):
    text = link.split("](")[0].lstrip("[") if "](" in link else "this link"
    assert messages(with_cell(1, markdown(f"## A section\n\nWages: {link}"))) == [
        f"notebooks/03_sample.ipynb: cell 2 (line 3): link text '{text}' does not say where it goes; name the destination instead"
    ]


def test_code_cells_are_short():
    assert messages(with_cell(2, code("\n".join(f"x{n} = {n}" for n in range(8))))) == [
        "notebooks/03_sample.ipynb: cell 3 (line 7): code cell has 8 lines; keep it to 6 and move the logic into careerkit/"
    ]


@pytest.mark.parametrize("keyword, source", [
    ("for", "[role for role in roles]"),
    ("while", "while False:\n    pass"),
    ("try", "try:\n    x = 1\nexcept ValueError:\n    x = 2"),
    ("def", "def helper():\n    return 1"),
    ("class", "class Helper:\n    pass"),
    ("lambda", "key = lambda row: row.title"),
])
def test_code_cells_hold_no_logic(keyword, source):
    assert messages(with_cell(2, code(source))) == [
        f"notebooks/03_sample.ipynb: cell 3 (line 1): code cell uses '{keyword}'; put that logic in careerkit/ and call it here"
    ]


def test_logic_words_in_strings_and_comments_are_fine():
    assert messages(with_cell(2, code('# for each role, look up the wage\nfind_role("try before you buy")'))) == []


def test_logic_words_are_found_even_where_python_cannot_tokenize():
    assert messages(with_cell(2, code('%time x = [r for r in "abc"]\nprint("unclosed'))) == [
        "notebooks/03_sample.ipynb: cell 3 (line 1): code cell uses 'for'; put that logic in careerkit/ and call it here"
    ]


def test_code_cells_are_stored_without_outputs_or_counts():
    stored = code("content.roles()", outputs=[{"output_type": "execute_result", "data": {"text/plain": "x"}, "metadata": {}}], count=3)
    assert messages(with_cell(2, stored)) == [
        "notebooks/03_sample.ipynb: cell 3 (line 1): code cell is stored with an execution count; clean it (python -m careerkit.teaching.lint --clean)",
        "notebooks/03_sample.ipynb: cell 3 (line 1): code cell is stored with outputs; clean it (python -m careerkit.teaching.lint --clean) "
        "or mark it '# NBVAL_CHECK_OUTPUT'",
    ]


def test_checked_cells_keep_text_output_only():
    text = {"output_type": "stream", "name": "stdout", "text": "May 2025\n"}
    image = {"output_type": "display_data", "data": {"image/png": "iVBOR"}, "metadata": {}}
    assert messages(with_cell(2, code("# NBVAL_CHECK_OUTPUT\nprint(release)", outputs=[text], count=1))) == []
    assert messages(with_cell(2, code("# NBVAL_CHECK_OUTPUT\nshow(chart)", outputs=[image], count=1))) == [
        "notebooks/03_sample.ipynb: cell 3 (line 1): cell marked '# NBVAL_CHECK_OUTPUT' may keep text output only (stream or text/plain)"
    ]
    unrun = "notebooks/03_sample.ipynb: cell 3 (line 1): cell marked '# NBVAL_CHECK_OUTPUT' has no stored output for nbval to compare"
    assert messages(with_cell(2, code("# NBVAL_CHECK_OUTPUT\nprint(release)", count=1))) == [unrun]
    assert messages(with_cell(2, code("# NBVAL_CHECK_OUTPUT\nprint(release)", outputs=[text]))) == [unrun]


def test_noisy_metadata_is_reported():
    nb = notebook(*good_cells())
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    nb["cells"][2]["metadata"]["execution"] = {"iopub.status.busy": "2026-01-01"}
    assert messages(nb) == [
        "notebooks/03_sample.ipynb: notebook metadata 'widgets' is noise (widget state, timing or editor settings); clean it (python -m careerkit.teaching.lint --clean)",
        "notebooks/03_sample.ipynb: cell 3 (line 1): cell metadata 'execution' is noise (only 'tags' is kept); clean it (python -m careerkit.teaching.lint --clean)",
    ]


def test_clean_strips_what_the_linter_calls_noise_and_keeps_checked_output():
    nb = notebook(*good_cells())
    text = {"output_type": "execute_result", "data": {"text/plain": "May 2025"}, "metadata": {}, "execution_count": 5}
    nb["cells"][2] = code("content.roles()", outputs=[text], count=5)
    nb["cells"].insert(3, code("# NBVAL_CHECK_OUTPUT\nrelease", outputs=[text], count=6))
    nb["cells"][2]["metadata"]["scrolled"] = True
    nb["metadata"]["widgets"] = {}
    original = copy.deepcopy(nb)
    cleaned = clean(nb)
    assert nb == original
    assert messages(cleaned) == []
    assert cleaned["cells"][3]["outputs"][0]["data"] == {"text/plain": "May 2025"}
    assert (cleaned["cells"][2]["execution_count"], cleaned["cells"][3]["execution_count"]) == (None, 6)
    assert cleaned["cells"][6]["metadata"] == {"tags": ["instructor"]}


def test_a_file_that_is_not_json_is_one_problem_naming_the_line(tmp_path):
    path = tmp_path / "05_broken.ipynb"
    path.write_text('{"cells": [\n  oops\n]}')
    assert [str(problem) for problem in lint_file(path)] == [
        f"{path}: line 2, column 3: not valid notebook JSON (Expecting value)"
    ]


def test_command_line_prints_each_problem_and_fails(tmp_path, capsys):
    path = tmp_path / "03_sample.ipynb"
    lessons.write_notebook(with_cell(1, markdown("## A section\n![](chart.png)")), path)
    assert lessons.main([str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{path}: cell 2 (line 2): image 'chart.png' has no alt text; describe what it shows\n"
    assert "1 notebook(s) checked, 1 problem(s)" in err


def test_command_line_clean_fixes_a_saved_notebook_in_place(tmp_path):
    path = tmp_path / "03_sample.ipynb"
    lessons.write_notebook(with_cell(2, code("content.roles()", outputs=[{"output_type": "stream", "name": "stdout", "text": "x"}], count=2)), path)
    assert lessons.main(["--clean", str(path)]) == 0
    assert lint_file(path) == []


def test_importing_the_linter_stays_cheap():
    """The linter runs in CI and in pre-commit hooks; it must not pull in pandas or ipywidgets."""
    import subprocess
    import sys

    code = "import sys, careerkit.teaching.lint; print(sorted({'pandas', 'ipywidgets', 'matplotlib'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=NOTEBOOKS_DIR.parent)
    assert result.stdout.strip() == "[]"
