"""The published book: a learner site built offline from executed notebooks, without instructor cells."""

import json
import re
from html import unescape

import pytest

from careerkit.content.locations import NOTEBOOKS_DIR
from careerkit.teaching import book
from careerkit.teaching.exports import jupyterquiz_questions
from careerkit.teaching.lint import notebook_paths, read_notebook


def _instructor_texts():
    return [("".join(cell["source"]))[:60] for path in notebook_paths() for cell in read_notebook(path)["cells"]
            if "instructor" in cell.get("metadata", {}).get("tags", [])]


def test_the_learner_sources_drop_instructor_cells_and_the_instructor_sources_keep_them(tmp_path):
    learner = book.stage(tmp_path / "learner")
    instructor = book.stage(tmp_path / "instructor", instructor=True)
    for path in notebook_paths():
        tags = [cell.get("metadata", {}).get("tags", []) for cell in read_notebook(learner / path.name)["cells"]]
        assert not any("instructor" in cell_tags for cell_tags in tags), path.name
        kept = [cell for cell in read_notebook(instructor / path.name)["cells"]
                if "instructor" in cell.get("metadata", {}).get("tags", [])]
        assert len(kept) == sum("instructor" in c.get("metadata", {}).get("tags", [])
                                for c in read_notebook(path)["cells"])
    assert "file: INSTRUCTOR_GUIDE" in (instructor / "_toc.yml").read_text()
    assert "file: INSTRUCTOR_GUIDE" not in (learner / "_toc.yml").read_text()


def test_every_notebook_with_questions_gets_a_static_quiz_before_its_key_points(tmp_path):
    staged = book.stage(tmp_path / "s")
    for path in notebook_paths():
        cells = read_notebook(staged / path.name)["cells"]
        texts = ["".join(cell["source"]) for cell in cells]
        has_questions = bool(jupyterquiz_questions(path.stem)[0])
        assert any(text.startswith(book.QUIZ_HEADING) for text in texts) == has_questions, path.name
        if has_questions:
            quiz = next(i for i, text in enumerate(texts) if text.startswith(book.QUIZ_HEADING))
            assert texts[-1].startswith("## Key points") and quiz == len(texts) - 3
            assert cells[quiz + 1]["metadata"]["tags"] == ["remove-input"]


def test_the_toc_lists_every_notebook_and_the_setup_page():
    toc = (NOTEBOOKS_DIR / "_toc.yml").read_text()
    names = re.findall(r"(?:root|file): (\S+)", toc)
    assert names == [notebook_paths()[0].stem, "SETUP", *[path.stem for path in notebook_paths()[1:]]]
    assert "execute_notebooks: force" in (NOTEBOOKS_DIR / "_config.yml").read_text()


@pytest.mark.slow
def test_the_learner_site_builds_with_executed_notebooks_and_static_quizzes(tmp_path, monkeypatch):
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(variable, "http://127.0.0.1:9")  # a port nothing listens on: any download would fail
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    index = book.build_book(tmp_path / "site")
    site = index.parent
    pages = {path.stem: path.read_text(encoding="utf-8") for path in site.glob("*.html")}
    assert {path.stem for path in notebook_paths()} | {"SETUP"} <= set(pages)
    for name, page in pages.items():
        assert "Instructor note" not in page, name
    for note in _instructor_texts():
        assert not any(note in unescape(page) for page in pages.values())
    from careerkit.pages.key_concepts import glossary_summary

    assert glossary_summary().splitlines()[0] in unescape(pages["05_key_concepts"]), "outputs come from executing"
    quiz = jupyterquiz_questions("05_key_concepts")[0]
    embedded = re.search(r"var questions\w+=(\[.*?\]);", pages["05_key_concepts"], re.S)
    assert embedded and json.loads(embedded.group(1)) == quiz
    assert "cdn.jsdelivr.net/npm/@jupyter-widgets" not in pages["05_key_concepts"]
    _answer_a_static_quiz_question(site / "05_key_concepts.html",
                                   next(q for q in quiz if q["type"] == "multiple_choice"))


def _answer_a_static_quiz_question(page_path, question):
    """Open the static page in Chromium, click the right answer, and read jupyterquiz's feedback."""
    from pathlib import Path

    if not Path("/usr/bin/chromium").exists():
        return
    from playwright.sync_api import sync_playwright

    right = next(answer for answer in question["answers"] if answer["correct"])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"])
        try:
            page = browser.new_page()
            page.goto(page_path.as_uri())
            page.locator(".MCButton", has_text=right["answer"][:40]).first.click(timeout=30_000)
            feedback = page.locator(".Feedback").first
            feedback.wait_for(timeout=10_000)
            assert feedback.inner_text().strip() == right["feedback"].strip()
        finally:
            browser.close()
