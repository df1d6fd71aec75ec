"""The instructor guide says what the notebooks say, and its agendas add up."""

import pytest

from careerkit import guide
from careerkit.guide import Slot, build_agenda, generate, load_config, render
from careerkit.lessons import Lesson


def lesson(number, teaching, exercises, notes=()):
    return Lesson(
        path=f"notebooks/{number}_x.ipynb", number=number, title=f"Title {number}", teaching=teaching, exercises=exercises,
        questions=("Why?",), objectives=(f"Objective of {number}",), sections=(), challenges=(f"challenge of {number}",),
        key_points=("Point.",), instructor_notes=tuple(notes),
    )


BREAKS = [{"label": "Break", "minutes": 15}, {"label": "Lunch", "minutes": 45}]


def test_committed_guide_is_what_the_generator_writes_now():
    written = guide.GUIDE_PATH.read_text(encoding="utf-8") if guide.GUIDE_PATH.exists() else ""
    assert written == generate(), "notebooks/INSTRUCTOR_GUIDE.md is out of date: run python -m careerkit.guide and commit it"


def test_agenda_puts_breaks_between_notebooks_and_ends_on_time():
    agenda = build_agenda([lesson("00", 30, 20), lesson("01", 20, 10), lesson("02", 30, 30)], "Day", "09:00", 220, 60, BREAKS)
    assert agenda.slots == (
        Slot("09:00", "00 Title 00", 50),
        Slot("09:50", "Break", 15),
        Slot("10:05", "01 Title 01", 30),
        Slot("10:35", "Lunch", 45),
        Slot("11:20", "02 Title 02", 60),
        Slot("12:20", "Wrap-up and questions", 20),
    )
    assert agenda.minutes == 220
    assert agenda.left_over == ()


def test_agenda_leaves_notebooks_that_do_not_fit_for_later():
    lessons = [lesson("00", 60, 30), lesson("01", 60, 30), lesson("02", 10, 5)]
    agenda = build_agenda(lessons, "Short", "13:30", 120, 90, BREAKS)
    assert [slot.label for slot in agenda.slots] == ["00 Title 00", "Wrap-up and questions"]
    assert [left.number for left in agenda.left_over] == ["01", "02"]
    assert agenda.minutes == 120


def test_configured_agendas_last_about_a_half_and_a_full_day():
    config = load_config()
    lengths = {agenda["name"]: agenda["length"] for agenda in config["agendas"]}
    assert sorted(lengths.values()) == [210, 390]
    for settings in config["agendas"]:
        agenda = build_agenda([lesson(f"{n:02d}", 20, 10) for n in range(13)], **settings)
        assert agenda.minutes == settings["length"]
        assert any(slot.label in {"Break", "Lunch"} for slot in agenda.slots)


def test_guide_lists_each_notebook_with_its_minutes_and_totals():
    text = render([lesson("00", 10, 5), lesson("06", 20, 15, ["Ask who has seen a migration fail."])], load_config())
    assert "| 00 | Title 00 | 10 | 5 | 15 |" in text
    assert "| | **All 2 notebooks** | **30** | **20** | **50** |" in text
    assert "### 06 Title 06\n\n`06_x.ipynb` · Teaching: 20 min · Exercises: 15 min" in text
    assert "- Objective of 06" in text


def test_discussion_prompts_come_from_the_use_case_notebooks_instructor_notes():
    text = render([lesson("06", 20, 15, ["Ask who has seen a migration fail.\nThen ask why."])], load_config())
    prompts = text.split("## Discussion prompts for the use cases")[1].split("## Giving a room")[0]
    assert "- Ask who has seen a migration fail.\n  Then ask why." in prompts
    assert "- Notebook 07 is not in this copy of the workbook yet." in prompts


def test_guide_explains_the_seeded_quiz_and_the_seed_really_gives_one_quiz():
    text = render([lesson("00", 10, 5)], load_config())
    assert "QuizWidget(default_bank().sample(10, seed=2026))" in text
    from careerkit.questionbank import default_bank

    first, second = (default_bank().sample(10, seed=2026) for _ in range(2))
    assert [q.id for q in first.questions] == [q.id for q in second.questions]


def test_guide_covers_local_binder_and_jupyterhub_runs_and_collecting_results():
    text = render([lesson("00", 10, 5)], load_config())
    for phrase in ("make lab", "mybinder.org/v2/gh/", "environment.yml", "/hub/user-redirect/git-pull?repo=", "CAREERKIT_HOME", "class_results"):
        assert phrase in text
    from careerkit.classview import class_results

    assert callable(class_results)


def test_config_errors_name_the_file_and_the_field(tmp_path):
    path = tmp_path / "guide.yaml"
    good = guide.CONFIG_PATH.read_text(encoding="utf-8")
    path.write_text(good.replace("quiz: |", "quizz: |"))
    with pytest.raises(ValueError, match=f"^{path}: missing field 'quiz'$"):
        load_config(path)
    path.write_text(good.replace('start: "09:00"', 'start: "9am"', 1))
    with pytest.raises(ValueError, match=f"^{path}: agenda 1: field 'start' must be a time like \"09:00\", got '9am'$"):
        load_config(path)
    path.write_text(good.replace("length: 210", "length: three hours"))
    with pytest.raises(ValueError, match=f"^{path}: agenda 1: field 'length' must be int, got 'three hours'$"):
        load_config(path)
    path.write_text(good.replace("{label: Lunch, minutes: 45}", "{label: Lunch}"))
    with pytest.raises(ValueError, match=f"^{path}: agenda 2, break 2: missing field 'minutes'$"):
        load_config(path)
    path.write_text("intro: [unclosed\n")
    with pytest.raises(ValueError, match=f"^{path}: line 2, column 1: not valid YAML"):
        load_config(path)


def test_command_line_writes_the_guide_where_asked(tmp_path, capsys):
    target = tmp_path / "GUIDE.md"
    assert guide.main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == generate()
    assert capsys.readouterr().out == f"wrote {target}\n"


def test_an_agenda_can_pick_its_notebooks_and_lists_the_rest_as_follow_up():
    lessons = [lesson(f"{n:02d}", 20, 10) for n in range(5)]
    agenda = build_agenda(lessons, "Short", "13:00", 120, 90, BREAKS, notebooks=["00", "03"])
    taught = [slot.label for slot in agenda.slots]
    assert taught[0].startswith("00") and taught[1].startswith("03")
    assert [lesson.number for lesson in agenda.left_over] == ["01", "02", "04"]


def test_an_agenda_notebook_number_must_look_like_one(tmp_path):
    import yaml

    config = yaml.safe_load(guide.CONFIG_PATH.read_text(encoding="utf-8"))
    config["agendas"][0]["notebooks"] = [5]
    path = tmp_path / "guide.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    with pytest.raises(ValueError, match=r"agenda 1: field 'notebooks' lists notebook numbers like \"05\", got 5"):
        load_config(path)
