"""Every notebook runs in JupyterLab in a real browser the way a learner runs it.

nbval proves the kernel side; this proves what a learner sees: JupyterLab served on
127.0.0.1 (free port, token, temporary root and CAREERKIT_HOME, nothing of the
user's own Jupyter settings), each notebook opened in headless Debian Chromium,
Run All from the Run menu, then no error output, no "Error displaying widget",
every widget drawn, and one learner interaction from tests/browser_interactions.py.
A screenshot per notebook lands in artifacts/screenshots/, with one per chart and widget
(``<notebook>-view-<k>.png``) so the views a learner meets can be looked at.

Accessibility: axe-core (the npm package, installed by ``make test`` into the ignored
tests/.axe/, never from a CDN) checks the page after Run All and again after the learner's
interaction. A violation inside the workbook's own content (a cell's output or its rendered
Markdown) fails the test; JupyterLab's own chrome is reported (printed, and written to
artifacts/axe/) but does not fail it, since the workbook cannot change it.

Playwright never downloads a browser here: the test uses /usr/bin/chromium and
skips only when it is missing outside CI (CI=true turns that into a failure).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browser_interactions import INTERACTIONS, Click, Expect, Select, Type

from careerkit.teaching.lint import NOTEBOOKS_DIR, notebook_paths

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]  # containers often give /dev/shm 64 MB, too little for a tab
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
AXE_JS = ROOT / "tests" / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_REPORTS = ROOT / "artifacts" / "axe"
WORKBOOK_CONTENT = ".jp-OutputArea-output, .jp-RenderedMarkdown"
"""What the workbook itself puts on the page: outputs of its cells and its rendered Markdown."""
MAX_VIEW_SHOTS = 12
NOTEBOOKS = notebook_paths(NOTEBOOKS_DIR)
RUN_TIMEOUT_MS = 60_000
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
STDERR_MIME = "application/vnd.jupyter.stderr"
NOTEBOOK = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook"

# The Lab settings a fresh learner would not have, and none that would distract a
# headless run: every cell kept in the page (no windowing), no news toast.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}
PAGE_CONFIG = {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}

# True when every code cell shows [1], [2], ... in order (a fresh kernel ran them all),
# or when nothing is queued any more and an error output stopped the run.
RUN_FINISHED_JS = """([notebook, stderr]) => {
  const prompts = [...document.querySelectorAll(notebook + ' .jp-CodeCell .jp-InputPrompt')].map(p => p.textContent.trim());
  const allRan = prompts.every((p, i) => p === `[${i + 1}]:`);
  const queued = prompts.some(p => p.includes('*'));
  const failed = document.querySelector(`${notebook} .jp-OutputArea-output[data-mime-type="${stderr}"]`) !== null;
  return allRan || (!queued && failed);
}"""

WIDGETS_SETTLED_JS = """([notebook, mime]) => [...document.querySelectorAll(
  `${notebook} .jp-OutputArea-output[data-mime-type="${mime}"]`)].every(
  o => o.querySelector('.jupyter-widgets') || o.textContent.includes('Error displaying widget'))"""


# Cells of the workbook's tables that the page right-aligns (JupyterLab's own rule for output tables).
RIGHT_ALIGNED_JS = """(notebook) => [...document.querySelectorAll(notebook + ' table.careerkit-table td, '
  + notebook + ' table.careerkit-table th')].filter(c => getComputedStyle(c).textAlign !== 'left').length"""

# Every violation node, marked as the workbook's own (inside a cell's output or Markdown) or Lab's chrome.
AXE_RUN_JS = """async ([notebook, owned]) => {
  const result = await axe.run(document, {elementRef: true, resultTypes: ['violations']});
  return result.violations.flatMap(v => v.nodes.map(n => ({
    rule: v.id, impact: v.impact, help: v.help, target: n.target.join(' '),
    html: n.html.slice(0, 300), summary: (n.failureSummary || '').slice(0, 400),
    workbook: Boolean(n.element && n.element.closest(owned) && n.element.closest(notebook)),
  })));
}"""


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _progress(capsys, message: str) -> None:
    """Progress goes past pytest's capture: a slow browser run should not look hung."""
    with capsys.disabled():
        print(f"\n[browser] {message}", flush=True)


def _write_lab_config(base: Path) -> dict[str, Path]:
    dirs = {name: base / name for name in ("root", "home", "config", "settings", "workspaces", "runtime", "ipython")}
    for path in dirs.values():
        path.mkdir()
    for name, settings in LAB_SETTINGS.items():
        target = dirs["settings"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(settings))
    (dirs["config"] / "labconfig").mkdir()
    (dirs["config"] / "labconfig" / "page_config.json").write_text(json.dumps(PAGE_CONFIG))
    for notebook in NOTEBOOKS:
        shutil.copy(notebook, dirs["root"] / notebook.name)
    return dirs


