"""The salary explorer model: bands, comparisons, rankings, lower bounds and notes."""

import pandas as pd
import pytest

from careerkit import salary, wages
from careerkit.salary import BandRow, SalaryResult

RELEASE = "Source: U.S. Bureau of Labor Statistics, OEWS May 2025"


def test_band_states_its_figures_release_soc_reason_and_percentile_caveat():
    result = salary.band("Cybersecurity analyst", "TX")
    assert result.title == "Cybersecurity analyst (Information Security Analysts, 15-1212) in Texas"
    row = result.table().iloc[0]
    assert (row["Area"], row["Median"], row["10th"], row["90th"]) == ("Texas", "$129,890", "$77,990", "$178,550")
    notes = " ".join(result.notes)
    assert notes.startswith(RELEASE)
    assert "SOC 2018 codes people who plan and monitor security measures" in notes
    assert "not career levels" in notes
    assert result.alt_text().endswith(
        "Texas: 10th $77,990, 25th $101,380, median $129,890, 75th $160,020, 90th $178,550."
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
    assert sum("11-3021" in note for note in result.notes) == 4


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
    assert "90th $239,200 or more." in result.alt_text()


def test_a_lower_bound_is_drawn_as_an_open_arrow_not_a_point():
    row = BandRow("Somewhere", (110_000, 150_000, 190_000, 239_200, 239_200), frozenset({"p75", "p90"}))
    figure = salary.draw_bands("Top-coded demo", [row])
    axes = figure.axes[0]
    labels = [text.get_text() for text in axes.texts if text.get_text()]
    assert labels == [" $239,200 or more", "Somewhere"]  # the floor's label, then the area's name
    arrows = [child for child in axes.get_children() if type(child).__name__ == "Annotation"]
    assert len(arrows) == 1
    assert [tuple(p) for p in axes.collections[2].get_offsets()] == [(190_000, 1)]  # the median, exact


def test_every_chart_has_a_text_alternative():
    chart = salary.explore("band", "Help desk technician", "national").chart()
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
