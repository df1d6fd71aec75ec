"""The roadmap picture: roles in stage columns, moves as arrows, status as colour and shape."""

from __future__ import annotations

import numpy as np

from careerkit.career.roadmap import STATUSES, Roadmap
from careerkit.content.careergraph import career_graph
from careerkit.present.charts import PALETTE, LiveChart, new_figure

STATUS_STYLE = {
    "not started": (PALETTE[5], "o"),
    "in progress": (PALETTE[1], "D"),
    "done": (PALETTE[2], "s"),
    "skipped": (PALETTE[7], "X"),
}


def chart(roadmap: Roadmap):
    """The roadmap as a picture: colour and marker shape both show a node's status."""
    return RoadmapPicture(roadmap.track).show(roadmap)


class RoadmapPicture:
    """The picture of one track that a view keeps: labels and arrows drawn once, nodes redrawn.

    Marking a status changes only the nodes' marks and the title, so a redraw repaints
    those over the kept background (see ``careerkit.present.charts.LiveChart``).
    """

    def __init__(self, track: str | None = None):
        self.track = track
        shape = Roadmap(track)
        graph, self._positions = career_graph(), shape.layout()
        rows = 1 - min((y for _, y in self._positions.values()), default=0)
        figure, axes = new_figure(10.0, max(2.5, 0.45 * rows + 1.0), layout_key=("roadmap", track))
        _arrows(axes, [(self._positions[move.from_role], self._positions[move.to_role]) for move in shape.edges])
        self._nodes = {}
        for status in STATUSES:  # every status keeps its legend entry, so the key reads the same at every redraw
            colour, marker = STATUS_STYLE[status]
            self._nodes[status] = axes.scatter([], [], s=90, c=colour, marker=marker, edgecolors="black", zorder=3,
                                               label=status)
        for role in shape.roles:
            x, y = self._positions[role.id]
            axes.text(x + 0.08, y + 0.18, role.title, fontsize=7, zorder=4)
        stages = sorted(graph.stages.values(), key=lambda stage: stage.order)
        axes.set_xticks([stage.order for stage in stages], [stage.name for stage in stages], fontsize=8)
        axes.set_xlim(0.7, len(stages) + 1.5)
        axes.set_ylim(-rows + 0.4, 0.7)
        track_rows = {}
        for role in shape.roles:
            track_rows[role.track] = max(track_rows.get(role.track, -rows), self._positions[role.id][1])
        axes.set_yticks(list(track_rows.values()), list(track_rows), fontsize=8)
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title="status")
        self._title = axes.set_title(shape.progress().text, fontsize=9)
        self._live = LiveChart(figure, [*self._nodes.values(), self._title])

    def show(self, roadmap: Roadmap):
        """The picture for these statuses, as a Chart with its alt text."""
        if roadmap.track != self.track:
            raise ValueError(f"This picture shows {self.track or 'all tracks'}, not {roadmap.track or 'all tracks'}")
        for status, nodes in self._nodes.items():
            placed = [self._positions[role.id] for role in roadmap.roles
                      if roadmap.statuses.get(role.id, "not started") == status]
            nodes.set_offsets(np.array(placed, float).reshape(-1, 2))
        self._title.set_text(roadmap.progress().text)
        return self._live.frame(roadmap.alt_text())


def _arrows(axes, pairs, gap: float = 0.12) -> None:
    """All moves as one quiver artist: far cheaper to draw than one annotation per arrow."""
    if not pairs:
        return
    starts, ends = np.array([start for start, _ in pairs], float), np.array([end for _, end in pairs], float)
    vectors = ends - starts
    lengths = np.hypot(vectors[:, 0], vectors[:, 1])[:, None]
    trimmed = vectors * (1 - 2 * gap / lengths)
    tails = starts + vectors * (gap / lengths)
    axes.quiver(tails[:, 0], tails[:, 1], trimmed[:, 0], trimmed[:, 1], angles="xy", scale_units="xy", scale=1,
                color="#777777", width=0.0015, headwidth=6, headlength=7, zorder=1)
