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


def bls_cell(soc_code: str, area_name: str) -> dict[str, str]:
    """One row of data/wages.csv read as plain text, so a test compares what a view shows with
    the file itself instead of a figure copied from today's output (a wage refresh changes both)."""
    import csv

    from careerkit.content.locations import DATA_DIR

    with open(DATA_DIR / "wages.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["soc_code"] == soc_code and row["area_name"] == area_name:
                return row
    raise LookupError(f"no wages.csv row for {soc_code} in {area_name}")


def dollars(text: str) -> str:
    """'129890' as a learner reads it: '$129,890'."""
    return f"${int(text):,}"


@pytest.fixture
def texas_security():
    """Information Security Analysts (15-1212) in Texas: the cell several views show."""
    row = bls_cell("15-1212", "Texas")
    return {name: dollars(row[f"annual_{name}"]) for name in ("p10", "p25", "median", "p75", "p90")}


@pytest.fixture
def data(tmp_path):
    """A private copy of data/ (tables, documents and wage files) that a test may break."""
    import shutil

    from careerkit.content.locations import DATA_DIR

    for path in DATA_DIR.iterdir():
        if path.suffix in (".csv", ".yaml", ".json"):
            shutil.copy(path, tmp_path / path.name)
    return tmp_path


def edit_cell(path, line: int, column: str, value: str) -> None:
    """Set one cell of a CSV file, counting lines as an editor does (header = line 1)."""
    import csv

    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    rows[line - 1][rows[0].index(column)] = value
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
