"""The wheel is the package a JupyterHub image installs: it must work from any folder, without the repository."""

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from careerkit.content.locations import DATA_DIR, NOTEBOOKS_DIR

ROOT = Path(__file__).resolve().parent.parent

SMOKE = """
import json, sys
import careerkit
from careerkit import content, wages
from careerkit.widgets import QuizWidget, SalaryExplorer
from careerkit.learning.questionbank import default_bank
roles = content.roles()
explorer = SalaryExplorer(role=roles["title"].iloc[0], area="national", chart=False)
quiz = QuizWidget(default_bank().sample(n=2, seed=1))
print(json.dumps({"file": careerkit.__file__, "roles": len(roles), "wage_rows": len(wages.table()),
                  "error": explorer.error.value}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True, timeout=600)
    return next(out.glob("careerkit-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding only the wheel; its dependencies come from this environment's
    site-packages on PYTHONPATH, which (unlike a .pth) never loads the editable checkout."""
    venv = tmp_path_factory.mktemp("venv") / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet",
                    "--no-deps", str(wheel)], check=True, capture_output=True, timeout=300)
    return venv


def _run(venv: Path, *args, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"] + os.pathsep + sysconfig.get_paths()["platlib"],
           "CAREERKIT_HOME": str(cwd / "home"), "CAREERKIT_EXPORTS": str(cwd / "exports")}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_wheel_carries_every_data_file_and_notebook(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {"careerkit/data": (DATA_DIR, ("*.csv", "*.yaml", "*.json", "questions/*.yaml")),
               "careerkit/notebooks": (NOTEBOOKS_DIR, ("*.ipynb", "*.md"))}
    for packaged, (folder, patterns) in shipped.items():
        expected = {f"{packaged}/{path.relative_to(folder).as_posix()}" for pattern in patterns for path in folder.glob(pattern)}
        assert expected and expected <= names, sorted(expected - names)[:5]


def test_content_wages_and_widgets_work_from_another_folder(installed, tmp_path):
    result = _run(installed, str(installed / "bin" / "python"), "-c", SMOKE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["file"].startswith(str(installed)), "imported the checkout instead of the wheel"
    assert seen["roles"] > 0 and seen["wage_rows"] > 0 and seen["error"] == ""


def test_the_command_copies_the_notebooks_out(installed, tmp_path):
    helped = _run(installed, str(installed / "bin" / "careerkit"), "--help", cwd=tmp_path)
    assert helped.returncode == 0 and "notebooks" in helped.stdout and "check-data" in helped.stdout
    copied = _run(installed, str(installed / "bin" / "careerkit"), "notebooks", str(tmp_path / "mine"), cwd=tmp_path)
    assert copied.returncode == 0, copied.stderr
    assert sorted(p.name for p in (tmp_path / "mine").glob("*.ipynb")) == sorted(p.name for p in NOTEBOOKS_DIR.glob("*.ipynb"))
