"""The workbook's questions, cards and class results in other tools' formats.

- ``jupyterquiz``: the question bank as jupyterquiz JSON, so a quiz works on a static
  page (the published book) where ipywidgets cannot run. Single- and multiple-answer,
  numeric and typed-answer questions carry over with the feedback for every choice; matching
  and ordering questions have no jupyterquiz type and are left out (the command says
  how many).
- ``anki``: the glossary flashcards as an Anki deck (``.apkg``, made with genanki), with
  stable ids so importing a newer deck updates the cards instead of doubling them.
- ``gradebook``: one CSV row per learner from their hand-ins, ready for an LMS import;
  every cell that a spreadsheet could read as a formula is neutralised.

    careerkit export jupyterquiz quiz.json [--notebook 05_key_concepts]
    careerkit export anki glossary.apkg
    careerkit export gradebook hand-ins/ --out grades.csv
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from careerkit.content.safewrite import frame_to_csv_atomic, write_text_atomic
from careerkit.learning.flashcards import Card, glossary_cards
from careerkit.teaching.classview import SkippedFilesWarning, class_results, question_index

# ---------------------------------------------------------------- jupyterquiz


def _choice_feedback(question) -> list[str]:
    choices = list(getattr(question, "choices", ()) or ())
    given = list(getattr(question, "choice_feedback", None) or ())
    if len(given) == len(choices):
        return [str(text) for text in given]
    explanation = str(getattr(question, "explanation", "") or "")
    return [explanation] * len(choices)


def _right_choices(question) -> set[str]:
    """The texts of the right choices, read from the question's own key."""
    choices = list(question.choices)
    answers = getattr(question, "answers", None)
    if answers is not None and not isinstance(answers, str):
        return {choices[i] for i in answers}
    answer = getattr(question, "answer", None)
    if isinstance(answer, int) and not isinstance(answer, bool):
        return {choices[answer]}
    return {str(question.expected)}


def _typed_answers(question) -> list[str]:
    accepted = getattr(question, "accepted", None)
    return [str(text) for text in accepted] if accepted else [str(question.expected)]


def jupyterquiz_question(question) -> dict | None:
    """One question in jupyterquiz's JSON format, or None for a kind jupyterquiz cannot ask."""
    kind = getattr(question, "kind", "")
    explanation = str(getattr(question, "explanation", "") or "")
    if getattr(question, "choices", None) and kind in {"single", "multiple"}:
        right = _right_choices(question)
        answers = [{"answer": choice, "correct": choice in right, "feedback": feedback}
                   for choice, feedback in zip(question.choices, _choice_feedback(question))]
        return {"question": question.prompt, "type": "multiple_choice" if len(right) == 1 else "many_choice",
                "answers": answers}
    if kind == "numeric":
        value, tolerance = float(question.answer), float(getattr(question, "tolerance", 0) or 0)
        right = {"type": "range", "range": [value - tolerance, value + tolerance + 1e-9], "correct": True,
                 "feedback": f"Correct. {explanation}".strip()}
        return {"question": question.prompt, "type": "numeric",
                "answers": [right, {"type": "default", "feedback": f"Not quite: the answer is {question.expected}. "
                                    f"{explanation}".strip()}]}
    if kind == "short":
        answers = [{"answer": text, "correct": True, "match_case": False, "feedback": f"Correct. {explanation}".strip()}
                   for text in _typed_answers(question)]
        answers.append({"type": "default", "feedback": f"Not quite: the answer is {question.expected}."})
        return {"question": question.prompt, "type": "string", "answers": answers}
    return None


def jupyterquiz_questions(notebook: str | None = None) -> tuple[list[dict], int]:
    """The bank (or one notebook's questions) as jupyterquiz dicts, and how many had no jupyterquiz form."""
    questions = list(question_index().values())
    if notebook is not None:
        questions = [q for q in questions if getattr(q, "notebook", None) == notebook]
    converted = [jupyterquiz_question(q) for q in questions]
    return [q for q in converted if q is not None], sum(q is None for q in converted)


def export_jupyterquiz(path: str | os.PathLike, notebook: str | None = None) -> tuple[Path, int, int]:
    """Write the questions to ``path``; returns (path, questions written, questions left out)."""
    questions, left_out = jupyterquiz_questions(notebook)
    if not questions:
        raise ValueError(f"no questions to export{f' for notebook {notebook!r}' if notebook else ''}")
    return write_text_atomic(path, json.dumps(questions, indent=1, ensure_ascii=False) + "\n"), len(questions), left_out


