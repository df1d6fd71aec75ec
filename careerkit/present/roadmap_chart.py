"""The roadmap picture: roles as labelled boxes in career order, moves as arrows between them.

The layout comes from ``careerkit.career.roadmap.layered_layout``: every move runs to the right,
and a move that spans several columns passes through an empty slot in each column it crosses.
Here each role is a box holding its name and its status mark; lines run only in the gaps
between columns and through empty slots, and each arrow ends on the left edge of its box, so
no arrow is drawn across a label. A track uses the whole figure: its width is its own number
of columns. Box tint shows the stage; the mark's colour and shape both show the status.
"""

from __future__ import annotations

import textwrap

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
STAGE_TINT = ("#e8f1f8", "#fdf1dc", "#e2f3ee", "#f9e4da")
"""Light tints of the palette's first four colours, one per stage (entry, mid, senior, executive)."""

COLUMN = 1.6
"""Inches from one column to the next: a box and the gap its arrows cross."""
BOX_WIDTH, BOX_HEIGHT, ROW = 1.25, 0.36, 0.5
TITLE = 0.3
"""Inches above the key for the progress line."""
KEY_ROW = 0.22
KEY_FONT = 7
MARGIN = 0.12
WRAP = 17
FONT = 7


def chart(roadmap: Roadmap):
    """The roadmap as a picture: colour and marker shape both show a node's status."""
    return RoadmapPicture(roadmap.track, here=roadmap.here).show(roadmap)


class RoadmapPicture:
    """The picture of one track that a view keeps: boxes, labels and arrows drawn once, marks redrawn.

    Marking a status changes only the status marks and the title, so a redraw repaints those
    over the kept background (see ``careerkit.present.charts.LiveChart``). ``here`` (a role id)
    is drawn with a thick border and named in the key: where the learner stands.
    """

    def __init__(self, track: str | None = None, here: str | None = None):
        self.track, self.here = track, here
        shape = Roadmap(track)
        layout = shape.layout()
        left, right = -BOX_WIDTH / 2 - MARGIN, (layout.width - 1) * COLUMN + BOX_WIDTH / 2 + MARGIN
        key = _key_items(shape, here)
        placed = _place_key(key, right - left - 2 * MARGIN)
        header = TITLE + KEY_ROW * (1 + max(row for row, _ in placed)) + 0.1
        bottom, top = -(layout.rows - 1) * ROW - BOX_HEIGHT / 2 - MARGIN, BOX_HEIGHT / 2 + header
        figure, axes = new_figure(right - left, top - bottom)
        figure.set_layout_engine(None)
        axes.set_position((0, 0, 1, 1))  # one data unit is one inch: boxes keep their size on every track
        axes.set_axis_off()
        axes.set_xlim(left, right)
        axes.set_ylim(bottom, top)
        self.centres = {role_id: (c * COLUMN, -row * ROW) for role_id, (c, row) in layout.columns.items()}
        self.boxes = _boxes(axes, shape, self.centres, here)
        self.segments = _arrows(axes, layout, self.centres)
        self._labels = _labels(axes, shape, self.centres, here)
        self._marks = _status_marks(axes)
        self._title = axes.text(left + MARGIN, top - 0.05, shape.progress().text, fontsize=9, va="top")
        self.key_labels = _draw_key(axes, key, placed, (left + MARGIN, top - TITLE - KEY_ROW / 2))
        self._live = LiveChart(figure, [*self._marks.values(), self._title])

    def show(self, roadmap: Roadmap):
        """The picture for these statuses, as a Chart with its alt text."""
        if roadmap.track != self.track:
            raise ValueError(f"This picture shows {self.track or 'all tracks'}, not {roadmap.track or 'all tracks'}")
        for status, marks in self._marks.items():
            placed = [(self.centres[role.id][0] - BOX_WIDTH / 2 + 0.09, self.centres[role.id][1])
                      for role in roadmap.roles if roadmap.statuses.get(role.id, "not started") == status]
            xs_ys = np.array(placed, float).reshape(-1, 2)
            marks.set_data(xs_ys[:, 0], xs_ys[:, 1])
        self._title.set_text(roadmap.progress().text)
        return self._live.frame(roadmap.alt_text())


def _labels(axes, shape: Roadmap, centres, here) -> dict:
    """Each role's title inside its box, right of the status mark, wrapped to two lines; bold where you stand."""
    labels = {}
    for role in shape.roles:
        x, y = centres[role.id]
        labels[role.id] = axes.text(x - BOX_WIDTH / 2 + 0.2, y, textwrap.fill(role.title, WRAP), fontsize=FONT,
                                    va="center", fontweight="bold" if role.id == here else "normal", zorder=4)
    return labels


def _status_marks(axes) -> dict:
    """One line of marks per status (empty until ``show``); every status keeps its key entry, so the key
    reads the same at every redraw. A line of marks is far cheaper to make than a scatter."""
    marks = {}
    for status in STATUSES:
        colour, marker = STATUS_STYLE[status]
        marks[status], = axes.plot([], [], linestyle="none", marker=marker, markersize=6.3, markerfacecolor=colour,
                                   markeredgecolor="black", markeredgewidth=0.6, zorder=5)
    return marks


