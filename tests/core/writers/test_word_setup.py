"""The Word summary's page and styles: the 公文 grid, condensed characters, the footer."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from lawgov_gui.core.summary.layout import MM, Layout, Paper, spec
from lawgov_gui.core.writers.word_setup import (
    condensed_twips,
    footer_mm,
    page_numbers,
    setup_page,
    setup_styles,
)


def made(layout: Layout, paper: Paper = Paper.A4) -> docx.document.Document:
    doc, lay = docx.Document(), spec(layout)
    setup_page(doc, lay, paper)
    setup_styles(doc, lay)
    page_numbers(doc, lay)
    return doc


def doc_default(doc, tag: str):
    rpr = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    return rpr.find(qn(tag))


def test_gbt_has_a_grid_of_28_9_pt_lines_and_28_characters_a_line() -> None:
    doc, lay = made(Layout.GBT), spec(Layout.GBT)
    grid = doc.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "578"
    twips = int(doc_default(doc, "w:spacing").get(qn("w:val")))
    assert twips == condensed_twips(lay) == -5
    pitch = lay.body_pt + twips / 20
    assert 28 * pitch <= 156 * MM < 29 * pitch
    assert doc.styles["Normal"].paragraph_format.line_spacing.pt == pytest.approx(28.9, abs=0.05)


def test_compact_has_no_grid_and_no_condensing() -> None:
    doc = made(Layout.COMPACT)
    assert doc.sections[0]._sectPr.find(qn("w:docGrid")).get(qn("w:type")) is None
    assert doc_default(doc, "w:spacing") is None


@pytest.mark.parametrize("paper", list(Paper))
def test_gbt_keeps_its_text_block_on_letter_paper(paper: Paper) -> None:
    section = made(Layout.GBT, paper).sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    text_height = section.page_height - section.top_margin - section.bottom_margin
    assert abs(text_width - Mm(156)) < Mm(0.1) and abs(text_height - Mm(225)) < Mm(0.1)


def test_the_page_number_line_is_centred_7_mm_below_the_text_block() -> None:
    lay = spec(Layout.GBT)
    footer = made(Layout.GBT).sections[0].footer_distance
    assert abs(footer - Mm(footer_mm(lay, 35))) < Mm(0.05)
    assert 35 - footer.mm - lay.page_number.pt / MM / 2 == pytest.approx(7, abs=0.05)


def test_gbt_title_and_headings_are_not_bold_but_level_three_is() -> None:
    styles = made(Layout.GBT).styles
    assert [styles[n].font.bold for n in ("Title", "Heading 1", "Heading 2", "Heading 3")] == [
        False, False, False, True]
    assert styles["Heading 1"].paragraph_format.space_before.pt == 0  # on the grid
