"""The class view: hand-ins in (exports, LMS folders, learner homes), tables per learner, question and notebook out."""

import json
import time
import warnings
from datetime import UTC

import numpy as np
import pytest

from careerkit.learning.progress import ProgressStore
from careerkit.learning.sections import notebook_sections
from careerkit.teaching.classview import (
    SkippedFilesWarning,
    answer_feedback,
    class_results,
    point_biserial,
    question_index,
    upper_lower_index,
)


def learner(path, name=None, *, right_first=True, sections=("entry",), cards=1):
    with ProgressStore(path) as store:
        for section in sections:
            store.record_section("01_stages", section)
        store.record_answer("q:cto", right_first, notebook="05_leadership")
        store.record_answer("q:cto", True, notebook="05_leadership")
        store.record_answer("q:cio", False, notebook="05_leadership")
        store.record_answer("walk:1", True, notebook="03_cases", kind="walkthrough")
        for index in range(cards):
            store.record_review(f"glossary:{index}", 3, {}, store_due())
        return store.to_dict(name)


def store_due():
    from datetime import datetime

    return datetime(2025, 3, 1, tzinfo=UTC)


def export(folder, file_name, **options):
    data = learner(folder / f"{file_name}.sqlite3", **options)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{file_name}.json").write_text(json.dumps(data))
    (folder / f"{file_name}.sqlite3").unlink()


def test_exports_give_one_row_per_learner_and_hardest_items_first(tmp_path):
    export(tmp_path, "ann", name="Ann", sections=("entry", "mid"), cards=3)
    export(tmp_path, "bob", right_first=False)
    results = class_results(tmp_path)
    table = results.learners.set_index("learner")
    assert list(table.index) == ["Ann", "bob"]
    assert table.loc["Ann", "sections done: 01_stages"] == 2 and table.loc["bob", "sections done: 01_stages"] == 1
    assert table.loc["Ann", "quiz score: 05_leadership"] == 0.5
    assert table.loc["bob", "quiz score: 05_leadership"] == 0.0, "the score counts first attempts"
    assert table["cards reviewed"].tolist() == [3, 1]
    assert "quiz score: 03_cases" not in table.columns
    assert results.items[["item_id", "learners", "correct", "share_correct"]].values.tolist() == [
        ["q:cio", 2, 0, 0.0], ["q:cto", 2, 1, 0.5], ["walk:1", 2, 2, 1.0],
    ]
    assert results.items.set_index("item_id").loc["walk:1", "flags"] == "too easy"


def test_a_folder_of_learner_homes_is_read_without_changing_them(tmp_path):
    for name in ("ann", "bob"):
        (tmp_path / name).mkdir()
        learner(tmp_path / name / "progress.sqlite3", sections=())
    before = (tmp_path / "ann" / "progress.sqlite3").stat().st_mtime_ns
    results = class_results(tmp_path)
    assert results.learners["learner"].tolist() == ["ann", "bob"]
    assert results.learners["cards reviewed"].tolist() == [1, 1]
    assert (tmp_path / "ann" / "progress.sqlite3").stat().st_mtime_ns == before


def test_an_lms_download_with_a_folder_per_learner_and_any_file_name_is_found(tmp_path):
    export(tmp_path / "alice", "progress")
    export(tmp_path / "bob" / "attempt-1", "whatever")
    export(tmp_path / "carl", "handin", name="Carl Smith")
    results = class_results(tmp_path)
    assert results.learners["learner"].tolist() == ["Carl Smith", "alice", "bob"]
    assert results.skipped == ()


def test_bad_and_foreign_files_are_skipped_and_listed_in_one_warning(tmp_path):
    export(tmp_path / "ann", "progress", name="Ann")
    broken = tmp_path / "carl" / "progress.json"
    broken.parent.mkdir()
    broken.write_text('{"format": "careerkit-progress",\n "tables": [}')
    other = tmp_path / "manifest.json"
    other.write_text(json.dumps({"format": "something-else"}))
    lacking = tmp_path / "dana.json"
    lacking.write_text(json.dumps({"format": "careerkit-progress", "schema_version": 1,
                                   "tables": {"answers": [{"id": 1, "at": "x", "notebook": ""}]}}))
    corrupt_home = tmp_path / "eve"
    corrupt_home.mkdir()
    (corrupt_home / "progress.sqlite3").write_bytes(b"garbage" * 100)
    with pytest.warns(SkippedFilesWarning) as caught:
        results = class_results(tmp_path)
    assert results.learners["learner"].tolist() == ["Ann"]
    message = str(caught[0].message)
    assert message.startswith("4 file(s) skipped")
    assert f"{broken}: not valid JSON (line 2, column 13" in message
    assert f"{other}: not a careerkit progress export (format is 'something-else'" in message
    assert f"{lacking}: table 'answers' row 1 lacks field(s) item_id, kind" in message
    assert "eve/progress.sqlite3: not a readable careerkit progress store" in message
    assert {path for path, _reason in results.skipped} == {broken, other, lacking, corrupt_home / "progress.sqlite3"}


