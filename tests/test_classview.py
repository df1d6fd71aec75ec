"""The class view: learners' exports or homes in, one table per learner and per question out."""

import json

import pytest

from careerkit.teaching.classview import class_results
from careerkit.learning.progress import ProgressStore


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
    from datetime import datetime, timezone

    return datetime(2025, 3, 1, tzinfo=timezone.utc)


def export(folder, file_name, **options):
    data = learner(folder / f"{file_name}.sqlite3", **options)
    (folder / f"{file_name}.json").write_text(json.dumps(data))


def test_exports_give_one_row_per_learner_and_hardest_items_first(tmp_path):
    export(tmp_path, "ann", name="Ann", sections=("entry", "mid"), cards=3)
    export(tmp_path, "bob", right_first=False)
    results = class_results(tmp_path)
    table = results.learners.set_index("learner")
    assert list(table.index) == ["Ann", "bob"]
    assert table.loc["Ann", "sections done: 01_stages"] == 2 and table.loc["bob", "sections done: 01_stages"] == 1
    assert table.loc["Ann", "quiz score: 05_leadership"] == 0.5
    assert table["cards reviewed"].tolist() == [3, 1]
    assert "quiz score: 03_cases" not in table.columns
    assert results.items[["item_id", "learners", "correct", "share_correct"]].values.tolist() == [
        ["q:cio", 2, 0, 0.0], ["q:cto", 2, 1, 0.5], ["walk:1", 2, 2, 1.0],
    ]


def test_a_folder_of_learner_homes_is_read_without_changing_them(tmp_path):
    for name in ("ann", "bob"):
        (tmp_path / name).mkdir()
        learner(tmp_path / name / "progress.sqlite3", sections=())
    before = (tmp_path / "ann" / "progress.sqlite3").stat().st_mtime_ns
    results = class_results(tmp_path)
    assert results.learners["learner"].tolist() == ["ann", "bob"]
    assert results.learners["cards reviewed"].tolist() == [1, 1]
    assert (tmp_path / "ann" / "progress.sqlite3").stat().st_mtime_ns == before


def test_bad_files_are_named_in_the_error(tmp_path):
    broken = tmp_path / "carl.json"
    broken.write_text('{"format": "careerkit-progress",\n "tables": [}')
    with pytest.raises(ValueError, match=f"{broken}: not valid JSON \\(line 2, column 13"):
        class_results(broken)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(ValueError, match=f"{other}: not a careerkit progress export \\(format is 'something-else'"):
        class_results([other])
    lacking = tmp_path / "dana.json"
    lacking.write_text(json.dumps({"format": "careerkit-progress", "schema_version": 1,
                                   "tables": {"answers": [{"id": 1, "at": "x", "notebook": ""}]}}))
    with pytest.raises(ValueError, match=f"{lacking}: table 'answers' row 1 lacks field\\(s\\) item_id, kind"):
        class_results(lacking)
    corrupt_home = tmp_path / "eve"
    corrupt_home.mkdir()
    (corrupt_home / "progress.sqlite3").write_bytes(b"garbage" * 100)
    with pytest.raises(ValueError, match="eve/progress.sqlite3: not a readable careerkit progress store"):
        class_results(corrupt_home)
    with pytest.raises(ValueError, match="nowhere: no such file or folder"):
        class_results(tmp_path / "nowhere")


def test_two_exports_for_one_learner_are_refused(tmp_path):
    export(tmp_path, "a1", name="Ann")
    export(tmp_path, "a2", name="Ann")
    with pytest.raises(ValueError, match="two sources are both for learner 'Ann': .*a1.json and .*a2.json"):
        class_results(tmp_path)
