"""The salary explorer model: bands, comparisons, rankings, lower bounds and notes."""

import pandas as pd
import pytest

from careerkit import content
from careerkit.career import salary
from careerkit.career.salary import BandRow, SalaryResult
from careerkit.content import wages
from careerkit.present.salary_chart import chart as salary_chart
from careerkit.present.salary_chart import draw_bands

RELEASE = "Source: U.S. Bureau of Labor Statistics, OEWS May 2025"


def test_band_states_its_figures_release_soc_reason_and_percentile_caveat(texas_security):
    result = salary.band("Cybersecurity analyst", "TX")
    assert result.title == "Cybersecurity analyst (Information Security Analysts, 15-1212) in Texas"
    row = result.table().iloc[0]
    assert (row["Area"], row["Median"], row["10th"], row["90th"]) == ("Texas", texas_security["median"], texas_security["p10"], texas_security["p90"])
    notes = " ".join(result.notes)
    assert notes.startswith(RELEASE)
    assert "SOC 2018 codes people who plan and monitor security measures" in notes
    assert "not career levels" in notes
    assert result.alt_text().endswith(
        "Texas: 10th {p10}, 25th {p25}, median {median}, 75th {p75}, 90th {p90} (RSE ".format(**texas_security)
        + f"{result.rows[0].mean_wage_rse:g}%)."
    )


def test_compare_areas_sorts_by_median_and_explains_missing_figures():
    result = salary.compare_areas("Cybersecurity analyst", ["Texas", "California", "Austin", "Guam"])
    table = result.table()
    assert list(table["Area"]) == ["California", "Austin-Round Rock-San Marcos, TX", "Texas", "Guam"]
    assert table.iloc[-1]["Median"] == "not released"
    assert "BLS publishes no estimate for Information Security Analysts (15-1212) in Guam" in table.iloc[-1]["Note"]
    assert "this project's interpretation" in " ".join(result.notes)


def test_compare_roles_defaults_to_the_next_moves_and_gives_each_soc_reason():
    result = salary.explore("compare roles", "IT manager", "Texas")
    assert set(result.table()["Role"]) == {"IT manager", "IT director", "VP of technology", "VP of engineering"}
    assert sum("is matched to SOC 2018 11-3021" in note for note in result.notes) == 4


def test_product_manager_has_a_row_that_says_why_there_is_no_wage():
    table = salary.explore("compare roles", "Product manager", "national").table()
    note = table.set_index("Role").loc["Product manager", "Note"]
    assert "has no SOC occupation code" in note


def test_all_states_ranks_every_state_by_median():
    result = salary.all_areas("Software engineer", "state")
    table = result.table()
    assert len(table) == len(wages.table().query("soc_code == '15-1252' and area_type == 'state'"))
    assert list(table["Rank"][:3]) == [1, 2, 3]
    medians = [int(m.strip("$").replace(",", "")) for m in table["Median"] if m.startswith("$")]
    assert medians == sorted(medians, reverse=True)
    assert "areas ranked by median. Highest medians:" in result.alt_text()


def test_all_metros_within_an_area_keeps_the_metros_of_its_states():
    result = salary.explore("all metros", "Cybersecurity analyst", "TX")
    assert result.title == "Cybersecurity analyst (15-1212): every metro in TX"
    assert all(label.endswith("TX") or "TX-" in label or "-TX" in label for label in result.table()["Area"])
    assert result.table().iloc[0]["Area"] == "Austin-Round Rock-San Marcos, TX"


def test_unreleased_medians_are_listed_in_the_notes():
    result = salary.all_areas("Systems analyst", "state")
    assert "BLS released no median for 1 of these areas: West Virginia." in result.notes
    last = result.table().iloc[-1]
    assert (last["Area"], last["Median"]) == ("West Virginia", "not released")
    assert pd.isna(last["Rank"])


def test_areas_with_no_bls_row_are_counted_and_named_in_the_notes():
    result = salary.all_areas("Cybersecurity analyst", "state")
    assert (
        "BLS publishes no estimate for this occupation in 3 of 54 states and territories: "
        "Guam, Virgin Islands and West Virginia."
    ) in result.notes
    assert len(result.table()) == 51
    assert "BLS released no median for 2 of these areas: Idaho; Oregon." in result.notes


def test_lower_bounds_read_or_more_in_tables_and_words():
    row = BandRow("Somewhere", (110_000, 150_000, 190_000, 220_000, 239_200), frozenset({"p90"}))
    result = SalaryResult("Top-coded demo", (row,), "Area", ())
    assert result.table().iloc[0]["90th"] == "$239,200 or more"
    assert "90th $239,200 or more (RSE not released)." in result.alt_text()


