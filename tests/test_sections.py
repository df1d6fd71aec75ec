import json

import pytest

from careerkit.learning.sections import is_done, notebook_sections
from careerkit.widgets import SectionCheck


def test_clicking_marks_the_section_done_and_a_new_view_remembers_it(store):
    check = SectionCheck("01_entry_level", "Roles at this stage", store=store)
    assert check.button.description == "Mark section done"
    check.button.click()
    assert is_done(store, "01_entry_level", "Roles at this stage")
    again = SectionCheck("01_entry_level", "Roles at this stage", store=store)
    assert again.button.disabled and "finished" in again.status.value
    assert len(store.sections("01_entry_level")) == 1


def test_section_names_are_escaped_when_shown(store):
    check = SectionCheck("01", "<script>alert(1)</script>", store=store)
    check.button.click()
    assert "<script>" not in check.status.value and "&lt;script&gt;" in check.status.value


def test_a_blank_section_name_is_refused_with_its_words(store):
    with pytest.raises(ValueError, match="needs a notebook and a section name"):
        SectionCheck("01_entry_level", "  ", store=store)


def test_notebook_sections_reads_the_check_cells_in_order(tmp_path):
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["SectionCheck('x', 'not code')"]},
        {"cell_type": "code", "metadata": {}, "source": ["SectionCheck(\"02_mid\", \"Roles\")"], "outputs": []},
        {"cell_type": "code", "metadata": {}, "source": ["SectionCheck('02_mid', 'Skills')"], "outputs": []},
    ]
    (tmp_path / "02_mid.ipynb").write_text(json.dumps({"cells": cells}))
    assert notebook_sections(tmp_path) == {"02_mid": ["Roles", "Skills"]}
