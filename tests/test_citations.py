"""Sources as a learner reads them: "Title: section" on every surface, never a seed's hashed file name."""

import pytest

from careerkit import content
from careerkit.career.planner import plan
from careerkit.content.citations import HASHED_NAME, cite, cite_all, cited
from careerkit.pages import stages
from careerkit.present.markdown import plan_markdown
from careerkit.present.tables import readable_table, sources_table
from careerkit.widgets import CareerPlanner, RoleExplorer


def test_a_source_id_reads_as_title_and_section():
    row = content.sources().iloc[1]
    assert cite(row["id"]) == f"{row['title']}: {row['section']}"
    assert not HASHED_NAME.search(cite(row["id"]))


def test_text_that_is_not_a_source_id_passes_through_and_repeats_collapse():
    first = content.sources()["id"].iloc[0]
    assert cite("U.S. Bureau of Labor Statistics, OEWS") == "U.S. Bureau of Labor Statistics, OEWS"
    assert cite_all([first, first, "other"]) == [cite(first), "other"]
    assert cited(f"{first}; other") == f"{cite(first)}; other"


def test_every_seed_source_has_a_readable_citation():
    for source in content.sources()["id"]:
        assert not HASHED_NAME.search(cite(source)), source


def _surfaces():
    """Each place a learner meets a source, rendered as they would see it."""
    yield "notebook 00 sources", sources_table()._repr_html_()
    for name in ("entry", "mid", "senior", "executive"):
        for table in (stages.roles_table, stages.demands, stages.skills_table, stages.certifications_table,
                      stages.moves_table):
            yield f"{table.__name__}({name})", table(name)._repr_html_()
    yield "pathway", stages.pathway()._repr_html_()
    yield "work settings", readable_table(content.work_settings())._repr_html_()
    explorer = RoleExplorer()
    for role in ("Help desk technician", "IT director", "Chief technology officer"):
        explorer.role.value = content.find_role(role).id
        yield f"role explorer: {role}", explorer.detail.value
    planner = CareerPlanner(current="Help desk technician", target="IT manager", area="Austin")
    yield "planner", planner.steps.value
    yield "exported plan", plan_markdown(plan("QA tester", "CTO"))


@pytest.mark.parametrize(("surface", "shown"), list(_surfaces()), ids=lambda value: str(value)[:40])
def test_no_hashed_file_name_on_a_learner_facing_surface(surface, shown):
    assert shown and not HASHED_NAME.search(shown), surface
