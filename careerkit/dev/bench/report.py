"""The table, as plain text for the terminal and as Markdown for artifacts/ and the README.

Figures only make sense with the machine they came from, so every Markdown copy carries
the date, core count, memory, CPU model and Python version.
"""

import datetime
import os
import platform
import re
from pathlib import Path

from careerkit.dev.bench.measure import Row
from careerkit.present.files import write_text_atomic

HEADERS = ("Measurement", "Result: median (min-max)", "Baseline", "Ratio: median (min-max)", "Target", "Verdict")
README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"


def _cells(row: Row) -> tuple[str, ...]:
    return (row.measurement, row.result, row.baseline, row.ratio, row.target, row.verdict)


def text_table(rows: list[Row]) -> str:
    lines = [HEADERS, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADERS))]
    rendered = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in lines]
    rendered.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(rendered)


def _markdown_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(rows: list[Row]) -> str:
    lines = [HEADERS, ("---",) * len(HEADERS), *(_cells(row) for row in rows)]
    return "\n".join("| " + " | ".join(_markdown_cell(cell) for cell in line) + " |" for line in lines)


def _meminfo_gib() -> str:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return f"{int(line.split()[1]) / 1024**2:.1f} GiB RAM"
    return "RAM unknown"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "CPU model unknown"


def machine() -> str:
    """One line naming when and where the figures were taken."""
    cores = len(os.sched_getaffinity(0))
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    return f"{today}; {cores} cores (nproc); {_meminfo_gib()}; {_cpu_model()}; Python {platform.python_version()}"


def markdown(rows: list[Row], mode: str) -> str:
    return (
        f"Benchmarks ({mode} run), {machine()}.\n\n{markdown_table(rows)}\n\n"
        "Ratios are taken pair by pair in one run (A and B alternately) and their median is shown. "
        "Regenerate with `make bench` (or `careerkit bench --update-readme`).\n"
    )


def write_markdown(path: Path, text: str) -> None:
    write_text_atomic(path, text)


def update_readme(readme: Path, text: str) -> None:
    """Replace what lies between the bench markers, leaving the rest of the README as it is."""
    original = readme.read_text(encoding="utf-8")
    for marker in (README_START, README_END):
        if original.count(marker) != 1:
            raise ValueError(f"{readme}: expected exactly one line {marker!r}, found {original.count(marker)}; "
                             f"add {README_START} and {README_END} where the benchmark table belongs")
    pattern = re.compile(re.escape(README_START) + ".*?" + re.escape(README_END), re.S)
    if not pattern.search(original):
        raise ValueError(f"{readme}: {README_END} must come after {README_START}")
    block = f"{README_START}\n{text.rstrip()}\n{README_END}"
    write_text_atomic(readme, pattern.sub(lambda _: block, original))