# ---------------------------------------------------------------- Anki


def _stable_id(text: str) -> int:
    """An id Anki keeps across exports (1 << 30 to 1 << 31), from a fixed text rather than the clock."""
    return (1 << 30) + int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % (1 << 30)


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")


def anki_package(cards: Iterable[Card], deck_name: str = "careerkit: key concepts"):
    """A genanki Package of ``cards`` (front, back, topic as a tag)."""
    import genanki

    model = genanki.Model(
        _stable_id("careerkit flashcard model"), "careerkit flashcard",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Topic"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Back}}<br><small>{{Topic}}</small>"}],
    )
    deck = genanki.Deck(_stable_id(deck_name), deck_name)
    for card in cards:
        tags = [card.topic.replace(" ", "_")] if card.topic else []
        deck.add_note(genanki.Note(model=model, fields=[_html(card.front), _html(card.back), _html(card.topic)],
                                   guid=genanki.guid_for(card.id), tags=tags))
    return genanki.Package(deck)


def export_anki(path: str | os.PathLike) -> tuple[Path, int]:
    """Write the glossary flashcards to ``path`` (.apkg); returns (path, cards)."""
    cards = glossary_cards()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    anki_package(cards).write_to_file(str(temporary))
    os.replace(temporary, path)
    return path, len(cards)


# ---------------------------------------------------------------- gradebook


def gradebook(sources) -> pd.DataFrame:
    """One row per learner: a score per quiz (percent, first attempts), sections done, cards reviewed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedFilesWarning)
        results = class_results(sources)
    learners = results.learners
    table = pd.DataFrame({"learner": learners["learner"]})
    for column in learners.columns:
        if column.startswith("quiz score: "):
            table[column.removeprefix("quiz score: ") + " (%)"] = (learners[column] * 100).round(1)
    done = [column for column in learners.columns if column.startswith("sections done: ")]
    table["sections done"] = learners[done].sum(axis=1).astype(int) if done else 0
    table["cards reviewed"] = learners["cards reviewed"]
    table.attrs["skipped"] = results.skipped
    return table


def export_gradebook(sources, path: str | os.PathLike) -> tuple[Path, pd.DataFrame]:
    table = gradebook(sources)
    return frame_to_csv_atomic(table, path), table


# ---------------------------------------------------------------- the command


def main(argv: list[str] | None = None, prog: str = "careerkit export") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Export questions, flashcards or class results "
                                     "for other tools: jupyterquiz, Anki, an LMS gradebook.")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="KIND")
    quiz = kinds.add_parser("jupyterquiz", help="the question bank as jupyterquiz JSON (quizzes on static pages)")
    quiz.add_argument("out", type=Path, help="the JSON file to write")
    quiz.add_argument("--notebook", help="only this notebook's questions, e.g. 05_key_concepts")
    anki = kinds.add_parser("anki", help="the glossary flashcards as an Anki deck (.apkg)")
    anki.add_argument("out", type=Path, help="the .apkg file to write")
    grades = kinds.add_parser("gradebook", help="one CSV row per learner from hand-ins, for an LMS import")
    grades.add_argument("sources", nargs="+", type=Path, help="hand-in files or folders")
    grades.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    options = parser.parse_args(argv)
    try:
        return _run(options)
    except ValueError as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as error:
        print(f"{prog} {options.kind} needs the 'workshop' extra ({error.name} is not installed): "
              "pip install 'careerkit[workshop]'", file=sys.stderr)
        return 2


def _run(options) -> int:
    if options.kind == "jupyterquiz":
        path, written, left_out = export_jupyterquiz(options.out, options.notebook)
        print(f"wrote {path}: {written} questions ({left_out} left out: jupyterquiz has no matching or ordering type)")
    elif options.kind == "anki":
        path, cards = export_anki(options.out)
        print(f"wrote {path}: {cards} cards")
    else:
        path, table = export_gradebook(options.sources, options.out)
        for skipped, reason in table.attrs["skipped"]:
            print(f"skipped {skipped}: {reason}", file=sys.stderr)
        print(f"wrote {path}: {len(table)} learners")
    return 0


if __name__ == "__main__":
    sys.exit(main())
