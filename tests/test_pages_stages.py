"""What notebooks 01-04 show about each career stage, checked as a learner reads it."""

import pytest
from seed_checklist import LEADERSHIP_JOB_TITLES, ROLE_TITLES

from careerkit import content
from careerkit.content import questions as authored
from careerkit.content import wages
from careerkit.learning.progress import ProgressStore
from careerkit.pages import stages

STAGES = ("entry", "mid", "senior", "executive")


def lower(values):
    return {str(value).casefold() for value in values}


# ---------------------------------------------------------------- finding a stage


def test_a_stage_is_found_by_id_or_name_ignoring_case():
    assert stages.stage("Mid level")["id"] == "mid"
    assert stages.stage(" EXECUTIVE ")["name"] == "Leadership and executive"


def test_an_unknown_stage_lists_the_stages_there_are():
    with pytest.raises(ValueError) as error:
        stages.roles_table("middle")
    assert str(error.value) == (
        "No stage called 'middle'; choose one of: entry (Entry level), mid (Mid level), "
        "senior (Senior level), executive (Leadership and executive)."
    )


# ---------------------------------------------------------------- roles and demands


@pytest.mark.parametrize("stage", STAGES)
def test_the_roles_table_holds_every_role_the_stages_article_names(stage):
    table = stages.roles_table(stage)
    assert lower(ROLE_TITLES[stage]) <= lower(table["role"])
    assert all(table["source"].str.len() > 0)


def test_the_overview_tells_the_stages_article_from_the_leadership_article():
    text = stages.overview("mid")
    assert text.splitlines() == [
        "Mid level: 7 roles",
        "- named in the stages article (6): Software engineer, Systems administrator, Network engineer, "
        "Cybersecurity analyst, Data scientist, Product manager",
        "- added from the leadership article (1): Systems analyst",
        "Years in the field: About two to five years of work in IT (a rough range, not a rule).",
    ]


def test_only_the_mid_stage_has_a_number_of_years():
    years = {stage: stages.demands(stage).iloc[-1] for stage in STAGES}
    assert all(row["aspect"] == "Years in the field" for row in years.values())
    assert "two to five years" in years["mid"]["detail"]
    for stage in ("entry", "senior", "executive"):
        assert years[stage]["detail"].startswith("The seeds give no number")


def test_demands_list_the_focus_first_and_cite_the_stage():
    table = stages.demands("senior")
    assert table.iloc[0]["aspect"] == "Focus"
    assert "make architecture decisions" in list(table["detail"])
    assert set(table["source"]) == {"000_d887b3264116e4a0.txt#senior-level"}


def test_skills_are_the_ones_named_for_that_stage():
    assert list(stages.skills_table("entry")["skill"]) == [
        "Hands-on experience", "Communication and collaboration", "Personal portfolio",
    ]


# ---------------------------------------------------------------- certifications


def test_entry_certifications_are_the_three_the_stages_article_names():
    table = stages.certifications_table("entry")
    assert list(table["certification"]) == ["CompTIA A+", "AWS Certified Cloud Practitioner", "Cisco CCNA"]
    assert set(table["why listed"]) == {"The stages article names it for this stage."}


def test_the_issuer_comes_from_the_issuers_own_page():
    table = stages.certifications_table("mid").set_index("certification")
    certs = content.certifications().set_index("name")
    assert table.at["Certified Information Security Manager", "issuer"] == certs.loc["Certified Information Security Manager", "issuer"] == "ISACA"


def test_pathway_certifications_say_which_step_and_roles_bring_them_in():
    table = stages.certifications_table("senior").set_index("certification")
    assert list(table.index) == ["PMP", "PRINCE2", "Scrum certification", "SAFe certification"]
    assert table.at["PMP", "why listed"] == (  # seed 001's step 2 names both, so both sit at the senior stage
        "The leadership pathway suggests it at step 2, where Technical lead and Technical team lead sit."
    )


# ---------------------------------------------------------------- moves


