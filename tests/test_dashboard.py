"""The dashboard's numbers and its view: sections, weak spots, cards due, streak, export and reset."""

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest

from careerkit.learning.dashboard import reset_choices, streak, summarize
from careerkit.learning.flashcards import Deck, glossary_cards
from careerkit.present.progress_chart import sections_chart
from careerkit.widgets import FlashcardDeck, ProgressDashboard

NOW = datetime(2025, 3, 10, 18, 0, tzinfo=UTC)
SECTIONS = {"01_stages": ["entry", "mid", "senior"], "05_leadership": ["cto", "cio"]}
RAW_ID = re.compile(r"\b[a-z]+(-[a-z]+)*:[a-z0-9-]+")  # glossary:change-management, tool-category:rapid7 ...


def day(offset, hour=12):
    return NOW.replace(hour=hour) - timedelta(days=offset)


def review(store, card_id, rating, at):
    """One real review, FSRS state and all, saved the way the flashcard deck saves it."""
    deck = Deck([card for card in glossary_cards() if card.id == card_id], store=store, now=lambda: at)
    deck.flip()
    deck.rate(rating)


def fill(store):
    store.record_section("01_stages", "entry", at=day(2))
    store.record_section("01_stages", "mid", at=day(1))
    store.record_section("01_stages", "not-listed", at=day(1))
    # one term asked two ways, then forgotten as a card: one line, not three
    store.record_answer("glossary-definition-term:change-management", False, notebook="05_leadership", at=day(1))
    store.record_answer("glossary-short-answer:change-management", True, notebook="05_leadership", at=day(1))
    review(store, "glossary:change-management", "again", day(0))
    store.record_answer("tool-category:rapid7", False, notebook="05_leadership", at=day(0))
    store.record_answer("glossary-definition-term:devops", False, notebook="05_leadership", at=day(0))
    store.record_answer("glossary-short-answer:blockchain", False, notebook="05_leadership", at=day(0))
    store.record_answer("trait-name:integrity", True, notebook="05_leadership", at=day(0))
    review(store, "glossary:agile-methodologies", "easy", day(0))


def test_streak_counts_back_from_today_or_yesterday():
    today = date(2025, 3, 10)
    assert streak([today, today - timedelta(days=1), today - timedelta(days=3)], today) == 2
    assert streak([today - timedelta(days=1), today - timedelta(days=2)], today) == 2
    assert streak([today - timedelta(days=2)], today) == 0
    assert streak([], today) == 0


def test_weak_spots_are_named_and_grouped_per_content_item(store):
    fill(store)
    summary = summarize(store, SECTIONS, now=NOW)
    assert summary.weak_spots() == [
        "A glossary term no longer in the workbook: 0 of 1 answer right",
        "DevOps (glossary term): 0 of 1 answer right",
        "Rapid7 (tool): 0 of 1 answer right",
        "Change management (glossary term): 1 of 2 answers right; remembered in 0 of 1 card review",
    ]
    assert summary.weakest[["answers", "reviews", "attempts", "correct"]].values.tolist()[-1] == [2, 1, 3, 1]


def test_summary_counts_sections_due_cards_and_streak(store):
    fill(store)
    summary = summarize(store, SECTIONS, now=NOW)
    assert summary.sections[["notebook", "done", "total"]].values.tolist() == [["01_stages", 2, 3], ["05_leadership", 0, 2]]
    assert summary.section_lines() == ["01 stages: 2 of 3 sections", "05 leadership: 0 of 2 sections"]
    assert summary.cards_due == 2  # change management forgotten, devops missed in a quiz
    assert summary.streak == 3
    assert summary.text() == (
        "You have finished 2 of 5 sections, answered 6 questions (2 correct) and made 2 card reviews "
        "over 2 cards. 2 cards are due now. Streak: 3 days in a row."
    )


def test_a_glossary_quiz_miss_is_due_on_the_dashboard_as_in_the_deck(store):
    store.record_answer("glossary-short-answer:change-management", False, notebook="05_leadership", at=day(0))
    deck_view = FlashcardDeck(store=store, now=lambda: NOW)
    assert "1 due now" in deck_view.status.value
    summary = summarize(store, SECTIONS, now=NOW)
    assert summary.cards_due == deck_view.deck.status().due_now == 1
    assert "1 card is due now" in ProgressDashboard(store, SECTIONS, now=lambda: NOW).summary.value


def test_the_due_count_follows_the_deck_after_a_review(store):
    store.record_answer("glossary-short-answer:devops", False, at=day(1))
    review(store, "glossary:devops", "easy", day(0))
    assert summarize(store, now=NOW).cards_due == FlashcardDeck(store=store, now=lambda: NOW).deck.status().due_now == 0


