"""Roadmap: a thin view over ``careerkit.career.roadmap``.

Choose a track, pick a role and mark it not started, in progress, done or
skipped; the picture and the percentage follow, and every status is saved
under the notebook you name, so resetting that notebook clears them.

    from careerkit.widgets import Roadmap
    Roadmap(track="infrastructure", notebook="12_career_plan")
"""

import ipywidgets as widgets

from careerkit.career import roadmap as model
from careerkit.learning.progress import store_or_default
from careerkit.present.roadmap_chart import RoadmapPicture
from careerkit.widgets.base import notebook_name, render_feedback, text_html

_LABEL = {"description_width": "6em"}
ALL_TRACKS = "all tracks"


class Roadmap(widgets.VBox):
    """Track and role pickers, status buttons, the roadmap picture and the progress percentage.

    Parts a test drives: ``track`` and ``role`` (Dropdowns), ``status``
    (ToggleButtons); parts it reads: ``roadmap`` (the model), ``percentage``
    and ``alt_text`` (HTML), ``picture`` (Output). Statuses are saved under
    ``notebook`` (a notebook's file stem, e.g. "12_career_plan").
    """

    def __init__(self, track: str | None = None, store=None, notebook: str = ""):
        self.notebook = notebook_name(notebook)
        self.store = store_or_default(store)
        self.roadmap = model.Roadmap.load(self.store, track=track)
        self._pictures: dict[str | None, RoadmapPicture] = {}  # one kept picture per track shown
        self.track = widgets.Dropdown(description="Track", options=[(ALL_TRACKS, None), *model.tracks()],
                                      value=track, style=_LABEL)
        self.role = widgets.Dropdown(description="Role", style=_LABEL)
        self.status = widgets.ToggleButtons(description="Status", options=model.STATUSES, style=_LABEL,
                                            tooltips=[f"Mark the role {status}" for status in model.STATUSES])
        self.percentage = widgets.HTML()
        self.picture = widgets.Output()
        self.alt_text = widgets.HTML()
        self.message = widgets.HTML()
        self.output = widgets.Output()
        super().__init__(children=[
            self.track, self.role, self.status, self.message, self.percentage, self.picture, self.alt_text, self.output,
        ])
        self.track.observe(self._on_track, names="value")
        self.role.observe(self._on_role, names="value")
        self.status.observe(self._on_status, names="value")
        self._fill_roles()
        self._show()

    # ------------------------------------------------------------ handlers

    def _on_track(self, change) -> None:
        with self.output:
            self.roadmap = model.Roadmap(change["new"], self.roadmap.statuses)
            self._fill_roles()
            self._show()

    def _on_role(self, _change) -> None:
        with self.output:
            self._sync_status()

    def _on_status(self, change) -> None:
        with self.output:
            try:
                self.roadmap.set_status(self.role.value, change["new"])
                self.roadmap.save(self.store, self.role.value, notebook=self.notebook)
            except ValueError as error:
                self.message.value = render_feedback(False, str(error), heading="Not saved.")
                return
            self.message.value = ""
            self._show()

    # ------------------------------------------------------------ showing

    def _fill_roles(self) -> None:
        """New role options for the track; the status buttons follow without firing a save."""
        kept = self.role.value
        ids = [role.id for role in self.roadmap.roles]
        self.role.unobserve(self._on_role, names="value")
        try:
            self.role.options = [(role.title, role.id) for role in self.roadmap.roles]
            self.role.value = kept if kept in ids else ids[0]
        finally:
            self.role.observe(self._on_role, names="value")
        self._sync_status()

    def _sync_status(self) -> None:
        """Show the chosen role's saved status; showing it is not a change to save."""
        self.status.unobserve(self._on_status, names="value")
        try:
            self.status.value = self.roadmap.status(self.role.value)
        finally:
            self.status.observe(self._on_status, names="value")

    def _show(self) -> None:
        from IPython.display import display

        self.percentage.value = f"<b>{text_html(self.roadmap.progress().text)}</b>"
        track = self.roadmap.track
        if track not in self._pictures:
            self._pictures[track] = RoadmapPicture(track)
        drawn = self._pictures[track].show(self.roadmap)
        self.alt_text.value = f"<p><i>{text_html(drawn.alt_text)}</i></p>"
        self.picture.clear_output(wait=True)
        with self.picture:
            display(drawn)