def test_a_lower_bound_is_drawn_as_an_open_arrow_not_a_point():
    row = BandRow("Somewhere", (110_000, 150_000, 190_000, 239_200, 239_200), frozenset({"p75", "p90"}))
    figure = draw_bands("Top-coded demo", [row])
    axes = figure.axes[0]
    labels = [text.get_text() for text in axes.texts if text.get_text() and not text.get_text().endswith("k")]
    assert labels == [" $239,200 or more", "Somewhere"]  # the floor's label, then the area's name (not the $k scale)
    arrows = [child for child in axes.get_children() if type(child).__name__ == "Annotation"]
    assert len(arrows) == 1
    assert [tuple(p) for p in axes.collections[2].get_offsets()] == [(190_000, 1)]  # the median, exact


def test_every_chart_has_a_text_alternative():
    chart = salary_chart(salary.explore("band", "Help desk technician", "national"))
    assert chart.alt_text.startswith("Help desk technician (Computer User Support Specialists, 15-1232) in National")
    assert chart.png().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("mode", "role", "area", "words"),
    [
        ("band", "Cybersecurity analyst", "Texs", "No OEWS area called 'Texs'. Use 'national'"),
        ("band", "Cybersecurity analyst", "Portland", "'Portland' matches 2 areas"),
        ("band", "Product manager", "Texas", "BLS publishes no wage for 'Product manager'"),
        ("all states", "Product manager", "Texas", "Product manager has no SOC 2018 code"),
        ("sideways", "Cybersecurity analyst", "Texas", "unknown mode 'sideways'; choose one of: band, compare areas"),
    ],
)
def test_questions_the_model_cannot_answer_say_why(mode, role, area, words):
    with pytest.raises((ValueError, LookupError), match=words):
        salary.explore(mode, role, area)


RELEASE_NOTES = [wages.PERCENTILE_CAVEAT, wages.top_code_caveat(), wages.RSE_LEGEND, *wages.RELEASE_CAVEATS]


def test_the_release_caveats_say_pooling_straight_time_pay_equity_and_cite_the_technical_notes():
    caveats = " ".join(wages.RELEASE_CAVEATS)
    assert "pools survey responses collected over three years" in caveats and "does not show a trend" in caveats
    assert "straight-time pay" in caveats and "overtime premiums" in caveats
    assert "stock options and other equity is not counted" in caveats
    assert set(wages.CAVEAT_SOURCES) <= set(content.sources()["id"])
    assert content.sources().set_index("id").loc["bls-oews-technical-notes", "url"].startswith("https://www.bls.gov/")


def test_the_top_code_caveat_is_conditional_because_no_roles_cell_is_top_coded():
    table = wages.table()
    own = table[table["soc_code"].isin(set(content.roles()["soc_code"].dropna()))]
    flagged = int(own[[c for c in own.columns if c.endswith("_top_coded")]].to_numpy().sum())
    assert flagged == wages.top_coded_cells() == 0
    assert "would publish" in wages.top_code_caveat() and "was top-coded" in wages.top_code_caveat()
    assert "none of these figures is top-coded" not in wages.top_code_caveat()


def test_every_figure_carries_its_rse_and_a_small_sample_marker_explained_once():
    result = salary.explore("all metros", "Systems analyst", "NY")
    table = result.table().set_index("Area")
    frame = wages.table()
    cells = frame[(frame["soc_code"] == "15-1211") & (frame["area_type"] == "metro")].set_index("area_name")
    small = cells[cells["employment"] < wages.SMALL_EMPLOYMENT].index.intersection(table.index)
    assert len(small) > 0 and all(table.loc[name, "RSE"].endswith(wages.SMALL_MARK) for name in small)
    big = cells[(cells["employment"] >= 1000) & (cells["mean_wage_rse"] < wages.HIGH_RSE)].index.intersection(table.index)
    assert len(big) > 0 and not any(table.loc[name, "RSE"].endswith(wages.SMALL_MARK) for name in big)
    name = small[0]
    assert table.loc[name, "RSE"].startswith(f"RSE {cells.loc[name, 'mean_wage_rse']:g}%")
    assert result.notes.count(wages.RSE_LEGEND) == 1
    assert f"{name} {wages.SMALL_MARK}" in [row.chart_label for row in result.rows]
    drawn = salary_chart(result)
    texts = [text.get_text() for axes in drawn.figure.axes for text in axes.texts]
    assert any(wages.SMALL_MARK in text for text in texts)  # the marker is drawn beside the name
    assert f"{wages.SMALL_MARK} beside" in result.alt_text() and "small sample" in result.alt_text()