def _boxes(axes, shape: Roadmap, centres, here) -> dict[str, tuple[float, float, float, float]]:
    """One collection of boxes, tinted by stage; returns each box as (left, bottom, right, top) in inches."""
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import FancyBboxPatch

    graph = career_graph()
    boxes, patches, faces, widths = {}, [], [], []
    for role in shape.roles:
        x, y = centres[role.id]
        left, bottom = x - BOX_WIDTH / 2, y - BOX_HEIGHT / 2
        boxes[role.id] = (left, bottom, left + BOX_WIDTH, bottom + BOX_HEIGHT)
        patches.append(FancyBboxPatch((left, bottom), BOX_WIDTH, BOX_HEIGHT, boxstyle="round,pad=0,rounding_size=0.05"))
        faces.append(STAGE_TINT[(graph.stages[role.stage].order - 1) % len(STAGE_TINT)])
        widths.append(2.5 if role.id == here else 0.6)
    axes.add_collection(PatchCollection(patches, facecolors=faces, edgecolors="#333333", linewidths=widths, zorder=2))
    return boxes


def _arrows(axes, layout, centres) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Every move as lines between columns and through empty slots, the last piece an arrow ending on
    the box's left edge. One line collection and one quiver: far cheaper than an annotation per arrow.
    Returns the segments drawn (for a test that no segment crosses a box)."""
    from matplotlib.collections import LineCollection

    lines, heads = [], []
    for move, points in layout.paths:
        start = centres[move.from_role]
        end = centres[move.to_role]
        route = [(start[0] + BOX_WIDTH / 2, start[1])]
        for column, row in points[1:-1]:
            x, y = column * COLUMN, -row * ROW
            route += [(x - BOX_WIDTH / 2, y), (x + BOX_WIDTH / 2, y)]
        route.append((end[0] - BOX_WIDTH / 2, end[1]))
        lines += list(zip(route[:-2], route[1:-1]))
        heads.append((route[-2], route[-1]))
    if lines:
        axes.add_collection(LineCollection(lines, colors="#777777", linewidths=0.8, zorder=1))
    if heads:
        tails = np.array([tail for tail, _ in heads], float)
        tips = np.array([tip for _, tip in heads], float)
        axes.quiver(tails[:, 0], tails[:, 1], *(tips - tails).T, angles="xy", scale_units="xy", scale=1,
                    color="#777777", width=0.0016 * 10 / max(axes.figure.get_figwidth(), 1), headwidth=6,
                    headlength=7, headaxislength=6, zorder=1)
    return [*lines, *heads]


def _key_items(shape: Roadmap, here) -> list[tuple[str, str, object]]:
    """What the key explains, in order: each status (mark), each stage shown (tint), where you stand."""
    graph = career_graph()
    stages = sorted({role.stage for role in shape.roles}, key=lambda stage: graph.stages[stage].order)
    items = [("status", status, STATUS_STYLE[status]) for status in STATUSES]
    items += [("stage", graph.stages[stage].name, STAGE_TINT[(graph.stages[stage].order - 1) % len(STAGE_TINT)])
              for stage in stages]
    if here is not None:
        items.append(("here", "you are here", None))
    return items


def _place_key(items, width: float) -> list[tuple[int, float]]:
    """(row, x in inches) for each key item, wrapping to a new row at the figure's width.

    Drawn by hand rather than as a matplotlib legend: a legend's nested layout boxes cost a
    fifth of the roadmap's first draw; a mark and a word per item cost little."""
    placed, row, x = [], 0, 0.0
    for kind, label, _ in items:
        size = 0.22 + len(label) * KEY_FONT * 0.6 / 72 + 0.15
        if x > 0 and (x + size > width or (kind == "stage" and placed and items[len(placed) - 1][0] == "status"
                                           and width < 9)):
            row, x = row + 1, 0.0
        placed.append((row, x))
        x += size
    return placed


def _draw_key(axes, items, placed, origin) -> list[str]:
    """The key's marks (one scatter per status, one collection of swatches) and words; returns the words."""
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Rectangle

    x0, y0 = origin
    swatches, faces, widths = [], [], []
    for (kind, label, style), (row, x) in zip(items, placed):
        cx, cy = x0 + x + 0.08, y0 - row * KEY_ROW
        if kind == "status":
            colour, marker = style
            axes.plot([cx], [cy], linestyle="none", marker=marker, markersize=5.5, markerfacecolor=colour,
                      markeredgecolor="black", markeredgewidth=0.6, zorder=5)
        else:
            swatches.append(Rectangle((cx - 0.08, cy - 0.06), 0.16, 0.12))
            faces.append(style if kind == "stage" else "white")
            widths.append(2.0 if kind == "here" else 0.6)
        axes.text(cx + 0.14, cy, label, fontsize=KEY_FONT, va="center")
    if swatches:
        axes.add_collection(PatchCollection(swatches, facecolors=faces, edgecolors="#333333", linewidths=widths))
    return [label for _, label, _ in items]
