"""Voila: a per-learner home on a hub, a one-learner notice on a standalone server, exports served, plain messages.

The unit tests set the variables Voila and JupyterHub give a kernel; the browser test
serves a copy of the notebooks with Voila on 127.0.0.1 (free port, temporary
CAREERKIT_HOME), opens notebooks 08 and 12 in Debian's Chromium and uses one widget in
each, then downloads the hand-in through Voila's file route.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from careerkit.learning.progress import home_dir
from careerkit.present import serving
from careerkit.widgets import CareerPlanner, ProgressDashboard
from careerkit.widgets.base import file_links_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
RENDER_TIMEOUT_MS = 180_000


@pytest.fixture
def in_voila(monkeypatch):
    monkeypatch.setenv("SERVER_SOFTWARE", "voila/0.5.13")
    monkeypatch.setenv("SCRIPT_NAME", "/voila/render/notebooks/12_career_plan.ipynb")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)


def test_on_a_hub_each_learner_gets_a_home_of_their_own(monkeypatch):
    monkeypatch.delenv("CAREERKIT_HOME")
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    shared = home_dir()
    monkeypatch.setenv("JUPYTERHUB_USER", "ann")
    ann = home_dir()
    monkeypatch.setenv("JUPYTERHUB_USER", "../bob")
    bob = home_dir()
    assert ann != bob and ann.parent == bob.parent and ann.is_relative_to(shared)
    assert ann.name == "ann" and bob.name == "_bob"
    monkeypatch.setenv("CAREERKIT_HOME", "/srv/careerkit/ann")
    assert home_dir() == Path("/srv/careerkit/ann"), "a home the hub sets wins"


def test_a_standalone_voila_app_says_it_serves_one_learner(in_voila, store):
    assert serving.app_notice() == serving.ONE_LEARNER_NOTICE
    assert "serves one learner" in ProgressDashboard(store, {}).notice.value
    assert "serves one learner" in CareerPlanner(current="Help desk technician", target="IT manager", store=store).notice.value


def test_no_notice_in_jupyterlab_or_on_a_hub(store, monkeypatch):
    monkeypatch.delenv("SERVER_SOFTWARE", raising=False)
    assert serving.app_notice() == "" and ProgressDashboard(store, {}).notice.value == ""
    monkeypatch.setenv("SERVER_SOFTWARE", "voila/0.5.13")
    monkeypatch.setenv("JUPYTERHUB_USER", "ann")
    assert serving.app_notice() == ""


def test_in_voila_links_use_its_file_route_and_messages_hide_server_paths(in_voila, store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CAREERKIT_EXPORTS")
    view = ProgressDashboard(store, {})
    view.learner_name.value = "Ann"
    view.export_json.click()
    links = view.files.outputs[0]["data"]["text/html"]
    assert 'href="/voila/files/notebooks/careerkit-exports/careerkit-Ann.json"' in links
    assert str(tmp_path) not in view.message.value and "careerkit-exports/careerkit-Ann.json" in view.message.value
    elsewhere = file_links_html([Path("/somewhere/else/plan.md")])
    assert "/somewhere" not in elsewhere and "JupyterLab" not in elsewhere
    planner = CareerPlanner(current="Help desk technician", target="IT manager", store=store)
    assert not Path(planner.export_path.value).is_absolute()
    planner.export.click()
    assert str(tmp_path) not in planner.message.value and "JupyterLab" not in planner.message.value


def test_single_notebook_voila_serves_files_beside_the_notebook(monkeypatch):
    monkeypatch.setenv("SERVER_SOFTWARE", "voila/0.5.13")
    monkeypatch.setenv("SCRIPT_NAME", "/")
    assert serving.file_href("careerkit-exports/a b.json") == "/voila/files/careerkit-exports/a%20b.json"
    monkeypatch.setenv("SCRIPT_NAME", "/user/ann/voila/render/12_career_plan.ipynb")
    assert serving.file_href("careerkit-exports/x.json") == "/user/ann/voila/files/careerkit-exports/x.json"


def test_voila_json_allows_the_exports_folder_and_nothing_else_new():
    allow = json.loads((ROOT / "voila.json").read_text())["VoilaConfiguration"]["file_allowlist"]

    def served(path):
        return any(re.fullmatch(pattern, path, re.IGNORECASE) for pattern in allow)

    assert served("notebooks/careerkit-exports/careerkit-Ann.json") and served("careerkit-exports/plan-a-to-b.md")
    assert not served("notebooks/12_career_plan.ipynb") and not served("data/roles.csv")
    assert not served(".local/share/careerkit/progress.sqlite3")


# ---------------------------------------------------------------- the real thing, in a browser


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory):
    """Voila serving a copy of the notebooks (with the repository's voila.json) on 127.0.0.1."""
    if not CHROMIUM.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is missing: CI must run the Voila browser test")
        pytest.skip(f"{CHROMIUM} is missing; install Debian's chromium (make chromium)")
    base = tmp_path_factory.mktemp("voila")
    shutil.copytree(ROOT / "notebooks", base / "notebooks", ignore=shutil.ignore_patterns("careerkit-exports", "_build"))
    shutil.copyfile(ROOT / "voila.json", base / "voila.json")
    env = {key: value for key, value in os.environ.items() if key not in {"CAREERKIT_EXPORTS", "JUPYTERHUB_USER"}}
    env.update(CAREERKIT_HOME=str(base / "home"), JUPYTER_CONFIG_DIR=str(base / "config"), MPLBACKEND="Agg")
    port = _free_port()
    command = [sys.executable, "-m", "voila", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
               "--show_tracebacks=True", "notebooks"]
    with open(base / "voila.log", "w") as log:
        server = subprocess.Popen(command, cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"Voila exited with code {server.returncode}:\n{(base / 'voila.log').read_text()[-3000:]}")
            try:
                urllib.request.urlopen(f"{url}/voila/tree", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield url, base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="module")
def voila_page(voila_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_context(viewport={"width": 1280, "height": 1600}).new_page()
        finally:
            browser.close()


@pytest.mark.browser
def test_voila_salary_explorer_answers_a_click(voila_server, voila_page):
    url, _base = voila_server
    page = voila_page
    page.goto(f"{url}/voila/render/08_salary_exploration.ipynb", timeout=RENDER_TIMEOUT_MS)
    button = page.locator(".widget-toggle-buttons button:has-text('all states')").first
    button.wait_for(timeout=RENDER_TIMEOUT_MS)
    button.click()
    # the chart's own description is folded (hidden) under it; wait for the visible "chart in words"
    page.locator("p:visible", has_text="IT manager (11-3021): every state. Annual wages").first.wait_for(timeout=60_000)
    assert page.locator("text=Traceback").count() == 0


@pytest.mark.browser
def test_voila_career_plan_hands_in_a_file_that_voila_serves(voila_server, voila_page):
    url, base = voila_server
    page = voila_page
    page.goto(f"{url}/voila/render/12_career_plan.ipynb", timeout=RENDER_TIMEOUT_MS)
    page.get_by_text("This app serves one learner").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    page.locator(".widget-text:has-text('Your name') input").fill("Ann Lee")
    page.locator("button:has-text('Hand in (JSON)')").click()
    link = page.locator("a[download='careerkit-Ann-Lee.json']")
    link.wait_for(timeout=60_000)
    message = page.locator("text=Saved 1 file").first.inner_text()
    links = link.locator("xpath=../..").inner_text()
    assert str(base) not in message + links and "JupyterLab" not in message + links
    response = page.request.get(url + link.get_attribute("href"))
    assert response.status == 200, f"the hand-in link answered {response.status}"
    assert response.json()["learner_name"] == "Ann Lee" and "reflections" not in response.json()["tables"]
    assert page.request.get(f"{url}/voila/files/12_career_plan.ipynb").status == 403
