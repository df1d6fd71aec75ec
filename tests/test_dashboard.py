"""The dashboard's numbers and its view: sections, weak spots, cards due, streak, export and reset."""

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from careerkit.dashboard import sections_chart, streak, summarize
from careerkit.widgets import ProgressDashboard

NOW = datetime(2025, 3, 10, 18, 0, tzinfo=timezone.utc)
SECTIONS = {"01_stages": ["entry", "mid", "senior"], "05_leadership": ["cto", "cio"]}


def day(offset, hour=12):
    return NOW.replace(hour=hour) - timedelta(days=offset)


def fill(store):
    store.record_section("01_stages", "entry", at=day(2))
    store.record_section("01_stages", "mid", at=day(1))
    store.record_section("01_stages", "not-listed", at=day(1))
    store.record_answer("q:cto", False, notebook="05_leadership", at=day(1))
    store.record_answer("q:cto", True, notebook="05_leadership", at=day(1))
    store.record_answer("q:cio", False, notebook="05_leadership", at=day(0))
    store.record_answer("q:easy", True, notebook="05_leadership", at=day(0))
    store.record_review("glossary:itil", 1, {}, NOW - timedelta(minutes=5), at=day(0))
    store.record_review("glossary:agile", 3, {}, NOW + timedelta(days=3), at=day(0))


def test_streak_counts_back_from_today_or_yesterday():
    today = date(2025, 3, 10)
    assert streak([today, today - timedelta(days=1), today - timedelta(days=3)], today) == 2
    assert streak([today - timedelta(days=1), today - timedelta(days=2)], today) == 2
    assert streak([today - timedelta(days=2)], today) == 0
    assert streak([], today) == 0


def test_summary_counts_sections_weak_items_due_cards_and_streak(store):
    fill(store)
    summary = summarize(store, SECTIONS, now=NOW, labels={"q:cio": "What a CIO does"})
    assert summary.sections[["notebook", "done", "total"]].values.tolist() == [["01_stages", 2, 3], ["05_leadership", 0, 2]]
    assert summary.weakest[["label", "kind", "attempts", "correct"]].values.tolist() == [
        ["glossary:itil", "card", 1, 0], ["What a CIO does", "quiz", 1, 0], ["q:cto", "quiz", 2, 1],
    ]
    assert summary.cards_due == 1
    assert summary.streak == 3
    assert summary.text() == (
        "You have finished 2 of 5 sections, answered 4 questions (2 correct) and made 2 card reviews "
        "over 2 cards. 1 card is due now. Streak: 3 days in a row."
    )


def test_an_empty_store_reads_as_a_fresh_start(store):
    summary = summarize(store, None, now=NOW)
    assert summary.sections.empty and summary.weakest.empty
    assert summary.streak == 0 and summary.cards_due == 0
    assert sections_chart(summary) is None


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
    assert chart.alt_text == "Sections finished per notebook: 01_stages 2 of 3; 05_leadership 0 of 2."


def test_view_shows_progress_and_exports_where_it_says(store, tmp_path):
    fill(store)
    view = ProgressDashboard(store, SECTIONS, export_dir=tmp_path / "out", now=lambda: NOW)
    assert "finished 2 of 5 sections" in view.summary.value
    assert "01_stages: 2 of 3 sections" in view.summary.value
    assert "Worth another look" in view.summary.value
    assert "Sections finished per notebook: 01_stages 2 of 3" in view.chart_text.value
    view.learner_name.value = "Ann"
    view.export_json.click()
    saved = tmp_path / "out" / "progress.json"
    assert str(saved) in view.message.value
    assert json.loads(saved.read_text())["learner_name"] == "Ann"
    view.export_csv.click()
    assert "Saved 7 file(s)" in view.message.value and (tmp_path / "out" / "progress-answers.csv").exists()


def test_view_reset_needs_the_typed_confirmation(store, tmp_path):
    fill(store)
    view = ProgressDashboard(store, SECTIONS, export_dir=tmp_path, now=lambda: NOW)
    assert view.scope.options == ("everything", "notebook 01_stages", "notebook 05_leadership")
    view.scope.value = "notebook 05_leadership"
    view.confirm.value = "yes"
    view.reset.click()
    assert "nothing was deleted" in view.message.value and len(store.answers()) == 4
    view.confirm.value = "notebook 05_leadership"
    view.reset.click()
    assert "Reset notebook 05_leadership: 4 record(s) deleted." in view.message.value
    assert store.answers().empty and "answered 0 questions" in view.summary.value
    assert all(control.description for control in (view.scope, view.confirm, view.reset, view.export_dir))
