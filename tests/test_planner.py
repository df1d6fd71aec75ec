"""The career planner as a learner and a notebook use it: routes, steps, wages and the Markdown export."""

import dataclasses
from collections import deque

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from careerkit import content
from careerkit.content import wages
from careerkit.career.assessment import Assessment
from careerkit.career.planner import NO_NUMBER, PlanError, plan, route
from careerkit.present.markdown import plan_markdown, write_plan

ROLE_IDS = sorted(content.roles()["id"])


@pytest.fixture(scope="module")
def austin_plan():
    return plan("Help desk technician", "IT manager", area="Austin")


def test_benchmark_help_desk_to_it_manager_in_austin(austin_plan):
    titles = [role.title for role in austin_plan.roles]
    assert titles == ["Help desk technician", "Systems administrator", "Technical lead", "IT manager"]
    assert austin_plan.area_name == "Austin-Round Rock-San Marcos, TX"
    for step in austin_plan.steps:
        assert step.skills, step.label
        assert step.certifications, step.label
        assert step.wage.band.area.name == "Austin-Round Rock-San Marcos, TX"
        assert step.wage.band.median > 0
    assert [step.years for step in austin_plan.steps] == ["about 2-5 years", NO_NUMBER, NO_NUMBER]


def test_each_step_names_its_skills_certifications_and_soc_mapping(austin_plan):
    first, second, third = austin_plan.steps
    assert "Specialisation" in [skill.name for skill in first.skills]
    assert [cert.name for cert in first.certifications] == [
        "AWS Solutions Architect", "Certified Information Security Manager",
    ]
    leadership = [skill.name for skill in second.skills if skill.kind == "required"]
    assert len(leadership) == 7 and "Risk management" in leadership
    assert "PMP" in [cert.name for cert in second.certifications]
    assert "ITIL" in third.certifications[0].label
    assert third.wage.note.startswith("SOC 2018 11-3021 Computer and Information Systems Managers")
    assert any("interpretation" in caveat for caveat in third.wage.caveats)


def test_total_years_is_a_sum_only_when_the_seeds_give_every_figure(austin_plan):
    one_move = plan("Help desk technician", "Systems administrator")
    assert one_move.total_years.text == "about 2-5 years in total (the sum of the seeds' figures)"
    total = austin_plan.total_years
    assert total.years_min is None
    assert total.text == (
        "No total: the seeds give no number for 2 move(s): "
        "Systems administrator -> Technical lead; Technical lead -> IT manager."
    )


def test_seed_moves_win_ties_over_our_interpretation():
    titles = [role.title for role in plan("Systems administrator", "IT manager").roles]
    assert "IT supervisor" not in titles
    assert titles == ["Systems administrator", "Technical lead", "IT manager"]


def test_an_interpreted_move_says_so():
    step = plan("Technical lead", "IT operations manager").steps[0]
    assert step.basis.startswith("our reading of the seeds")


def test_certifications_are_not_repeated_along_a_long_route():
    long_plan = plan("QA tester", "CTO")
    named = [cert.id for step in long_plan.steps for cert in step.certifications]
    assert len(named) == len(set(named))
    assert long_plan.steps[-1].certifications == ()


def test_a_role_without_a_soc_code_shows_the_reason_instead_of_wages():
    step = plan("Entry-level data analyst", "Product manager").steps[0]
    assert step.wage.band is None
    assert "has no SOC occupation code" in step.wage.note
    assert "No wage band: BLS publishes no wage for 'Product manager'" in plan_markdown(plan(
        "data analyst", "product manager"
    ))


def test_a_target_below_the_current_role_is_refused_naming_both():
    with pytest.raises(PlanError, match=r"Help desk technician \(entry stage\) is below IT manager \(executive stage\)"):
        plan("IT manager", "Help desk technician")


def test_an_unreachable_target_is_refused_naming_both():
    with pytest.raises(PlanError, match="No route from Software engineer to Systems administrator"):
        plan("Software engineer", "Systems administrator")


def test_the_same_role_twice_is_refused():
    with pytest.raises(PlanError, match=r"the same \(IT manager\)"):
        plan("IT manager", "it-manager")