def test_one_of_each_reads_in_the_singular(store):
    store.record_answer("glossary-short-answer:devops", False, at=day(0))
    review(store, "glossary:cloud-computing", "again", day(0))
    store.record_section("01_stages", "entry", at=day(0))
    assert summarize(store, now=NOW).text() == (
        "You have finished 1 section, answered 1 question (0 correct) and made 1 card review "
        "over 1 card. 2 cards are due now. Streak: 1 day in a row."
    )
    assert summarize(store, {"01_stages": ["entry"]}, now=NOW).section_lines() == ["01 stages: 1 of 1 section"]


def test_an_empty_store_reads_as_a_fresh_start(store):
    summary = summarize(store, None, now=NOW)
    assert summary.sections.empty and summary.weakest.empty
    assert summary.streak == 0 and summary.cards_due == 0
    assert sections_chart(summary) is None
    assert "answered 0 questions" in summary.text() and "0 cards are due now" in summary.text()


def test_labels_name_ids_of_a_quiz_of_your_own(store):
    store.record_answer("myquiz:q1", False, at=day(0))
    store.record_answer("myquiz:q2", False, at=day(0))
    summary = summarize(store, now=NOW, labels={"myquiz:q1": "What a CIO does"})
    assert summary.weak_spots() == [
        "An item no longer in the workbook: 0 of 1 answer right",
        "What a CIO does: 0 of 1 answer right",
    ]


def test_without_a_section_list_notebooks_come_from_the_store(store):
    fill(store)
    summary = summarize(store, now=NOW)
    assert summary.sections[["notebook", "done"]].values.tolist() == [["01_stages", 3]]
    assert "finished 3 sections" in summary.text()


def test_bad_section_mapping_is_refused_by_name(store):
    with pytest.raises(ValueError, match="notebook_sections\\['01_stages'\\] must be a list of section names"):
        summarize(store, {"01_stages": "entry"}, now=NOW)


def test_chart_has_a_text_alternative(store):
    fill(store)
    chart = sections_chart(summarize(store, SECTIONS, now=NOW))
    assert chart.alt_text == "Sections finished per notebook: 01 stages: 2 of 3; 05 leadership: 0 of 2."


def test_view_shows_names_never_raw_ids(store):
    fill(store)
    view = ProgressDashboard(store, SECTIONS, now=lambda: NOW)
    assert "finished 2 of 5 sections" in view.summary.value
    assert "01 stages: 2 of 3 sections" in view.summary.value
    shown = view.summary.value.split("Worth another look")[1]
    assert "<li>Change management (glossary term): 1 of 2 answers right; remembered in 0 of 1 card review</li>" in shown
    assert "<li>Rapid7 (tool): 0 of 1 answer right</li>" in shown
    assert shown.count("Change management") == 1
    assert RAW_ID.search(shown) is None and "(quiz)" not in shown and "(card)" not in shown
    assert "Sections finished per notebook: 01 stages: 2 of 3" in view.chart_text.value


def test_view_exports_into_careerkit_exports_and_says_where(store, careerkit_exports):
    fill(store)
    view = ProgressDashboard(store, SECTIONS, now=lambda: NOW)
    assert view.export_dir.value == str(careerkit_exports)
    view.learner_name.value = "Ann"
    view.export_json.click()
    saved = careerkit_exports / "careerkit-Ann.json"
    assert str(saved) in view.message.value and "Saved 1 file:" in view.message.value
    assert json.loads(saved.read_text())["learner_name"] == "Ann"
    view.export_csv.click()
    assert "Saved 7 files:" in view.message.value and (careerkit_exports / "progress-answers.csv").exists()
    links = view.files.outputs[0]["data"]["text/html"]
    assert links.count("<code>") == 1 and f"Saved in <code>{careerkit_exports}</code>, outside this notebook's folder, so there is no link" in links


def test_by_default_exports_land_in_a_visible_folder_beside_the_notebook_with_a_link(
    store, tmp_path, monkeypatch
):
    monkeypatch.delenv("CAREERKIT_EXPORTS")
    monkeypatch.chdir(tmp_path)
    view = ProgressDashboard(store, SECTIONS, now=lambda: NOW)
    folder = tmp_path / "careerkit-exports"
    assert view.export_dir.value == str(folder)
    assert not folder.exists()  # made by the first export, not by showing the dashboard
    view.learner_name.value = "Ann Lee"
    view.export_json.click()
    saved = folder / "careerkit-Ann-Lee.json"
    assert saved.exists() and str(saved) in view.message.value
    links = view.files.outputs[0]["data"]["text/html"]
    assert '<a href="careerkit-exports/careerkit-Ann-Lee.json" target="_blank">careerkit-exports/careerkit-Ann-Lee.json</a>' in links
    assert 'download="careerkit-Ann-Lee.json"' in links


