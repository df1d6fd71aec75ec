"""Everything the seeds name is in the data, checked against tests/seed_checklist.py."""

import pytest
import seed_checklist as seeds

from careerkit import content
from careerkit.content import canada_wages, wages


def contains(cells, name: str) -> bool:
    return any(name.casefold() in str(cell).casefold() for cell in cells)


ALL_TITLES = [(stage, title) for stage, titles in seeds.ROLE_TITLES.items() for title in titles]


@pytest.mark.parametrize("stage, title", ALL_TITLES)
def test_every_stage_role_is_a_role_at_its_stage(stage, title):
    assert content.find_role(title)["stage"] == stage


@pytest.mark.parametrize("title", seeds.LEADERSHIP_JOB_TITLES)
def test_every_leadership_job_title_is_a_role(title):
    assert content.find_role(title)["title"].casefold() == title.casefold()


@pytest.mark.parametrize("step, title", [(s, t) for s, titles in seeds.PATHWAY_ROLES.items() for t in titles])
def test_every_pathway_role_sits_on_its_step(step, title):
    assert content.find_role(title)["pathway_step"] == step


def test_glossary_has_the_eleven_terms_in_order_with_their_examples():
    glossary = content.glossary()
    assert list(glossary["term"]) == seeds.GLOSSARY_TERMS
    examples = glossary.set_index("term")["examples"]
    for term, expected in seeds.GLOSSARY_EXAMPLES.items():
        assert examples[term] == expected


@pytest.mark.parametrize("name", seeds.CERTIFICATIONS)
def test_every_certification(name):
    certifications = content.certifications()
    assert contains(certifications["name"], name) or contains(certifications["abbreviation"], name)


def test_issuers_and_requirements_come_from_the_issuers_and_keep_the_seeds_wording_in_the_note():
    certs = content.certifications().set_index("abbreviation", drop=False)
    seed_ids = set(content.sources().loc[lambda s: s["file"].str.startswith(("000_", "001_")), "id"])
    assert certs["issuer"].notna().all() and certs["requirements"].str.len().gt(0).all()
    for cited in certs["requirements_source"]:  # cited to the issuers' own pages, never to a seed
        assert cited and not set(cited) & seed_ids
    assert certs.loc["ITIL", "issuer"] == "PeopleCert" and certs.loc["CISSP", "issuer"] == "ISC2"
    for name, seed_issuer in seeds.CERTIFICATION_ISSUERS.items():  # what the seed said is still shown
        assert seed_issuer in certs.loc[name, "issuer_note"]
    assert "5 years" in certs.loc["CISSP", "requirements"] and "ISC2" in certs.loc["CISSP", "requirements"]


def test_skills_required_and_to_develop_in_seed_order():
    skills = content.skills()
    assert list(skills.loc[skills["kind"] == "required", "name"]) == seeds.REQUIRED_SKILLS
    assert list(skills.loc[skills["kind"] == "develop", "name"]) == seeds.SKILLS_TO_DEVELOP
    assert set(skills.loc[skills["kind"] == "stage", "stage"]) == set(seeds.ROLE_TITLES)
    assert set(skills.loc[skills["kind"] == "pathway", "pathway_step"]) == {1, 2, 3, 4, 5}


@pytest.mark.parametrize(
    "level, names",
    [
        ("high-school", seeds.HIGH_SCHOOL_SUBJECTS),
        ("undergraduate", seeds.UNDERGRADUATE_DEGREES),
        ("graduate", seeds.GRADUATE_DEGREES + seeds.EXECUTIVE_EDUCATION),
        ("pathway", seeds.PATHWAY_DEGREES),
        ("entry-route", seeds.ENTRY_ROUTES),
    ],
)
def test_every_subject_degree_and_route(level, names):
    education = content.education()
    at_level = education.loc[education["level"] == level, "name"]
    assert [name for name in names if not contains(at_level, name)] == []


def test_graduate_degrees_are_optional():
    education = content.education()
    assert education.loc[education["level"] == "graduate", "optional"].all()


@pytest.mark.parametrize("category", list(seeds.TOOLS))
def test_every_tool_example(category):
    tools = content.tools()
    examples = tools.loc[tools["category"] == category, "example"]
    assert len(examples) == 4
    assert [name for name in seeds.TOOLS[category] if not contains(examples, name)] == []


@pytest.mark.parametrize("sector", list(seeds.INDUSTRY_EXAMPLES))
def test_every_industry_example(sector):
    industries = content.industries()
    rows = industries[industries["sector"].str.casefold() == sector.casefold()]
    assert len(rows) == len(seeds.INDUSTRY_EXAMPLES[sector])
    assert [name for name in seeds.INDUSTRY_EXAMPLES[sector] if not contains(rows["example"], name)] == []
    assert rows["sector_heading_in_seed"].all() == (not sector.islower())


def test_traits_in_order_and_the_cut_off_one_marked():
    traits = content.traits()
    assert list(traits["name"]) == seeds.TRAITS
    assert list(traits["description_complete"]) == [True] * 7 + [False]


def test_work_settings():
    assert list(content.work_settings()["id"]) == seeds.WORK_SETTINGS


