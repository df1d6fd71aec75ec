"""CareerPlanner: a thin view over ``careerkit.career.planner``.

Pick the role you have, the role you want and where you would work; the view
draws the route and lists each move's skills, certifications, time and wages.
Export writes the plan (with your self-assessment gaps, if you rated anything)
as Markdown, says where, and links to the file to open or download it.

    from careerkit.widgets import CareerPlanner
    CareerPlanner(current="Help desk technician", target="IT manager", area="Austin")
"""

from pathlib import Path

import ipywidgets as widgets

from careerkit.career.assessment import Assessment
from careerkit.career.planner import Plan, plan
from careerkit.career.salary import route_in_both_countries
from careerkit.content import wages
from careerkit.content.careergraph import role_by_name
from careerkit.content.citations import cited
from careerkit.learning.progress import store_or_default
from careerkit.present.files import plan_path
from careerkit.present.markdown import WAGE_FIELDS, WAGE_LABELS, fitting_certifications, new_skills, write_plan
from careerkit.present.route_chart import chart
from careerkit.present.serving import app_notice, served_by_voila, shown_path
from careerkit.widgets.base import (
    announce_html,
    file_links_html,
    handler,
    notebook_name,
    render_feedback,
    role_options,
    show_html,
    table_html,
    text_html,
)

COUNTRIES = ("United States", "United States and Canada")
_LABEL = {"description_width": "8em"}
_WIDE = {"width": "34em"}  # room for "Leadership and executive: Chief information security officer"


def _area_options() -> list[str]:
    return list(wages.areas()["area_name"])


def _role_id(name: str | None) -> str | None:
    return None if name is None else role_by_name(name).id


class CareerPlanner(widgets.VBox):
    """Current role, target role and area in; route picture, steps and an export out.

    Parts a test drives: ``current``, ``target`` (Dropdowns of role ids),
    ``area`` (Combobox), ``export_path`` (Text), ``export`` (Button); parts it
    reads: ``plan`` (the model's Plan or None), ``steps`` and ``message`` (HTML),
    ``picture`` (Output), ``alt_text`` (HTML under the picture) and ``saved_file``
    (Output: a link to the last export). An exported
    plan is saved under ``notebook`` (a notebook's file stem, e.g. "12_career_plan").
    """

    def __init__(self, current: str | None = None, target: str | None = None, area: str = "national", store=None,
                 notebook: str = ""):
        self.notebook = notebook_name(notebook)
        self.store = store_or_default(store)
        saved = (self.store.plan() or {}) if current is None and target is None else {}
        options = role_options()
        self.current = widgets.Dropdown(description="Current role", options=options, style=_LABEL, layout=_WIDE,
                                        value=_role_id(current or saved.get("current")))
        self.target = widgets.Dropdown(description="Target role", options=options, style=_LABEL, layout=_WIDE,
                                       value=_role_id(target or saved.get("target")))
        self.area = widgets.Combobox(description="Wage area", options=_area_options(), style=_LABEL, layout=_WIDE,
                                     value=saved.get("area", area), ensure_option=False, continuous_update=False,
                                     placeholder="national, a state or a metro, e.g. Austin")
        self.country = widgets.ToggleButtons(description="Wages for", options=COUNTRIES, style=_LABEL,
                                             tooltips=["BLS wages only", "BLS and Job Bank wages, side by side"])
        self.canada_place = widgets.Text(description="Canadian place", value="Toronto", style=_LABEL,
                                         continuous_update=False, placeholder="national, a province code or a region")
        self.both_countries = widgets.HTML()
        self.message = widgets.HTML()
        self.picture = widgets.Output()
        self.alt_text = widgets.HTML()
        self.steps = widgets.HTML()
        self.include_gaps = widgets.Checkbox(value=True, description="Include my self-assessment gaps", indent=False)
        self.export_path = widgets.Text(description="Save as", style=_LABEL, continuous_update=False,
                                        layout={"width": "40em"})
        self.export = widgets.Button(description="Export Markdown", tooltip="Write the plan to the file named in Save as")
        self.saved_file = widgets.Output()  # a link to the exported file, to open or download it
        self.output = widgets.Output()
        self.plan: Plan | None = None
        self._suggested_path = ""
        self.notice = widgets.HTML(render_feedback(False, app_notice(), heading="One learner.") if app_notice() else "")
        super().__init__(children=[
            self.notice, self.current, self.target, self.area, self.country, self.canada_place, self.message,
            self.picture, self.alt_text, self.both_countries, self.steps,
            self.include_gaps, widgets.HBox([self.export_path, self.export]), self.saved_file, self.output,
        ])
        for control in (self.current, self.target, self.area, self.country, self.canada_place):
            control.observe(self._on_change, names="value")
        self.export.on_click(self._on_export)
        self._replan()

    # ------------------------------------------------------------ handlers

    @handler
    def _on_change(self, _change) -> None:
        with self.output:
            self._replan()

    @handler
    def _on_export(self, _button) -> None:
        with self.output:
            if self.plan is None:
                self.message.value = render_feedback(False, "There is no plan to export yet.", heading="Not saved.")
                return
            try:
                assessment = self._assessment() if self.include_gaps.value else None
                written = write_plan(self.plan, Path(self.export_path.value).expanduser(), assessment=assessment)
            except (ValueError, OSError) as error:
                self.message.value = render_feedback(False, str(error), heading="Not saved.")
                return
            self.store.save_plan(self.plan.to_dict(), notebook=self.notebook)
            self.message.value = render_feedback(True, f"Plan saved to {shown_path(written)}", heading="Saved.")
            show_html(self.saved_file, file_links_html([written]), shown_path(written))

    # ------------------------------------------------------------ showing

    def _replan(self) -> None:
        self.plan = None
        self.picture.clear_output()
        self.steps.value = self.alt_text.value = self.both_countries.value = ""
        if self.current.value is None or self.target.value is None:
            self.message.value = text_html("Choose your current role and a target role to see a route.")
            return
        try:
            self.plan = plan(self.current.value, self.target.value, area=self.area.value.strip() or "national")
        except ValueError as error:
            self.message.value = render_feedback(False, str(error), heading="No plan.")
            return
        self.message.value = text_html(f"Wages for {self.plan.area_name}. Time: {self.plan.total_years.text}")
        self.steps.value = steps_html(self.plan)
        self.both_countries.value = self._both_countries_html()
        if self.export_path.value in ("", self._suggested_path):
            default = self._default_path()
            self._suggested_path = self.export_path.value = shown_path(default) if served_by_voila() else str(default)
        self._draw()

    def _draw(self) -> None:
        from IPython.display import display

        drawn = chart(self.plan)
        self.alt_text.value = announce_html(drawn.alt_text)  # the picture folds the same words under it
        with self.picture:
            display(drawn)

    def _both_countries_html(self) -> str:
        """The route's US and Canadian medians side by side when the learner asks for both; never merged."""
        self.canada_place.layout.display = "" if self.country.value == COUNTRIES[1] else "none"
        if self.country.value != COUNTRIES[1]:
            return ""
        table = route_in_both_countries(self.plan.roles, self.plan.area, self.canada_place.value.strip() or "national")
        return ("<h3 style='font-size:1.05em'>The route in both countries</h3>"
                "<p>US figures (BLS OEWS, SOC 2018, USD a year) and Canadian ones (Job Bank, NOC 2021, CAD as "
                "published) side by side: different surveys, codes and units, so never merged or converted.</p>"
                + table_html(table))

    def _default_path(self) -> Path:
        """The plan's file in the visible exports folder beside the notebook, where a learner finds it."""
        return plan_path(self.plan)

    def _assessment(self) -> Assessment | None:
        """The learner's saved ratings, if any, measured for this plan's target."""
        saved = Assessment.load(self.store, target=self.plan.target.id)
        return saved if saved.ratings else None


