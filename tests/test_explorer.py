"""The role explorer: filters, a role's profile, and the view a learner drives."""

import pytest
from conftest import bls_cell, dollars

from careerkit import content
from careerkit.career.roles import RoleCatalogue
from careerkit.content import wages


@pytest.fixture(scope="module")
def catalogue():
    return RoleCatalogue()


def test_filters_by_stage_track_and_alias(catalogue):
    assert ("Cybersecurity analyst", "cybersecurity-analyst") in catalogue.filter(stage="mid")
    assert [title for title, _ in catalogue.filter(stage="senior", track="security")] == ["Security architect"]
    assert [title for title, _ in catalogue.filter(text="cto")] == ["IT director", "Chief technology officer"]
    assert catalogue.filter(stage="entry", track="management") == []


def test_unknown_filter_values_are_named(catalogue):
    with pytest.raises(ValueError, match="unknown stage 'junior'; choose 'All' or one of: entry, executive, mid, senior"):
        catalogue.filter(stage="junior")


def test_profile_gathers_stage_pathway_skills_certifications_and_moves(catalogue):
    profile = catalogue.profile("Technical lead")
    assert profile.section("Leadership pathway").lines == (
        "Step 2 of 5 on seed 001's leadership pathway: technical leadership role.",
    )
    assert any(line.startswith("Focus: Lead big projects") for line in profile.section("The senior level stage").lines)
    assert any(line.startswith("Guiding and mentoring:") for line in profile.section("Skills").lines)
    pmp = content.certifications().set_index("abbreviation").loc["PMP"]
    assert f"PMP, {pmp['issuer']}; project management. Before you can hold it: {pmp['requirements']}" in profile.section("Certifications").lines
    assert "Project Management Institute" in pmp["issuer"] and "36 months" in pmp["requirements"]
    assert any(line.startswith("IT manager (seed 001's leadership pathway") for line in profile.section("Next moves").lines)
    assert any(line.startswith("Software engineer (seed 001's leadership pathway") for line in profile.section("Ways in").lines)
    assert any(line.startswith("Data engineer (this project's interpretation") for line in profile.section("Ways in").lines)


def test_profile_shows_soc_and_noc_side_by_side(catalogue):
    profile = catalogue.profile("Software engineer")
    role = content.find_role("Software engineer")
    names = [section.heading for section in profile.sections]
    assert names.index("NOC 2021 occupation (Canada)") == names.index("SOC 2018 occupation") + 1
    noc = profile.section("NOC 2021 occupation (Canada)")
    assert noc.lines[0].startswith(f"{role['noc_code']} {role['noc_title']} (fit: {role['noc_fit']})")
    assert noc.lines[1].startswith(f"TEER {role['teer']}: ") and role["noc_code"][1] == str(role["teer"])
    none = catalogue.profile("Product manager").section("NOC 2021 occupation (Canada)")
    assert none.lines[0].startswith("No NOC 2021 unit group fits (fit: none).") and "20012" in none.lines[0]


def test_profile_lists_other_us_readings_with_medians_from_the_wage_table(catalogue):
    lines = catalogue.profile("Entry-level data analyst").section("SOC 2018 occupation").lines
    assert any(line.startswith("O*NET reading: 15-2051.01 Business Intelligence Analysts") for line in lines)
    table = wages.table()
    for code in ("13-1161", "15-2031"):
        median = int(table[(table["soc_code"] == code) & (table["area_code"] == "0000000")]["annual_median"].iloc[0])
        assert any(line.startswith(f"Alternative SOC code: {code}") and f"${median:,} a year" in line for line in lines)
    network = " ".join(catalogue.profile("Network engineer").section("SOC 2018 occupation").lines)
    assert "15-1244" in network
    architect = " ".join(catalogue.profile("Security architect").section("SOC 2018 occupation").lines)
    assert "15-1299.05" in architect and "15-1299.08" in architect


def test_soc_mapping_is_always_shown_as_an_interpretation(catalogue):
    soc = catalogue.profile("cybersecurity-analyst").section("SOC 2018 occupation")
    assert soc.lines[0].startswith("15-1212 Information Security Analysts. Why: SOC 2018 codes people")
    assert "this project's interpretation" in soc.note


def test_wages_national_by_default_and_in_an_area(catalogue, texas_security):
    national = catalogue.profile("Cybersecurity analyst").section("Wages")
    assert national.lines[0].startswith("Information Security Analysts (15-1212) nationally: median $")
    assert "OEWS May 2025" in national.lines[0]
    assert "not career levels" in national.note
    texas = catalogue.profile("Cybersecurity analyst", area="TX").section("Wages")
    assert f"in Texas: median {texas_security['median']}" in texas.lines[0]


def test_product_manager_shows_why_there_is_no_wage(catalogue):
    profile = catalogue.profile("product-manager")
    assert profile.section("Wages").lines == (
        "No wage figures: SOC 2018 has no product-management occupation; BLS spreads such jobs "
        "over several manager and analyst codes so no single wage fits.",
    )
    assert profile.section("SOC 2018 occupation").lines[0].startswith("No SOC code.")


def test_an_unknown_area_is_explained_in_the_wage_section(catalogue):
    wages = catalogue.profile("Cybersecurity analyst", area="Texs").section("Wages")
    assert "No OEWS area called 'Texs'" in wages.lines[0] and "Close matches: Texas" in wages.lines[0]


def test_roles_without_next_moves_say_so(catalogue):
    assert catalogue.profile("CTO").section("Next moves").lines == ("None in the workbook's career graph.",)


# -- the view -------------------------------------------------------------------------


def test_view_filters_and_shows_the_chosen_role():
    from careerkit.widgets import RoleExplorer

    explorer = RoleExplorer(role="Technical lead")
    assert "<h3>Technical lead</h3>" in explorer.detail.value
    explorer.stage.value = "mid"
    assert explorer.role.value == "software-engineer"
    assert "<h3>Software engineer</h3>" in explorer.detail.value
    explorer.search.value = "cyber"
    assert explorer.role.options == (("Cybersecurity analyst", "cybersecurity-analyst"),)
    explorer.area.value = "Texas"
    assert f"in Texas: median {dollars(bls_cell('15-1212', 'Texas')['annual_median'])}" in explorer.detail.value


def test_view_says_when_nothing_matches():
    from careerkit.widgets import RoleExplorer

    explorer = RoleExplorer(stage="entry")
    explorer.track.value = "management"
    assert "No role matches these filters" in explorer.detail.value


def test_view_escapes_what_the_learner_types():
    from careerkit.widgets import RoleExplorer

    explorer = RoleExplorer(role="Data scientist")
    explorer.area.value = "<img src=x onerror=alert(1)>"
    assert "<img" not in explorer.detail.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in explorer.detail.value


def test_view_names_a_role_its_filters_hide():
    from careerkit.widgets import RoleExplorer

    with pytest.raises(ValueError, match="role 'CTO' is not in stage 'entry' and track 'All'"):
        RoleExplorer(role="CTO", stage="entry")


def test_view_shows_the_us_and_canadian_codes_side_by_side():
    from careerkit.widgets import RoleExplorer

    view = RoleExplorer(role="Software engineer")
    html = view.detail.value
    role = content.find_role("Software engineer")
    us, ca = html.index("SOC 2018 occupation"), html.index("NOC 2021 occupation (Canada)")
    flex = html.rindex("display:flex", 0, us)
    assert flex < us < ca and f"{role['noc_code']} {role['noc_title']}" in html
