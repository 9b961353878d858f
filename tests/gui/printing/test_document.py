"""The paged summary document on its own: page geometry, the document's parts, headings kept
with their text, and the chart pictures drawn for print (keyed by indicator id)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument, QTextFormat

from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.digest import DETAIL_HEADING, DIGEST_HEADING
from lawgov_gui.core.summary.layout import Layout, Paper, spec
from lawgov_gui.core.summary.options import Options
from lawgov_gui.gui.printing.formats import KEEP_WITH_NEXT
from lawgov_gui.gui.printing.geometry import MM, margins, page_geometry
from lawgov_gui.gui.printing.keep import page_of, top_of
from lawgov_gui.gui.printing.pages import layout_summary

pytestmark = pytest.mark.usefixtures("qapp")  # fonts and text layout need the application


@pytest.mark.parametrize("layout", list(Layout))
def test_the_text_block_is_the_paper_less_the_layout_margins(layout: Layout) -> None:
    options = Options(layout, Paper.A4)
    top, bottom, left, right = spec(layout).margins
    width, height, text_width, text_height = page_geometry(options)
    assert (round(width / MM), round(height / MM)) == (210, 297)
    assert text_width == pytest.approx((210 - left - right) * MM)
    assert text_height == pytest.approx((297 - top - bottom) * MM)
    assert margins(options) == pytest.approx((top * MM, bottom * MM, left * MM, right * MM))


def headings_ending_a_page(doc: QTextDocument) -> list[str]:
    """Headings whose first line is on another page than the next text's first line (a
    block's rectangle can start on the page before its first line: Qt moved the line)."""
    height = doc.pageSize().height()
    out, block = [], doc.begin()
    while block.isValid() and block.next().isValid():
        nxt = block.next()
        if block.text() and block.blockFormat().property(KEEP_WITH_NEXT) and \
                page_of(top_of(doc, block), height) != page_of(top_of(doc, nxt), height):
            out.append(block.text())
        block = nxt
    return out


@pytest.mark.parametrize("layout", list(Layout))
def test_the_document_has_title_headings_table_and_text_and_no_heading_ends_a_page(
        seed_report, layout: Layout) -> None:
    options = Options(layout, Paper.A4, charts=False, table=True, full_text=True)
    summary = build_summary(seed_report)
    doc = layout_summary(summary, options)
    text = doc.toPlainText()
    assert text.startswith(summary.title)
    assert all(d.heading in text for d in summary.sections)
    assert "74.14%" in text and seed_report.text.splitlines()[-1].strip() in text
    assert doc.pageCount() > 2
    assert headings_ending_a_page(doc) == []


def test_print_charts_are_300_dpi_pictures_of_the_rates_and_the_changes(seed_report) -> None:
    from lawgov_gui.gui.printing.charts import DPI, chart_images  # pyqtgraph: after the app

    width_pt = 400
    pictures = chart_images(seed_report, width_pt)
    assert [caption[:2] for caption, _ in pictures] == ["图1", "图2"]
    for _, image in pictures:
        assert image.width() == round(width_pt / 72 * DPI) and image.height() > 0
        colours = {image.pixel(x, y) for x in range(0, image.width(), 11)
                   for y in range(0, image.height(), 11)}
        assert len(colours) > 3  # bars or dumbbells, labels, axes: not a blank picture


def blocks_of(doc: QTextDocument) -> list:
    out, block = [], doc.begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


@pytest.mark.parametrize("with_page_1", [True, False])
def test_the_digest_page_comes_first_and_the_detail_on_a_new_page(seed_report,
                                                                  with_page_1: bool) -> None:
    from tests.core.writers.sample_digest import OVERVIEW, bare, with_digest

    summary = build_summary(seed_report)
    summary = with_digest(summary) if with_page_1 else bare(summary)
    doc = layout_summary(summary, Options(Layout.COMPACT, charts=False))
    texts = [b.text() for b in blocks_of(doc)]
    assert (DIGEST_HEADING in texts, OVERVIEW in texts) == (with_page_1, with_page_1)
    assert (DETAIL_HEADING in texts) == with_page_1
    if with_page_1:
        detail = blocks_of(doc)[texts.index(DETAIL_HEADING)]
        assert detail.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        assert texts.index(DIGEST_HEADING) < texts.index(OVERVIEW) < texts.index(DETAIL_HEADING)


def test_the_footer_keeps_to_the_paragraph_before_it(seed_report) -> None:
    doc = layout_summary(build_summary(seed_report), Options(Layout.GBT, charts=False))
    *_, before, footer = blocks_of(doc)
    assert footer.text().startswith("来源文件：") and "SHA-256" not in footer.text()
    layout, height = doc.documentLayout(), doc.pageSize().height()
    assert layout.blockBoundingRect(before).top() // height == \
        layout.blockBoundingRect(footer).top() // height


@pytest.mark.parametrize(("layout", "count"), [(Layout.GBT, 2), (Layout.COMPACT, 2),
                                               (Layout.COMPACT, 1)])
def test_charts_are_shown_at_the_width_the_word_file_uses(seed_report, layout: Layout,
                                                          count: int) -> None:
    from PySide6.QtGui import QImage

    from lawgov_gui.core.writers.briefing import chart_width_pt

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    charts = [(f"图{n + 1}", image) for n in range(count)]
    options = Options(layout, charts=True)
    doc = layout_summary(build_summary(seed_report), options, charts)
    widths, block = [], doc.begin()
    while block.isValid():
        for fragment in (it.fragment() for it in block):
            if fragment.charFormat().isImageFormat():
                widths.append(fragment.charFormat().toImageFormat().width())
        block = block.next()
    assert widths == pytest.approx([chart_width_pt(options, count)] * count)