def _lab_environment(dirs: dict[str, Path]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        CAREERKIT_HOME=str(dirs["home"]),
        JUPYTER_CONFIG_DIR=str(dirs["config"]),
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        IPYTHONDIR=str(dirs["ipython"]),
    )
    return env


def _wait_until_serving(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"JupyterLab exited with code {server.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"JupyterLab did not answer {url} within 90 s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def browser_lab_server(tmp_path_factory):
    """A private JupyterLab: (base URL, token, the CAREERKIT_HOME its kernels use)."""
    base = tmp_path_factory.mktemp("browser-lab")
    dirs = _write_lab_config(base)
    port, token = _free_port(), secrets.token_hex(16)
    log = base / "jupyter.log"
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={dirs['root']}",
        f"--LabApp.user_settings_dir={dirs['settings']}", f"--LabApp.workspaces_dir={dirs['workspaces']}",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.extension_manager=readonly",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    with log.open("w") as output:
        server = subprocess.Popen(command, env=_lab_environment(dirs), stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(f"{url}/api/status?token={token}", server, log)
        yield url, token, dirs["home"]
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def browser_chromium():
    """A page context in Debian's Chromium driven by Playwright; never a downloaded browser."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing; install Debian's chromium (make chromium)"
        if _in_ci():
            pytest.fail(f"{message}: CI must run the browser test")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            # One context for all notebooks: Lab's scripts load from cache after the first.
            yield browser.new_context(viewport={"width": 1280, "height": 1600})
        finally:
            browser.close()


def _kernel_connected(url: str, token: str, name: str) -> bool:
    with urllib.request.urlopen(f"{url}/api/sessions?token={token}", timeout=5) as response:
        sessions = json.load(response)
    return any(
        session["path"] == name and session["kernel"]["execution_state"] == "idle" and session["kernel"]["connections"] > 0
        for session in sessions
    )


def _shut_down_kernels(url: str, token: str) -> None:
    """One kernel at a time: the machine running the tests is shared."""
    with urllib.request.urlopen(f"{url}/api/sessions?token={token}", timeout=5) as response:
        sessions = json.load(response)
    for session in sessions:
        request = urllib.request.Request(f"{url}/api/sessions/{session['id']}?token={token}", method="DELETE")
        urllib.request.urlopen(request, timeout=15).close()


def _start_kernel(url: str, token: str, name: str) -> None:
    """Start the notebook's session before the page loads; Lab joins it, and the two overlap."""
    body = json.dumps({"path": name, "name": name, "type": "notebook", "kernel": {"name": "python3"}}).encode()
    request = urllib.request.Request(f"{url}/api/sessions?token={token}", data=body, method="POST", headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=30).close()


def _open_notebook(page, url: str, token: str, name: str) -> None:
    """Open ``name`` and wait until its kernel is up and the page is connected to it.

    The toolbar says "idle" before any kernel exists, so the server's own session
    list is asked first; Run All sent earlier would be dropped.
    """
    _start_kernel(url, token, name)
    page.goto(f"{url}/lab/tree/{name}?reset&token={token}")
    page.locator(f"{NOTEBOOK} .jp-Cell").first.wait_for(timeout=30_000)
    deadline = time.monotonic() + 30
    while not _kernel_connected(url, token, name):
        if time.monotonic() > deadline:
            raise AssertionError(f"{name}: no idle kernel connected to the page within 30 s")
        time.sleep(0.25)
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=30_000)


def _run_all(page) -> None:
    page.locator(".lm-MenuBar-item", has_text="Run").first.click()
    page.locator(".lm-Menu-item[data-command='runmenu:run-all']").click()
    page.wait_for_function(RUN_FINISHED_JS, arg=[NOTEBOOK, STDERR_MIME], timeout=RUN_TIMEOUT_MS)
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=RUN_TIMEOUT_MS)
    page.wait_for_function(WIDGETS_SETTLED_JS, arg=[NOTEBOOK, WIDGET_MIME], timeout=15_000)


def _cells_not_run(page) -> list[str]:
    prompts = page.locator(f"{NOTEBOOK} .jp-CodeCell .jp-InputPrompt").all_inner_texts()
    return [f"code cell {k}: prompt {p.strip()!r}" for k, p in enumerate(prompts, start=1) if p.strip() != f"[{k}]:"]


def _error_outputs(page) -> list[str]:
    """Every stderr output a learner would see, a warning as much as a traceback (widget outputs included)."""
    texts = page.locator(f"{NOTEBOOK} .jp-OutputArea-output[data-mime-type='{STDERR_MIME}']").all_inner_texts()
    return [text[-1500:] for text in texts if text.strip()]


def _displays_widgets(notebook: Path) -> bool:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return any(cell["cell_type"] == "code" and "careerkit.widgets" in "".join(cell["source"]) for cell in cells)


