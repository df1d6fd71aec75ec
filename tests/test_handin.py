"""The hand-in: answers and sections by default, private records only when the learner ticks the option."""

import json
from html import escape

import pytest

from careerkit.learning.handin import NAME_NEEDED, PRIVATE_TABLES, handin_dict, handin_file_name, write_handin
from careerkit.teaching.classview import class_results
from careerkit.widgets import ProgressDashboard


def _fill(store):
    store.record_answer("q:1", True, notebook="05_key_concepts", response="A")
    store.record_section("00_start_here", "How this works")
    store.record_reflection("plan:why", "I want to leave my manager", notebook="12_career_plan")
    store.record_self_assessment("skill:sql", 2, note="weak", notebook="12_career_plan")
    store.save_plan({"target": "cto"}, notebook="12_career_plan")
    store.record_roadmap_status("node:1", "done", notebook="12_career_plan")


def test_a_hand_in_holds_answers_and_sections_but_no_private_records_by_default(store, tmp_path):
    _fill(store)
    saved = write_handin(store, tmp_path, "Ann Lee")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert saved.name == "careerkit-Ann-Lee.json"
    assert data["learner_name"] == "Ann Lee" and data["private_included"] is False
    assert len(data["tables"]["answers"]) == 1 and len(data["tables"]["sections"]) == 1
    assert not set(PRIVATE_TABLES) & set(data["tables"])
    assert "leave my manager" not in saved.read_text(encoding="utf-8")
    assert class_results(saved).learners["learner"].tolist() == ["Ann Lee"]


def test_private_records_go_in_only_when_asked(store):
    _fill(store)
    data = handin_dict(store, "Ann", include_private=True)
    assert data["private_included"] is True
    assert data["tables"]["reflections"][0]["text"] == "I want to leave my manager"
    assert {"self_assessments", "plans", "roadmap"} <= set(data["tables"])


def test_a_name_is_needed_and_becomes_a_safe_file_name():
    with pytest.raises(ValueError, match="Type your name before handing in"):
        handin_file_name("   ")
    assert handin_file_name("José  O'Neil") == "careerkit-José-O-Neil.json"
    assert handin_file_name("../../etc/passwd") == "careerkit-etc-passwd.json"


def test_the_dashboard_asks_for_a_name_and_offers_the_private_option(store, careerkit_exports):
    _fill(store)
    view = ProgressDashboard(store, {"00_start_here": ["How this works"]})
    assert "reflections, self-ratings, roadmap and saved plans" in view.include_private.description
    assert view.include_private.value is False
    view.export_json.click()
    assert escape(NAME_NEEDED) in view.message.value and not list(careerkit_exports.iterdir())
    view.learner_name.value = "Bo"
    view.export_json.click()
    assert "reflections" not in json.loads((careerkit_exports / "careerkit-Bo.json").read_text())["tables"]
    view.include_private.value = True
    view.export_json.click()
    assert "reflections" in json.loads((careerkit_exports / "careerkit-Bo.json").read_text())["tables"]
