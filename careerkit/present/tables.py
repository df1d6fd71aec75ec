"""How the workbook shows a table or a list of words to a learner.

Shared by the page modules behind the notebooks (``careerkit.pages``), so every table in the workbook reads the same way.
"""

import pandas as pd

from careerkit.content import citations
from careerkit.content.wording import joined, listing

__all__ = ["FullTextTable", "joined", "listing", "readable_table", "sources_table"]

SOURCE_COLUMNS = ("source", "sources")
"""Columns that hold source ids; a learner sees them as "Title: section" (``careerkit.content.citations``)."""


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
        shown = _readable_sources(self)
        with pd.option_context("display.max_colwidth", None):
            table = shown.to_html(index=False, escape=True, border=0, justify="left", classes=TABLE_CLASSES)
        return TABLE_STYLE + table


def _readable_sources(frame: pd.DataFrame) -> pd.DataFrame:
    """The same table with its source ids written as titles and sections; the data keeps the ids."""
    columns = [column for column in frame.columns if column in SOURCE_COLUMNS]
    if not columns:
        return frame
    shown = pd.DataFrame(frame).copy()
    for column in columns:
        shown[column] = [citations.cited(value if isinstance(value, str) else list(value)) for value in shown[column]]
    return shown


def readable_table(frame: pd.DataFrame) -> FullTextTable:
    """Any DataFrame shown as the workbook's tables are: every column named (no blank index header), text
    left-aligned and in full, sources readable. A named index becomes a column of its own."""
    if frame.index.name is not None or any(name is not None for name in frame.index.names[1:]):
        frame = frame.reset_index()
    return FullTextTable(frame)


def sources_table() -> FullTextTable:
    """Where the facts come from, one row per source, as notebook 00 shows it."""
    return FullTextTable(citations.sources_table())


TABLE_CLASSES = ["careerkit-table", "tex2jax_ignore", "mathjax_ignore"]
"""The last two are the classes JupyterLab's MathJax skips, so a '$' in a cell stays a dollar."""
TABLE_STYLE = (
    "<style>table.careerkit-table td, table.careerkit-table th, table.careerkit-table tr "
    "{text-align: left !important; vertical-align: top;}</style>"
)
"""JupyterLab right-aligns output tables with a rule that outranks a plain class selector
(``:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td``), so the left alignment is marked important."""
