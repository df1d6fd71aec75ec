"""Thin ipywidgets views, one per model in careerkit.

Names resolve on first use (PEP 562) so that ``import careerkit`` never pays for
ipywidgets or matplotlib; a notebook writes ``from careerkit.widgets import QuizWidget``.
"""

from importlib import import_module

_VIEWS = {
    "QuizWidget": "quiz",
    "FlashcardDeck": "flashcards",
    "ProgressDashboard": "dashboard",
    "UseCaseWalkthrough": "walkthrough",
    "RoleExplorer": "roles",
    "SalaryExplorer": "salary",
    "Roadmap": "roadmap",
    "CareerPlanner": "planner",
    "SelfAssessment": "assessment",
    "SectionCheck": "sections",
}

__all__ = sorted(_VIEWS)


def __getattr__(name):
    if name not in _VIEWS:
        raise AttributeError(f"careerkit.widgets has no view named {name!r}; known views: {', '.join(__all__)}")
    return getattr(import_module(f"{__name__}.{_VIEWS[name]}"), name)
