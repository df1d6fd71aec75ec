"""How the workbook shows a table or a list of words to a learner.

Shared by the page modules behind the notebooks (``careerkit.pages``), so every table in the workbook reads the same way.
"""

import pandas as pd

from careerkit.content.wording import joined, listing

__all__ = ["FullTextTable", "joined", "listing"]


class FullTextTable(pd.DataFrame):
    """A DataFrame that shows long text in full, left-aligned, escaped, and free of maths.

    pandas cuts every cell to 50 characters on screen, which turns a definition into
    "Deciding where an organisation is heading and ..."; and JupyterLab typesets text
    between two dollar signs as a formula, which garbles "$90,000 to $300,000". The
    table is marked for MathJax to leave alone. Everything else (``.head()``,
    filtering, ``.to_csv()``) works as on any DataFrame.

    Plain ``to_html`` rather than a Styler: the Styler pulls jinja2 into every
    learner's kernel for what one small style rule does here.
    """

    @property
    def _constructor(self):
        return FullTextTable

    def _repr_html_(self) -> str:
        with pd.option_context("display.max_colwidth", None):
            table = self.to_html(index=False, escape=True, border=0, justify="left", classes=TABLE_CLASSES)
        return TABLE_STYLE + table


TABLE_CLASSES = ["careerkit-table", "tex2jax_ignore", "mathjax_ignore"]
"""The last two are the classes JupyterLab's MathJax skips, so a '$' in a cell stays a dollar."""
TABLE_STYLE = (
    "<style>.careerkit-table td, .careerkit-table th {text-align: left; vertical-align: top;}</style>"
)