def test_no_hand_in_at_all_or_a_missing_path_is_an_error(tmp_path):
    (tmp_path / "notes.json").write_text("[]")
    with pytest.raises(ValueError, match="(?s)no careerkit hand-ins found in .*notes.json: not a careerkit progress export"):
        class_results(tmp_path)
    with pytest.raises(ValueError, match="nowhere: no such file or folder"):
        class_results(tmp_path / "nowhere")


def test_a_resubmission_keeps_the_latest_export_and_lists_the_earlier(tmp_path):
    export(tmp_path / "first", "a1", name="Ann", sections=("entry",))
    time.sleep(0.01)
    export(tmp_path / "second", "a2", name="Ann", sections=("entry", "mid"))
    with pytest.warns(SkippedFilesWarning, match="an earlier hand-in by 'Ann'"):
        results = class_results(tmp_path)
    assert results.learners["sections done: 01_stages"].tolist() == [2]
    assert [path.name for path, _ in results.skipped] == ["a1.json"]


def _single_choice_question():
    return next(q for q in question_index().values() if getattr(q, "choices", None) and hasattr(q, "answer")
                and isinstance(q.answer, int))


def test_each_question_shows_its_text_answer_and_most_common_wrong_answer_with_its_feedback(tmp_path):
    question = _single_choice_question()
    wrong = [choice for choice in question.choices if choice != question.expected]
    picks = [question.expected, wrong[0], wrong[0], wrong[-1]]
    for number, pick in enumerate(picks):
        with ProgressStore(tmp_path / f"l{number}" / "progress.sqlite3") as store:
            store.record_answer(question.id, pick == question.expected, notebook="room", response=pick, kind="quiz")
            store.record_answer(question.id, True, notebook="room", response=question.expected, kind="quiz")
    row = class_results(tmp_path).items.set_index("item_id").loc[question.id]
    assert row["question"] == question.prompt
    assert row["answer"] == question.expected
    assert row["kind"] == question.kind
    assert (row["learners"], row["correct"], row["share_correct"]) == (4, 1, 0.25)
    assert (row["wrong_answer"], row["wrong_count"]) == (wrong[0], 2)
    assert row["wrong_feedback"] == answer_feedback(question, wrong[0]) and row["wrong_feedback"]


def test_item_analysis_flags_an_item_the_weaker_learners_get_right(tmp_path):
    """Ten learners: learner k gets k of nine ordinary items right; the odd item goes to the weakest half only."""
    for k in range(10):
        with ProgressStore(tmp_path / f"learner{k}" / "progress.sqlite3") as store:
            for item in range(9):
                store.record_answer(f"item:{item}", item < k, notebook="room")
            store.record_answer("item:odd", k < 5, notebook="room")
            store.record_answer("item:easy", True, notebook="room")
    items = class_results(tmp_path).items.set_index("item_id")
    assert items.loc["item:odd", "flags"] == "negative discrimination"
    assert items.loc["item:odd", "discrimination"] == -1.0
    assert items.loc["item:odd", "point_biserial"] < 0
    assert items.loc["item:4", "discrimination"] == 1.0 and items.loc["item:4", "flags"] == ""
    assert items.loc["item:easy", "flags"] == "too easy"
    assert np.isnan(items.loc["item:easy", "point_biserial"]), "an item nobody misses has no correlation"


def test_discrimination_statistics_on_small_groups():
    scores, rest = np.array([1.0, 0.0, 1.0, 0.0]), np.array([0.9, 0.1, 0.8, 0.2])
    assert upper_lower_index(scores, rest) == 1.0
    assert point_biserial(scores, rest) > 0.9
    assert np.isnan(upper_lower_index(np.array([1.0]), np.array([0.5])))


def test_completion_counts_learners_who_finished_every_section_of_a_notebook(tmp_path):
    notebook, sections = next(iter(notebook_sections().items()))
    for name, done in (("ann", sections), ("bob", sections[:1])):
        with ProgressStore(tmp_path / name / "progress.sqlite3") as store:
            for section in done:
                store.record_section(notebook, section)
    completion = class_results(tmp_path).completion.set_index("notebook")
    assert completion.loc[notebook, "sections"] == len(sections)
    assert completion.loc[notebook, "learners_finished"] == (1 if len(sections) > 1 else 2)
    assert completion.loc[notebook, "mean_sections_done"] == (len(sections) + 1) / 2
    assert set(completion.index) == set(notebook_sections())


def test_three_hundred_hand_ins_take_well_under_a_few_seconds(tmp_path):
    data = learner(tmp_path / "one.sqlite3", sections=("entry", "mid"), cards=5)
    for number in range(300):
        folder = tmp_path / "room" / f"learner{number:03d}"
        folder.mkdir(parents=True)
        (folder / "submission.json").write_text(json.dumps({**data, "learner_name": None}))
    class_results(tmp_path / "room")  # warm the question bank, built once per session
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        results = class_results(tmp_path / "room")
    elapsed = time.perf_counter() - started
    assert len(results.learners) == 300
    assert elapsed < 2.0, f"300 hand-ins took {elapsed:.2f} s"
