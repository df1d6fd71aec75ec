"""Fixtures every test file may use.

No test may touch a learner's real progress or leave files in the repository:
CAREERKIT_HOME and CAREERKIT_EXPORTS point at fresh temporary folders for every
test, and ``store`` is an open store inside the first.
"""

import pytest

from careerkit.learning.progress import ProgressStore


@pytest.fixture(autouse=True)
def careerkit_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("careerkit_home")
    monkeypatch.setenv("CAREERKIT_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def careerkit_exports(tmp_path_factory, monkeypatch):
    """Where exports land unless a test names a file; a test of the cwd default unsets it."""
    exports = tmp_path_factory.mktemp("careerkit_exports")
    monkeypatch.setenv("CAREERKIT_EXPORTS", str(exports))
    return exports


@pytest.fixture
def store(tmp_path):
    with ProgressStore(tmp_path / "progress.sqlite3") as opened:
        yield opened
