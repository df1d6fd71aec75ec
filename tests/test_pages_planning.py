"""What notebooks 08, 11 and 12 show through careerkit.pages.planning: the words and figures a learner reads."""

import pytest

from careerkit import content
from careerkit.career.planner import plan
from careerkit.learning.progress import ProgressStore
from careerkit.pages import career_plan, common, education_and_certifications, salary_exploration


@pytest.fixture
def store(tmp_path):
    with ProgressStore(tmp_path / "progress.sqlite3") as opened:
        yield opened


@pytest.fixture(scope="module")
def austin_plan():
    return plan("Help desk technician", "IT manager", area="Austin")


# ---------------------------------------------------------------- 08 salaries


def test_soc_mapping_gives_every_role_its_code_and_reason():
    mapping = salary_exploration.soc_mapping()
    assert len(mapping) == 31
    manager = mapping[mapping["role"] == "IT manager"].iloc[0]
    assert manager["SOC 2018 code"] == "11-3021"
    assert manager["BLS occupation"] == "Computer and Information Systems Managers"
    assert "sample title" in manager["why this code"]
    product = mapping[mapping["role"] == "Product manager"].iloc[0]
    assert product["SOC 2018 code"] == "none"
    assert "no product-management occupation" in product["why this code"]


def test_soc_chart_says_which_roles_share_an_occupation():
    chart = salary_exploration.soc_chart()
    assert chart.alt_text.startswith("Bar chart of the workbook's 31 roles by BLS occupation")
    assert "11-3021 Computer and Information Systems Managers: 13 (IT supervisor" in chart.alt_text
    assert "no SOC code: 1 (Product manager)" in chart.alt_text


def test_coverage_names_the_release_the_areas_and_the_missing_country():
    text = salary_exploration.coverage_text()
    assert text.splitlines()[0] == "Source: U.S. Bureau of Labor Statistics, OEWS May 2025 (cross-industry, all ownerships)"
    assert "11 BLS occupations stand for 30 of the workbook's 31 roles; no occupation fits Product manager." in text
    assert "Areas: 1 national, 54 states, DC and territories, 393 metro areas, 135 nonmetropolitan areas." in text
    assert "careerkit canada-wages fetch" in text and "NOC 2021" in text
    alternatives = content.soc_alternatives()
    extra = sorted(set(alternatives.loc[alternatives["kind"] == "soc", "code"]) - set(content.roles()["soc_code"].dropna()))
    assert f"{len(extra)} other occupations, the other US readings of some roles: {', '.join(extra)}." in text


def test_canada_side_by_side_teer_split_titles_and_engineer():
    mapping = salary_exploration.noc_mapping().set_index("role")
    roles = content.roles().set_index("title")
    assert mapping.loc["Product manager", "NOC 2021 (Canada)"] == "none" and mapping.loc["Product manager", "fit"] == "none"
    assert mapping.loc["QA tester", "NOC 2021 (Canada)"].startswith(roles.loc["QA tester", "noc_code"])
    teer = salary_exploration.teer_table().set_index("TEER")
    assert int(teer["roles"].sum()) == int(roles["teer"].notna().sum())
    split = salary_exploration.split_titles()
    software = split[split["SOC 2018 (US)"].str.startswith("15-1252")].iloc[0]
    assert "21231" in software["NOC 2021 groups (Canada)"] and "21232" in software["NOC 2021 groups (Canada)"]
    engineers = salary_exploration.engineer_titles()
    assert set(engineers["role"]) == {title for title in roles.index if "engineer" in title.lower()}


