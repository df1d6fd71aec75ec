"""The instructor guide says what the notebooks say, and its agendas add up."""

import pytest

from careerkit.teaching import guide
from careerkit.teaching.guide import Slot, build_agenda, generate, load_config, render
from careerkit.teaching.lint import Lesson, lessons


def lesson(number, teaching, exercises, notes=(), sections=()):
    return Lesson(
        path=f"notebooks/{number}_x.ipynb", number=number, title=f"Title {number}", teaching=teaching, exercises=exercises,
        questions=("Why?",), objectives=(f"Objective of {number}",), sections=(), challenges=(f"challenge of {number}",),
        key_points=("Point.",), instructor_notes=tuple(notes), instructor_note_sections=tuple(sections),
    )


BREAKS = [{"label": "Break", "minutes": 15}, {"label": "Lunch", "minutes": 45}]


def test_committed_guide_is_what_the_generator_writes_now():
    written = guide.GUIDE_PATH.read_text(encoding="utf-8") if guide.GUIDE_PATH.exists() else ""
    assert written == generate(), "notebooks/INSTRUCTOR_GUIDE.md is out of date: run python -m careerkit.teaching.guide and commit it"


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


def test_an_agenda_too_short_for_its_notebooks_keeps_them_all_and_runs_late():
    agenda = build_agenda([lesson("00", 60, 30), lesson("01", 60, 30), lesson("02", 10, 5)], "Short", "13:30", 120, 90, BREAKS)
    assert [slot.label for slot in agenda.slots] == ["00 Title 00", "Break", "01 Title 01", "Lunch", "02 Title 02"]
    assert agenda.left_over == ()
    assert (agenda.minutes, agenda.overrun) == (255, 135)
    text = guide._agenda_section(agenda)
    assert "Its notebooks and breaks need 255 minutes, 135 more than the 120 planned, so it ends at 17:45 instead of 15:30." in text
    assert "Notebooks 195 min, breaks 60 min, wrap-up 0 min: 13:30 to 17:45." in text


def test_breaks_keep_the_longest_stretch_short_and_lunch_comes_where_its_turn_falls():
    lessons = [lesson(f"{n:02d}", 20, 10) for n in range(8)]
    agenda = build_agenda(lessons, "Day", "09:00", 400, 60, BREAKS + [{"label": "Tea", "minutes": 10}])
    labels = [slot.label[:2] if slot.label[0].isdigit() else slot.label for slot in agenda.slots]
    assert labels == ["00", "01", "Break", "02", "03", "Lunch", "04", "05", "Tea", "06", "07", "Wrap-up and questions"]


def test_an_agenda_uses_no_more_breaks_than_it_needs():
    agenda = build_agenda([lesson("00", 20, 10), lesson("01", 20, 10)], "Hour", "09:00", 60, 80, BREAKS)
    assert [slot.label for slot in agenda.slots] == ["00 Title 00", "01 Title 01"]
    assert agenda.break_minutes == 0 and agenda.overrun == 0


def test_configured_agendas_last_about_a_half_and_a_full_day():
    config = load_config()
    lengths = {agenda["name"]: agenda["length"] for agenda in config["agendas"]}
    assert sorted(lengths.values()) == [210, 480]
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


def configured(name_start):
    config = load_config()
    settings = next(agenda for agenda in config["agendas"] if agenda["name"].startswith(name_start))
    return settings, build_agenda(lessons(), **settings)


def taught(agenda):
    return [slot.label[:2] for slot in agenda.slots if slot.label[:2].isdigit()]


def test_the_full_day_teaches_every_notebook_in_order_and_ends_within_its_day():
    settings, agenda = configured("Full-day")
    assert taught(agenda) == [f"{n:02d}" for n in range(13)]
    assert agenda.left_over == () and agenda.overrun == 0
    assert [slot.label for slot in agenda.slots if not slot.label[:2].isdigit()] == [
        *(pause["label"] for pause in settings["breaks"]), "Wrap-up and questions"
    ]
    lunch = next(slot for slot in agenda.slots if slot.label == "Lunch")
    assert "11:30" <= lunch.start <= "13:00"
    text = generate()
    assert "| 16:10 | 12 Your career plan | 40 |" in text and "| 17:00 | End | |" in text


def test_the_half_day_teaches_the_notebooks_its_config_picks():
    settings, agenda = configured("Half-day")
    assert taught(agenda) == settings["notebooks"] == ["00", "04", "05", "06", "12"]
    assert [left.number for left in agenda.left_over] == ["01", "02", "03", "07", "08", "09", "10", "11"]
    assert agenda.overrun == 0


def test_instructor_notes_in_the_guide_say_where_in_the_notebook_they_apply():
    note = "Point at the last row of the table above."
    text = render([lesson("08", 20, 15, [note], ["What the survey covers"])], load_config())
    assert f"- In notebook 08, at 'What the survey covers': {note}" in text
    committed = generate()
    assert "- In notebook 01, at 'What the stage asks of you': Learners often ask" in committed
    assert "\n- Point at" not in committed and "\n- Before showing" not in committed


def test_discussion_prompts_come_from_the_use_case_notebooks_instructor_notes():
    text = render([lesson("06", 20, 15, ["Ask who has seen a migration fail.\nThen ask why."])], load_config())
    prompts = text.split("## Discussion prompts for the use cases")[1].split("## Giving a room")[0]
    assert "- In notebook 06, before its first section: Ask who has seen a migration fail.\n  Then ask why." in prompts
    assert "- Notebook 07 is not in this copy of the workbook yet." in prompts


def test_guide_explains_the_seeded_quiz_and_the_seed_really_gives_one_quiz():
    text = render([lesson("00", 10, 5)], load_config())
    assert "room_quiz(seed=2026, n=10" in text
    from careerkit.learning.questionbank import question_bank

    first, second = (question_bank().sample(10, seed=2026) for _ in range(2))
    assert [q.id for q in first.questions] == [q.id for q in second.questions]


def test_guide_covers_local_binder_and_jupyterhub_runs_and_collecting_results():
    text = render([lesson("00", 10, 5)], load_config())
    for phrase in ("make lab", "mybinder.org/v2/gh/", "environment.yml", "/hub/user-redirect/git-pull?repo=", "CAREERKIT_HOME", "class_results"):
        assert phrase in text
    from careerkit.teaching.classview import class_results

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


def test_the_guide_lists_each_notebooks_questions_by_objective_and_level():
    from careerkit.content import questions as authored
    from careerkit.learning.questionbank import question_bank

    text = generate()
    for notebook, question_set in authored.question_sets().items():
        asked = [question for question in question_bank() if question.notebook == notebook]
        assert f"Questions ({len(asked)}), by objective and level:" in text
        for objective in question_set.objectives:
            assert f"- {objective.text} (`{objective.id}`," in text
        question = asked[0]
        assert f"  - {question.level}: {' '.join(question.prompt.split())} (`{question.id}`)" in text
