"""Roadmap: a thin view over ``careerkit.career.roadmap``.

Choose a track, pick a role and mark it not started, in progress, done or
skipped; the picture and the percentage follow, and every status is saved
under the notebook you name, so resetting that notebook clears them.

    from careerkit.widgets import Roadmap
    Roadmap(track="infrastructure", notebook="12_career_plan")

Without ``track`` it opens on the learner's own track (where they marked a role in progress,
or their saved plan's current role) and highlights that role; ``track="all"`` shows every track.
"""

import ipywidgets as widgets

from careerkit.career import roadmap as model
from careerkit.learning.progress import store_or_default
from careerkit.present.roadmap_chart import RoadmapPicture
from careerkit.widgets.base import announce_html, handler, notebook_name, render_feedback, text_html

_LABEL = {"description_width": "6em"}
ALL_TRACKS = "all"
"""The Track dropdown's value for every track (a Dropdown cannot offer None as a value without
showing a blank box); the model's track is None then."""
YOUR_TRACK = object()
"""``Roadmap()``'s default track: the learner's own (from their marks or saved plan), else all tracks."""


def track_options() -> list[tuple[str, str]]:
    """(label, value) pairs: "All tracks", then each track by its name, capitalised."""
    return [("All tracks", ALL_TRACKS), *((track.capitalize(), track) for track in model.tracks())]


class Roadmap(widgets.VBox):
    """Track and role pickers, status buttons, the roadmap picture and the progress percentage.

    Parts a test drives: ``track`` and ``role`` (Dropdowns), ``status``
    (ToggleButtons); parts it reads: ``roadmap`` (the model), ``percentage``
    and ``alt_text`` (HTML), ``picture`` (Output). Statuses are saved under
    ``notebook`` (a notebook's file stem, e.g. "12_career_plan").
    """

    def __init__(self, track=YOUR_TRACK, store=None, notebook: str = ""):
        self.notebook = notebook_name(notebook)
        self.store = store_or_default(store)
        if track is YOUR_TRACK:
            track = model.learner_track(self.store.roadmap_statuses(), self.store.plan())
        track = None if track == ALL_TRACKS else track
        self.roadmap = model.Roadmap.load(self.store, track=track)
        self._pictures: dict[tuple, RoadmapPicture] = {}  # one kept picture per track and place shown
        self.track = widgets.Dropdown(description="Track", options=track_options(), value=track or ALL_TRACKS,
                                      style=_LABEL)
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

    @handler
    def _on_track(self, change) -> None:
        with self.output:
            track = None if change["new"] == ALL_TRACKS else change["new"]
            self.roadmap = model.Roadmap(track, self.roadmap.statuses, self.roadmap.here)
            self._fill_roles()
            self._show()

    @handler
    def _on_role(self, _change) -> None:
        with self.output:
            self._sync_status()

    @handler
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
        key = (self.roadmap.track, self.roadmap.here)
        if key not in self._pictures:
            self._pictures[key] = RoadmapPicture(*key)
        drawn = self._pictures[key].show(self.roadmap)
        self.alt_text.value = announce_html(drawn.alt_text)
        self.picture.clear_output(wait=True)
        with self.picture:
            display(drawn)
