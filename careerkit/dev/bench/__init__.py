"""Benchmarks that print every performance ratio the project has a target for.

Run ``careerkit bench`` (or ``make bench``); ``--quick`` is the short run the
test suite uses. Each module measures one thing and returns table rows; ``report``
prints them, writes ``artifacts/bench.md`` and can refresh the README's block.
Figures never make anything fail: a ratio over its target is reported, not enforced.
"""
