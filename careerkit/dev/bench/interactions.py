"""Widget interactions, timed in-process the way a learner triggers them, after a warm-up.

Each case builds its widget or model once (untimed), then times one interaction many
times; ``prepare`` runs untimed before each one (moving to a fresh question, say), so
only what the learner waits for is counted. Views are driven from Python exactly as the
tests drive them; a view or model that has not landed yet gives "not available yet".
"""

import os
import statistics
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from careerkit.dev.bench.measure import NOT_AVAILABLE, Row, missing_module, progress

INTERACTION_TARGET_MS = 20.0
REDRAW_TARGET_MS = 150.0
FIRST_DRAW_TARGET = 1.5
"""A chart's first draw, as a multiple of an empty figure drawn and shown on the same machine."""
FLOOR_ROW = "first-draw floor: empty figure"


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class Timed:
    """One interaction to time, and what to do (untimed) before each repetition."""

    act: Callable[[], object]
    prepare: Callable[[], object] = field(default=_nothing)


def _store():
    from careerkit.learning.progress import ProgressStore

    return ProgressStore()


def quiz_check() -> Timed:
    from careerkit.learning.questionbank import default_bank
    from careerkit.learning.quiz import SingleChoice
    from careerkit.widgets.quiz import QuizWidget

    questions = [q for q in default_bank() if isinstance(q, SingleChoice)]
    view = QuizWidget(questions, store=_store(), notebook="bench")
    steps = count()

    def prepare():
        if next(steps):
            view.next.click()
        if view.quiz.index == len(view.quiz) - 1:
            raise RuntimeError(f"ran out of single-choice questions after {len(view.quiz)}")

    def act():
        view.choices.index = view.question.answer
        view.check.click()

    return Timed(act, prepare)


def next_flashcard() -> Timed:
    """Flip and rate Good; the glossary is repeated under fresh ids so new cards never run out."""
    from dataclasses import replace

    from careerkit.learning.flashcards import Deck, glossary_cards
    from careerkit.widgets.flashcards import FlashcardDeck

    cards = [replace(card, id=f"{card.id}#{copy}") for copy in range(20) for card in glossary_cards()]
    view = FlashcardDeck(Deck(cards, store=_store(), notebook="bench", new_per_day=len(cards)))

    def act():
        view.flip.click()
        view.good.click()

    return Timed(act)


def planner_path() -> Timed:
    from careerkit.career.planner import plan

    return Timed(lambda: plan("Help desk technician", "IT manager", area="Austin"))


def progress_write() -> Timed:
    store, numbers = _store(), count()
    return Timed(lambda: store.record_answer(f"bench:item-{next(numbers)}", True, notebook="bench", kind="bench"))


