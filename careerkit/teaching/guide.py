"""The instructor guide, written from the notebooks so it cannot drift from them.

Titles, objectives, minutes, challenges and instructor notes come from each
notebook's skeleton (``careerkit.teaching.lint``); the agendas are built from those
minutes; the hand-written parts (how to run a class, how to give a room one quiz)
live in ``data/guide.yaml``. ``python -m careerkit.teaching.guide`` rewrites
``notebooks/INSTRUCTOR_GUIDE.md``, and ``tests/test_guide.py`` fails when the
committed guide differs from what this writes now, so after changing a notebook's
header or notes, run it and commit the guide with the notebook.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml

from careerkit.content import questions as authored
from careerkit.content.locations import DATA_DIR
from careerkit.learning.questionbank import question_bank
from careerkit.present.files import write_text_atomic
from careerkit.teaching.lint import NOTEBOOKS_DIR, Lesson, lessons

CONFIG_PATH = DATA_DIR / "guide.yaml"
GUIDE_PATH = NOTEBOOKS_DIR / "INSTRUCTOR_GUIDE.md"
TEXT_KEYS = ("intro", "discussion", "quiz", "running", "collecting")
AGENDA_KEYS = ("name", "start", "length", "break_every", "breaks")


@dataclass(frozen=True)
class Slot:
    """One row of an agenda: when it starts, what happens, for how long."""

    start: str
    label: str
    minutes: int


@dataclass(frozen=True)
class Agenda:
    name: str
    slots: tuple[Slot, ...]
    left_over: tuple[Lesson, ...]
    length: int = 0
    """The minutes the agenda was planned for; ``minutes`` is more when its notebooks need it."""
    notebook_minutes: int = 0
    break_minutes: int = 0

    @property
    def minutes(self) -> int:
        return sum(slot.minutes for slot in self.slots)

    @property
    def overrun(self) -> int:
        """Minutes past the planned length, when the chosen notebooks and breaks need more."""
        return max(0, self.minutes - self.length)


def _clock(start: str, minutes: int) -> str:
    hours, mins = map(int, start.split(":"))
    total = hours * 60 + mins + minutes
    return f"{total // 60:02d}:{total % 60:02d}"


def _field(config: dict, key: str, where: str, kind: type):
    if key not in config:
        raise ValueError(f"{where}: missing field '{key}'")
    value = config[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"{where}: field '{key}' must be {kind.__name__}, got {value!r}")
    return value


def _check_agenda(agenda: dict, where: str) -> None:
    for key, kind in zip(AGENDA_KEYS, (str, str, int, int, list)):
        _field(agenda, key, where, kind)
    hours, _, mins = agenda["start"].partition(":")
    if not (hours.isdigit() and mins.isdigit() and len(mins) == 2):
        raise ValueError(f"{where}: field 'start' must be a time like \"09:00\", got {agenda['start']!r}")
    for number, item in enumerate(agenda["breaks"], start=1):
        if not isinstance(item, dict):
            raise ValueError(f"{where}: break {number} must have a label and minutes")
        _field(item, "label", f"{where}, break {number}", str)
        _field(item, "minutes", f"{where}, break {number}", int)
    if "notebooks" in agenda:
        for number in _field(agenda, "notebooks", where, list):
            if not (isinstance(number, str) and len(number) == 2 and number.isdigit()):
                raise ValueError(f"{where}: field 'notebooks' lists notebook numbers like \"05\", got {number!r}")


def load_config(path: str | Path = CONFIG_PATH) -> dict:
    """The guide's hand-written parts, checked; errors name the file and the field."""
    path = Path(path)
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        raise ValueError(f"{path}: {where}: not valid YAML ({getattr(error, 'problem', error)})") from None
    if not isinstance(config, dict):
        raise ValueError(f"{path}: must be a mapping of fields, got {type(config).__name__}")
    for key in TEXT_KEYS:
        _field(config, key, str(path), str)
    for number, agenda in enumerate(_field(config, "agendas", str(path), list), start=1):
        if not isinstance(agenda, dict):
            raise ValueError(f"{path}: agenda {number} must be a mapping of fields")
        _check_agenda(agenda, f"{path}: agenda {number}")
    notebooks = _field(config, "discussion_notebooks", str(path), list)
    if not all(isinstance(number, str) for number in notebooks):
        raise ValueError(f"{path}: field 'discussion_notebooks' must list notebook numbers as quoted text, like \"06\"")
    return config


