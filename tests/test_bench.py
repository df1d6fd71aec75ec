"""The benchmark command runs end to end and prints every row; its figures never fail a test."""

import subprocess
import sys
from pathlib import Path

import pytest

from careerkit.dev.bench import interactions, load, memory, notebooks, report, store
from careerkit.dev.bench.measure import Row

pytestmark = pytest.mark.bench

ROOT = Path(__file__).resolve().parent.parent
EVERY_ROW = (*load.ROWS, *interactions.ROWS, *notebooks.ROWS, *memory.ROWS, *store.ROWS)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bench")
    readme = folder / "README.md"
    readme.write_text("# careerkit\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\nThe end.\n")
    finished = subprocess.run(
        [sys.executable, "-m", "careerkit.dev.bench", "--quick", "--update-readme",
         "--output", str(folder / "bench.md"), "--readme", str(readme)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    return finished, folder


def test_quick_run_prints_a_table_row_for_every_measurement(quick_run):
    finished, _ = quick_run
    assert finished.returncode == 0, finished.stderr
    printed = [line.split("  ")[0] for line in finished.stdout.splitlines()]
    for measurement in EVERY_ROW:
        assert measurement in printed, f"no row for {measurement!r} in:\n{finished.stdout}"


def test_quick_run_reports_progress_on_stderr(quick_run):
    finished, _ = quick_run
    assert "[bench] load: pair 1 of 2" in finished.stderr
    assert "[bench] interactions: quiz answer check" in finished.stderr


def test_markdown_copy_names_the_machine_and_holds_every_row(quick_run):
    _, folder = quick_run
    text = (folder / "bench.md").read_text()
    assert "cores (nproc)" in text and "GiB RAM" in text and "Python 3." in text
    assert all(f"| {measurement} |" in text for measurement in EVERY_ROW)


def test_update_readme_replaces_only_the_marked_block(quick_run):
    _, folder = quick_run
    readme = (folder / "README.md").read_text()
    assert "old table" not in readme
    assert readme.startswith("# careerkit\n\n<!-- bench:start -->\nBenchmarks (quick run)")
    assert readme.endswith("<!-- bench:end -->\n\nThe end.\n")


def test_readme_without_markers_is_refused_with_what_to_add(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# careerkit\n")
    with pytest.raises(ValueError, match=r"README.md: expected exactly one line '<!-- bench:start -->', found 0"):
        report.update_readme(readme, "table")
    assert readme.read_text() == "# careerkit\n"


def test_markdown_table_escapes_pipes_in_cells():
    table = report.markdown_table([Row("a | b", "1 s")])
    assert "| a \\| b | 1 s |" in table