def test_every_move_out_of_entry_is_our_reading_of_the_stage_order_and_gives_years():
    table = stages.moves_table("entry")
    assert len(table) == 11
    assert set(table["basis"]) == {"this project's interpretation"}  # seed 000 places roles in stages but draws no move
    assert set(table["years"]) == {"about 2 to 5 years in the field"}
    assert set(table["to stage"]) == {"Mid level"}


def test_moves_without_seed_years_say_so():
    table = stages.moves_from("Security architect")
    assert table.to_dict("records") == [{
        "from": "Security architect", "to": "IT security manager", "to stage": "Leadership and executive",
        "basis": "this project's interpretation", "years": "the seeds give no number",
        "reason": table.iloc[0]["reason"], "source": table.iloc[0]["source"],
    }]


def test_moves_from_an_unknown_role_suggests_near_misses():
    with pytest.raises(ValueError, match="No role called 'Sytems analyst'. Did you mean: Systems analyst"):
        stages.moves_from("Sytems analyst")


# ---------------------------------------------------------------- pictures


def test_the_tracks_chart_says_which_roles_are_in_each_track():
    chart = stages.tracks_chart("entry")
    assert chart.alt_text == (
        "Bar chart of the 5 roles at the Entry level stage by track: infrastructure 2 (Help desk technician, "
        "IT support specialist); software 2 (Junior software developer, QA tester); data 1 (Entry-level data analyst)."
    )


def test_the_moves_chart_counts_moves_by_basis():
    chart = stages.moves_chart("mid")
    moves, roles = content.moves(), content.roles().set_index("id")
    out = moves[moves["from_role"].map(roles["stage"]) == "mid"]
    pathway, ours = (out["basis"] == "pathway").sum(), (out["basis"] == "interpretation").sum()
    assert pathway + ours == len(out) and pathway > 0
    assert chart.alt_text.startswith(
        f"Diagram of the {len(out)} moves out of the Mid level stage ({pathway} from seed 001's leadership pathway, "
        f"{ours} from this project's interpretation): "
    )
    assert "Software engineer to Technical team lead" in chart.alt_text
    assert chart.png().startswith(b"\x89PNG")


# ---------------------------------------------------------------- quiz


def test_a_stage_quiz_is_the_same_for_the_same_seed_and_covers_every_objective(tmp_path):
    with ProgressStore(tmp_path / "a.sqlite3") as one, ProgressStore(tmp_path / "b.sqlite3") as two:
        first, second = stages.stage_quiz("entry", seed=7, store=one), stages.stage_quiz("entry", seed=7, store=two)
    assert [(q.id, getattr(q, "choices", None)) for q in first] == [(q.id, getattr(q, "choices", None)) for q in second]
    objectives = {objective.id for objective in authored.objectives("01_entry_level")}
    assert {question.objective for question in first} == objectives
    assert len(first) == 5


@pytest.mark.parametrize("stage", STAGES)
def test_stage_questions_are_the_authored_questions_of_that_stage(stage):
    questions = stages.stage_questions(stage)
    assert {question.notebook for question in questions} == {stages.NOTEBOOKS[stage]}
    assert not any(question.id.startswith(("role-track:", "stage-roles:", "role-stage:")) for question in questions)


def test_quiz_answers_are_saved_under_the_stage_notebook(tmp_path):
    with ProgressStore(tmp_path / "p.sqlite3") as store:
        quiz = stages.stage_quiz("mid", n=2, seed=1, store=store)
        question = quiz.question
        quiz.answer(question.answer if question.kind == "single" else set(question.answers))
        saved = store.rows("answers")
    assert [(row["item_id"], row["notebook"], row["correct"]) for row in saved] == [(question.id, "02_mid_level", 1)]