def test_entry_level_data_analyst_shows_onet_and_the_alternatives_with_computed_medians():
    result = salary.explore("compare roles", "Entry-level data analyst", "national", ["Help desk technician"])
    note = result.table().set_index("Role").loc["Entry-level data analyst", "Note"]
    assert note  # the comparison table no longer leaves the stand-in code unexplained
    assert "15-2051.01 Business Intelligence Analysts" in note
    frame = wages.table()
    for code in ("13-1161", "15-2031"):
        median = frame[(frame["soc_code"] == code) & (frame["area_code"] == "0000000")]["annual_median"].iloc[0]
        assert f"{code}" in note and f"${int(median):,}" in note


def test_network_engineer_and_security_architect_name_their_other_codes():
    network = salary.soc_line(content.find_role("Network engineer"))
    assert "15-1244" in network
    architect = salary.soc_line(content.find_role("Security architect"))
    assert "15-1299.05" in architect and "15-1299.08" in architect


@pytest.mark.parametrize("mode", salary.MODES)
def test_every_mode_carries_the_release_footnotes_and_caveats_band_mode_gives(mode):
    result = salary.explore(mode, "IT manager", "Texas")
    assert result.notes[0] == "Source: U.S. Bureau of Labor Statistics, OEWS May 2025 (cross-industry, all ownerships)."
    assert [note for note in result.notes if note in RELEASE_NOTES] == RELEASE_NOTES
    band_notes = set(salary.band("IT manager", "Texas").notes)
    assert band_notes - set(result.notes) <= {  # only band mode's own SOC sentence is worded differently
        next(note for note in band_notes if note.startswith("Matching 'IT manager'"))
    }


def test_bls_footnotes_on_the_rows_shown_are_in_the_notes():
    result = salary.explore("compare areas", "Cybersecurity analyst", "Texas", ["Idaho", "Guam", "Oregon"])
    assert result.notes[-1] == "BLS footnote for Idaho and Oregon: Estimate not released."
    metros = salary.explore("all metros", "IT manager", "SD")
    assert metros.notes[-1] == "BLS footnote for Rapid City, SD: Estimate not released."
    assert metros.table().set_index("Area").loc["Rapid City, SD", "Note"] == "Estimate not released."
    assert salary.band("IT manager", "Rapid City").notes[-1] == "BLS footnote: Estimate not released."
    assert not any(note.startswith("BLS footnote") for note in salary.explore("compare areas", "IT manager", "TX").notes)


def test_a_top_coded_row_is_named_in_the_top_code_note():
    assert wages.top_code_caveat(rows=["Seattle-Tacoma-Bellevue, WA"]) == (
        "BLS top-codes some wages, publishing only that they are $239,200 a year ($115.00 an hour) or more; "
        "the figures shown as 'or more' for Seattle-Tacoma-Bellevue, WA are such floors, not estimates."
    )


def test_compare_areas_shows_an_area_named_twice_once():
    result = salary.explore("compare areas", "Cybersecurity analyst", "Texas", ["TX", "California", "texas", "0000000"])
    assert list(result.table()["Area"]) == ["California", "Texas", "National"]
    assert result.title == "Cybersecurity analyst across 3 areas"


def test_compare_roles_shows_a_role_named_twice_once():
    result = salary.explore("compare roles", "CTO", "national", ["Chief technology officer", "cto"])
    assert list(result.table()["Role"]) == ["Chief technology officer"]


def test_roles_sharing_one_bls_occupation_are_named_in_a_note():
    result = salary.explore("compare roles", "IT manager", "national", ["IT director", "CTO", "Software engineer",
                                                                        "Technical lead", "Data scientist"])
    shared = [note for note in result.notes if "share one BLS occupation" in note]
    assert shared == [
        "IT manager, IT director and Chief technology officer share one BLS occupation "
        "(11-3021 Computer and Information Systems Managers), so their figures are the same.",
        "Software engineer and Technical lead share one BLS occupation (15-1252 Software Developers), "
        "so their figures are the same.",
    ]
    medians = result.table().set_index("Role")["Median"]
    assert medians["IT manager"] == medians["IT director"] == medians["Chief technology officer"]


def test_roles_in_different_occupations_get_no_shared_note():
    result = salary.explore("compare roles", "Help desk technician", "Texas", ["Data scientist", "Product manager"])
    assert not any("share one BLS occupation" in note for note in result.notes)
