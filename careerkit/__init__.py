"""careerkit: a Jupyter workbook on IT career paths in North America.

The package is layered, and each layer imports only from the layers above it in
this list (``tests/test_architecture.py`` holds the contract):

1. ``careerkit.content``: the facts, as checked tables (loaders, wages, career graph, ids)
2. ``careerkit.learning`` and ``careerkit.career``: pure models (quiz, cards, progress;
   roles, salary, planner, roadmap, self-assessment)
3. ``careerkit.present``: charts, tables and Markdown made from the models
4. ``careerkit.widgets``: thin ipywidgets views over one model each
5. ``careerkit.pages``: what one notebook (or a group of them) shows, named after it
6. ``careerkit.teaching``: the notebook linter, the instructor guide, the class view
7. ``careerkit.cli`` and ``careerkit.dev``: the ``careerkit`` command; benchmarks and the
   wage build (the ``dev`` extra)

Importing the package is cheap on purpose: everything loads on first use, so a
notebook's first cell starts fast.
"""

import sys
from importlib import import_module
from importlib.abc import Loader, MetaPathFinder
from importlib.util import spec_from_loader

__version__ = "0.1.0"

MOVED = {
    "careerkit.wages": "careerkit.content.wages",
    "careerkit.schema": "careerkit.content.schema",
    "careerkit.careergraph": "careerkit.content.careergraph",
    "careerkit.items": "careerkit.content.ids",
    "careerkit.quiz": "careerkit.learning.quiz",
    "careerkit.questionbank": "careerkit.learning.questionbank",
    "careerkit.flashcards": "careerkit.learning.flashcards",
    "careerkit.walkthrough": "careerkit.learning.walkthrough",
    "careerkit.progress": "careerkit.learning.progress",
    "careerkit.dashboard": "careerkit.learning.dashboard",
    "careerkit.sections": "careerkit.learning.sections",
    "careerkit.explorer": "careerkit.career.roles",
    "careerkit.salary": "careerkit.career.salary",
    "careerkit.planner": "careerkit.career.planner",
    "careerkit.roadmap": "careerkit.career.roadmap",
    "careerkit.assessment": "careerkit.career.assessment",
    "careerkit.charts": "careerkit.present.charts",
    "careerkit.tables": "careerkit.present.tables",
    "careerkit.planreport": "careerkit.present.markdown",
    "careerkit.exports": "careerkit.present.files",
    "careerkit.stageguide": "careerkit.pages.stages",
    "careerkit.leadership": "careerkit.pages.leadership",
    "careerkit.planning": "careerkit.pages.planning",
    "careerkit.lessons": "careerkit.teaching.lint",
    "careerkit.guide": "careerkit.teaching.guide",
    "careerkit.classview": "careerkit.teaching.classview",
}
"""Module names from before the layers, so a learner's older notebook copy still imports."""


class _MovedModules(MetaPathFinder, Loader):
    """Answers an old module name with the module that now holds its code."""

    def find_spec(self, fullname, path=None, target=None):
        return spec_from_loader(fullname, self) if fullname in MOVED else None

    def create_module(self, spec):
        module = import_module(MOVED[spec.name])
        spec.loader_state = module.__spec__  # the import system overwrites __spec__; put it back below
        return module

    def exec_module(self, module):
        module.__spec__ = module.__spec__.loader_state


if not any(isinstance(finder, _MovedModules) for finder in sys.meta_path):
    sys.meta_path.append(_MovedModules())

_ATTRIBUTES = {
    "content": "careerkit.content",
    "wages": "careerkit.content.wages",
    "widgets": "careerkit.widgets",
}
"""Convenience names: ``careerkit.wages.table()`` and ``careerkit.content.roles()``."""


def question_bank():
    """Every question the quizzes ask, as a ``QuizBank`` (iterate it, ``len()`` it, index it by id):
    the authored questions of data/questions/*.yaml and the wage questions computed from the
    wage table. Each has ``.id .notebook .objective .level .kind .prompt``; choice questions
    also ``.choices .expected .choice_feedback``."""
    return import_module("careerkit.learning.questionbank").question_bank()


def __getattr__(name: str):
    if name in _ATTRIBUTES:
        return import_module(_ATTRIBUTES[name])
    raise AttributeError(f"module 'careerkit' has no attribute {name!r}")
