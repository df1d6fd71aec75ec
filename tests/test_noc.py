"""Every role's Canadian reading (data/noc.csv) and its other US readings (data/soc_alternatives.csv)."""

import re
from pathlib import Path

import pandas as pd
import pytest

from careerkit import content
from careerkit.content import ContentError
from careerkit.content.schema import TABLES


def replace_line(path: Path, start: str, new: str) -> int:
    """Replace the line starting with ``start``; returns its editor line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines) if line.startswith(start))
    lines[number] = new + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return number + 1


def test_every_role_carries_its_noc_columns_beside_the_soc_ones():
    roles = content.roles()
    columns = list(roles.columns)
    assert columns.index("noc_code") == columns.index("soc_reason") + 1
    assert {"noc_code", "noc_title", "teer", "noc_fit", "noc_reason", "noc_alternatives"} <= set(columns)
    assert roles["noc_reason"].str.len().gt(0).all()
    coded = roles[roles["noc_code"].notna()]
    assert all(code.isdigit() and len(code) == 5 for code in coded["noc_code"])
    assert [int(code[1]) for code in coded["noc_code"]] == list(coded["teer"])  # TEER is the second digit


def test_product_manager_has_no_group_a_reason_and_the_nearest_groups():
    role = content.find_role("Product manager")
    assert role["noc_code"] is None and role["noc_fit"] == "none" and role["teer"] is pd.NA
    assert "20012" in role["noc_reason"] and role["noc_alternatives"] == ["20012", "10022"]


def test_noc_rows_cite_statistics_canada_and_the_regulators_where_engineer_is_named():
    noc = content.noc().set_index("role_id")
    assert all("statcan-noc-2021" in sources for sources in noc["source"])
    sources = content.sources().set_index("id")
    assert "Statistics Canada" in sources.loc["statcan-noc-2021", "file"]
    engineers = [role for role, reason in noc["noc_reason"].items() if "regulated" in reason]
    assert engineers and all("engineers-canada" in noc.loc[role, "source"] for role in engineers)


def test_a_teer_that_is_not_the_second_digit_is_named(data):
    path = data / "noc.csv"
    text = path.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("help-desk-technician,"))
    path.write_text(text.replace("help-desk-technician,22221,User support technicians,2,", "help-desk-technician,22221,User support technicians,1,"), encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(f"noc.csv, line {line}, column 'teer': is 1, but the TEER of 22221 is its second digit, 2")):
        content.noc(data)


def test_a_role_without_a_noc_row_is_named(data):
    path = data / "noc.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith("qa-tester,")]
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ContentError, match="noc.csv: no row for role\\(s\\) qa-tester"):
        content.roles(data)


def test_a_code_with_fit_none_is_refused(data):
    line = replace_line(data / "noc.csv", "data-scientist,", "data-scientist,21211,Data scientists,1,none,Why.,,statcan-noc-2021")
    with pytest.raises(ContentError, match=re.escape(f"noc.csv, line {line}, column 'noc_fit': is 'none' but a code is given")):
        content.noc(data)


def test_a_badly_shaped_alternative_code_is_named(data):
    line = replace_line(data / "soc_alternatives.csv", "network-engineer,", "network-engineer,15-124,Admins,soc,Why.,workbook#reasoning")
    with pytest.raises(ContentError, match=re.escape(f"soc_alternatives.csv, line {line}, column 'code': is '15-124', expected a soc code like 13-1161")):
        content.soc_alternatives(data)


def test_onet_readings_are_details_of_a_soc_code():
    alternatives = content.soc_alternatives()
    onet = alternatives[alternatives["kind"] == "onet"]
    assert len(onet) and all(re.fullmatch(r"\d\d-\d{4}\.\d\d", code) for code in onet["code"])
    assert "onet" in {source for sources in onet["source"] for source in sources}
    assert TABLES["soc_alternatives"].key == ("role_id", "code")
