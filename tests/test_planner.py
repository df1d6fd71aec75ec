"""The career planner as a learner and a notebook use it: routes, steps, wages and the Markdown export."""

import dataclasses
from collections import deque

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from careerkit import content
from careerkit.career.assessment import Assessment
from careerkit.career.planner import NO_NUMBER, PlanError, plan, route
from careerkit.content import wages
from careerkit.content.citations import HASHED_NAME
from careerkit.present.markdown import plan_markdown, write_plan

ROLE_IDS = sorted(content.roles()["id"])


@pytest.fixture(scope="module")
def austin_plan():
    return plan("Help desk technician", "IT manager", area="Austin")


def test_benchmark_help_desk_to_it_manager_in_austin(austin_plan):
    titles = [role.title for role in austin_plan.roles]
    # Network engineer, not systems administrator: its move to technical lead is drawn by seed 001's pathway
    # (step 1 to step 2); both moves out of help desk are the workbook's own reading, so they tie
    assert titles == ["Help desk technician", "Network engineer", "Technical lead", "IT manager"]
    assert [step.move.basis for step in austin_plan.steps] == ["interpretation", "pathway", "pathway"]
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
    assert third.wage.note.startswith("US: SOC 2018 11-3021 Computer and Information Systems Managers")
    noc = content.find_role("IT manager")
    assert f"Canada: NOC 2021 {noc['noc_code']} {noc['noc_title']} (TEER {noc['teer']}, fit {noc['noc_fit']})" in third.wage.note
    assert any("interpretation" in caveat for caveat in third.wage.caveats)


def test_total_years_is_a_sum_only_when_the_seeds_give_every_figure(austin_plan):
    one_move = plan("Help desk technician", "Systems administrator")
    assert one_move.total_years.text == "about 2-5 years in total (the sum of the seeds' figures)"
    total = austin_plan.total_years
    assert total.years_min is None
    assert total.text == (
        "No total: the seeds give no number for 2 move(s): "
        "Network engineer -> Technical lead; Technical lead -> IT manager."
    )


def test_seed_moves_win_ties_over_our_interpretation():
    titles = [role.title for role in plan("Systems administrator", "IT manager").roles]
    assert "IT supervisor" not in titles
    assert titles == ["Systems administrator", "Technical lead", "IT manager"]


def test_an_interpreted_move_says_so():
    step = plan("Technical lead", "IT operations manager").steps[0]
    assert step.basis.startswith("the workbook's own reading")


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
        f"## Move 1 of 3: {austin_plan.steps[0].label}",
        "Time: about 2-5 years.",
        "Time: the seeds give no number.",
        "**New skills on this move:**",
        "**Certifications that fit the infrastructure track:**",
        "| Median | $",
        "## Caveats on the wages",
        "- Career paths in IT, from entry level to executive: mid-level paragraph",
        "## Sources",
    ):
        assert expected in text, expected
    assert "Prepared" not in text
    assert "- Prepared: 2026-01-05" in plan_markdown(austin_plan, date="2026-01-05")
    assert not HASHED_NAME.search(text)


def test_the_plan_starts_with_the_goal_three_dated_actions_and_evidence(austin_plan):
    text = plan_markdown(austin_plan, date="2026-01-05", goal="Lead an infrastructure team in Austin")
    head = text.split("## Move 1")[0]
    assert "- Goal: Lead an infrastructure team in Austin" in head
    actions = head.split("## Next three actions")[1].split("##")[0]
    dated = [line for line in actions.strip().splitlines() if line[:1].isdigit()]
    assert [line.split(":")[0] for line in dated] == ["1. By 2026-01-19", "2. By 2026-02-16", "3. By 2026-03-30"]
    assert "## Evidence to collect" in head
    assert "- Goal: become IT manager" in plan_markdown(austin_plan)


def test_skills_are_named_once_through_the_canonical_list(austin_plan):
    text = plan_markdown(plan("QA tester", "CTO"))
    moves = text.split("## Move ")[1:]
    named = [line[2:].split(" (")[0] for move in moves for line in move.split("**Certifications")[0].splitlines()
             if line.startswith("- ") and not line.startswith("- None") and not line.startswith("- Also")]
    assert len(named) == len(set(named))
    for near_duplicate in ("Team leadership", "Leadership", "Communication", "Senior leadership"):
        assert f"- {near_duplicate} (" not in text
    assert "Leadership and team management" in text


def test_certifications_fit_the_routes_track(austin_plan):
    text = plan_markdown(plan("Help desk technician", "Systems administrator"))
    move = text.split("## Move 1 of 1")[1]
    fitting = move.split("**Certifications")[1].split("**Wages")[0]
    for other_track in ("AWS Solutions Architect", "Certified Information Security Manager"):
        assert f"- {other_track}" not in fitting
        assert other_track in fitting.split("Left out, for other tracks:")[1]


def test_wage_caveats_appear_once_for_the_whole_plan(austin_plan):
    text = plan_markdown(austin_plan)
    assert text.count("## Caveats on the wages") == 1
    caveat = austin_plan.steps[0].wage.caveats[-1]
    assert text.count(caveat.replace("*", "\\*")) <= 1 and "Caveats:" not in text


def test_each_move_fits_on_one_screen(austin_plan):
    """About 45 lines of Markdown is a screen; a move (skills, certifications, wages) stays inside that."""
    moves = plan_markdown(plan("QA tester", "CTO")).split("## Move ")[1:]
    assert all(len(move.split("\n## ")[0].splitlines()) <= 45 for move in moves)


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
        "route": ["help-desk-technician", "network-engineer", "technical-lead", "it-manager"],
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


def test_only_seed_drawn_moves_are_called_seed_moves_and_the_planner_prefers_them():
    """Seed 000 places roles in stages but draws no move; only seed 001's pathway draws moves."""
    moves = content.moves()
    assert "stage" not in set(moves["basis"])
    for step in plan("Entry-level data analyst", "Chief information officer").steps:
        if step.move.basis == "interpretation":
            assert step.basis == "the workbook's own reading: no seed draws this move"
    route = [role.id for role in plan("Software engineer", "IT manager").roles]
    assert route == ["software-engineer", "technical-lead", "it-manager"]  # pathway moves all the way


def test_technical_lead_and_technical_team_lead_are_one_step_with_no_move_between_them():
    roles = content.roles().set_index("id")
    assert roles.loc["technical-lead", "stage"] == roles.loc["technical-team-lead", "stage"]
    assert roles.loc["technical-lead", "pathway_step"] == roles.loc["technical-team-lead", "pathway_step"] == 2
    moves = content.moves()
    between = moves[moves["from_role"].isin(["technical-lead", "technical-team-lead"])
                    & moves["to_role"].isin(["technical-lead", "technical-team-lead"])]
    assert between.empty
