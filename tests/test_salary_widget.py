"""SalaryExplorer driven from Python: what the learner sees after each change."""

import time

import pytest

from careerkit.content import wages
from careerkit.present.salary_chart import chart as salary_chart
from careerkit.widgets import SalaryExplorer

RELEASE = "OEWS May 2025"


@pytest.fixture(scope="module")
def explorer():
    return SalaryExplorer(role="Cybersecurity analyst", area="Texas")


def test_opens_on_the_band_with_release_caveats_and_chart_in_words(explorer):
    assert explorer.mode.value == "band"
    assert "<td>$129,890</td>" in explorer.table.value
    assert RELEASE in explorer.notes.value
    assert "not career levels" in explorer.notes.value
    assert "SOC 2018 codes people who plan and monitor security measures" in explorer.notes.value
    assert "The chart in words:" in explorer.alt_text.value and "median $129,890" in explorer.alt_text.value
    assert explorer.error.value == ""


def test_every_control_has_a_label(explorer):
    for control in (explorer.role, explorer.area, explorer.mode, explorer.others):
        assert control.description


def test_an_unknown_area_is_shown_with_close_matches_and_clears_the_figures(explorer):
    explorer.area.value = "Texs"
    assert "No OEWS area called &#x27;Texs&#x27;" in explorer.error.value
    assert "Close matches: Texas" in explorer.error.value
    assert explorer.table.value == "" and explorer.result is None
    explorer.area.value = "Texas"
    assert explorer.error.value == ""


def test_compare_areas_with_extra_areas_sorted_by_median(explorer):
    explorer.others.value = "California; Austin"
    explorer.mode.value = "compare areas"
    table = explorer.result.table()
    assert list(table["Area"]) == ["California", "Austin-Round Rock-San Marcos, TX", "Texas"]
    explorer.others.value = ""
    explorer.mode.value = "band"


def test_all_states_then_all_metros_of_the_area(explorer):
    explorer.mode.value = "all states"
    assert "every state" in explorer.alt_text.value
    assert "<td>Washington</td>" in explorer.table.value
    explorer.mode.value = "all metros"
    assert "every metro in TX" in explorer.alt_text.value
    explorer.mode.value = "band"


def test_product_manager_explains_why_there_is_no_wage():
    explorer = SalaryExplorer(role="Product manager", area="national")
    assert "SOC 2018 has no product-management occupation" in explorer.error.value


@pytest.mark.bench
def test_speed_of_the_all_areas_filter_and_redraw(capsys):
    """Prints CPU time per change; a benchmark, so it does not fail on time (see STYLE.md)."""
    from careerkit.career import salary

    timings = {}
    for mode, area in [("all states", "national"), ("all metros", "national"), ("all metros", "TX")]:
        salary.explore(mode, "Software engineer", area).table()
        start = time.process_time()
        result = salary.explore(mode, "Software engineer", area)
        result.table()
        filtered = time.process_time()
        salary_chart(result).png()
        drawn = time.process_time()
        timings[f"{mode} ({area})"] = (1000 * (filtered - start), 1000 * (drawn - filtered))
    with capsys.disabled():
        for name, (model_ms, chart_ms) in timings.items():
            print(f"\n  {name}: filter {model_ms:.1f} ms CPU, chart {chart_ms:.0f} ms CPU", end="")


def test_the_view_without_its_chart_still_says_everything_in_words_and_table():
    from careerkit.widgets import SalaryExplorer

    view = SalaryExplorer(role="IT manager", area="national", mode="all states", chart=False)
    assert view.chart.outputs == ()
    assert "The chart in words" in view.alt_text.value
    assert "<td>California</td>" in view.table.value and "$" in view.table.value


def note_items(view):
    """The notes under the table, one per bullet, as the learner reads them."""
    import html
    import re

    return [html.unescape(item) for item in re.findall(r"<li>(.*?)</li>", view.notes.value)]


RELEASE_WIDE = list(wages.RELEASE_CAVEATS)


@pytest.mark.parametrize("mode", ["band", "compare areas", "compare roles", "all states", "all metros"])
def test_every_view_lists_the_release_footnotes_and_the_top_code_note(mode):
    view = SalaryExplorer(role="Cybersecurity analyst", area="Texas", mode=mode, chart=False)
    notes = note_items(view)
    assert [note for note in notes if note in RELEASE_WIDE] == RELEASE_WIDE
    assert wages.top_code_caveat() in notes and wages.RSE_LEGEND in notes
    assert "or more only as that floor (top-coding); no figure for the workbook's roles in this release was top-coded" in wages.top_code_caveat()


def test_compare_areas_typed_two_ways_shows_the_area_once_and_its_footnotes():
    view = SalaryExplorer(role="Cybersecurity analyst", area="Texas", mode="compare areas",
                          others="TX; Idaho; Oregon", chart=False)
    assert view.table.value.count("<td>Texas</td>") == 1
    assert list(view.result.table()["Area"]) == ["Texas", "Idaho", "Oregon"]
    assert note_items(view)[-1] == "BLS footnote for Idaho and Oregon: Estimate not released."


def test_compare_roles_says_which_roles_share_one_occupation():
    view = SalaryExplorer(role="IT manager", area="national", mode="compare roles",
                          others="IT director; CTO", chart=False)
    assert (
        "IT manager, IT director and Chief technology officer share one BLS occupation "
        "(11-3021 Computer and Information Systems Managers), so their figures are the same."
    ) in note_items(view)
    view.others.value = "Help desk technician"
    assert not any("share one BLS occupation" in note for note in note_items(view))


def test_canada_without_the_file_says_how_to_fetch_it(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERKIT_HOME", str(tmp_path))
    view = SalaryExplorer(role="Software engineer", area="Toronto", country="Canada", chart=False)
    assert "careerkit canada-wages fetch" in view.error.value and view.table.value == ""
    view.country.value = "United States"
    view.area.value = "Texas"
    assert view.error.value == "" and "USD" not in view.table.value and "$" in view.table.value


def test_canada_shows_job_bank_figures_in_cad_as_published_beside_a_us_choice(tmp_path, monkeypatch):
    from test_canada_wages import csv_bytes

    from careerkit.content import canada_wages

    monkeypatch.setenv("CAREERKIT_HOME", str(tmp_path))
    source = tmp_path / "wages.csv"
    source.write_bytes(csv_bytes())
    canada_wages.fetch(str(source), show_progress=False)
    view = SalaryExplorer(role="Junior software developer", area="Toronto", country="Canada", chart=False)
    table = wages.canada_table()
    toronto = table[(table["region_code"] == "ER3530")].iloc[0]
    assert view.error.value == ""
    assert wages.canada_figure(toronto["median"], toronto["unit"]) in view.table.value  # CA$44.50 an hour
    assert "blank in the file" in view.table.value  # a blank Q1 stays blank
    assert "Open Government Licence - Canada" in view.notes.value and "never merged" in view.notes.value
    view.area.value = "all provinces"
    assert view.table.value.count("<tr>") >= 3
