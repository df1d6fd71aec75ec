"""The wage-band picture of a ``SalaryResult``: one band per area or role.

Drawn only when a learner asks for a chart, never when the result is made.
A top-coded figure (BLS publishes only a floor) starts an open-ended arrow, never
an exact point.
"""

from __future__ import annotations

import math
import textwrap

from careerkit.career.salary import PERCENTILES, BandRow, SalaryResult
from careerkit.present.charts import PALETTE, Chart, drawing, new_figure

MAX_LABELS = 27
"""Labels per panel at most: past two full panels (metros) every k-th rank is named, so text (the slowest
thing to draw) stays cheap."""
ROW_INCHES = 0.26
"""Height per row: 8-point names need about 0.15 inch; the rest keeps neighbours apart."""
PANELS = 2
"""Up to this many panels side by side, so every state is named rather than every second one."""
ARROW = 0.12
"""How far past a top-code floor the open-ended arrow reaches, as a share of the floor."""


def chart(result: SalaryResult) -> Chart:
    """The result's bands with its alt text, ready to show in a notebook."""
    with drawing():
        figure = draw_bands(result.title, result.rows)
        picture = Chart(figure, result.alt_text())
        picture.png()
    return picture


def _rectangle(low: float, high: float, y: float, half: float) -> list[tuple[float, float]]:
    return [(low, y - half), (high, y - half), (high, y + half), (low, y + half)]


CHAR_EM = 0.62
"""Average glyph width of matplotlib's default font, in ems: enough to keep long metro names in view."""
TITLE_SIZE = 10


def _label_size(rows: int) -> int:
    return 8 if rows > 20 else 9


def draw_bands(title: str, rows) -> object:
    """Horizontal bands, top row first: p10-p90 line, p25-p75 box, median tick.

    Drawn with one collection per kind of mark, so hundreds of metros redraw quickly.
    A top-coded figure starts an open-ended arrow labelled "or more" instead of a mark.
    Up to ``PANELS`` x ``MAX_LABELS`` rows (every state) are split into columns side by side so
    every row is named; the columns share one axes, shifted right, which costs far less to
    draw than a second axes.
    """
    from matplotlib.collections import LineCollection, PolyCollection

    drawn = [row for row in rows if any(value is not None for value in row.figures)]
    panels = min(PANELS, max(1, math.ceil(len(drawn) / MAX_LABELS)))
    per_panel = max(1, math.ceil(len(drawn) / panels))
    parts = [drawn[start:start + per_panel] for start in range(0, len(drawn), per_panel)] or [[]]
    size = _label_size(len(parts[0]))
    labels = [_labels(part, first * per_panel, numbered=len(parts) > 1) for first, part in enumerate(parts)]
    width = 7.5 if len(parts) == 1 else 9.0
    figure, axes = new_figure(width=width, height=min(9.0, 1.4 + ROW_INCHES * len(parts[0])))
    values = [v for row in drawn for v in row.figures if v is not None]
    low, high = _x_range(drawn, values)
    gaps = [_label_inches(panel, size) for panel in labels]
    room = (0.97 * width - sum(gaps)) / len(parts)  # inches of wage scale per column
    per_inch = (high - low) / room
    shifts = [k * (high - low) + sum(gaps[1:k + 1]) * per_inch for k in range(len(parts))]
    half = 0.3 if len(parts[0]) <= 60 else 0.45
    whiskers, boxes, medians = [], [], []
    rows_in_panel = len(parts[0])
    for part, shift, names in zip(parts, shifts, labels):
        ys = list(range(rows_in_panel, rows_in_panel - len(part), -1))
        for y, row in zip(ys, part):
            _marks(axes, row, y, shift, half, whiskers, boxes, medians)
        step = max(1, math.ceil(len(part) / MAX_LABELS))
        for y, name in zip(ys[::step], names):
            axes.text(low + shift - 0.05 * per_inch, y, name, ha="right", va="center", fontsize=size)
    dense = len(parts[0]) > 60
    axes.add_collection(LineCollection(whiskers, colors=PALETTE[0], linewidths=0.5 if dense else 1.5))
    axes.add_collection(PolyCollection(boxes, facecolors=PALETTE[5], edgecolors="none", zorder=2.5))
    if medians:
        axes.scatter(*zip(*medians), marker="|", s=20 if dense else 160, color=PALETTE[7], zorder=3)
    axes.set_xlim(low, low + shifts[-1] + (high - low))
    axes.set_ylim(0.3, rows_in_panel + 0.7)
    _wage_ticks(axes, low, high, shifts)
    _set_margins(figure, gaps[0] / width, title)
    return figure


