"""RoleExplorer: the view over ``careerkit.career.roles.RoleCatalogue``.

Introduced in the career-stages notebook:

    from careerkit.widgets import RoleExplorer
    RoleExplorer(role="Technical lead")
"""

import ipywidgets as widgets

from careerkit.career.roles import ALL, RoleCatalogue, RoleProfile
from careerkit.widgets.base import handler, text_html

SIDE_BY_SIDE = ("SOC 2018 occupation", "NOC 2021 occupation (Canada)")
"""The US and Canadian readings of a role, shown in two columns so neither looks like the only one."""


def _section_html(section) -> str:
    items = "".join(f"<li>{text_html(line)}</li>" for line in section.lines)
    note = f"<p><i>{text_html(section.note)}</i></p>" if section.note else ""
    return f"<h3 style='font-size:1.05em'>{text_html(section.heading)}</h3><ul>{items}</ul>{note}"


def profile_html(profile: RoleProfile) -> str:
    """A profile as headed lists, the SOC and NOC sections side by side; every piece of content text is escaped."""
    parts = [f"<h3>{text_html(profile.title)}</h3>"]
    paired = [section for section in profile.sections if section.heading in SIDE_BY_SIDE]
    for section in profile.sections:
        if section.heading not in SIDE_BY_SIDE:
            parts.append(_section_html(section))
        elif section is paired[0]:
            columns = "".join(f"<div style='flex:1 1 20em;min-width:0'>{_section_html(one)}</div>" for one in paired)
            parts.append(f"<div style='display:flex;flex-wrap:wrap;gap:1.5em'>{columns}</div>")
    return "".join(parts)


class RoleExplorer(widgets.VBox):
    """Filter the roles by stage, track or name, pick one, and read its profile."""

    def __init__(self, role=None, stage=ALL, track=ALL, area="National"):
        self.catalogue = RoleCatalogue()
        self.stage = widgets.Dropdown(options=self.catalogue.stage_options(), value=stage, description="Stage")
        self.track = widgets.Dropdown(options=self.catalogue.track_options(), value=track, description="Track")
        self.search = widgets.Text(description="Search", placeholder="title or alias, e.g. CTO")
        self.role = widgets.Select(options=[], description="Role", rows=8, layout={"width": "auto"})
        self.area = widgets.Text(value=area, description="Wage area", continuous_update=False,
                                 placeholder="national, a state, TX or a metro")
        self.detail = widgets.HTML()
        self.output = widgets.Output()
        super().__init__(
            children=[
                widgets.HBox([self.stage, self.track, self.search]),
                self.role,
                self.area,
                self.detail,
                self.output,
            ]
        )
        for control in (self.role, self.area):
            control.observe(self._on_show, names="value")
        self._refilter()
        if role is not None:
            self.role.value = self._listed(role)
        for control in (self.stage, self.track, self.search):
            control.observe(self._on_filter, names="value")
        self._show()

    def _refilter(self):
        matches = self.catalogue.filter(self.stage.value, self.track.value, self.search.value)
        current = self.role.value
        ids = [role_id for _, role_id in matches]
        self.role.unobserve(self._on_show, names="value")  # new options would redraw twice
        try:
            self.role.options = matches
            self.role.value = current if current in ids else (ids[0] if ids else None)
        finally:
            self.role.observe(self._on_show, names="value")

    def _listed(self, role) -> str:
        """The id of a role the filters show; a role they hide is an error worth naming."""
        role_id = self.catalogue.role(role)["id"]
        if role_id not in [value for _, value in self.role.options]:
            raise ValueError(
                f"role {role!r} is not in stage {self.stage.value!r} and track {self.track.value!r}; "
                f"choose another role or the filter 'All'"
            )
        return role_id

    @handler
    def _on_filter(self, _change):
        with self.output:
            self._refilter()
            self._show()

    @handler
    def _on_show(self, _change):
        with self.output:
            self._show()

    def _show(self):
        if self.role.value is None:
            self.detail.value = "<p>No role matches these filters. Choose “All” or clear the search.</p>"
            return
        self.detail.value = profile_html(self.catalogue.profile(self.role.value, self.area.value))