def steps_html(plan: Plan) -> str:
    """Every move as escaped HTML: why, time, skills, certifications, wages and caveats."""
    parts, seen = [], set()
    for number, step in enumerate(plan.steps, start=1):
        named = new_skills(step, seen)  # one canonical name per skill, each on the first move that needs it
        seen.update(name.casefold() for name, _ in named)
        skills = "".join(f"<li><b>{text_html(name)}</b> ({text_html(origin)})</li>" for name, origin in named) or (
            "<li>None new: every skill here is on an earlier move.</li>"
        )
        fitting, left_out = fitting_certifications(plan, step)
        certs = "".join(f"<li>{text_html(cert.label)}</li>" for cert in fitting) or "<li>None new for this track.</li>"
        if left_out:
            certs += f"<li>Left out, for other tracks: {text_html(', '.join(cert.name for cert in left_out))}.</li>"
        parts.append(
            f"<h3 style='font-size:1.05em'>Move {number} of {len(plan.steps)}: {text_html(step.label)}</h3>"
            f"<p>{text_html(step.move.reason)} <i>(Basis: {text_html(step.basis)}.)</i></p>"
            f"<p><b>Time:</b> {text_html(step.years)}.</p>"
            f"<p><b>Skills to gain</b></p><ul>{skills}</ul>"
            f"<p><b>Certifications to consider</b></p><ul>{certs}</ul>"
            f"{_wage_html(step)}"
            f"<p><small>Sources: {text_html(cited((*step.move.source, *step.to_role.source)))}</small></p>"
        )
    return "".join(parts)


def _wage_html(step) -> str:
    band = step.wage.band
    if band is None:
        return f"<p><b>Wages:</b> {text_html(step.wage.note)}</p>"
    cells = "".join(
        f"<tr><td>{label}</td><td>{text_html(band.figure(field))}</td></tr>"
        for field, label in zip(WAGE_FIELDS, WAGE_LABELS)
    )
    caveats = "".join(f"<li>{text_html(caveat)}</li>" for caveat in step.wage.caveats)
    return (
        f"<p><b>Wages, {text_html(band.area.name)}</b> ({text_html(band.release)})<br>{text_html(step.wage.note)}</p>"
        f"<table>{cells}</table><details><summary>Caveats</summary><ul>{caveats}</ul></details>"
    )
