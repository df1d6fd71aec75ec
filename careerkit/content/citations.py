"""Sources as a learner reads them: "Title: section", never the seed's hashed file name.

Every row in ``data/`` cites a source id from ``data/sources.csv`` such as
``000_d887b3264116e4a0.txt#entry-level``. That id is stable and exact, which is what a
data file needs, but it tells a learner nothing. Every learner-facing surface (tables,
the role explorer, the planner, the exported plan) shows ``cite(id)`` instead:
"Career paths in IT, from entry level to executive: entry-level paragraph", taken from
the ``title`` and ``section`` columns of the same row. Ids that are not in sources.csv
(a BLS release named in full, for example) are already readable and pass through.

>>> cite("000_d887b3264116e4a0.txt#entry-level")
'Career paths in IT, from entry level to executive: entry-level paragraph'
"""

import functools
import re

from careerkit.content import loaders

HASHED_NAME = re.compile(r"[0-9a-f]{16}\.txt")
"""What a seed's file name looks like; no learner-facing text may contain one."""


@functools.cache
def _titles() -> dict[str, str]:
    table = loaders.sources()
    return {
        row.id: f"{row.title}: {row.section}" if row.section else row.title
        for row in table.itertuples(index=False)
    }


def cite(source: str) -> str:
    """One source id as "Title: section"; text that is not a known id comes back unchanged."""
    text = str(source).strip()
    return _titles().get(text, text)


def cite_all(sources) -> list[str]:
    """Several ids, readable, each once and in the order given."""
    if isinstance(sources, str):
        sources = [part for part in sources.split(";")]
    return list(dict.fromkeys(cite(source) for source in sources if str(source).strip()))


def cited(sources) -> str:
    """Several sources in one line, separated by semicolons (as a table cell or a note shows them)."""
    return "; ".join(cite_all(sources))


def sources_table():
    """The provenance index as a learner reads it: what each source is and what it supports."""
    table = loaders.sources()
    table = table.assign(source=[cite(source) for source in table["id"]], url=table["url"].fillna(""))
    return table[["source", "note", "url"]].rename(
        columns={"note": "what the workbook takes from it", "url": "address"}
    )
