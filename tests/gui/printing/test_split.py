"""Paragraphs split by a page break (split.py): each page's text layer holds its own lines
only, so every paragraph reads once, in order, across the pages."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QTextCursor

from lawgov_gui.core.summary.digest import DETAIL_HEADING
from lawgov_gui.core.summary.layout import Layout
from lawgov_gui.core.summary.options import Options
from lawgov_gui.core.writers.briefing import digest_paragraphs
from lawgov_gui.gui.printing.actions import summary_for
from lawgov_gui.gui.printing.formats import REST
from lawgov_gui.gui.printing.keep import page_of
from lawgov_gui.gui.printing.pages import layout_summary, write_pdf
from lawgov_gui.gui.printing.tables import line_top

pytestmark = pytest.mark.usefixtures("qapp")
SPACE = re.compile(r"\s+")
PAGE_NUMBER = re.compile(r"—\d+—")


@pytest.mark.parametrize("layout", list(Layout))
def test_every_digest_paragraph_reads_once_across_the_pages(seed_report, tmp_path,
                                                             layout: Layout) -> None:
    options = Options(layout, charts=False, full_text=True)
    summary = summary_for(seed_report, options)
    write_pdf(summary, options, tmp_path / "s.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "s.pdf"))
    pages = [PAGE_NUMBER.sub("", SPACE.sub("", pdf[n].get_textpage().get_text_range()))
             for n in range(len(pdf))]
    text = "".join(pages)
    counts = {p.whole: text.count(SPACE.sub("", p.whole)) for p in digest_paragraphs(summary.digest)}
    assert set(counts.values()) == {1}
    assert [n for n, page in enumerate(pages) if DETAIL_HEADING in page] == \
        [n for n, page in enumerate(pages) if page.startswith(DETAIL_HEADING)]


def test_no_paragraph_of_the_page_flow_has_lines_on_two_pages(seed_report) -> None:
    options = Options(Layout.GBT, charts=False, full_text=True)
    doc = layout_summary(summary_for(seed_report, options), options)
    height, layout = doc.pageSize().height(), doc.documentLayout()
    block, across, rests = doc.begin(), [], 0
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        pages = {page_of(line_top(top, block, n), height)
                 for n in range(block.layout().lineCount())}
        if len(pages) > 1 and QTextCursor(block).currentTable() is None:
            across.append(block.text()[:10])
        if block.blockFormat().property(REST):  # it goes on at the top of the next page
            rests += 1
            before = block.previous()
            last = line_top(layout.blockBoundingRect(before).top(), before,
                            before.layout().lineCount() - 1)
            assert page_of(line_top(top, block, 0), height) == page_of(last, height) + 1
            assert block.blockFormat().textIndent() == 0 and block.textList() is None
            assert block.layout().lineCount() >= 2 and before.layout().lineCount() >= 2
        block = block.next()
    assert across == [] and rests > 0