def build_agenda(lessons: list[Lesson], name: str, start: str, length: int, break_every: int, breaks: list[dict],
                 notebooks: list[str] | None = None) -> Agenda:
    """Every notebook the agenda picks, whole and in workbook order, with breaks between them.

    ``notebooks`` (numbers such as "05") picks a shorter route through the workbook;
    the rest is listed in ``left_over`` as follow-up work, and a number the workbook
    lacks is passed over. Without it the agenda teaches every notebook. A picked
    notebook is never dropped: when the notebooks and breaks need more than ``length``
    minutes the agenda runs late and ``overrun`` says by how much; otherwise a last
    wrap-up slot fills what is left, so it ends on time. ``breaks`` are used in turn,
    placed as ``_break_positions`` says.
    """
    wanted = None if notebooks is None else {str(number) for number in notebooks}
    chosen = [lesson for lesson in lessons if wanted is None or lesson.number in wanted]
    positions = _break_positions([lesson.minutes for lesson in chosen], break_every, len(breaks))
    slots, used, pauses = [], 0, iter(breaks)
    for position, lesson in enumerate(chosen):
        if position in positions:
            pause = next(pauses)
            slots.append(Slot(_clock(start, used), pause["label"], pause["minutes"]))
            used += pause["minutes"]
        slots.append(Slot(_clock(start, used), f"{lesson.number} {lesson.title}", lesson.minutes))
        used += lesson.minutes
    if length > used:
        slots.append(Slot(_clock(start, used), "Wrap-up and questions", length - used))
    pause_minutes = sum(pause["minutes"] for pause in breaks[: len(positions)])
    left_over = tuple(lesson for lesson in lessons if lesson not in chosen)
    return Agenda(name, tuple(slots), left_over, length=length,
                  notebook_minutes=sum(lesson.minutes for lesson in chosen), break_minutes=pause_minutes)


def _break_positions(minutes: list[int], break_every: int, available: int) -> frozenset[int]:
    """Before which notebooks (by position) the breaks go.

    The fewest breaks that keep every stretch of teaching within ``break_every``
    minutes; when even all ``available`` breaks cannot, all of them, placed so the
    longest stretch is as short as it can be. Ties go to the most even stretches,
    then to the earliest breaks. Trying every placement is cheap: a workbook has
    thirteen notebooks, so at most 2**12 placements.
    """
    gaps = range(1, len(minutes))
    best: tuple = ()
    for count in range(min(available, len(gaps)) + 1):
        best = min(((*_stretch_cost(minutes, cuts), cuts) for cuts in combinations(gaps, count)), default=best)
        if best and best[0] <= break_every:
            break
    return frozenset(best[-1]) if best else frozenset()


def _stretch_cost(minutes: list[int], cuts: tuple[int, ...]) -> tuple[int, int]:
    """(longest stretch, sum of squared stretches) of teaching between the breaks at ``cuts``."""
    bounds = (0, *cuts, len(minutes))
    stretches = [sum(minutes[a:b]) for a, b in zip(bounds, bounds[1:])]
    return max(stretches), sum(stretch * stretch for stretch in stretches)


def _lines(items, empty: str = "") -> list[str]:
    """A markdown list; an item's later lines are indented so they stay in the item."""
    return [f"- {item}".replace("\n", "\n  ") for item in items] or ([f"- {empty}"] if empty else [])


def _overview(lessons: list[Lesson]) -> list[str]:
    rows = [f"| {lesson.number} | {lesson.title} | {lesson.teaching} | {lesson.exercises} | {lesson.minutes} |" for lesson in lessons]
    teaching, exercises = sum(lesson.teaching for lesson in lessons), sum(lesson.exercises for lesson in lessons)
    return [
        "| Notebook | Title | Teaching (min) | Exercises (min) | Total (min) |",
        "|---|---|---:|---:|---:|",
        *rows,
        f"| | **All {len(lessons)} notebooks** | **{teaching}** | **{exercises}** | **{teaching + exercises}** |",
    ]


def _lesson_section(lesson: Lesson) -> list[str]:
    return [
        f"### {lesson.number} {lesson.title}",
        "",
        f"`{Path(lesson.path).name}` · Teaching: {lesson.teaching} min · Exercises: {lesson.exercises} min",
        "",
        "Objectives:",
        "",
        *_lines(lesson.objectives),
        "",
        "Challenges:",
        "",
        *_lines(lesson.challenges, "none"),
        "",
        "Instructor notes:",
        "",
        *_lines(placed_notes(lesson), "none"),
        "",
        *_questions_section(lesson),
    ]


def _questions_section(lesson: Lesson) -> list[str]:
    """The notebook's questions (its quizzes and final check draw on them), grouped by the
    objective each tests and labelled with its level, so an instructor sees what is asked
    and how deep. A notebook without questions in the bank gets no section."""
    stem = Path(lesson.path).stem
    questions = [question for question in question_bank() if question.notebook == stem]
    if not questions:
        return []
    objectives = {objective.id: objective.text for objective in authored.objectives(stem)}
    lines = [f"Questions ({len(questions)}), by objective and level:", ""]
    for objective_id, text in objectives.items():
        asked = [question for question in questions if question.objective == objective_id]
        lines.append(f"- {text} (`{objective_id}`, {len(asked)} questions)")
        lines += [f"  - {question.level}: {' '.join(question.prompt.split())} (`{question.id}`)" for question in asked]
    return [*lines, ""]


