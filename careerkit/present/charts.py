"""Shared look of every chart: a colour-blind-safe palette, a text alternative, a quick redraw.

matplotlib is imported inside ``new_figure`` only, so importing a model never
pays for it; a chart is drawn when a view shows it, not before.

A widget redraws the same chart many times (a slider moves, a status changes) with
the same labels and only new values. Automatic layout measures every label again on
each draw, which costs more than the drawing itself; so a chart that passes a
``layout_key`` is laid out once, and later figures with that key reuse the margins.
A view that keeps its figure goes further with ``LiveChart``: the labels are drawn
once and each redraw paints only the marks that moved.
"""

import gc
import weakref
from contextlib import contextmanager

# Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")

PNG_COMPRESSION = 1
"""zlib level for chart PNGs: the default level costs a label-heavy chart's draw more time than the few KB it saves are worth."""
PALETTE_COLOURS = 256

_LAYOUTS: dict[tuple, tuple[float, float, float, float]] = {}
"""The axes position constrained layout found, per layout key and figure size (one-axes charts)."""

_PENDING: "weakref.WeakKeyDictionary[object, tuple]" = weakref.WeakKeyDictionary()
"""Figures still under constrained layout, and the key their positions will be kept under."""


@contextmanager
def drawing():
    """Pause Python's cyclic garbage collector while a chart is built or rendered.

    A draw makes tens of thousands of short-lived objects; with the collector on, they
    trigger full collections of the learner's whole heap (pandas, widgets, figures) in the
    middle of the draw, which is what made a slow redraw slow. Paused, the same work runs
    once afterwards at the next allocation, outside the picture a learner waits for.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Chart:
    """A drawn figure with the sentence a screen reader (and a test) reads instead.

    The PNG is rendered once, the first time it is asked for, and kept: a display
    asks for it once per output, and a test may ask again.
    """

    def __init__(self, figure, alt_text: str, png: bytes | None = None):
        self.figure = figure
        self.alt_text = alt_text
        self._png = png

    def __repr__(self) -> str:
        return f"Chart({self.alt_text!r})"

    def png(self) -> bytes:
        if self._png is None:
            self._png = _render(self.figure)
        return self._png

    def _repr_mimebundle_(self, include=None, exclude=None):
        """The picture as an <img> carrying its alt text, with the same description folded under it;
        plain-text front ends (and nbval) get the sentence alone.

        A screen reader reads the alt text; a sighted learner opens "Describe this chart" when the
        picture is not enough, so notebooks never print the description as monospace text above it.
        There is deliberately no ``_repr_png_``: IPython would render and send the picture twice.
        """
        return {"text/html": self.html(), "text/plain": self.alt_text}

    def html(self) -> str:
        """The chart as a figure: the image, then its description in a closed <details> block."""
        import base64
        from html import escape

        encoded = base64.b64encode(self.png()).decode("ascii")
        alt = escape(self.alt_text, quote=True)
        return (
            f'<figure class="careerkit-chart" style="margin:0">'
            f'<img src="data:image/png;base64,{encoded}" alt="{alt}" style="max-width:100%;height:auto">'
            f'<figcaption><details><summary>{DESCRIBE}</summary>'
            f'<p style="max-width:60em">{escape(self.alt_text)}</p></details></figcaption></figure>'
        )


DESCRIBE = "Describe this chart"
"""The summary line under every chart; opening it shows the chart's text alternative."""


def new_figure(width: float = 7.0, height: float = 3.5, layout_key: tuple | None = None):
    """A figure that is not registered with pyplot, so it never leaks or double-shows.

    ``layout_key`` names the chart's shape (its labels, title and legend, not its values):
    the first figure with a key is laid out by constrained layout, later ones reuse its margins.
    """
    from matplotlib.figure import Figure

    key = None if layout_key is None else (*layout_key, width, height)
    if key in _LAYOUTS:
        figure = Figure(figsize=(width, height), dpi=100)
        return figure, figure.add_axes(_LAYOUTS[key])
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    if key is not None:
        _PENDING[figure] = key
    return figure, figure.add_subplot()


RENDER_SETTINGS = {"text.hinting": "no_hinting"}
"""Unhinted text: the default auto-hinter slows a label-heavy chart's draw, and unhinted text at
100 dpi reads the same (``careerkit bench`` shows the redraw rows). Applied only while careerkit
renders, never to a learner's own plots."""


def _render(figure) -> bytes:
    """One draw on an Agg canvas of its own, then the canvas is let go.

    ``savefig`` draws twice under a layout engine (a dry run, then the real one); a
    canvas's own draw runs the layout once and paints, which is all a chart needs.
    """
    from matplotlib import rc_context
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    with drawing(), rc_context(RENDER_SETTINGS):
        canvas.draw()
    _remember_layout(figure)
    png = _encode(canvas)
    FigureCanvasBase(figure)  # the pixel buffer goes with the Agg canvas
    return png


def _remember_layout(figure) -> None:
    """After a figure's first draw under constrained layout, keep where its axes landed."""
    key = _PENDING.pop(figure, None)
    if key is not None and len(figure.axes) == 1:
        _LAYOUTS[key] = figure.axes[0].get_position().bounds


class LiveChart:
    """One figure a view keeps and redraws: drawn once in full, then only its moving artists.

    The first frame renders everything except the artists named as moving and keeps that
    picture as a background; each later frame pastes the background back and draws the
    moving artists over it (matplotlib's blitting). Labels, arrows and ticks, most of the
    cost of a draw, are rasterised once. The caller updates the moving artists in place
    (offsets, widths, colours, text) between frames.
    """

    def __init__(self, figure, moving):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        self.figure = figure
        self.moving = list(moving)
        for artist in self.moving:
            artist.set_animated(True)
        self._canvas = FigureCanvasAgg(figure)
        self._background = None

    def frame(self, alt_text: str) -> Chart:
        """The price of a quick redraw is memory: the canvas and the background (two RGBA
        images of the figure) stay while the view does; the memory row of ``careerkit bench`` counts them."""
        from matplotlib import rc_context

        with drawing(), rc_context(RENDER_SETTINGS):
            if self._background is None:
                self._canvas.draw()
                _remember_layout(self.figure)
                self.figure.set_layout_engine(None)  # keep the margins the first draw found
                self._background = self._canvas.copy_from_bbox(self.figure.bbox)
            else:
                self._canvas.restore_region(self._background)
            for artist in self.moving:
                self.figure.draw_artist(artist)
        return Chart(self.figure, alt_text, png=_encode(self._canvas))


def _encode(canvas) -> bytes:
    """The canvas as an 8-bit palette PNG.

    A chart has a few flat colours and antialiased edges, which 256 colours hold; a
    palette PNG skips the per-row filtering that made a full-colour PNG a fifth of a
    redraw, and is half the size to send to the browser.
    """
    import io

    from PIL import Image

    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    palette = image.convert("RGB").quantize(PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE)
    buffer = io.BytesIO()
    palette.save(buffer, format="png", compress_level=PNG_COMPRESSION, dpi=(canvas.figure.dpi, canvas.figure.dpi))
    return buffer.getvalue()
