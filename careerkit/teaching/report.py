"""The class report: one HTML page an instructor can show a room, from a folder of hand-ins.

For each question: its text, the right answer, the share right on first attempts,
the most common wrong answer with the feedback that answer gets, difficulty and
discrimination, and flags; completion per notebook; a chart (a PNG inside the page,
so the file can be mailed or put on a projector as it is). Files that are not
hand-ins are listed at the top, not fatal.

In a notebook::

    from careerkit.teaching.report import class_report
    class_report("hand-ins/")          # shows the report; .save("report.html") writes it

From a shell: ``careerkit class-report hand-ins/ --out report.html``.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import warnings
from collections.abc import Iterable
from html import escape
from pathlib import Path

import pandas as pd

from careerkit.present.charts import PALETTE, Chart, new_figure
from careerkit.present.files import write_text_atomic
from careerkit.teaching.classview import TOO_EASY, ClassResults, SkippedFilesWarning, class_results

LABEL_CHARS = 60


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _number(value, digits: int = 2) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def _share(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.0%}"


def results_chart(results: ClassResults) -> Chart | None:
    """Share right on first attempts per question (flagged ones in orange) beside completion per notebook."""
    items, completion = results.items, results.completion
    if items.empty and completion.empty:
        return None
    rows = max(len(items), len(completion), 3)
    figure, left = new_figure(11.0, 0.32 * rows + 1.4)
    figure.clear()
    left, right = figure.subplots(1, 2, width_ratios=[3, 2])
    labels = [f"Q{n}" for n in range(1, len(items) + 1)]
    colours = [PALETTE[1] if flags else PALETTE[0] for flags in items["flags"]]
    left.barh(labels[::-1], list(items["share_correct"])[::-1], color=colours[::-1])
    left.axvline(TOO_EASY, color=PALETTE[7], linestyle=":", linewidth=1)
    left.set_xlim(0, 1)
    left.set_xlabel("share right on the first attempt (orange: flagged)")
    left.set_title("Questions, hardest at the top", loc="left")
    right.barh(list(completion["notebook"])[::-1], list(completion["share_finished"])[::-1], color=PALETTE[2])
    right.set_xlim(0, 1)
    right.set_xlabel("share of learners who finished every section")
    right.set_title("Completion per notebook", loc="left")
    return Chart(figure, _chart_text(results))


def _chart_text(results: ClassResults) -> str:
    items, completion = results.items, results.completion
    parts = [f"Q{n} {share:.0%}" for n, share in enumerate(items["share_correct"], start=1)]
    done = [f"{row.notebook} {row.share_finished:.0%}" for row in completion.itertuples(index=False)]
    return (f"Two bar charts. Left: the share of learners right on their first attempt at each of {len(items)} "
            f"questions, hardest first: {', '.join(parts) or 'none answered'}. Right: the share of learners who "
            f"finished every section of each notebook: {', '.join(done) or 'no notebooks'}.")


def _table(header: list[str], rows: Iterable[list[str]], caption: str) -> str:
    head = "".join(f"<th scope='col'>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _item_rows(items: pd.DataFrame) -> list[list[str]]:
    rows = []
    for number, row in enumerate(items.itertuples(index=False), start=1):
        question = escape(row.question) if row.question else f"<code>{escape(row.item_id)}</code>"
        wrong = (f"{escape(row.wrong_answer)} ({row.wrong_count})<br><small>{escape(row.wrong_feedback)}</small>"
                 if row.wrong_answer else "")
        rows.append([f"Q{number}", question, escape(row.answer), escape(str(row.kind)), str(row.learners),
                     _share(row.share_correct), wrong, _number(row.share_correct), _number(row.discrimination),
                     _number(row.point_biserial), f"<strong>{escape(row.flags)}</strong>" if row.flags else ""])
    return rows


def _learner_rows(learners: pd.DataFrame) -> list[list[str]]:
    rows = []
    for row in learners.itertuples(index=False, name=None):
        rows.append([escape(str(value)) if isinstance(value, str) else
                     (_share(value) if isinstance(value, float) else escape(str(value))) for value in row])
    return rows


STYLE = (
    "<style>.careerkit-report table{border-collapse:collapse;margin:1em 0}"
    ".careerkit-report th,.careerkit-report td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}"
    ".careerkit-report caption{text-align:left;font-weight:bold}"
    ".careerkit-report [role=alert]{border-left:4px solid #D55E00;padding-left:8px}</style>"
)


def report_html(results: ClassResults, title: str = "Class report") -> str:
    """The report's body as escaped HTML: warnings, chart, questions, completion, learners."""
    parts = [STYLE, "<div class='careerkit-report'>", f"<h1>{escape(title)}</h1>",
             f"<p>{len(results.learners)} learners; {len(results.items)} questions answered. "
             "Shares count each learner's first attempt; later attempts are practice.</p>"]
    if results.skipped:
        listed = "".join(f"<li><code>{escape(str(path))}</code>: {escape(reason)}</li>" for path, reason in results.skipped)
        parts.append(f"<div role='alert'><p>{len(results.skipped)} file(s) skipped, not in this report:</p>"
                     f"<ul>{listed}</ul></div>")
    chart = results_chart(results)
    if chart is not None:
        parts.append(chart.html())
    parts.append(_table(
        ["#", "Question", "Right answer", "Kind", "Learners", "Right first time", "Most common wrong answer (count) "
         "and the feedback it gets", "Difficulty", "Discrimination (upper-lower 27%)", "Point-biserial", "Flags"],
        _item_rows(results.items), "Questions, hardest first"))
    parts.append(_table(
        ["Notebook", "Sections", "Learners who finished all", "Share", "Mean sections done"],
        ([escape(r.notebook), str(r.sections), str(r.learners_finished), _share(r.share_finished),
          _number(r.mean_sections_done, 1)] for r in results.completion.itertuples(index=False)),
        "Completion per notebook"))
    parts.append(_table(list(results.learners.columns), _learner_rows(results.learners), "Learners"))
    parts.append("<p>Difficulty is the share right on the first attempt. Discrimination compares the top and bottom "
                 "27% of learners, ranked by their first-attempt score on the other questions; a negative value means "
                 "weaker learners did better on this question (check its key and wording). Items over "
                 f"{TOO_EASY:.0%} right are flagged too easy.</p></div>")
    return "".join(parts)


