"""ProgressDashboard: the view over ``careerkit.learning.dashboard.summarize``, plus export and reset.

Introduced in the workbook's first notebook and shown again in the last:

    from careerkit.widgets import ProgressDashboard
    ProgressDashboard()
"""

from pathlib import Path

import ipywidgets as widgets

from careerkit.learning.dashboard import ResetChoice, Summary, count, reset_choices, summarize
from careerkit.learning.handin import PRIVATE_WORDS, write_handin
from careerkit.learning.progress import store_or_default
from careerkit.learning.sections import notebook_sections as sections_in_notebooks
from careerkit.present.files import exports_dir
from careerkit.present.progress_chart import sections_chart
from careerkit.present.serving import app_notice, shown_path
from careerkit.widgets.base import announce_html, file_links_html, handler, show_html, text_html


def summary_html(summary: Summary) -> str:
    """Totals, sections per notebook and weak spots (by the names of what they are about) as escaped HTML."""
    parts = [f"<p>{text_html(summary.text())}</p>"]
    if len(summary.sections):
        rows = "".join(f"<li>{text_html(line)}</li>" for line in summary.section_lines())
        parts.append(f"<h3 style='font-size:1.05em'>Sections finished</h3><ul>{rows}</ul>")
    if len(summary.weakest):
        rows = "".join(f"<li>{text_html(line)}</li>" for line in summary.weak_spots())
        parts.append(f"<h3 style='font-size:1.05em'>Worth another look</h3><ul>{rows}</ul>")
    else:
        parts.append("<p>No weak spots yet: nothing answered wrong so far.</p>")
    return "".join(parts)


def _alert(text: str) -> str:
    return f"<div role='alert'>{text_html(text)}</div>"


def _status(text: str) -> str:
    return f"<div role='status'>{text_html(text)}</div>"


