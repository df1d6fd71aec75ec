"""``careerkit bench``: measure everything, print the table, write artifacts/bench.md.

A section that fails still prints its rows, with the error as the verdict (and the
traceback on stderr), so one broken module never hides the other figures.
"""

import argparse
import importlib
import sys
import traceback
from pathlib import Path

from careerkit.dev.bench import report
from careerkit.dev.bench.measure import ROOT, Row, learner_home, progress

SECTIONS = ("load", "interactions", "notebooks", "memory", "store")


def _arguments(argv, prog: str = "careerkit bench"):
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer repeats and a subset (for CI); every row still printed")
    parser.add_argument("--update-readme", action="store_true", help="replace the README's bench:start/bench:end block")
    parser.add_argument("--output", type=Path, default=ROOT / "artifacts" / "bench.md",
                        help="where the Markdown table goes")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md", help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=SECTIONS, action="append", help="measure only this section (repeatable)")
    return parser.parse_args(argv)


def _section_rows(name: str, quick: bool) -> list[Row]:
    module = importlib.import_module(f"careerkit.dev.bench.{name}")
    progress(f"{name}: starting")
    try:
        with learner_home():
            rows = module.measure(quick)
    except Exception as error:  # shown in the table and on stderr, never swallowed
        traceback.print_exc()
        return [Row(measurement, verdict=f"error: {type(error).__name__}: {error}") for measurement in module.ROWS]
    measured = {row.measurement for row in rows}
    return rows + [Row(m, verdict="error: not measured") for m in module.ROWS if m not in measured]


def main(argv=None, prog: str = "careerkit bench") -> int:
    options = _arguments(argv, prog)
    rows = [row for name in options.only or SECTIONS for row in _section_rows(name, options.quick)]
    print(report.text_table(rows), flush=True)
    text = report.markdown(rows, "quick" if options.quick else "full")
    report.write_markdown(options.output, text)
    progress(f"wrote {options.output}")
    if options.update_readme:
        report.update_readme(options.readme, text)
        progress(f"updated {options.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