def test_a_quiz_longer_than_the_stage_allows_says_how_many_there_are(tmp_path):
    count = len(stages.stage_questions("senior"))
    with ProgressStore(tmp_path / "p.sqlite3") as store, pytest.raises(ValueError) as error:
        stages.stage_quiz("senior", n=count + 1, store=store)
    assert str(error.value) == (
        f"n must be a whole number from 1 to {count} (the questions about the Senior level stage), not {count + 1}"
    )


# ---------------------------------------------------------------- leadership (notebook 04)


def test_the_eleven_leadership_titles_are_listed():
    text = stages.titles_text()
    assert text.startswith("The leadership article lists 11 job titles:")
    assert lower(line[2:] for line in text.splitlines()[1:]) == lower(LEADERSHIP_JOB_TITLES)
    table = stages.leadership_titles().set_index("title")
    assert table.at["IT project manager", "stage"] == "Senior level"


def test_the_pathway_has_five_steps_with_their_roles_and_suggestions():
    steps = stages.pathway().set_index("step")
    assert list(steps.index) == [1, 2, 3, 4, 5]
    assert steps.at[5, "roles"] == "Chief technology officer, Chief information officer, Chief information security officer"
    assert steps.at[2, "certifications"] == "PMP, PRINCE2, Scrum certification, SAFe certification"
    assert "step 1, technical foundation: Software engineer" in stages.pathway_chart().alt_text


def test_the_seven_required_skills_in_seed_order():
    assert list(stages.required_skills()["skill"]) == [
        "Technical expertise", "Strategic thinking", "Project management", "Team leadership",
        "Communication and collaboration", "Risk management", "Business acumen",
    ]


def test_pay_text_puts_the_seed_range_beside_bls_figures_it_does_not_alter():
    band = wages.for_role("IT manager")
    text = stages.pay_text()
    assert text.splitlines() == [
        "Seed 001, all IT leadership roles together: $90,000 to $300,000+ a year, varying with experience, "
        "location and industry.",
        band.summary(),
        f"10th to 90th percentile: {band.figure('p10')} to {band.figure('p90')} a year.",
    ]


def test_the_pay_comparison_never_invents_a_seed_median():
    table = stages.pay_comparison("Texas").set_index("low")
    seed = table.loc["$90,000"]
    assert seed["middle"] == "the seed gives none"
    assert seed["high"] == "$300,000 or more"
    assert "Texas" in stages.pay_chart("Texas").alt_text


def test_work_settings_are_the_three_the_seed_names():
    assert list(stages.work_settings()["setting"]) == ["Remote", "Onsite", "Hybrid"]


def test_tables_show_long_text_in_full():
    html = stages.moves_table("senior")._repr_html_()
    reason = stages.moves_table("senior").iloc[0]["reason"]
    assert reason in html and len(reason) > 50


def test_an_unknown_statement_lists_the_ids():
    assert "no specific projections" in stages.statement("employment-outlook")
    with pytest.raises(ValueError, match="No statement with id 'outlook' in facts.yaml; the ids are: it-leadership-definition"):
        stages.statement("outlook")


def test_the_executive_moves_chart_is_split_coloured_by_basis_and_bundled():
    moves = stages.moves_table("executive")
    chart = stages.moves_chart("executive")
    panels = [axes for axes in chart.figure.axes if axes.get_title(loc="left")]
    assert len(moves) > stages.SPLIT_ABOVE and len(panels) >= 2
    colours = {tuple(collection.get_colors()[0]) for axes in panels for collection in axes.collections
               if collection.__class__.__name__ == "LineCollection"}
    assert len(colours) == len(set(moves["basis"]))  # one colour per basis
    drawn = sum(len(c.get_segments()) for axes in panels for c in axes.collections
                if c.__class__.__name__ == "LineCollection")
    assert drawn < len(moves)  # complete groups share a junction instead of crossing 3 x 3 lines
    for axes in panels:  # lines stay between the two label columns
        for collection in axes.collections:
            if collection.__class__.__name__ == "LineCollection":
                xs = [x for segment in collection.get_segments() for x, _ in segment]
                assert 0 <= min(xs) and max(xs) <= 1