class ProgressDashboard(widgets.VBox):
    """See your progress, save a copy of it (CSV or JSON), or reset part of it after confirming.

    Without ``notebook_sections`` the totals come from the notebooks' own SectionCheck cells.
    Exports go to ``export_dir``, by default the visible folder of ``careerkit.present.files.exports_dir``
    (``careerkit-exports`` beside the notebook), and the view links to each file saved.
    Reset offers everything, one notebook, or one flashcard by its term; the learner must
    type the choice's words into Confirm.
    """

    def __init__(self, store=None, notebook_sections=None, *, export_dir=None, now=None, labels=None):
        store = store_or_default(store)
        if notebook_sections is None:

            notebook_sections = sections_in_notebooks()
        self.store, self._notebook_sections, self._now, self._labels = store, notebook_sections, now, labels
        self.notice = widgets.HTML(_alert(app_notice()) if app_notice() else "")
        self.summary = widgets.HTML()
        self.chart = widgets.Output()
        self.chart_text = widgets.HTML()
        self.refresh = widgets.Button(description="Refresh", tooltip="Read your progress again")
        default_dir = Path(export_dir) if export_dir is not None else exports_dir()
        self.export_dir = widgets.Text(value=str(default_dir), description="Save to", continuous_update=False)
        self.learner_name = widgets.Text(description="Your name", placeholder="needed to hand in; names the file")
        self.include_private = widgets.Checkbox(
            value=False, indent=False, layout={"width": "auto"},
            description=f"Also hand in my {PRIVATE_WORDS} (left out unless you tick this)")
        self.export_csv = widgets.Button(description="Export CSV",
                                         tooltip="A copy for yourself: one CSV file per kind of record, private ones included")
        self.export_json = widgets.Button(description="Hand in (JSON)",
                                          tooltip="One file named after you, the kind an instructor collects")
        self._choices: dict[str, ResetChoice] = {}
        self.scope = widgets.Dropdown(description="Reset", options=self._scopes())
        self.confirm = widgets.Text(description="Confirm", placeholder="type the reset choice exactly")
        self.reset = widgets.Button(description="Reset", button_style="danger",
                                    tooltip="Delete the chosen progress; needs the confirmation typed")
        self.message = widgets.HTML()
        self.files = widgets.Output()
        self.output = widgets.Output()
        self._drawn = None
        super().__init__(
            children=[
                self.notice,
                self.summary,
                self.chart,
                self.chart_text,
                self.refresh,
                widgets.HBox([self.export_dir, self.learner_name]),
                self.include_private,
                widgets.HBox([self.export_csv, self.export_json]),
                self.files,
                widgets.HBox([self.scope, self.confirm, self.reset]),
                self.message,
                self.output,
            ]
        )
        self.refresh.on_click(lambda _button: self._run(lambda: ""))
        self.export_csv.on_click(lambda _button: self._run(self._export, "csv"))
        self.export_json.on_click(lambda _button: self._run(self._export, "json"))
        self.reset.on_click(lambda _button: self._run(self._reset))
        self.scope.observe(self._on_scope, names="value")
        self._run(lambda: "")

    def _scopes(self) -> list[tuple[str, str]]:
        """(phrase shown, store scope) pairs for the Reset dropdown; the phrase is what Confirm must repeat."""
        choices = reset_choices(self.store, self._notebook_sections or {})
        self._choices = {choice.scope: choice for choice in choices}
        return [(choice.phrase, choice.scope) for choice in choices]

    @handler
    def _run(self, action, *args):
        """Run a learner's action inside the Output; a refusal (e.g. a wrong confirmation) is shown."""
        with self.output:
            try:
                self.message.value = action(*args)
                self._render()
            except ValueError as error:
                self.message.value = _alert(str(error))

    @handler
    def _on_scope(self, _change):
        self.confirm.value = ""

    def _export(self, kind: str) -> str:
        directory = Path(self.export_dir.value).expanduser()
        name = self.learner_name.value.strip() or None
        if kind == "json":
            paths = [write_handin(self.store, directory, self.learner_name.value, self.include_private.value)]
        else:
            paths = self.store.export_csv(directory, learner_name=name)
        show_html(self.files, file_links_html(paths), "\n".join(str(path) for path in paths))
        listed = "".join(f"<li><code>{text_html(shown_path(path))}</code></li>" for path in paths)
        return f"<div role='status'>Saved {count(len(paths), 'file')}:<ul>{listed}</ul></div>"

    def _reset(self) -> str:
        choice = self._choices[self.scope.value]
        if self.confirm.value.strip() != choice.phrase:
            return _alert(
                f"Nothing was deleted. To reset {choice.phrase}, type \u201c{choice.phrase}\u201d in the "
                "Confirm box, exactly as the Reset choice shows it, then press Reset again."
            )
        deleted = self.store.reset(choice.scope, confirm=choice.scope)
        self.confirm.value = ""
        self.scope.options = self._scopes()
        done = f"Reset {choice.phrase}: {count(deleted, 'record')} deleted."
        if choice.scope.startswith("card "):
            done += " Its review history is gone, so the card starts over."
        return _status(done)

    def _render(self):
        summary = summarize(self.store, self._notebook_sections, now=self._now() if self._now else None,
                            labels=self._labels)
        unsaved = getattr(self.store, "not_saved", None)  # the store could not be opened: say so on every refresh
        self.summary.value = (_alert(unsaved) if unsaved else "") + summary_html(summary)
        drawn = summary.sections.to_dict("split")["data"]
        if drawn != self._drawn:
            self._draw(summary)
            self._drawn = drawn

    def _draw(self, summary: Summary):
        """Redraw only when the section counts changed: drawing is the slow part of a refresh."""
        self.chart.clear_output()
        chart = sections_chart(summary)
        self.chart_text.value = announce_html(chart.alt_text) if chart is not None else ""
        if chart is not None:
            from IPython.display import display

            with self.chart:
                display(chart)
