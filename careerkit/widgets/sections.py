"""SectionCheck: the button at the end of a notebook section that says "I finished this".

    from careerkit.widgets import SectionCheck
    SectionCheck("01_entry_level", "Roles at this stage")
"""

import ipywidgets as widgets

from careerkit.learning.progress import store_or_default
from careerkit.learning.sections import is_done, mark_done, section_id
from careerkit.widgets.base import handler, text_html


class SectionCheck(widgets.HBox):
    """Mark a section finished; the dashboard in notebook 00 and 12 counts these."""

    def __init__(self, notebook: str, section: str, store=None):
        store = store_or_default(store)
        self.store = store
        self.notebook, self.section = section_id(notebook, section)
        self.button = widgets.Button(
            description="Mark section done",
            icon="check",
            tooltip=f"Record that you finished '{self.section}'",
            layout=widgets.Layout(width="auto"),
        )
        self.status = widgets.HTML()
        self.button.on_click(self._on_click)
        super().__init__(children=[self.button, self.status])
        self._show(is_done(store, self.notebook, self.section))

    @handler
    def _on_click(self, _):
        mark_done(self.store, self.notebook, self.section)
        self._show(True)

    def _show(self, done: bool):
        self.button.disabled = done
        self.button.description = "Section done" if done else "Mark section done"
        self.status.value = f"<span role='status'>{text_html(self.section)}: finished.</span>" if done else ""