class ClassReport:
    """The class report for a notebook: shows itself as HTML; ``save`` writes a standalone page."""

    def __init__(self, results: ClassResults, title: str = "Class report"):
        self.results, self.title = results, title

    def _repr_html_(self) -> str:
        return report_html(self.results, self.title)

    def page(self) -> str:
        return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(self.title)}</title>"
                f"</head><body>{report_html(self.results, self.title)}</body></html>\n")

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page through a temporary file renamed into place, so a failed write leaves no half page."""
        return write_text_atomic(path, self.page())


def class_report(sources, title: str = "Class report") -> ClassReport:
    """The report for the hand-ins or learner homes in ``sources`` (files or folders)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedFilesWarning)  # the report lists them itself
        return ClassReport(class_results(sources), title)


def main(argv: list[str] | None = None, prog: str = "careerkit class-report") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Write the class report (item analysis, completion, "
                                     "a chart) for learners' hand-ins: JSON exports, LMS folders or learner homes.")
    parser.add_argument("sources", nargs="+", type=Path, help="hand-in files or folders (a folder per learner is fine)")
    parser.add_argument("--out", type=Path, default=Path("class-report.html"), help="the HTML file (default: %(default)s)")
    parser.add_argument("--title", default="Class report", help="the report's heading")
    options = parser.parse_args(argv)
    try:
        report = class_report(options.sources, options.title)
    except ValueError as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return 2
    for path, reason in report.results.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    target = report.save(options.out)
    print(f"wrote {target}: {len(report.results.learners)} learners, {len(report.results.items)} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
