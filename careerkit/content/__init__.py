"""Layer 1, content: the workbook's facts as checked tables, from files on disk.

``careerkit.content.roles()`` and its siblings load one table each (``loaders``);
``wages`` holds the BLS wage table, ``careergraph`` the roles and moves as a graph,
``ids`` the stored ids that name a content item, ``schema`` what every file must hold.
Nothing here knows that a quiz, a widget or a notebook exists.

The loaders resolve on first use (PEP 562), so a tool that needs only where the
files are (``careerkit.content.locations``) never pays for pandas.
"""

from importlib import import_module

__all__ = [
    "Action", "ContentError", "Goal", "LeadershipPay", "UseCase", "certifications", "day_in_the_life",
    "education", "facts", "find_role", "glossary", "industries", "leadership_pay", "load_all", "moves",
    "noc", "resources", "roles", "skills", "soc_alternatives", "sources", "stages", "tools", "traits",
    "use_case_note", "use_cases",
    "work_settings",
]


def __getattr__(name: str):
    if name in __all__:
        return getattr(import_module("careerkit.content.loaders"), name)
    raise AttributeError(f"module 'careerkit.content' has no attribute {name!r}")
