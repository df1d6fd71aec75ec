"""Fixtures every test file may use.

No test may touch a learner's real progress: CAREERKIT_HOME points at a fresh
temporary folder for every test, and ``store`` is an open store inside it.
"""

import pytest

from careerkit.progress import ProgressStore


@pytest.fixture(autouse=True)
def careerkit_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("careerkit_home")
    monkeypatch.setenv("CAREERKIT_HOME", str(home))
    return home


@pytest.fixture
def store(tmp_path):
    with ProgressStore(tmp_path / "progress.sqlite3") as opened:
        yield opened
