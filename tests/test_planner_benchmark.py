"""Timing of the planner, roadmap and self-assessment: prints figures, never fails on time.

Run ``pytest -s tests/test_planner_benchmark.py`` to see them. Budgets from the
brief: a plan and a self-assessment update well under 20 ms (chart excluded), a
chart redraw under 150 ms.
"""

import statistics
import time

import pytest

from careerkit.career import assessment, planner, roadmap
from careerkit.present import assessment_chart, roadmap_chart, route_chart


def _median_ms(action, repeats: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds; CPU time shows the cost when other jobs share the machine."""
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _cold_plan():
    planner.wage_for.cache_clear()
    return planner.plan("Help desk technician", "IT manager", area="Austin")


@pytest.mark.bench
def test_print_timings():
    _cold_plan()
    ratings = assessment.Assessment({"skill:team-leadership": 2})
    board = roadmap.Roadmap()
    austin = _cold_plan()
    cases = {
        "plan, wages cached": (lambda: planner.plan("Help desk technician", "IT manager", area="Austin"), 20),
        "plan, wages looked up": (_cold_plan, 5),
        "self-assessment update": (lambda: (ratings.rate("trait:adaptability", 2), ratings.gaps()), 50),
        "roadmap status and progress": (lambda: (board.set_status("qa-tester", "done"), board.progress()), 50),
        "route chart, built": (lambda: route_chart.chart(austin), 3),
        "assessment chart, built": (lambda: assessment_chart.chart(ratings), 3),
        "roadmap chart (all tracks), built": (lambda: roadmap_chart.chart(board), 3),
        "route chart, built and PNG": (lambda: route_chart.chart(austin).png(), 2),
    }
    for name, (action, repeats) in cases.items():
        wall, cpu = _median_ms(action, repeats)
        print(f"{name:38s} wall {wall:8.1f} ms   cpu {cpu:8.1f} ms")
    assert len(austin.steps) == 3