def test_unknown_role_and_area_errors_reach_the_caller():
    with pytest.raises(content.ContentError, match="No role called 'Wizard'"):
        plan("Wizard", "IT manager")
    with pytest.raises(wages.UnknownArea):
        plan("Help desk technician", "IT manager", area="Atlantis")


def test_markdown_has_every_part_and_is_deterministic(austin_plan):
    text = plan_markdown(austin_plan)
    assert text == plan_markdown(austin_plan)
    assert text.startswith("# Career plan: Help desk technician to IT manager\n")
    for expected in (
        "- Wages for: Austin-Round Rock-San Marcos, TX",
        "## Move 1 of 3: Help desk technician -> Systems administrator",
        "Time: about 2-5 years.",
        "Time: the seeds give no number.",
        "### Skills to gain",
        "### Certifications to consider",
        "| Median | $",
        "Caveats:",
        "`000_d887b3264116e4a0.txt#mid-level`",
        "## Sources",
    ):
        assert expected in text, expected
    assert "Prepared" not in text
    assert "- Prepared: 2026-01-05" in plan_markdown(austin_plan, date="2026-01-05")


def test_a_top_coded_figure_reads_or_more(austin_plan):
    step = austin_plan.steps[-1]
    band = dataclasses.replace(step.wage.band, lower_bounds=frozenset({"p90"}))
    capped = dataclasses.replace(step, wage=dataclasses.replace(step.wage, band=band))
    changed = dataclasses.replace(austin_plan, steps=(*austin_plan.steps[:-1], capped))
    assert f"| 90th percentile | ${band.p90:,} or more |" in plan_markdown(changed)


def test_export_writes_markdown_with_the_self_assessment_gaps(austin_plan, tmp_path):
    ratings = Assessment({"skill:risk-management": 2, "trait:adaptability": 4}, bar=3, target="IT manager")
    path = write_plan(austin_plan, tmp_path / "plans" / "my-plan.md", assessment=ratings, date="2026-01-05")
    text = path.read_text(encoding="utf-8")
    assert "## Self-assessment gaps" in text
    assert "- Risk management: you rated 2 - beginning, your bar is 3 - developing" in text
    assert "Adaptability:" not in text.split("## Self-assessment gaps")[1].split("Not rated yet")[0]
    with pytest.raises(ValueError, match=r"plan.txt should end in .md"):
        write_plan(austin_plan, tmp_path / "plan.txt")


def test_plan_to_dict_names_the_route(austin_plan):
    assert austin_plan.to_dict() == {
        "current": "help-desk-technician",
        "target": "it-manager",
        "area": "Austin",
        "route": ["help-desk-technician", "systems-administrator", "technical-lead", "it-manager"],
    }


# ---------------------------------------------------------------- properties of routes


def _edges():
    frame = content.moves()
    return set(zip(frame["from_role"], frame["to_role"]))


EDGES = _edges()


def _distance(start: str, goal: str) -> int | None:
    """Plain breadth-first search, written independently of the planner's."""
    seen, queue = {start: 0}, deque([start])
    while queue:
        here = queue.popleft()
        for source, destination in EDGES:
            if source == here and destination not in seen:
                seen[destination] = seen[here] + 1
                queue.append(destination)
    return seen.get(goal)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ROLE_IDS), st.sampled_from(ROLE_IDS))
def test_any_reachable_route_is_a_shortest_walk_over_moves(current, target):
    assume(current != target)
    distance = _distance(current, target)
    assume(distance is not None)
    stops = [role.id for role in plan(current, target).roles]
    assert stops[0] == current and stops[-1] == target
    assert all(edge in EDGES for edge in zip(stops, stops[1:]))
    assert len(stops) == len(set(stops))
    assert len(stops) - 1 == distance


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(ROLE_IDS), st.sampled_from(ROLE_IDS))
def test_an_unreachable_target_always_raises_a_plan_error(current, target):
    assume(current != target and _distance(current, target) is None)
    with pytest.raises(PlanError, match="below|No route"):
        route(current, target)
