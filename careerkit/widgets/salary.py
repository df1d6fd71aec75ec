"""SalaryExplorer: the view over ``careerkit.career.salary``.

Introduced in the salaries notebook:

    from careerkit.widgets import SalaryExplorer
    SalaryExplorer(role="Cybersecurity analyst", area="Texas")
"""

import ipywidgets as widgets
from IPython.display import display

from careerkit.career import salary
from careerkit.present.salary_chart import chart as salary_chart
from careerkit.widgets.base import handler, table_html, text_html


def notes_html(result: salary.SalaryResult) -> str:
    items = "".join(f"<li>{text_html(note)}</li>" for note in result.notes)
    return f"<ul>{items}</ul>"


def error_html(error: Exception) -> str:
    return f'<div role="alert" style="border-left:4px solid #D55E00;padding-left:8px">{text_html(error)}</div>'


class SalaryExplorer(widgets.VBox):
    """A role's BLS wages in one area, across areas, against other roles, or ranked everywhere.

    ``others`` lists extra areas (compare areas) or roles (compare roles), separated by ";".
    ``country="Canada"`` shows the role's NOC group in ESDC's Job Bank wages instead (CAD, per
    hour or year as published; the area is 'national', a province code, 'all provinces' or a
    region such as Toronto); without the fetched file it says how to fetch it.
    ``chart=False`` keeps the words and the table without the picture: quicker on a slow
    machine, and what a screen-reader user needs anyway.
    """

    def __init__(self, role="Cybersecurity analyst", area="Texas", mode="band", others="", chart=True,
                 country="United States"):
        self.draws_chart = bool(chart)
        self.country = widgets.ToggleButtons(options=salary.COUNTRIES, value=country, description="Country")
        self.role = widgets.Dropdown(options=salary.role_titles(), value=salary.role_title(role), description="Role")
        self.area = widgets.Combobox(value=area, options=salary.area_names(), description="Area",
                                     placeholder="national, a state, TX or a metro", continuous_update=False)
        self.mode = widgets.ToggleButtons(options=salary.MODES, value=mode, description="View")
        self.others = widgets.Text(value=others, description="Compare with", continuous_update=False,
                                   style={"description_width": "initial"}, layout={"width": "34em"},
                                   placeholder="areas or roles separated by ; (compare modes)")
        self.error = widgets.HTML()
        self.chart = widgets.Output()
        self.alt_text = widgets.HTML()
        self.table = widgets.HTML()
        self.notes = widgets.HTML()
        self.output = widgets.Output()
        self.result = None
        super().__init__(
            children=[self.country, self.role, self.area, self.mode, self.others, self.error, self.chart,
                      self.alt_text, self.table, self.notes, self.output]
        )
        for control in (self.country, self.role, self.area, self.mode, self.others):
            control.observe(self._on_change, names="value")
        self._show()

    @handler
    def _on_change(self, _change):
        with self.output:
            self._show()

    def _show(self):
        """Ask the model, then show its answer; a question it cannot answer is explained, not raised."""
        others = self.others.value.split(";")
        if self.country.value == "Canada":
            self._show_canada()
            return
        result = self._answer(lambda: salary.explore(self.mode.value, self.role.value, self.area.value, others),
                              "The chart in words")
        if result is not None and self.draws_chart:
            self.chart.clear_output(wait=True)
            with self.chart:
                display(salary_chart(result))

    def _show_canada(self):
        """Job Bank wages for the role's NOC group: a table and its notes, no chart (units differ by row)."""
        self.chart.clear_output()
        self._answer(lambda: salary.canada(self.role.value, self.area.value), "In words")

    def _answer(self, ask, words: str):
        """Show one question's answer (table, notes, the figures in words), or its error; None on error."""
        try:
            result = ask()
        except (ValueError, LookupError) as error:
            self._clear()
            self.error.value = error_html(error)
            return None
        self.result = result
        self.error.value = ""
        self.table.value = table_html(result.table())
        self.notes.value = notes_html(result)
        self.alt_text.value = f"<p><b>{words}:</b> {text_html(result.alt_text())}</p>"
        return result

    def _clear(self):
        self.result = None
        self.chart.clear_output()
        for panel in (self.alt_text, self.table, self.notes):
            panel.value = ""
