from careerkit.present.charts import Chart, new_figure


def test_a_chart_shows_as_an_image_whose_alt_text_a_screen_reader_reads():
    figure, axes = new_figure()
    axes.bar(["a", "b"], [1, 2])
    bundle = Chart(figure, 'Two bars: "a" is 1 and <b> is 2.')._repr_mimebundle_()
    assert bundle["text/html"].startswith('<figure class="careerkit-chart"')
    assert '<img src="data:image/png;base64,' in bundle["text/html"]
    assert 'alt="Two bars: &quot;a&quot; is 1 and &lt;b&gt; is 2."' in bundle["text/html"]
    assert bundle["text/plain"] == 'Two bars: "a" is 1 and <b> is 2.'


def test_the_description_is_folded_under_the_picture_not_printed_above_it():
    figure, axes = new_figure()
    axes.bar(["a"], [1])
    html = Chart(figure, "One bar, <a> high.").html()
    picture, below = html.split("<img", 1)[1].split(">", 1)
    assert "<details><summary>Describe this chart</summary>" in below
    assert "One bar, &lt;a&gt; high." in below.split("<details>")[1]
    assert "<details open" not in html


def test_no_notebook_prints_a_charts_alt_text():
    import json

    from careerkit.content.locations import NOTEBOOKS_DIR

    for path in NOTEBOOKS_DIR.glob("*.ipynb"):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        assert not [cell for cell in cells if "print(picture.alt_text)" in "".join(cell["source"])], path.name


def test_a_chart_is_rendered_once_and_sent_once():
    figure, axes = new_figure()
    axes.bar(["a"], [1])
    chart = Chart(figure, "One bar.")
    first = chart.png()
    figure.axes[0].bar(["b"], [2])  # a change after the first render does not re-render
    assert chart.png() is first
    assert set(chart._repr_mimebundle_()) == {"text/html", "text/plain"}  # no second copy as image/png


def test_a_layout_key_lays_out_once_and_later_figures_reuse_the_margins():
    key = ("test-layout", "unique")
    first, axes = new_figure(6.0, 3.0, layout_key=key)
    axes.set_yticks([0, 1], ["a rather long label", "b"])
    Chart(first, "first").png()
    again, _ = new_figure(6.0, 3.0, layout_key=key)
    assert first.get_layout_engine() is not None
    assert again.get_layout_engine() is None
    assert again.axes[0].get_position().bounds == first.axes[0].get_position().bounds


def test_a_kept_roadmap_picture_redrawn_matches_a_fresh_drawing():
    from careerkit.career.roadmap import Roadmap
    from careerkit.present.roadmap_chart import RoadmapPicture, chart

    roadmap = Roadmap("infrastructure")
    picture = RoadmapPicture("infrastructure")
    picture.show(roadmap)
    roadmap.set_status("Help desk technician", "done")
    roadmap.set_status("Systems administrator", "skipped")
    redrawn = picture.show(roadmap)
    assert redrawn.alt_text == roadmap.alt_text()
    assert redrawn.png() == chart(roadmap).png()


def test_a_kept_roadmap_picture_refuses_another_track():
    import pytest

    from careerkit.career.roadmap import Roadmap
    from careerkit.present.roadmap_chart import RoadmapPicture

    with pytest.raises(ValueError, match="shows infrastructure, not software"):
        RoadmapPicture("infrastructure").show(Roadmap("software"))


def test_a_kept_self_assessment_picture_redrawn_matches_a_fresh_drawing():
    from careerkit.career.assessment import Assessment, items
    from careerkit.present.assessment_chart import AssessmentPicture, chart

    keys = [item.key for item in items()]
    assessment = Assessment({key: 4 for key in keys})
    picture = AssessmentPicture()
    picture.show(assessment)
    assessment.rate(keys[0], 1)
    assessment.rate(keys[1], None)
    assessment.set_bar(5)
    assert picture.show(assessment).png() == chart(assessment).png()
