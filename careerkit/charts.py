"""Shared look of every chart: a colour-blind-safe palette and a text alternative.

matplotlib is imported inside ``new_figure`` only, so importing a model never
pays for it; a chart is drawn when a view shows it, not before.
"""

from dataclasses import dataclass

# Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


@dataclass(frozen=True)
class Chart:
    """A drawn figure with the sentence a screen reader (and a test) reads instead."""

    figure: object
    alt_text: str

    def _repr_png_(self):
        import io

        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png")  # constrained layout already fits; "tight" would draw twice
        return buffer.getvalue()

    def _repr_mimebundle_(self, include=None, exclude=None):
        """The picture as an <img> carrying its alt text, so a screen reader in JupyterLab reads
        the sentence; plain-text front ends (and nbval) get the sentence alone."""
        import base64
        from html import escape

        encoded = base64.b64encode(self._repr_png_()).decode("ascii")
        image = f'<img src="data:image/png;base64,{encoded}" alt="{escape(self.alt_text, quote=True)}">'
        return {"text/html": image, "text/plain": self.alt_text}


def new_figure(width: float = 7.0, height: float = 3.5):
    """A figure that is not registered with pyplot, so it never leaks or double-shows."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return figure, figure.add_subplot()