def test_resources_free_and_community():
    resources = content.resources().set_index("name")
    assert list(resources.index[resources["kind"] == "resource"]) == seeds.FREE_RESOURCES
    paid_research = ["Gartner", "Forrester"]  # some free articles and webinars, most research for paying clients
    assert (resources.loc[paid_research, "cost"] == "partly free").all()
    assert (resources.loc[[name for name in seeds.FREE_RESOURCES if name not in paid_research], "cost"] == "free").all()
    assert resources.loc[seeds.COMMUNITY, "kind"] == "community"


def test_day_in_the_life():
    day = content.day_in_the_life()
    assert list(day["activity"]) == seeds.DAY_ACTIVITIES
    assert day["block"].nunique() == 6
    assert set(day.loc[day["block_heading_in_seed"], "block"]) == {seeds.DAY_HEADING_IN_SEED}


@pytest.mark.parametrize("use_case", content.use_cases(), ids=lambda case: case.id)
def test_use_cases(use_case):
    expected = seeds.USE_CASES[use_case.id]
    assert content.find_role(use_case.role)["title"] == expected["role"]
    assert len(use_case.goals) == expected["goals"]
    assert [action.title for action in use_case.actions] == expected["actions"]
    assert "Use Case 1" in use_case.seed_heading


def test_leadership_pay_and_stage_years():
    pay = content.leadership_pay()
    assert {key: getattr(pay, key) for key in seeds.LEADERSHIP_PAY} == {
        **seeds.LEADERSHIP_PAY, "varies_by": tuple(seeds.LEADERSHIP_PAY["varies_by"])
    }
    mid = content.stages().set_index("id").loc["mid"]
    assert (mid["years_min"], mid["years_max"]) == seeds.MID_LEVEL_YEARS
    outlook = content.facts().set_index("id").loc["employment-outlook", "text"]
    assert "no specific projections" in outlook


def test_every_source_is_cited_and_every_citation_known():
    cited = set()
    for name in ["stages", "roles", "moves", "skills", "certifications", "education", "glossary",
                 "day_in_the_life", "tools", "industries", "traits", "work_settings", "resources",
                 "noc", "soc_alternatives"]:
        for sources in getattr(content, name)()["source"]:
            cited.update(sources)
    for sources in content.certifications()["requirements_source"]:
        cited.update(sources)
    cited.update(wages.CAVEAT_SOURCES)
    cited.add(canada_wages.SOURCE)
    for case in content.use_cases():
        cited.update(case.source)
    cited.update(source for sources in content.facts()["source"] for source in sources)
    cited.update(content.leadership_pay().source)
    cited.update(wages.table()["source"])
    cited.update(wages.areas()["source"])
    assert set(content.sources()["id"]) - cited == set()
    assert cited - set(content.sources()["id"]) == set()


def test_stage_wording_keeps_the_seed_hedge_and_the_executive_blend():
    stages = content.stages().set_index("id")
    assert seeds.MID_LEVEL_YEARS_WORDING in stages.loc["mid", "years_note"].casefold()
    assert [word for word in seeds.EXECUTIVE_BLEND if word not in stages.loc["executive", "focus"]] == []


def test_nine_tool_categories_in_seed_order():
    categories = content.tools().drop_duplicates("category").sort_values("category_order")["category"]
    assert len(categories) == seeds.TOOL_CATEGORY_COUNT
    assert list(categories) == list(seeds.TOOLS)


@pytest.mark.parametrize("step", sorted(seeds.PATHWAY_STEP_KEYWORDS))
def test_every_pathway_step_is_a_statement_with_all_its_bullets(step):
    facts = content.facts().set_index("id")
    text = facts.loc[f"pathway-step-{step}", "text"]
    assert [word for word in seeds.PATHWAY_STEP_KEYWORDS[step] if word.casefold() not in text.casefold()] == []
    assert facts.loc[f"pathway-step-{step}", "source"] == [f"001_70d67372d1a04c0d.txt#career-pathway-step-{step}"]


@pytest.mark.parametrize("fact_id", sorted(seeds.STATEMENT_KEYWORDS))
def test_seed_statements_keep_their_key_words(fact_id):
    text = content.facts().set_index("id").loc[fact_id, "text"]
    assert [word for word in seeds.STATEMENT_KEYWORDS[fact_id] if word.casefold() not in text.casefold()] == []


def test_the_notebooks_do_not_say_the_three_ways_in_are_equal():
    """Seed 000 lists a degree, a bootcamp and self-study as ways in; it neither ranks them nor says they lead alike."""
    import json

    from careerkit.content.locations import NOTEBOOKS_DIR

    def text(name):
        cells = json.loads((NOTEBOOKS_DIR / name).read_text(encoding="utf-8"))["cells"]
        return " ".join(" ".join("".join(cell["source"]).split()) for cell in cells if cell["cell_type"] == "markdown")

    entry, education = text("01_entry_level.ipynb"), text("11_education_and_certifications.ipynb")
    for claim in ("lead to the same roles", "all lead to a first IT job"):
        assert claim not in entry and claim not in education
    assert "treats them as equals" not in education
    assert "does not rank them" in education
