"""The layers in the README hold: imports go downward, at module top, with no cycles."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "careerkit"
MEASURES_IMPORTS = ("dev",)
"""careerkit.dev times imports and widget builds, so it imports what it measures inside functions."""


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path, ast.parse(path.read_text(encoding="utf-8"))


def _careerkit_imports(node) -> list[str]:
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("careerkit"):
        return [node.module]
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name.startswith("careerkit")]
    return []


def test_layer_contracts_hold():
    """import-linter reads the contracts from pyproject.toml: the same check `make test` runs."""
    result = subprocess.run([Path(sys.executable).parent / "lint-imports"], capture_output=True, text=True,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


def test_careerkit_imports_sit_at_module_top():
    nested = []
    for name, path, tree in _modules():
        if name.split(".")[1:2] and name.split(".")[1] in MEASURES_IMPORTS:
            continue
        top = set(map(id, tree.body))
        for node in ast.walk(tree):
            if _careerkit_imports(node) and id(node) not in top:
                nested.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert nested == [], "careerkit imports inside functions: " + ", ".join(nested)


def _graph() -> dict[str, set[str]]:
    graph = {}
    modules = {name for name, _, _ in _modules()}
    for name, _, tree in _modules():
        targets = set()
        for node in tree.body:
            for module in _careerkit_imports(node):
                if isinstance(node, ast.ImportFrom):
                    candidates = [f"{module}.{alias.name}" for alias in node.names]
                    targets.update(c for c in candidates if c in modules)
                targets.add(module)
        graph[name] = {target for target in targets if target in modules and target != name}
    return graph


def _cycle(graph):
    state, stack = {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return stack[stack.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycles():
    graph = _graph()
    packages = {name for name in graph if (PACKAGE.parent / name.replace(".", "/") / "__init__.py").exists()}
    without_package_inits = {name: targets - packages for name, targets in graph.items() if name not in packages}
    assert _cycle(without_package_inits) is None


def test_a_cycle_is_found_when_there_is_one():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("view", sorted(p.stem for p in (PACKAGE / "widgets").glob("*.py") if p.stem != "__init__"))
def test_views_share_helpers_only_through_base(view):
    tree = ast.parse((PACKAGE / "widgets" / f"{view}.py").read_text(encoding="utf-8"))
    others = {module for node in tree.body for module in _careerkit_imports(node)
              if module.startswith("careerkit.widgets") and module != "careerkit.widgets.base"}
    assert others == set()


def test_importing_careerkit_stays_cheap():
    code = "import sys, careerkit; print(sorted({'pandas', 'ipywidgets', 'matplotlib', 'yaml'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
