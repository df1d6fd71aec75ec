"""The wage-band picture: every state named (in two columns), nothing shrunk to fit."""

from careerkit.career.salary import all_areas, compare_areas
from careerkit.present.salary_chart import MAX_LABELS, PANELS, chart


def _names(drawn):
    return [text.get_text() for text in drawn.figure.axes[0].texts]


def test_the_every_state_chart_names_every_state():
    states = all_areas("IT manager", "state")
    drawn = chart(states)
    names = _names(drawn)
    assert len(states.rows) <= PANELS * MAX_LABELS
    for row in states.rows:
        assert any(name.endswith(f". {row.chart_label}") for name in names), row.chart_label
    assert any(name.endswith(". Texas") for name in names)


def test_labels_keep_their_size_and_do_not_overlap():
    drawn = chart(all_areas("IT manager", "state"))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = drawn.figure
    renderer = FigureCanvasAgg(figure).get_renderer()
    texts = [text for text in figure.axes[0].texts if text.get_text()[:1].isdigit()]
    assert min(text.get_fontsize() for text in texts) >= 8
    boxes = [text.get_window_extent(renderer) for text in texts]
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
    assert overlapping == []


def test_a_few_places_stay_one_column_without_numbers():
    drawn = chart(compare_areas("IT manager", ["national", "Texas", "Austin"]))
    assert not any(name[:1].isdigit() for name in _names(drawn))
