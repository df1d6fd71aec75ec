"""What a caller of careerkit.content sees: typed tables, a forgiving role lookup."""

import pytest
from seed_checklist import ROLE_TITLES

from careerkit import content
from careerkit.content import ContentError


def test_roles_have_lists_and_nullable_steps():
    roles = content.roles()
    cto = roles.set_index("id").loc["chief-technology-officer"]
    assert cto["aliases"] == ["CTO"]
    assert cto["pathway_step"] == 5
    assert str(roles["pathway_step"].dtype) == "Int64"


def test_a_caller_cannot_corrupt_the_cache():
    first = content.roles()
    first.loc[0, "title"] = "changed"
    first.loc[1, "aliases"].append("changed")
    again = content.roles()
    assert again.loc[0, "title"] != "changed"
    assert "changed" not in again.loc[1, "aliases"]


@pytest.mark.parametrize("name", ["CTO", "chief technology officer", "chief-technology-officer", "  Cto "])
def test_find_role_by_id_title_or_alias(name):
    assert content.find_role(name)["id"] == "chief-technology-officer"


def test_find_role_suggests_close_titles():
    with pytest.raises(ContentError, match="No role called 'sofware enginer'. Did you mean: Software engineer"):
        content.find_role("sofware enginer")


def test_find_role_with_no_close_match_points_to_roles():
    with pytest.raises(ContentError, match=r"No role called 'astronaut'. See careerkit.content.roles\(\)"):
        content.find_role("astronaut")


def test_glossary_terms_in_seed_order_with_categories_of_two_or_more():
    glossary = content.glossary()
    assert list(glossary["number"]) == list(range(1, 12))
    assert glossary["category"].value_counts().min() >= 2
    assert "BI" in glossary.set_index("id").loc["data-analytics-business-intelligence", "synonyms"]


def test_stages_only_mid_has_years():
    stages = content.stages().set_index("id")
    assert (stages.loc["mid", "years_min"], stages.loc["mid", "years_max"]) == (2, 5)
    assert stages.drop("mid")["years_min"].isna().all()


def test_required_skills_are_the_seven_in_seed_order():
    skills = content.skills()
    assert list(skills.loc[skills["kind"] == "required", "id"]) == [
        "technical-expertise", "strategic-thinking", "project-management", "team-leadership",
        "communication-collaboration", "risk-management", "business-acumen",
    ]


def test_docstring_examples_still_hold():
    import doctest

    assert doctest.testmod(content, optionflags=doctest.ELLIPSIS).failed == 0


def test_loader_docstrings_list_every_column():
    for name in ["roles", "glossary", "moves"]:
        doc = getattr(content, name).__doc__
        for column in getattr(content, name)().columns:
            assert f"{column} (" in doc


def test_use_cases_are_frozen_and_say_what_is_interpretation():
    case = content.use_cases()[0]
    assert case.role == "chief-technology-officer"
    assert case.actions[0].number == 1 and case.goals[0].id == "efficiency"
    with pytest.raises(AttributeError):
        case.title = "changed"
    assert "interpretation" in content.use_case_note()


def test_load_all_checks_every_file():
    everything = content.load_all()
    seed_titles = {title.casefold() for titles in ROLE_TITLES.values() for title in titles}
    assert seed_titles <= {title.casefold() for title in everything["roles"]["title"]}
    assert everything["leadership_pay"].open_ended_high
