"""The role explorer: filters, a role's profile, and the view a learner drives."""

import pytest

from careerkit.career.roles import RoleCatalogue


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
    assert "PMP, issuer not named in the seeds; project management" in profile.section("Certifications").lines
    assert any(line.startswith("IT manager (seed 001's leadership pathway") for line in profile.section("Next moves").lines)
    assert any(line.startswith("Software engineer (seed 000's stage order") for line in profile.section("Ways in").lines)


def test_soc_mapping_is_always_shown_as_an_interpretation(catalogue):
    soc = catalogue.profile("cybersecurity-analyst").section("SOC 2018 occupation")
    assert soc.lines[0].startswith("15-1212 Information Security Analysts. Why: SOC 2018 codes people")
    assert "this project's interpretation" in soc.note


def test_wages_national_by_default_and_in_an_area(catalogue):
    national = catalogue.profile("Cybersecurity analyst").section("Wages")
    assert national.lines[0].startswith("Information Security Analysts (15-1212) nationally: median $")
    assert "OEWS May 2025" in national.lines[0]
    assert "not career levels" in national.note
    texas = catalogue.profile("Cybersecurity analyst", area="TX").section("Wages")
    assert "in Texas: median $129,890" in texas.lines[0]


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
    assert "in Texas: median $129,890" in explorer.detail.value


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