def test_without_the_canadian_file_the_page_says_how_to_fetch(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERKIT_HOME", str(tmp_path))
    assert "careerkit canada-wages fetch" in salary_exploration.canada_text()
    assert "careerkit canada-wages fetch" in salary_exploration.canada_wages_table("Software engineer", "Toronto")["note"][0]


def test_top_coding_quotes_the_bls_floor_and_counts_exact_figures_above_it():
    lines = salary_exploration.top_coding_text().splitlines()
    assert lines[0] == "BLS footnote: This wage is equal to or greater than $115.00 per hour or $239,200 per year."
    assert lines[1].startswith("Annual figures published only as such a floor: 0 of ")  # the roles' own occupations
    assert lines[2].startswith("Annual figures above $239,200 that BLS still publishes exactly: ")


def test_caveats_for_a_role_and_area_start_with_the_soc_interpretation():
    text = common.caveats_text("IT manager", "Austin")
    first = text.splitlines()[0]
    assert first.startswith("- Matching 'IT manager' to the BLS occupation Computer and Information Systems Managers (11-3021)")
    assert "Percentiles describe how pay is spread" in text


# ---------------------------------------------------------------- 11 education and certifications


def test_education_lists_levels_in_the_order_a_learner_meets_them():
    table = education_and_certifications.education()
    assert list(dict.fromkeys(table["level"])) == list(education_and_certifications.EDUCATION_LEVELS.values())
    school = education_and_certifications.education("high-school")
    assert list(school["name"]) == ["Mathematics", "Computer Science", "English and Communications", "Business and Economics"]
    assert set(education_and_certifications.education("graduate")["the seed calls it optional"]) == {"yes"}


def test_an_unknown_education_level_names_the_levels_there_are():
    with pytest.raises(ValueError, match=r"No education level 'college'; choose one of: high-school, entry-route"):
        education_and_certifications.education("college")


def test_education_text_counts_each_level():
    lines = education_and_certifications.education_text().splitlines()
    assert lines[0] == "High school subjects (4): Mathematics; Computer Science; English and Communications; Business and Economics"
    assert lines[1] == "Ways into a first IT job (3): Computer science degree program; Bootcamp; Self-study"


def test_education_chart_marks_the_optional_column_in_words():
    alt = education_and_certifications.education_chart().alt_text
    assert "the last drawn dashed because the seed calls it optional" in alt
    assert "Ways into a first IT job: Computer science degree program, Bootcamp, Self-study" in alt


def test_certifications_by_stage_give_issuers_and_requirements_cited_to_the_issuers():
    table = education_and_certifications.certifications_by_stage()
    assert len(table) == 11
    assert list(dict.fromkeys(table["when"])) == [
        "Entry level", "Mid level", "Pathway step 2 (Technical lead and Technical team lead)", "Leadership and executive",
    ]
    issuers = dict(zip(table["certification"], table["issuer"]))
    assert issuers["Certified Information Security Manager (CISM)"] == "ISACA"
    assert issuers["Certified Information Systems Security Professional (CISSP)"] == "ISC2"  # (ISC)² until 2023
    cissp = table.set_index("certification").loc["Certified Information Systems Security Professional (CISSP)"]
    assert "5 years" in cissp["requirements"] and "ISC2" in cissp["requirements source"]


def test_certifications_text_groups_by_stage_and_lists_unnamed_issuers():
    text = education_and_certifications.certifications_text()
    assert text.splitlines()[0] == "11 certifications in 7 domains."
    assert "Entry level (3): A+, AWS Certified Cloud Practitioner, CCNA" in text
    assert text.endswith(f"Issuer and entry requirements from the issuers' own pages for {len(content.certifications())} of 11.")


def test_certification_chart_alt_text_places_every_certificate():
    alt = education_and_certifications.certification_chart().alt_text
    assert alt.startswith("Grid of 11 certifications")
    assert "ITIL: Leadership and executive, IT service management, issuer PeopleCert" in alt


def test_certification_quiz_asks_about_choosing_and_checking_certificates_under_notebook_11(store):
    quiz = education_and_certifications.certification_quiz(seed=2026, store=store)
    assert len(quiz) == 6
    assert {question.objective for question in quiz} == set(education_and_certifications.CERTIFICATION_OBJECTIVES)
    first = quiz.question
    quiz.answer(set(first.answers) if first.kind == "multiple" else first.answer)
    answers = store.answers()
    assert list(answers["notebook"]) == ["11_education_and_certifications"]
    assert [question.id for question in education_and_certifications.certification_quiz(seed=2026, store=store)] == [q.id for q in quiz]


def test_resources_and_advice_cite_the_leadership_article():
    table = education_and_certifications.resources_table()
    assert "Bridges in Tech" in set(table["name"])
    assert set(table["source"]) <= {"001_70d67372d1a04c0d.txt#free-resources", "001_70d67372d1a04c0d.txt#networking",
                                    "001_70d67372d1a04c0d.txt#free-resources; workbook#reasoning"}
    assert set(table.set_index("name").loc[["Gartner", "Forrester"], "cost"]) == {"partly free"}
    from careerkit.content.citations import HASHED_NAME, cite

    advice = education_and_certifications.advice_text()
    assert f"[{cite('001_70d67372d1a04c0d.txt#networking')}]" in advice and not HASHED_NAME.search(advice)


# ---------------------------------------------------------------- 12 the plan


def test_assessment_items_are_the_skills_and_the_traits_each_once():
    skills, traits, both = career_plan.assessment_items_text().splitlines()
    assert skills.startswith("7 required skills: Technical expertise, Strategic thinking")
    assert traits.startswith("7 traits: Strong communication skills") and "Strategic thinking" not in traits
    assert both == "Also a trait, asked once as a skill: Strategic thinking"


def test_my_assessment_reads_the_ratings_saved_in_the_store(store):
    store.record_self_assessment("skill:risk-management", 2)
    assessment = career_plan.my_assessment("IT manager", store=store)
    assert [gap.item.name for gap in assessment.gaps()] == ["Risk management"]


def test_plan_table_has_a_row_per_move_with_years_only_where_the_seeds_give_them(austin_plan):
    table = career_plan.plan_table(austin_plan)
    assert list(table["move"]) == [
        "1. Help desk technician -> Network engineer",
        "2. Network engineer -> Technical lead",
        "3. Technical lead -> IT manager",
    ]
    assert list(table["time"]) == ["about 2-5 years", "the seeds give no number", "the seeds give no number"]
    assert table["median in Austin-Round Rock-San Marcos, TX"].iloc[-1] == "$176,990"


def test_route_wages_compares_every_role_on_the_route(austin_plan):
    result = career_plan.route_wages(austin_plan)
    medians = {row.label: row.value("median") for row in result.rows}
    assert set(medians) == {"IT manager", "Technical lead", "Network engineer", "Help desk technician"}
    assert list(medians) == sorted(medians, key=lambda label: -medians[label])
    assert result.title == "4 roles in Austin-Round Rock-San Marcos, TX"


def test_export_plan_writes_markdown_into_careerkit_exports_with_the_gaps(austin_plan, store, careerkit_exports):
    store.record_self_assessment("skill:business-acumen", 1)
    written = career_plan.export_plan(austin_plan, store=store)
    assert written == careerkit_exports / "plan-help-desk-technician-to-it-manager.md"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Career plan: Help desk technician to IT manager")
    assert "Business acumen: you rated 1 - not yet" in text
    assert store.plan()["route"] == ["help-desk-technician", "network-engineer", "technical-lead", "it-manager"]
    # the exported plan never calls the workbook's own moves seed moves, and gives Canada's code beside the US one
    move_one = text.split("## Move 1 of 3")[1].split("## Move 2 of 3")[0]
    assert "the workbook's own reading: no seed draws this move" in move_one
    assert "Canada: NOC 2021" in text


def test_export_plan_by_default_makes_a_visible_folder_beside_the_notebook(austin_plan, store, tmp_path, monkeypatch):
    monkeypatch.delenv("CAREERKIT_EXPORTS")
    monkeypatch.chdir(tmp_path)
    assert career_plan.export_path(austin_plan) == tmp_path / "careerkit-exports" / "plan-help-desk-technician-to-it-manager.md"
    assert not (tmp_path / "careerkit-exports").exists()
    written = career_plan.export_plan(austin_plan, store=store)
    assert written == tmp_path / "careerkit-exports" / "plan-help-desk-technician-to-it-manager.md"
    assert written.read_text(encoding="utf-8").startswith("# Career plan: Help desk technician to IT manager")


def test_export_plan_to_a_chosen_path_must_be_markdown(austin_plan, store, tmp_path):
    assert career_plan.export_plan(austin_plan, tmp_path / "mine.md", store=store).exists()
    with pytest.raises(ValueError, match=r"should end in \.md"):
        career_plan.export_plan(austin_plan, tmp_path / "mine.txt", store=store)


def test_export_plan_saves_the_plan_under_notebook_12_and_reset_removes_it(austin_plan, store, tmp_path):
    career_plan.export_plan(austin_plan, tmp_path / "mine.md", store=store)
    career_plan.export_plan(austin_plan, tmp_path / "theirs.md", store=store, notebook="my_own_notes")
    assert list(store.plans()["notebook"]) == ["12_career_plan", "my_own_notes"]
    assert store.reset("notebook 12_career_plan", confirm="notebook 12_career_plan") == 1
    assert list(store.plans()["notebook"]) == ["my_own_notes"]


def test_export_plan_puts_the_learners_goal_and_dated_actions_first(austin_plan, store, tmp_path):
    import re

    text = career_plan.export_plan(austin_plan, tmp_path / "mine.md", store=store, goal="Run an IT team").read_text()
    head = text.split("## Move 1")[0]
    assert "- Goal: Run an IT team" in head
    assert len(re.findall(r"^\d\. By \d{4}-\d{2}-\d{2}: ", head, flags=re.M)) == 3


def test_the_toronto_example_sets_both_countries_side_by_side_with_and_without_the_file(austin_plan, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERKIT_HOME", str(tmp_path))
    column = "Canada median, Toronto (CAD as published)"
    without = career_plan.canada_route(austin_plan, "Toronto")
    assert list(without["role"]) == [role.title for role in austin_plan.roles]
    assert set(without[column]) == {"not fetched: run `careerkit canada-wages fetch`"}
    assert list(without["NOC 2021"])[-1].startswith(content.find_role("IT manager")["noc_code"])
    from test_canada_wages import csv_bytes

    from careerkit.content import canada_wages

    source = tmp_path / "wages.csv"
    source.write_bytes(csv_bytes())
    canada_wages.fetch(str(source), show_progress=False)
    junior = plan("Junior software developer", "Software engineer", area="Austin")
    table = career_plan.canada_route(junior, "Toronto").set_index("role")
    assert table.loc["Junior software developer", column] == "CA$44.50 an hour (Toronto)"
    assert table.loc["Software engineer", column] == "no NOC group or no row in the file"  # never filled from elsewhere
    assert table.loc["Junior software developer", "US median, Austin-Round Rock-San Marcos, TX (USD a year)"].startswith("$")
