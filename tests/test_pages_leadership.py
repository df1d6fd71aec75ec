"""careerkit.pages.leadership: what notebooks 05, 06, 07, 09 and 10 show a learner."""

from html import escape

import pytest

from careerkit.pages import day_in_the_life, key_concepts, tools_and_industries, use_cases
from careerkit.present.tables import FullTextTable

CTO = "cto-digital-transformation"
IT_MANAGER = "it-manager-scaling-support"


# ---------------------------------------------------------------- 05 key concepts


def test_glossary_summary_names_the_eleven_terms_and_says_the_groups_are_ours():
    text = key_concepts.glossary_summary()
    assert text.startswith("11 key concepts in 4 categories (the categories are careerkit's):")
    assert "- delivery (3): Project management, Agile methodologies, Change management" in text
    assert "- operations and service (2): ITIL (Information Technology Infrastructure Library), DevOps" in text


def test_glossary_table_keeps_each_category_together_and_shows_definitions_in_full():
    table = key_concepts.glossary_by_category()
    assert len(table) == 11
    categories = list(table["category"])
    assert categories == sorted(categories, key=categories.index), "a category's terms must sit together"
    html = table._repr_html_()
    longest = max(table["definition"], key=len)
    assert escape(longest, quote=False) in html
    assert "Scrum, Kanban, SAFe" in set(table["examples the seed gives"])
    assert set(table["source"]) == {"001_70d67372d1a04c0d.txt#key-concepts"}


def test_full_text_table_escapes_markup_and_stays_a_table_after_head():
    table = FullTextTable({"text": ["<script>alert(1)</script>"]})
    assert "<script>" not in table._repr_html_()
    assert "&lt;script&gt;" in table._repr_html_()
    assert isinstance(table.head(1), FullTextTable)


def test_glossary_map_describes_every_term_in_words():
    chart = key_concepts.glossary_map()
    for term in key_concepts.glossary_by_category()["term"]:
        assert term in chart.alt_text
    assert chart.alt_text.startswith("The 11 key concepts in 4 boxes")


def test_a_seeded_glossary_quiz_is_the_same_for_everyone_and_asks_notebook_05s_questions(store):
    mine = key_concepts.glossary_quiz(n=5, seed=2026, store=store)
    neighbour = key_concepts.glossary_quiz(n=5, seed=2026, store=store)
    assert mine.questions == neighbour.questions
    assert {question.notebook for question in mine} == {"05_key_concepts"}
    assert len(mine) == 5


def test_glossary_answers_are_filed_under_notebook_05(store):
    quiz = key_concepts.glossary_short_answer("cloud-computing", store=store)
    feedback = quiz.answer("the cloud")
    assert feedback.correct
    answers = store.answers()
    assert list(answers["notebook"]) == ["05_key_concepts"]
    assert list(answers["item_id"]) == ["glossary-short-answer:cloud-computing"]


def test_glossary_matching_pairs_the_three_delivery_terms(store):
    question = key_concepts.glossary_matching("delivery", store=store).question
    assert question.kind == "matching"
    assert sorted(question.right) == ["Agile methodologies", "Change management", "Project management"]


def test_glossary_exercises_name_the_choices_when_the_name_is_wrong():
    with pytest.raises(ValueError, match="no matching question for glossary category 'operations and service'; "
                                         "choose one of: strategy and governance, delivery, technology"):
        key_concepts.glossary_matching("operations and service")
    with pytest.raises(ValueError, match="no glossary term with id 'dev-ops'; the ids are: strategic-planning"):
        key_concepts.glossary_short_answer("dev-ops")


# ---------------------------------------------------------------- 06 and 07 use cases


def test_use_case_summary_gives_leader_goals_and_actions_in_order():
    text = use_cases.use_case_summary(CTO)
    assert "Leader: Chief technology officer (c-suite)" in text
    assert "Goals (4):" in text
    assert "Actions (8), in the seed's order:\n1. Develop a digital transformation strategy" in text
    assert text.endswith("8. Evaluate and iterate")
    assert "Leader: IT manager (middle-management)" in use_cases.use_case_summary(IT_MANAGER)


def test_goal_links_are_labelled_as_careerkit_reading_everywhere():
    goals = use_cases.goals_table(CTO)
    assert list(goals.columns) == ["goal", "served by actions (careerkit's reading)"]
    assert goals.iloc[3, 1] == "2, 4, 6, 7, 8"
    actions = use_cases.actions_table(IT_MANAGER)
    assert list(actions["step"]) == list(range(1, 9))
    assert "goals it serves (careerkit's reading)" in actions.columns
    chart = use_cases.goal_matrix(CTO)
    assert "the seed does not say which action serves which goal" in chart.alt_text
    assert "'Grow a habit of innovating and always improving.' by actions 2, 4, 6, 7 and 8" in chart.alt_text


def test_unknown_use_case_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown use case 'cfo'; known use cases: cto-digital-transformation, it-manager-scaling-support"):
        use_cases.goals_table("cfo")


