"""What every view shares: escaped HTML for feedback and text a learner typed.

Any string that may come from a learner or from content goes through
``html.escape`` here, so a ``<script>`` typed into a reflection box is shown, never run.
"""

import functools
from html import escape
from pathlib import Path

from careerkit.content.careergraph import career_graph
from careerkit.present.files import notebook_relative
from careerkit.present.serving import file_href, served_by_voila


def text_html(text: str) -> str:
    """Learner or content text as safe HTML, keeping line breaks."""
    return escape(str(text)).replace("\n", "<br>")


def announce_html(text: str) -> str:
    """A chart's description for a screen reader's live region, kept off screen.

    The picture below already folds the same words under "Describe this chart"; this copy makes a
    screen reader say the new description when a redraw changes it, without showing it twice.
    """
    return (
        "<div role='status' aria-live='polite' style='position:absolute;left:-10000px;width:1px;height:1px;"
        f"overflow:hidden'>{text_html(text)}</div>"
    )


def notebook_name(notebook: str) -> str:
    """The notebook a view records its writes under, checked when the view is made.

    A reset of ``notebook <name>`` removes exactly the rows saved under that name, so
    a bad value is refused here rather than at the learner's first click.
    """
    if not isinstance(notebook, str):
        raise ValueError(f"notebook must be a notebook's file name such as '12_career_plan', got {notebook!r}")
    return notebook.strip()


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


def file_links_html(paths) -> str:
    """A link per saved file that JupyterLab opens in a tab, and one that downloads it.

    Links are relative to the notebook's folder (``careerkit.present.files.notebook_relative``); files
    outside it get one plain sentence naming their folder instead of links that would
    lead nowhere. Show the result with :func:`show_html`: JupyterLab resolves links in a
    cell's output against the notebook's folder, but not links inside an ``HTML`` widget.
    """
    links, elsewhere = [], []
    for path in paths:
        relative = notebook_relative(path)
        if relative is None:
            elsewhere.append(str(Path(path).absolute().parent))
            continue
        href = escape(file_href(relative))
        links.append(
            f'<li><a href="{href}" target="_blank">{escape(relative)}</a> '
            f'(<a href="{href}" download="{escape(relative.rsplit("/", 1)[-1])}">download</a>)</li>'
        )
    parts = [f"<p>Open or download what you saved:</p><ul>{''.join(links)}</ul>"] if links else []
    if elsewhere:
        folders = ", ".join(f"<code>{escape(folder)}</code>" for folder in dict.fromkeys(elsewhere))
        where = "" if served_by_voila() else f" in {folders}"
        parts.append(
            f"<p>Saved{where}, outside this notebook's folder, so there is no link here: "
            "only files in the notebook's folder and the folders inside it can be opened from this page.</p>"
        )
    return "".join(parts)


def show_html(output, html: str, text: str = "") -> None:
    """Make ``html`` the whole content of an ``Output`` widget, as a cell's displayed output.

    Setting ``outputs`` directly works with or without a running kernel, so a test can
    read back what the learner would see.
    """
    output.outputs = ({"output_type": "display_data", "data": {"text/html": html, "text/plain": text or html},
                       "metadata": {}},)


def role_options() -> list[tuple[str, str]]:
    """(label, id) pairs grouped by stage, so a learner finds a role where it sits on the ladder."""
    graph = career_graph()
    roles = sorted(graph.roles.values(), key=lambda role: (graph.stages[role.stage].order, role.title))
    return [(f"{graph.stages[role.stage].name}: {role.title}", role.id) for role in roles]


READABLE_ERRORS = (ValueError, LookupError, OSError, RuntimeError)
"""Errors whose own message is written for a learner (careerkit raises these with the file, field or fix)."""


def error_message(error: BaseException) -> str:
    """What a learner reads when an action fails: the error's own words, or a plain note for a bug."""
    text = str(error).strip()
    if isinstance(error, READABLE_ERRORS) and not isinstance(error, (KeyError, IndexError)) and text:
        return text
    return (f"Something went wrong in careerkit ({type(error).__name__}{': ' + text if text else ''}). "
            "What you saved before is safe; try again, and restart the kernel if it keeps happening.")


def show_error(view, error: BaseException) -> None:
    """Show ``error`` in the view's own alert line (added below the view the first time), never as a traceback."""
    import ipywidgets as widgets

    box = getattr(view, "_error_box", None)
    if box is None:
        box = widgets.HTML()
        view._error_box = box
        view.children = (*view.children, box)
    view.last_error = error
    box.value = f"<div role='alert' style='color:#B00020'><b>That did not work.</b> {text_html(error_message(error))}</div>"


def handler(method):
    """Wrap a view's event handler: any error becomes a readable alert in the view, the last one is cleared.

    ipywidgets prints an exception from a callback as a traceback in the log console,
    where a learner never looks; every ``_on_...`` handler and ``_run`` in careerkit.widgets
    carries this decorator instead (``tests/test_files.py`` checks that).
    """

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        try:
            result = method(self, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 (shown to the learner, kept in view.last_error)
            show_error(self, error)
            return None
        box = getattr(self, "_error_box", None)
        if box is not None and box.value:
            box.value = ""
        return result

    run.shows_errors = True
    return run