def roadmap_status() -> Timed:
    """Set a status, save it, and read the new percentage: what the view does on a change."""
    from careerkit.career.roadmap import Roadmap

    store, roadmap, turns = _store(), Roadmap(), count()
    roles = [role.title for role in roadmap.roles]

    def act():
        turn = next(turns)
        role = roles[turn % len(roles)]
        roadmap.set_status(role, ("in progress", "done")[turn // len(roles) % 2])
        roadmap.save(store, role, notebook="bench")
        return roadmap.progress().text

    return Timed(act)


def empty_figure() -> Timed:
    """The floor under every first draw on this machine: an empty figure of the house size, shown."""
    from careerkit.present.charts import Chart, new_figure

    return Timed(lambda: Chart(new_figure()[0], "empty")._repr_mimebundle_())


def salary_band_chart() -> Timed:
    """A new band for another place: each filter change is a new chart, drawn and shown."""
    from careerkit.career.salary import band
    from careerkit.present.salary_chart import chart

    places, turns = ("Texas", "Austin", "California", "national"), count()
    return Timed(lambda: chart(band("Cybersecurity analyst", places[next(turns) % len(places)]))._repr_mimebundle_())


def salary_all_states_chart() -> Timed:
    """Every state ranked for another role: a new chart of about fifty rows, drawn and shown."""
    from careerkit.career.salary import explore, role_titles
    from careerkit.present.salary_chart import chart

    roles, turns = _with_soc_code(role_titles())[:4], count()
    return Timed(lambda: chart(explore("all states", roles[next(turns) % len(roles)], "national"))._repr_mimebundle_())


def roadmap_redraw() -> Timed:
    """Mark a role on the Roadmap view: the status is saved, the percentage and the picture redrawn."""
    from careerkit.widgets.roadmap import Roadmap

    view, turns = Roadmap(store=_store()), count()
    roles = [value for _, value in view.role.options]

    def prepare():
        view.role.value = roles[next(turns) % len(roles)]

    def act():
        view.status.value = "in progress" if view.status.value != "in progress" else "done"

    return Timed(act, prepare)


def roadmap_first_draw() -> Timed:
    """The whole roadmap drawn from nothing, as a notebook cell or a change of track does."""
    from careerkit.career.roadmap import Roadmap
    from careerkit.present.roadmap_chart import chart

    roadmap = Roadmap(statuses={role.id: "done" for role in Roadmap().roles[:5]})
    return Timed(lambda: chart(roadmap)._repr_mimebundle_())


def roadmap_track_first_draw() -> Timed:
    """One track drawn from nothing: what choosing another track on the Roadmap view costs."""
    from careerkit.career.roadmap import Roadmap
    from careerkit.present.roadmap_chart import chart

    roadmap = Roadmap("infrastructure", {"help-desk-technician": "done"})
    return Timed(lambda: chart(roadmap)._repr_mimebundle_())


def assessment_redraw() -> Timed:
    """Move one slider on the SelfAssessment view: the rating is saved, the gaps and chart redrawn."""
    from careerkit.widgets.assessment import SelfAssessment

    view, turns = SelfAssessment(target="IT manager", store=_store()), count()
    keys = list(view.sliders)

    def act():
        slider = view.sliders[keys[next(turns) % len(keys)]]
        slider.value = slider.value % 5 + 1  # always a new value, so the view always redraws

    return Timed(act)


def assessment_first_draw() -> Timed:
    from careerkit.career.assessment import Assessment, items
    from careerkit.present.assessment_chart import chart

    assessment = Assessment({item.key: 3 for item in items()}, target="IT manager")
    return Timed(lambda: chart(assessment)._repr_mimebundle_())


def _with_soc_code(titles: list[str]) -> list[str]:
    from careerkit import content

    coded = content.roles().dropna(subset=["soc_code"])
    return [title for title in titles if title in set(coded["title"])]


def salary_all_areas() -> Timed:
    """Switch between every state and every metro, or to another role, as the view's filter does.

    The target excludes chart drawing, so the view runs without its picture here; the
    all-areas chart has a redraw row of its own.
    """
    from careerkit.career.salary import role_titles
    from careerkit.widgets.salary import SalaryExplorer

    view = SalaryExplorer(role="Cybersecurity analyst", area="national", mode="all states", chart=False)
    roles, turns = _with_soc_code(role_titles())[:4], count()

    def act():
        turn = next(turns)
        if turn % 2:
            view.role.value = roles[turn // 2 % len(roles)]
        else:
            view.mode.value = "all metros" if view.mode.value == "all states" else "all states"
        if view.error.value:
            raise RuntimeError(f"SalaryExplorer showed an error: {view.error.value}")

    return Timed(act)


def salary_all_areas_model() -> Timed:
    """The same filter changes without the view: the model's answer and its table only."""
    from careerkit.career.salary import explore, role_titles

    roles, turns = _with_soc_code(role_titles())[:4], count()

    def act():
        turn = next(turns)
        mode = ("all states", "all metros")[turn % 2]
        return explore(mode, roles[turn // 2 % len(roles)], "national").table()

    return Timed(act)


CASES = (
    ("quiz answer check", quiz_check, INTERACTION_TARGET_MS),
    ("next flashcard", next_flashcard, INTERACTION_TARGET_MS),
    ("salary filter, all areas (view, chart excluded)", salary_all_areas, INTERACTION_TARGET_MS),
    ("salary filter, all areas (model)", salary_all_areas_model, INTERACTION_TARGET_MS),
    ("planner path", planner_path, INTERACTION_TARGET_MS),
    ("progress write", progress_write, INTERACTION_TARGET_MS),
    ("roadmap status change", roadmap_status, INTERACTION_TARGET_MS),
    ("redraw: salary band chart (new place)", salary_band_chart, REDRAW_TARGET_MS),
    ("redraw: salary chart, all states (new role)", salary_all_states_chart, REDRAW_TARGET_MS),
    ("redraw: roadmap view (status change)", roadmap_redraw, REDRAW_TARGET_MS),
    ("redraw: self-assessment view (slider move)", assessment_redraw, REDRAW_TARGET_MS),
    ("first draw: roadmap picture, one track", roadmap_track_first_draw, None),
    ("first draw: roadmap picture, all tracks", roadmap_first_draw, None),
    ("first draw: self-assessment chart", assessment_first_draw, None),
    (FLOOR_ROW, empty_figure, None),
)
ROWS = tuple(name for name, _, _ in CASES)


def time_ms(timed: Timed, warm_up: int, repeats: int) -> list[float]:
    """Milliseconds per repetition, after ``warm_up`` untimed-for-the-figures runs."""
    samples = []
    for index in range(warm_up + repeats):
        timed.prepare()
        started = time.perf_counter()
        timed.act()
        elapsed = (time.perf_counter() - started) * 1000
        if index >= warm_up:
            samples.append(elapsed)
    return samples


def _row(name: str, samples: list[float], limit: float | None) -> Row:
    """A row against its target: interactions on the median; redraws on the median and the p95,
    since a learner feels the slow ones too; first draws are judged later, against the floor."""
    p95 = statistics.quantiles(samples, n=20, method="inclusive")[18]
    median = statistics.median(samples)
    result = f"{median:.1f} ms ({min(samples):.1f}-{max(samples):.1f}), p95 {p95:.1f} ms"
    if limit is None:
        return Row(name, result, f"N={len(samples)} after warm-up", "", "none: the floor", "")
    if limit == REDRAW_TARGET_MS:
        over = median > limit or p95 > limit
        return Row(name, result, f"N={len(samples)} after warm-up", "", f"median and p95 <= {limit:g} ms",
                   "over target" if over else "ok")
    return Row(name, result, f"N={len(samples)} after warm-up", "", f"median <= {limit:g} ms",
               "over target" if median > limit else "ok")


def _against_floor(rows: list[Row], medians: dict[str, float]) -> list[Row]:
    """First draws as a ratio of the empty-figure floor measured in the same run."""
    floor = medians.get(FLOOR_ROW)
    judged = []
    for row in rows:
        if row.measurement.startswith("first draw:") and floor and row.measurement in medians:
            ratio = medians[row.measurement] / floor
            row = Row(row.measurement, row.result, f"floor {floor:.1f} ms", f"{ratio:.2f}x",
                      f"<= {FIRST_DRAW_TARGET:g}x the floor", "over target" if ratio > FIRST_DRAW_TARGET else "ok")
        judged.append(row)
    return judged


def _measure_case(name: str, build, limit: float | None, quick: bool) -> tuple[Row, float | None]:
    progress(f"interactions: {name}")
    try:
        timed = build()
        samples = time_ms(timed, 1 if quick else 3, 5 if quick else 50)
    except Exception as error:  # one broken case must not hide the others' figures
        if isinstance(error, ImportError) and missing_module(error):
            return Row(name, verdict=f"{NOT_AVAILABLE} ({error.name})"), None
        return _failed(name, error), None
    return _row(name, samples, limit), statistics.median(samples)


def _failed(name: str, error: Exception) -> Row:
    """The error goes in the row and its traceback on stderr: shown, never swallowed."""
    traceback.print_exc()
    return Row(name, verdict=f"error: {type(error).__name__}: {error}")


@contextmanager
def kernel_display(home: Path) -> Iterator[None]:
    """Make ``display()`` compute every representation (the PNG too) as a kernel would, printing nothing.

    Without a shell IPython's display() only prints, so a view that displays a chart would
    look far cheaper here than it is for a learner.
    """
    from IPython.core.displaypub import DisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    class Unpublished(DisplayPublisher):
        def publish(self, *args, **kwargs):
            return None

        def clear_output(self, wait=False):
            return None

    config = Config()
    config.HistoryManager.enabled = False
    previous = os.environ.get("IPYTHONDIR")
    os.environ["IPYTHONDIR"] = str(home / "ipython")
    shell = InteractiveShell.instance(config=config)
    shell.display_pub = Unpublished(shell=shell)
    try:
        yield
    finally:
        InteractiveShell.clear_instance()
        os.environ.pop("IPYTHONDIR") if previous is None else os.environ.update(IPYTHONDIR=previous)


def measure(quick: bool) -> list[Row]:
    with kernel_display(Path(os.environ["CAREERKIT_HOME"])):
        measured = [_measure_case(name, build, limit, quick) for name, build, limit in CASES]
    medians = {row.measurement: median for row, median in measured if median is not None}
    return _against_floor([row for row, _ in measured], medians)
