"""How a table looks to a learner: long text left-aligned, every header named, sources readable."""

import re

import pandas as pd

from careerkit import content
from careerkit.content.citations import HASHED_NAME
from careerkit.present.tables import FullTextTable, readable_table, sources_table
from careerkit.teaching.lint import outline


def _headers(html: str) -> list[str]:
    return re.findall(r"<th(?:\s[^>]*)?>(.*?)</th>", html, flags=re.S)


def test_a_table_with_a_named_index_has_no_blank_header_cell():
    html = readable_table(outline())._repr_html_()
    assert all(header.strip() for header in _headers(html))
    assert "notebook" in [header.strip() for header in _headers(html)]


def test_long_text_is_left_aligned_and_never_cut():
    long = "x" * 120
    html = FullTextTable({"definition": [long]})._repr_html_()
    assert "text-align: left !important" in html and "text-align: right" not in html
    assert long in html


def test_source_columns_read_as_titles_while_the_data_keeps_ids():
    table = readable_table(content.work_settings())
    assert HASHED_NAME.search(";".join(table["source"].astype(str)))  # the data still cites by id
    assert not HASHED_NAME.search(table._repr_html_())


def test_the_sources_table_names_each_source_once_readably():
    table = sources_table()
    assert len(table) == len(content.sources())
    assert list(table.columns) == ["source", "what the workbook takes from it", "address"]
    assert not HASHED_NAME.search(table._repr_html_()) and not table["address"].isna().any()


def test_a_plain_frame_keeps_its_columns():
    frame = pd.DataFrame({"a": [1], "b": ["two"]})
    assert list(readable_table(frame).columns) == ["a", "b"]
