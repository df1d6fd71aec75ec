"""How the workbook shows a table or a list of words to a learner.

Shared by the presentation modules behind the notebooks (stageguide, leadership,
planning), so every table in the workbook reads the same way.
"""

import pandas as pd


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


def joined(values) -> str:
    """Several sources or examples in one cell, as the data files write them."""
    return "; ".join(str(value) for value in values)


def listing(items) -> str:
    """'a, b and c': a list as a learner would write it."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
