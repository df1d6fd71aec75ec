"""The package never evaluates text, never loads YAML unsafely and never reaches the network.

A learner's kernel may run on a shared JupyterHub; careerkit reads only its own data/ and
the learner's store. The static check reads every module's syntax tree (no grep that a
comment could fool); the run-time check refuses every socket connection while a learner's
usual path runs, so a hidden download would fail here first.
"""

import ast
import socket
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "careerkit"
MODULES = sorted(PACKAGE.rglob("*.py"))
BANNED_CALLS = {"eval", "exec", "compile", "__import__"}
NETWORK_MODULES = {"socket", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib"}


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"


def test_the_package_has_modules_to_check():
    assert len(MODULES) > 20


def test_no_eval_exec_or_dynamic_code():
    found = [
        _where(path, node) for path in MODULES for node in ast.walk(_tree(path))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BANNED_CALLS
    ]
    assert found == []


NETWORK_ALLOWED = PACKAGE / "content" / "canada_wages.py"
"""The one module allowed a network connection: ``careerkit canada-wages fetch``, run on request."""


def _imports(path: Path):
    """(node, dotted module name) for every import in a module, ``from a import b`` giving a and a.b."""
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            yield from ((node, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node, node.module
            yield from ((node, f"{node.module}.{alias.name}") for alias in node.names)


def test_no_network_module_is_imported_outside_the_fetch_module():
    found = [
        f"{_where(path, node)} imports {name}"
        for path in MODULES if path != NETWORK_ALLOWED
        for node, name in _imports(path) if name.split(".")[0] in NETWORK_MODULES
    ]
    assert found == []
    assert any(name.startswith("urllib") for _, name in _imports(NETWORK_ALLOWED))  # the rule is not vacuous


def test_nothing_imports_the_fetch_module():
    """Only the command line reaches canada_wages, by name (cli.COMMANDS), so no learner's path loads it."""
    found = [
        f"{_where(path, node)} imports {name}"
        for path in MODULES for node, name in _imports(path) if name == "careerkit.content.canada_wages"
    ]
    assert found == []
    from careerkit.cli import COMMANDS

    assert COMMANDS["canada-wages"].module == "careerkit.content.canada_wages"


def _module(path: Path):
    import importlib

    return importlib.import_module(".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts))


def _is_safe_loader(loader) -> bool:
    """Safe means SafeConstructor's tags only: FullConstructor and UnsafeConstructor build Python objects."""
    from yaml.constructor import FullConstructor, SafeConstructor

    return isinstance(loader, type) and issubclass(loader, SafeConstructor) and not issubclass(loader, FullConstructor)


def _yaml_loads(path: Path):
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in {"load", "load_all"}:
            if isinstance(node.func.value, ast.Name) and node.func.value.id == "yaml":
                yield node, next((k.value for k in node.keywords if k.arg == "Loader"), node.args[1] if len(node.args) > 1 else None)


def test_yaml_is_only_loaded_safely():
    """Every yaml.load / load_all names its Loader, and that loader (looked up in its module) is safe."""
    unsafe, checked = [], 0
    for path in MODULES:
        for node, loader in _yaml_loads(path):
            checked += 1
            named = isinstance(loader, ast.Name) and _is_safe_loader(getattr(_module(path), loader.id, None))
            dotted = isinstance(loader, ast.Attribute) and ast.unparse(loader) in {"yaml.SafeLoader", "yaml.CSafeLoader"}
            if not (named or dotted):
                unsafe.append(_where(path, node))
    assert unsafe == [] and checked > 0


def test_content_yaml_refuses_python_tags(tmp_path):
    from careerkit.content.loaders import ContentError, _read_yaml

    bad = tmp_path / "use_cases.yaml"
    bad.write_text("cases: !!python/object/apply:os.system ['echo unsafe']\n", encoding="utf-8")
    with pytest.raises(ContentError, match="use_cases.yaml"):
        _read_yaml(bad)


def test_a_learners_usual_path_opens_no_connection(monkeypatch, tmp_path):
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError(f"careerkit tried to connect to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    from careerkit import content
    from careerkit.career import planner, salary
    from careerkit.content import wages
    from careerkit.learning.questionbank import default_bank
    from careerkit.present.markdown import plan_markdown
    from careerkit.present.salary_chart import chart as salary_chart
    from careerkit.widgets import FlashcardDeck, QuizWidget, RoleExplorer, SalaryExplorer

    content.glossary(), content.roles(), wages.table()
    QuizWidget(default_bank().sample(n=3, seed=1))
    FlashcardDeck()
    RoleExplorer()
    SalaryExplorer(role="IT manager", area="Austin")
    salary_chart(salary.band("IT manager", "Austin")).png()
    plan_markdown(planner.plan("Help desk technician", "IT manager", area="Austin"))
    assert attempts == []