def placed_notes(lesson: Lesson) -> list[str]:
    """Each instructor note led by where it applies ("In notebook 01, at 'Section': ..."),
    since a note like "point at the table above" means nothing in the guide alone."""
    sections = lesson.instructor_note_sections or ("",) * len(lesson.instructor_notes)
    places = ["at '" + section + "'" if section else "before its first section" for section in sections]
    return [f"In notebook {lesson.number}, {place}: {note}" for note, place in zip(lesson.instructor_notes, places)]


def _agenda_section(agenda: Agenda) -> list[str]:
    rows = [f"| {slot.start} | {slot.label} | {slot.minutes} |" for slot in agenda.slots]
    end = _clock(agenda.slots[0].start, agenda.minutes) if agenda.slots else ""
    later = ", ".join(f"{lesson.number} {lesson.title}" for lesson in agenda.left_over) or "none: it teaches every notebook"
    wrap_up = agenda.minutes - agenda.notebook_minutes - agenda.break_minutes
    begins = agenda.slots[0].start if agenda.slots else ""
    lines = [
        f"### {agenda.name}",
        "",
        "| Starts | Slot | Minutes |",
        "|---|---|---:|",
        *rows,
        f"| {end} | End | |",
        "",
        f"Notebooks {agenda.notebook_minutes} min, breaks {agenda.break_minutes} min, wrap-up {wrap_up} min: {begins} to {end}.",
    ]
    if agenda.overrun:
        lines.append(
            f"Its notebooks and breaks need {agenda.minutes} minutes, {agenda.overrun} more than the "
            f"{agenda.length} planned, so it ends at {end} instead of {_clock(begins, agenda.length)}."
        )
    return [*lines, "", f"Left for follow-up work or a second session: {later}.", ""]


def _discussion_section(lessons: list[Lesson], numbers: list[str]) -> list[str]:
    by_number = {lesson.number: lesson for lesson in lessons}
    lines = []
    for number in numbers:
        lesson = by_number.get(number)
        if lesson is None:
            lines += [f"### Notebook {number}", "", f"- Notebook {number} is not in this copy of the workbook yet.", ""]
        else:
            lines += [f"### {lesson.number} {lesson.title}", "", *_lines(placed_notes(lesson), "no instructor notes yet"), ""]
    return lines


def render(lessons: list[Lesson], config: dict) -> str:
    """The whole guide as markdown; the same inputs always give the same text."""
    agendas = [build_agenda(lessons, **agenda) for agenda in config["agendas"]]
    lines = [
        "# careerkit instructor guide",
        "",
        "<!-- Generated by `python -m careerkit.teaching.guide` from the notebooks and data/guide.yaml. Do not edit by hand. -->",
        "",
        config["intro"].strip(),
        "",
        "## The notebooks at a glance",
        "",
        *_overview(lessons),
        "",
        "## Agendas",
        "",
        "Built from the minutes above: every notebook an agenda picks (all of them unless it names some), whole and in "
        "workbook order, with the breaks placed to keep each stretch of teaching short and a wrap-up to finish on time. "
        "An agenda whose notebooks do not fit its planned length runs late and says so.",
        "",
        *[line for agenda in agendas for line in _agenda_section(agenda)],
        "## Notebook by notebook",
        "",
        *[line for lesson in lessons for line in _lesson_section(lesson)],
        "## Discussion prompts for the use cases",
        "",
        config["discussion"].strip(),
        "",
        *_discussion_section(lessons, config["discussion_notebooks"]),
        "## Giving a room the same quiz",
        "",
        config["quiz"].strip(),
        "",
        "## Running the workbook for a class",
        "",
        config["running"].strip(),
        "",
        "## Collecting results",
        "",
        config["collecting"].strip(),
    ]
    return "\n".join(lines) + "\n"


def generate(notebooks: str | Path = NOTEBOOKS_DIR, config_path: str | Path = CONFIG_PATH) -> str:
    """The guide for the notebooks in ``notebooks`` as it should be committed now."""
    return render(lessons(notebooks), load_config(config_path))


def main(argv: list[str] | None = None, prog: str = "careerkit guide") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Rebuild the instructor guide from the notebooks and data/guide.yaml.")
    parser.add_argument("target", nargs="?", type=Path, default=GUIDE_PATH, help="where to write it (default: %(default)s)")
    target = parser.parse_args(argv).target
    write_text_atomic(target, generate())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
