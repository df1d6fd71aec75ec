"""CareerPlanner driven from Python the way a learner clicks it."""


from careerkit.career.assessment import Assessment
from careerkit.widgets import CareerPlanner


def test_the_benchmark_plan_shows_route_steps_and_wages(store):
    view = CareerPlanner("Help desk technician", "IT manager", area="Austin", store=store)
    assert view.plan is not None and len(view.plan.steps) == 3
    assert "Wages for Austin-Round Rock-San Marcos, TX" in view.message.value
    assert "Route from Help desk technician to IT manager in 3 moves" in view.alt_text.value
    assert "Move 3 of 3: Technical lead -&gt; IT manager</h" in view.steps.value
    assert "Canada: NOC 2021" in view.steps.value
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


def test_the_default_export_lands_in_careerkit_exports(store, careerkit_exports):
    view = CareerPlanner("Help desk technician", "IT manager", store=store)
    written = careerkit_exports / "plan-help-desk-technician-to-it-manager.md"
    assert view.export_path.value == str(written)
    view.export.click()
    assert written.exists() and f"Plan saved to {written}" in view.message.value


def test_beside_the_notebook_the_export_gets_a_link_to_open_or_download_it(store, tmp_path, monkeypatch):
    monkeypatch.delenv("CAREERKIT_EXPORTS")
    monkeypatch.chdir(tmp_path)
    view = CareerPlanner("Help desk technician", "IT manager", store=store)
    assert view.saved_file.outputs == ()
    view.export.click()
    written = tmp_path / "careerkit-exports" / "plan-help-desk-technician-to-it-manager.md"
    assert written.exists() and f"Plan saved to {written}" in view.message.value
    link = view.saved_file.outputs[0]["data"]["text/html"]
    assert '<a href="careerkit-exports/plan-help-desk-technician-to-it-manager.md" target="_blank">' in link
    assert 'download="plan-help-desk-technician-to-it-manager.md"' in link


def test_a_bad_export_path_is_shown_not_raised(store, tmp_path):
    view = CareerPlanner("Help desk technician", "IT manager", store=store)
    view.export_path.value = str(tmp_path / "plan.txt")
    view.export.click()
    assert "Not saved." in view.message.value and "should end in .md" in view.message.value


def test_an_exported_plan_is_saved_under_the_notebook_and_reset_with_it(store, tmp_path):
    view = CareerPlanner("Help desk technician", "IT manager", store=store, notebook="12_career_plan")
    view.export_path.value = str(tmp_path / "plan.md")
    view.export.click()
    assert list(store.plans()["notebook"]) == ["12_career_plan"]
    assert store.reset("notebook 12_career_plan", confirm="notebook 12_career_plan") == 1
    assert store.plan() is None
    assert CareerPlanner(store=store).current.value is None


def test_both_countries_side_by_side_never_merged(store):
    from careerkit import content
    from careerkit.content import wages

    view = CareerPlanner(current="Help desk technician", target="IT manager", area="Austin", store=store)
    assert view.both_countries.value == "" and view.canada_place.layout.display == "none"
    view.country.value = "United States and Canada"
    shown = view.both_countries.value
    assert view.canada_place.layout.display == ""
    assert "never merged or converted" in shown
    for role in view.plan.roles:
        found = content.find_role(role.id)
        assert role.title in shown and found["noc_code"] in shown
    assert wages.FETCH_COMMAND in shown  # no Job Bank file in a fresh home: it says how to fetch one
    view.country.value = "United States"
    assert view.both_countries.value == ""