def _axe(page, notebook: Path, moment: str, capsys) -> list[str]:
    """axe-core over the page; returns the workbook's own violations (written, with Lab's, to artifacts/axe/)."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS.relative_to(ROOT)} is missing: run `make axe` (npm install --prefix tests/.axe axe-core@4)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    found = page.evaluate(AXE_RUN_JS, [NOTEBOOK, WORKBOOK_CONTENT])
    AXE_REPORTS.mkdir(parents=True, exist_ok=True)
    (AXE_REPORTS / f"{notebook.stem}-{moment}.json").write_text(json.dumps(found, indent=1))
    chrome = sorted({f"{node['rule']} ({node['impact']})" for node in found if not node["workbook"]})
    if chrome:
        _progress(capsys, f"{notebook.name} {moment}: JupyterLab chrome (reported, not failed): {', '.join(chrome)}")
    return [f"{node['rule']} ({node['impact']}): {node['help']} at {node['target']}: {node['html']}"
            for node in found if node["workbook"]]


def _view_screenshots(page, notebook: Path) -> None:
    """Each chart and widget the notebook shows, as its own picture: the views a reviewer checks."""
    for old in SCREENSHOTS.glob(f"{notebook.stem}-view-*.png"):
        old.unlink()
    charts = page.locator(f"{NOTEBOOK} .jp-OutputArea-output:has(figure.careerkit-chart)")
    views = page.locator(f"{NOTEBOOK} .jp-OutputArea-output:has(> .jupyter-widgets)")
    shown = [charts.nth(k) for k in range(charts.count())] + [views.nth(k) for k in range(views.count())]
    for k, view in enumerate(shown[:MAX_VIEW_SHOTS]):
        view.scroll_into_view_if_needed(timeout=10_000)
        view.screenshot(path=str(SCREENSHOTS / f"{notebook.stem}-view-{k + 1}.png"))


def _play(page, steps) -> None:
    from playwright.sync_api import expect

    notebook = page.locator(NOTEBOOK)
    for step in steps:
        if isinstance(step, Expect):
            # the visible copy: a chart's description also sits, folded away, under its picture
            expect(notebook.get_by_text(step.text).locator("visible=true").first).to_be_visible(timeout=10_000)
            continue
        target = notebook.locator(step.target).locator("visible=true").first
        target.scroll_into_view_if_needed(timeout=10_000)
        if isinstance(step, Click):
            target.click()
        elif isinstance(step, Select):
            target.select_option(label=step.option)
        elif isinstance(step, Type):
            target.fill(step.text)
        else:
            raise ValueError(f"tests/browser_interactions.py: unknown step {step!r}; use Click, Select, Type or Expect")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_runs_in_jupyterlab_and_answers_a_learner(notebook, browser_chromium, browser_lab_server, capsys):
    url, token, _home = browser_lab_server
    steps = INTERACTIONS.get(notebook.name)
    assert steps, f"{notebook.name} has no learner interaction; add one to tests/browser_interactions.py"
    started = time.monotonic()
    _progress(capsys, f"notebook {NOTEBOOKS.index(notebook) + 1} of {len(NOTEBOOKS)}: {notebook.name} ...")
    page = browser_chromium.new_page()
    phases = []
    try:
        _open_notebook(page, url, token, notebook.name)
        phases.append(f"open {time.monotonic() - started:.1f} s")
        _run_all(page)
        phases.append(f"run all {time.monotonic() - started:.1f} s")
        assert _error_outputs(page) == [], f"{notebook.name} shows an error output"
        assert _cells_not_run(page) == [], f"{notebook.name}: Run All did not run every cell"
        widget_text = page.locator(NOTEBOOK).inner_text()
        assert "Error displaying widget" not in widget_text
        if _displays_widgets(notebook):
            assert page.locator(f"{NOTEBOOK} .jupyter-widgets").count() > 0, f"{notebook.name} imports careerkit.widgets but no widget was drawn"
        assert page.evaluate(RIGHT_ALIGNED_JS, NOTEBOOK) == 0, f"{notebook.name}: a table's text is not left-aligned"
        after_run = _axe(page, notebook, "run-all", capsys)
        phases.append(f"axe {time.monotonic() - started:.1f} s")
        _play(page, steps)
        phases.append(f"interaction {time.monotonic() - started:.1f} s")
        assert _error_outputs(page) == [], f"{notebook.name} shows an error output after the learner's interaction"
        assert "Error displaying widget" not in page.locator(NOTEBOOK).inner_text()
        after_interaction = _axe(page, notebook, "interaction", capsys)
        assert after_run == [], f"{notebook.name}: axe-core finds in the workbook's outputs after Run All:\n" + "\n".join(after_run)
        assert after_interaction == [], (f"{notebook.name}: axe-core finds in the workbook's outputs after the "
                                         "learner's interaction:\n" + "\n".join(after_interaction))
        _view_screenshots(page, notebook)
    finally:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{notebook.stem}.png"))
        page.close()
        _shut_down_kernels(url, token)
        _progress(capsys, f"notebook {NOTEBOOKS.index(notebook) + 1} of {len(NOTEBOOKS)}: {notebook.name} done in {time.monotonic() - started:.1f} s ({', '.join(phases)})")