def test_view_reset_needs_the_typed_confirmation(store):
    fill(store)
    view = ProgressDashboard(store, SECTIONS, now=lambda: NOW)
    assert [label for label, _scope in view.scope.options] == [
        "everything", "notebook 01_stages", "notebook 05_leadership",
        "flashcard Agile methodologies", "flashcard Change management",
    ]
    view.scope.value = "notebook 05_leadership"
    view.confirm.value = "yes"
    view.reset.click()
    assert "Nothing was deleted" in view.message.value and len(store.answers()) == 6
    assert "type “notebook 05_leadership” in the Confirm box" in view.message.value
    assert "confirm=" not in view.message.value
    view.confirm.value = "notebook 05_leadership"
    view.reset.click()
    assert "Reset notebook 05_leadership: 6 records deleted." in view.message.value
    assert store.answers().empty and "answered 0 questions" in view.summary.value
    assert all(control.description for control in (view.scope, view.confirm, view.reset, view.export_dir))


def test_view_resets_one_flashcard_by_its_term_after_confirmation(store):
    fill(store)
    view = ProgressDashboard(store, SECTIONS, now=lambda: NOW)
    view.scope.value = "card glossary:change-management"
    assert view.confirm.value == ""
    view.confirm.value = "card glossary:change-management"  # the store's words are not the learner's
    view.reset.click()
    assert "Nothing was deleted" in view.message.value
    assert "type “flashcard Change management” in the Confirm box" in view.message.value
    assert len(store.reviews()) == 2
    view.confirm.value = "flashcard Change management"
    view.reset.click()
    assert "Reset flashcard Change management: 1 record deleted." in view.message.value
    assert list(store.reviews()["card_id"]) == ["glossary:agile-methodologies"]
    assert len(store.answers()) == 6  # the quiz answers about the term stay
    assert "Change management (glossary term): 1 of 2 answers right</li>" in view.summary.value
    assert "flashcard Change management" not in [label for label, _scope in view.scope.options]


def test_reset_choices_name_cards_and_skip_cards_gone_from_the_workbook(store):
    store.record_review("glossary:blockchain", 1, {}, NOW, at=day(0))
    review(store, "glossary:itil", "easy", day(0))
    phrases = [(choice.phrase, choice.scope) for choice in reset_choices(store, ["05_leadership"])]
    assert phrases == [
        ("everything", "everything"),
        ("notebook 05_leadership", "notebook 05_leadership"),
        ("flashcard ITIL (Information Technology Infrastructure Library)", "card glossary:itil"),
    ]


def test_a_card_state_the_scheduler_cannot_read_is_shown_and_can_be_reset(store):
    store.record_review("glossary:devops", 1, {}, NOW, at=day(0))
    view = ProgressDashboard(store, SECTIONS, now=lambda: NOW)
    assert "card &#x27;glossary:devops&#x27; has a saved state the scheduler cannot read" in view.message.value
    view.scope.value = "card glossary:devops"
    view.confirm.value = "flashcard DevOps"
    view.reset.click()
    assert "Reset flashcard DevOps: 1 record deleted." in view.message.value
    assert "0 cards are due now" in view.summary.value


def test_the_dashboard_counts_questions_not_attempts_and_keeps_the_first_verdict(store):
    store.record_answer("entry-level-how-long", False, notebook="01_entry_level", at=day(1))
    store.record_answer("entry-level-how-long", True, notebook="01_entry_level", at=day(0))
    store.record_answer("entry-level-how-long", True, notebook="01_entry_level", at=day(0, hour=13))
    text = summarize(store, SECTIONS, now=NOW).text()
    assert "answered 1 question (0 correct)" in text


def test_notebooks_are_listed_by_their_titles(store):
    from careerkit.learning.dashboard import notebook_title
    from careerkit.learning.sections import notebook_sections

    sections = notebook_sections()
    store.record_section("04_leadership_and_executive", sections["04_leadership_and_executive"][0])
    view = ProgressDashboard(store=store, notebook_sections=sections)
    assert notebook_title("04_leadership_and_executive").startswith("04 Leadership and executive")
    assert f"{notebook_title('04_leadership_and_executive')}: 1 of" in view.summary.value
    assert "04_leadership_and_executive:" not in view.summary.value


def test_headings_follow_the_notebooks_order_no_h4(store):
    view = ProgressDashboard(store=store, notebook_sections=SECTIONS)
    assert "<h4" not in view.summary.value


def test_a_missed_authored_question_is_a_weak_spot_named_by_its_objective(store):
    from careerkit.content import questions as authored

    question_set = authored.question_sets()["08_salary_exploration"]
    question = question_set.questions[0]
    store.record_answer(question.id, False, notebook="08_salary_exploration", at=day(0))
    objective = question_set.objective(question.objective)
    assert summarize(store, SECTIONS, now=NOW).weak_spots() == [
        f"{objective.text} (objective of notebook 08): 0 of 1 answer right"
    ]


def test_notebook_00_shows_the_progress_folder_as_a_plain_path():
    """``home_dir()`` alone would show ``PosixPath('...')``; the notebook prints the path a learner can copy."""
    import json

    from careerkit.content.locations import NOTEBOOKS_DIR

    cells = json.loads((NOTEBOOKS_DIR / "00_start_here.ipynb").read_text(encoding="utf-8"))["cells"]
    sources = ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "code"]
    shown = [source for source in sources if "home_dir" in source]
    assert shown and all("print(home_dir())" in source for source in shown)