def test_ordering_question_is_filed_under_the_use_case_notebook(store):
    quiz = use_cases.action_order_quiz(IT_MANAGER, store=store)
    question = quiz.question
    assert question.kind == "ordering" and len(question.items) == 8
    assert question.items[0] == "Assess the current IT infrastructure"
    assert quiz.answer(list(question.items)).correct
    assert list(store.answers()["notebook"]) == ["07_use_case_it_manager"]


def test_walkthrough_records_under_its_own_notebook(store):
    walk = use_cases.walkthrough(CTO, store=store)
    walk.next.click()
    walk.choices.index = min(walk.model.question.correct)
    walk.check.click()
    assert "Full marks." in walk.feedback.value
    assert list(store.answers()["notebook"]) == ["06_use_case_cto"]


def test_compare_use_cases_sets_the_two_leaders_side_by_side():
    table = use_cases.compare_use_cases()
    assert list(table.columns) == ["step", "Chief technology officer (c-suite)", "IT manager (middle-management)"]
    assert table.iloc[0, 2] == "Assess the current IT infrastructure"
    assert len(table) == 8


# ---------------------------------------------------------------- 09 a day in the life


def test_day_summary_says_which_block_names_are_the_seeds():
    text = day_in_the_life.day_summary()
    assert text.startswith("6 blocks, 12 activities")
    assert "Block headings kept in the seed: Late afternoon\n" in text
    assert text.endswith("Labels careerkit added: Start of day; Mid-morning; Lunch; Afternoon; End of day and evening")


def test_day_table_and_timeline_flag_our_labels():
    table = day_in_the_life.day_table()
    assert len(table) == 12
    named = dict(zip(table["block"], table["block named by"]))
    assert named["Late afternoon"] == "the seed"
    assert named["Lunch"] == "careerkit (the seed lost it)"
    chart = day_in_the_life.day_timeline()
    assert "the seed gives no clock times" in chart.alt_text
    assert "Late afternoon (seed heading): Address any urgent issues and Monitor team performance" in chart.alt_text


def test_day_quiz_asks_about_the_day_and_files_under_notebook_09(store):
    quiz = day_in_the_life.day_quiz(n=3, seed=9, store=store)
    assert {question.objective for question in quiz} <= set(day_in_the_life.DAY_OBJECTIVES)
    quiz.answer(0)
    assert list(store.answers()["notebook"]) == ["09_day_in_the_life"]


def test_traits_say_the_eighth_is_cut_off():
    assert day_in_the_life.traits_summary().endswith("Cut off in the seed: Innovation and creativity")
    table = day_in_the_life.traits_table()
    assert list(table["number"]) == list(range(1, 9))
    assert list(table["complete in the seed"]).count("yes") == 7
    assert table.iloc[7]["complete in the seed"] == "no: the text breaks off"


def test_trait_quiz_files_under_notebook_09(store):
    quiz = day_in_the_life.trait_quiz(n=2, seed=1, store=store)
    assert {question.objective for question in quiz} == set(day_in_the_life.TRAIT_OBJECTIVES)
    quiz.answer(0)
    assert list(store.answers()["notebook"]) == ["09_day_in_the_life"]


# ---------------------------------------------------------------- 10 tools and industries


def test_tools_come_as_nine_categories_of_four_examples():
    assert tools_and_industries.tools_summary().startswith("9 tool categories, 36 examples\n- Project Management Tools (4)")
    table = tools_and_industries.tools_by_category()
    assert len(table) == 9
    assert table.iloc[0]["examples the seed names"] == "Trello, Asana, Monday.com, Jira"
    assert "Security and Compliance Tools: Qualys, Tenable, Rapid7 and Okta" in tools_and_industries.tools_map().alt_text


def test_tool_quiz_asks_about_tools(store):
    quiz = tools_and_industries.tool_quiz(n=4, seed=10, store=store)
    assert {question.objective for question in quiz} == set(tools_and_industries.TOOL_OBJECTIVES)
    assert quiz.notebook == "10_tools_and_industries"


def test_industries_say_which_sector_names_careerkit_supplied():
    text = tools_and_industries.industries_summary()
    assert text.startswith("10 sectors, 35 example kinds of organisation")
    assert text.endswith("Sector names careerkit added (heading lost in the seed): Healthcare; Finance; Telecommunications; "
                         "Manufacturing; Education")
    table = tools_and_industries.industries_by_sector()
    assert dict(zip(table["sector"], table["sector named by"]))["Retail and E-commerce"] == "the seed"
    assert "Finance (name ours): 4 examples" in tools_and_industries.industries_map().alt_text


def test_full_text_table_keeps_dollar_amounts_away_from_mathjax():
    html = FullTextTable({"pay": ["$90,000 to $300,000+"]})._repr_html_()
    assert "tex2jax_ignore" in html and "mathjax_ignore" in html
    assert "$90,000 to $300,000+" in html
