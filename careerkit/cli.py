"""The ``careerkit`` command: one entry point for learners' setup, instructors' tools and developers' checks.

Each subcommand lives in the module that holds its logic and exposes ``main(argv) -> int``;
this file only names them. ``careerkit SUBCOMMAND --help`` shows each one's options.
A subcommand that needs an extra (``careerkit[dev]``, ``careerkit[workshop]``) says which
to install instead of failing with an import error.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from importlib import import_module


@dataclass(frozen=True)
class Command:
    module: str
    summary: str
    extra: str = ""
    """The pip extra whose packages the module imports, named when one is missing."""


COMMANDS = {
    "notebooks": Command("careerkit.teaching.handout", "copy the workbook's notebooks into a folder of your own"),
    "check-data": Command("careerkit.content.check", "check a folder of content tables and list every error"),
    "lint": Command("careerkit.teaching.lint", "check notebooks against the workbook's skeleton"),
    "guide": Command("careerkit.teaching.guide", "rebuild notebooks/INSTRUCTOR_GUIDE.md from the notebooks"),
    "class-report": Command("careerkit.teaching.report", "write the class report (item analysis) from hand-ins"),
    "book": Command("careerkit.teaching.book", "build the workbook as a static site (Jupyter Book 1)", extra="workshop"),
    "recall": Command("careerkit.teaching.recall", "write practice copies of the notebooks (answers folded away)"),
    "export": Command("careerkit.teaching.exports", "export jupyterquiz JSON, an Anki deck or a gradebook CSV",
                      extra="workshop"),
    "bench": Command("careerkit.dev.bench.__main__", "run the speed and memory benchmarks", extra="dev"),
    "build-wages": Command("careerkit.dev.wagebuild", "rebuild data/wages.csv from the BLS OEWS database", extra="dev"),
    "canada-wages": Command("careerkit.content.canada_wages", "fetch Canada's Job Bank wages (ESDC open data) on request, or show their status"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerkit",
        description="careerkit: a Jupyter workbook on IT career paths in North America.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="subcommands:\n" + "\n".join(f"  {name:<14}{command.summary}" for name, command in COMMANDS.items())
        + "\n\nRun 'careerkit SUBCOMMAND --help' for the options of one.",
    )
    parser.add_argument("subcommand", choices=COMMANDS, metavar="SUBCOMMAND", help="one of the subcommands below")
    parser.add_argument("args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def _load(name: str, command: Command):
    try:
        return import_module(command.module)
    except ModuleNotFoundError as error:
        if command.extra and not (error.name or "").startswith("careerkit"):
            raise SystemExit(
                f"careerkit {name} needs the '{command.extra}' extra ({error.name} is not installed): "
                f"pip install 'careerkit[{command.extra}]'"
            ) from None
        raise


def main(argv: list[str] | None = None) -> int:
    options = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    command = COMMANDS[options.subcommand]
    module = _load(options.subcommand, command)
    return module.main(options.args, prog=f"careerkit {options.subcommand}")


if __name__ == "__main__":
    raise SystemExit(main())
