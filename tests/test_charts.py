from careerkit.charts import Chart, new_figure


def test_a_chart_shows_as_an_image_whose_alt_text_a_screen_reader_reads():
    figure, axes = new_figure()
    axes.bar(["a", "b"], [1, 2])
    bundle = Chart(figure, 'Two bars: "a" is 1 and <b> is 2.')._repr_mimebundle_()
    assert bundle["text/html"].startswith('<img src="data:image/png;base64,')
    assert 'alt="Two bars: &quot;a&quot; is 1 and &lt;b&gt; is 2."' in bundle["text/html"]
    assert bundle["text/plain"] == 'Two bars: "a" is 1 and <b> is 2.'
