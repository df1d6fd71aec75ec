"""Kernel memory: a kernel's resident set after the heaviest notebook vs the floor any chart pays.

The floor kernel imports pandas, ipywidgets and matplotlib's Figure with the Agg backend,
which every notebook of the workbook needs before careerkit adds anything; the target row's
ratio shows what careerkit's content, wages, widgets and charts add on top. A second row
shows the floor against a bare ``import pandas, ipywidgets`` kernel, for scale.
RSS is read from /proc for the kernel process nbclient started, before it shuts down.
"""

import subprocess
import tempfile
from pathlib import Path

from careerkit.dev.bench.measure import (
    NOT_AVAILABLE,
    ROOT,
    Row,
    child_env,
    paired,
    progress,
    ratio_text,
    spread,
    verdict,
)
from careerkit.dev.bench.notebooks import workbook_notebooks

ROWS = ("memory: kernel RSS after the heaviest notebook", "memory: the floor, pandas + ipywidgets + matplotlib Agg")
TARGET = 1.25
BARE_CODE = "import pandas, ipywidgets"
MATPLOTLIB_CODE = "import pandas, ipywidgets, matplotlib.figure, matplotlib.backends.backend_agg"
"""What any matplotlib chart in a kernel costs before careerkit adds anything: the first row's baseline."""

CELL_TIMEOUT = 120
"""Seconds one cell may take. Now and then a kernel goes idle without the client hearing its
reply (seen on notebook 12, not reproducible by hand); a stall then costs two minutes and
shows in the row as a cell with an error, instead of holding the whole run."""


def vm_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"/proc/{pid}/status has no VmRSS line")


def kernel_rss(notebook, errors: list[str], name: str) -> float:
    """Run every code cell in a fresh kernel started in notebooks/; MiB resident at the end.

    The kernel talks over Unix sockets in a private folder: with TCP, kernels started at
    the same moment by other test runs can race for a port and leave a client waiting forever.
    """
    from nbclient import NotebookClient
    from traitlets.config import Config

    with tempfile.TemporaryDirectory(prefix="careerkit-bench-kernel-") as sockets:
        config = Config()
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = str(Path(sockets) / "kernel")
        client = NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3", allow_errors=True, config=config,
                                resources={"metadata": {"path": str(ROOT / "notebooks")}})
        # The kernel's own stderr is only its start-up chatter; cell errors arrive as outputs.
        with client.setup_kernel(env=child_env(), stderr=subprocess.DEVNULL):
            _run_cells(client, notebook, errors, name)
            return vm_rss_mib(client.km.provisioner.pid)


def _run_cells(client, notebook, errors: list[str], name: str) -> None:
    from nbclient.exceptions import CellTimeoutError

    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        try:
            client.execute_cell(cell, index)
        except CellTimeoutError:
            errors.append(f"{name} cell {index} (no reply in {CELL_TIMEOUT} s)")
            return
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            errors.append(f"{name} cell {index}")


def bare_notebook(code: str = BARE_CODE):
    import nbformat

    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])


def _run_notebook(path: Path, errors: list[str]):
    import nbformat

    return lambda: kernel_rss(nbformat.read(path, as_version=4), errors, path.name)


def _run_bare(errors: list[str], code: str = BARE_CODE, name: str = "bare kernel"):
    return lambda: kernel_rss(bare_notebook(code), errors, name)


def _heaviest(notebooks: list[Path], errors: list[str]) -> Path:
    """The notebook whose kernel ends up largest; each is run once to find it."""
    if len(notebooks) == 1:
        return notebooks[0]
    survey = {}
    for number, path in enumerate(notebooks, 1):
        progress(f"memory: notebook {number} of {len(notebooks)}: {path.name}")
        survey[path] = _run_notebook(path, errors)()
    return max(survey, key=survey.get)


def measure(quick: bool) -> list[Row]:
    notebooks = workbook_notebooks(quick)
    if not notebooks:
        return [Row(ROWS[0], verdict=f"{NOT_AVAILABLE} (no notebooks in notebooks/)")]
    errors: list[str] = []
    heaviest = _heaviest(notebooks, errors)
    rounds = 1 if quick else 3
    rss, floor, ratios = paired(_run_notebook(heaviest, errors), _run_bare(errors, MATPLOTLIB_CODE, "floor kernel"),
                                rounds, f"memory: {heaviest.name} vs floor kernel")
    floor_again, bare, floor_ratios = paired(_run_bare(errors, MATPLOTLIB_CODE, "floor kernel"), _run_bare(errors),
                                             rounds, "memory: floor kernel vs bare kernel")
    note = f"; cells with errors: {', '.join(sorted(set(errors)))}" if errors else ""
    return [Row(ROWS[0], f"{spread(rss, ' MiB', 0)} after {heaviest.name}",
                f"floor kernel {spread(floor, ' MiB', 0)}", ratio_text(ratios), f"<= {TARGET}x",
                verdict(ratios, TARGET) + note),
            Row(ROWS[1], spread(floor_again, " MiB", 0), f"bare kernel {spread(bare, ' MiB', 0)}",
                ratio_text(floor_ratios), "none: for scale", "")]