def _x_range(drawn, values) -> tuple[float, float]:
    if not values:
        return 0.0, 1.0
    top = max(values) * (1 + 2.5 * ARROW if any(row.floor for row in drawn) else 1.05)
    return min(values) * 0.95, top


def _marks(axes, row, y, shift, half, whiskers, boxes, medians) -> None:
    """One row's whisker, box and median (collected for one artist each), shifted into its column."""
    exact = [row.value(n) for n in PERCENTILES if n not in row.lower_bounds and row.value(n) is not None]
    ends = exact + ([row.floor] if row.floor is not None else [])
    whiskers.append([(min(ends) + shift, y), (max(ends) + shift, y)])
    low, high = row.value("p25"), row.floor if "p75" in row.lower_bounds else row.value("p75")
    if low is not None and high is not None and "p25" not in row.lower_bounds:
        boxes.append(_rectangle(low + shift, high + shift, y, half))
    if row.value("median") is not None and "median" not in row.lower_bounds:
        medians.append((row.value("median") + shift, y))
    if row.floor is not None:
        _open_ended(axes, row.floor, y, shift)


def _labels(part, first: int, numbered: bool) -> list[str]:
    step = max(1, math.ceil(len(part) / MAX_LABELS))
    return [_tick_label(first + i, row, numbered or step > 1) for i, row in enumerate(part)][::step]


def _label_inches(labels: list[str], size: int) -> float:
    return 0.25 + max((len(label) for label in labels), default=0) * size * CHAR_EM / 72


def _wage_ticks(axes, low: float, high: float, shifts: list[float]) -> None:
    """The same dollar marks under every column, with a gridline at each, drawn as plain text and one
    line collection: the axis's own tick objects were a fifth of an all-states redraw."""
    from matplotlib.collections import LineCollection
    from matplotlib.ticker import MaxNLocator

    ticks = [tick for tick in MaxNLocator(5).tick_values(low, high) if low <= tick <= high]
    axes.set_xticks([])
    axes.set_yticks([])
    below = axes.get_xaxis_transform()
    grid = []
    for shift in shifts:
        for tick in ticks:
            axes.text(tick + shift, -0.01, f"${tick / 1000:,.0f}k", transform=below, ha="center", va="top", fontsize=9)
            grid.append([(tick + shift, 0), (tick + shift, 1)])
    axes.add_collection(LineCollection(grid, colors="#b0b0b0", linewidths=0.8, alpha=0.3, transform=below, zorder=0))
    axes.figure.text(0.5, 0.01, "Annual wage (BLS OEWS)", ha="center", va="bottom", fontsize=9)


def _set_margins(figure, left: float, title: str) -> None:
    """Margins from the longest label and the title's lines instead of a layout engine.

    Automatic layout measures every tick label again at each render; with fifty states or
    hundreds of metros (each chart a new shape) that alone would break the redraw budget.
    """
    width, height = figure.get_size_inches()
    axes = figure.axes[0]
    left = min(0.6, left)
    chars_per_line = max(20, int((0.96 - left) * width * 72 / (TITLE_SIZE * CHAR_EM)))
    title = textwrap.fill(title, chars_per_line)
    axes.set_title(title, fontsize=TITLE_SIZE, loc="left", y=1.0, pad=4)
    lines = title.count("\n") + 1
    figure.set_layout_engine(None)
    figure.subplots_adjust(left=left, right=0.97, top=1 - (0.2 + 0.2 * lines) / height, bottom=0.55 / height)


def _open_ended(axes, floor: int, y: float, shift: float = 0.0) -> None:
    axes.annotate(
        "", xy=(floor * (1 + ARROW) + shift, y), xytext=(floor + shift, y),
        arrowprops={"arrowstyle": "->", "color": PALETTE[3], "linewidth": 1.5},
    )
    axes.text(floor * (1 + ARROW) + shift, y, f" ${floor:,} or more", va="center", fontsize=8, color=PALETTE[3])


def _tick_label(index: int, row: BandRow, numbered: bool) -> str:
    return f"{index + 1}. {row.chart_label}" if numbered else row.chart_label
