"""The progress picture: the share of each notebook's sections a learner has finished."""

from __future__ import annotations

from careerkit.learning.dashboard import Summary, notebook_title
from careerkit.present.charts import PALETTE, Chart, new_figure


def sections_chart(summary: Summary) -> Chart | None:
    """Bars of the share of each notebook finished; None when no notebook has a known size."""
    known = summary.sections.dropna(subset=["total"])
    if known.empty:
        return None
    figure, axes = new_figure(7.0, 0.5 + 0.4 * len(known))
    shares = [float(share) * 100 for share in known["share"]]
    titles = [notebook_title(notebook) for notebook in known["notebook"]]
    axes.barh(titles, shares, color=PALETTE[0])
    axes.set_xlim(0, 100)
    axes.set_xlabel("sections finished (%)")
    axes.invert_yaxis()
    parts = [f"{title}: {row.done} of {row.total}" for title, row in zip(titles, known.itertuples())]
    return Chart(figure, "Sections finished per notebook: " + "; ".join(parts) + ".")
