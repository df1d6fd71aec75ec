"""CareerPlanner driven from Python the way a learner clicks it."""


from careerkit.assessment import Assessment
from careerkit.widgets import CareerPlanner


def test_the_benchmark_plan_shows_route_steps_and_wages(store):
    view = CareerPlanner("Help desk technician", "IT manager", area="Austin", store=store)
    assert view.plan is not None and len(view.plan.steps) == 3
    assert "Wages for Austin-Round Rock-San Marcos, TX" in view.message.value
    assert "Route from Help desk technician to IT manager in 3 moves" in view.alt_text.value
    assert "<h4>Move 3 of 3: Technical lead -&gt; IT manager</h4>" in view.steps.value
    assert "Median" in view.steps.value and "Caveats" in view.steps.value


def test_changing_a_dropdown_replans_and_errors_are_shown(store):
    view = CareerPlanner("Help desk technician", "IT manager", store=store)
    view.target.value = "help-desk-technician"
    assert view.plan is None
    assert "No plan." in view.message.value and "the same (Help desk technician)" in view.message.value
    view.target.value = "it-director"
    assert [role.title for role in view.plan.roles][-1] == "IT director"
    view.area.value = "Atlantis"
    assert "No OEWS area called &#x27;Atlantis&#x27;" in view.message.value


def test_product_manager_shows_why_there_is_no_wage(store):
    view = CareerPlanner("Entry-level data analyst", "Product manager", store=store)
    assert "has no SOC occupation code" in view.steps.value


def test_nothing_chosen_asks_for_roles(store):
    view = CareerPlanner(store=store)
    assert view.plan is None
    assert "Choose your current role and a target role" in view.message.value


def test_export_writes_the_file_it_names_with_gaps_and_restores_the_plan(store, tmp_path):
    Assessment({"skill:business-acumen": 1}).save(store)
    view = CareerPlanner("Help desk technician", "IT manager", area="Texas", store=store)
    view.export_path.value = str(tmp_path / "out" / "plan.md")
    view.export.click()
    written = tmp_path / "out" / "plan.md"
    assert f"Plan saved to {written}" in view.message.value
    text = written.read_text(encoding="utf-8")
    assert "- Wages for: Texas" in text and "- Business acumen: you rated 1 - not yet" in text
    restored = CareerPlanner(store=store)
    assert (restored.current.value, restored.target.value, restored.area.value) == (
        "help-desk-technician", "it-manager", "Texas",
    )


def test_a_bad_export_path_is_shown_not_raised(store, tmp_path):
    view = CareerPlanner("Help desk technician", "IT manager", store=store)
    view.export_path.value = str(tmp_path / "plan.txt")
    view.export.click()
    assert "Not saved." in view.message.value and "should end in .md" in view.message.value
