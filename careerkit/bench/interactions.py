"""Widget interactions, timed in-process after a warm-up (filled in as the modules land)."""

from careerkit.bench.measure import NOT_AVAILABLE, Row

ROWS = ()


def measure(quick: bool) -> list[Row]:
    return []
