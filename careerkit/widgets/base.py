"""What every view shares: escaped HTML for feedback and text a learner typed.

Any string that may come from a learner or from content goes through
``html.escape`` here, so a ``<script>`` typed into a reflection box is shown, never run.
"""

from html import escape


def text_html(text: str) -> str:
    """Learner or content text as safe HTML, keeping line breaks."""
    return escape(str(text)).replace("\n", "<br>")


def render_feedback(correct: bool, explanation: str, heading: str | None = None) -> str:
    """The one look of right/wrong feedback across quizzes, cards and walkthroughs.

    Words, not only colour, carry the verdict so it reads the same to a screen
    reader and to a colour-blind learner.
    """
    verdict = heading or ("Correct." if correct else "Not quite.")
    colour = "#009E73" if correct else "#D55E00"
    return (
        f'<div role="status" style="border-left:4px solid {colour};padding-left:8px">'
        f"<b>{escape(verdict)}</b> {text_html(explanation)}</div>"
    )


def table_html(frame) -> str:
    """A DataFrame as a plain escaped HTML table, without its index.

    pandas' ``to_html`` takes tens of milliseconds on a few hundred rows; a view that
    re-renders the table on every filter change cannot afford that.
    """
    head = "".join(f"<th>{escape(str(column))}</th>" for column in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{'' if _missing(value) else escape(str(value))}</td>" for value in row) + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return f'<table class="careerkit-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) in {"<NA>", "NaT"}
