"""The 公文 layout (GB/T 9704-2012) read back from the PDF: grid, fonts, page numbers, tables."""

from __future__ import annotations

import ctypes
import itertools
import statistics
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextCursor, QTextDocument

from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.digest import DETAIL_HEADING
from lawgov_gui.core.summary.layout import Layout, Paper, spec
from lawgov_gui.core.summary.options import Options
from lawgov_gui.gui.printing.formats import LAYOUT_DEVICE, chars, fit_to_grid
from lawgov_gui.gui.printing.pages import write_pdf

MM = 72 / 25.4
GBT = spec(Layout.GBT)


@dataclass(frozen=True)
class Char:
    """One character of a PDF page: its text, baseline origin (pt from the page's top-left),
    size, font and box (left, bottom, right, top; pt from the bottom)."""

    text: str
    x: float
    y: float
    pt: float
    font: str
    box: tuple[float, float, float, float]


def page_chars(page: pdfium.PdfPage) -> list[Char]:
    textpage, height = page.get_textpage(), page.get_height()
    x, y, buffer = ctypes.c_double(), ctypes.c_double(), ctypes.create_string_buffer(256)
    out = []
    for i in range(textpage.count_chars()):
        text = textpage.get_text_range(i, 1)
        if not text.strip():
            continue
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, x, y)
        pdfium_c.FPDFText_GetFontInfo(textpage.raw, i, buffer, 256, None)
        out.append(Char(text, x.value, height - y.value, pdfium_c.FPDFText_GetFontSize(textpage.raw, i),
                        buffer.value.decode(), textpage.get_charbox(i)))
    return out


def lines(chars: list[Char]) -> list[list[Char]]:
    """The page's lines (characters on one baseline), top to bottom."""
    rows: dict[float, list[Char]] = defaultdict(list)
    for c in chars:
        rows[round(c.y, 1)].append(c)
    return [sorted(rows[y], key=lambda c: c.x) for y in sorted(rows)]


def in_block(line: list[Char]) -> bool:
    top = GBT.margins[0] * MM
    return top < line[0].y < top + GBT.block_mm[1] * MM


@pytest.fixture(scope="module")
def summary(seed_report):
    return build_summary(seed_report)


@pytest.fixture(scope="module")
def gbt_pdf(qapp, summary, tmp_path_factory) -> pdfium.PdfDocument:
    path = tmp_path_factory.mktemp("gbt") / "gbt.pdf"
    write_pdf(summary, Options(Layout.GBT, charts=False, table=True, full_text=True), path)
    return pdfium.PdfDocument(str(path))


def full_text_pages(pdf: pdfium.PdfDocument) -> list[list[list[Char]]]:
    """The body lines of the full pages that hold nothing but 三号 text (the report's full text,
    without its first page, which opens with its heading, and its last)."""
    pages = []
    for n in range(len(pdf)):
        body = [line for line in lines(page_chars(pdf[n])) if in_block(line)]
        if body and all(c.pt == GBT.body_pt for line in body for c in line):
            pages.append(body)
    return pages[1:-1]


def test_body_lines_are_28_9_pt_apart_22_to_the_page(gbt_pdf) -> None:
    pages = full_text_pages(gbt_pdf)
    assert len(pages) >= 3
    for body in pages:
        pitches = [b[0].y - a[0].y for a, b in itertools.pairwise(body)]
        assert abs(statistics.median(pitches) - 28.9) <= 0.5
        assert max(pitches) - min(pitches) < 0.5  # 公文: no paragraph spacing
        assert len(body) == 22


def test_a_full_line_holds_28_characters(gbt_pdf) -> None:
    left = GBT.margins[2] * MM
    right = left + GBT.block_mm[0] * MM
    body = [line for page in full_text_pages(gbt_pdf) for line in page]
    full = [line for line in body if abs(line[-1].box[2] - right) < 1.5]  # justified
    assert len(full) > len(body) / 2
    wide = [sum(unicodedata.east_asian_width(c.text) in "WF" for c in line) for line in full]
    assert max(wide) in (27, 28)  # the seed has ASCII commas in nearly every line: half a cell
    # a paragraph's last line is not justified: there the characters keep the grid's pitch
    pitch = GBT.block_mm[0] * MM / 28
    advances = [b.x - a.x for line in body if line[-1].box[2] < right - 3 * pitch
                for a, b in itertools.pairwise(line)
                if unicodedata.east_asian_width(a.text) == "W" == unicodedata.east_asian_width(b.text)]
    assert abs(statistics.median(advances) - pitch) < 0.05


@pytest.mark.parametrize(("grid", "per_line"), [(False, 27), (True, 28)])
def test_the_grid_sets_28_characters_where_16_pt_would_give_27(qapp, grid: bool,
                                                               per_line: int) -> None:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    QTextCursor(doc).insertText("中" * 60, chars(GBT.body, GBT.body_pt))
    if grid:
        fit_to_grid(doc, GBT)
    doc.documentLayout().setPaintDevice(LAYOUT_DEVICE)
    doc.setPageSize(QSizeF(GBT.block_mm[0] * MM, GBT.block_mm[1] * MM))
    assert doc.begin().layout().lineAt(0).textLength() == per_line


def first_line(chars: list[Char], text: str) -> list[Char]:
    return next(line for line in lines(chars) if "".join(c.text for c in line).startswith(text))


def test_title_body_and_heading_levels_are_in_distinct_fonts(gbt_pdf, summary) -> None:
    title = first_line(page_chars(gbt_pdf[0]), summary.title[:6])
    detail = next(n for n in range(len(gbt_pdf))  # the detail's first page: 分项指标, 一、, （一）
                  if gbt_pdf[n].get_textpage().get_text_range().startswith(DETAIL_HEADING))
    chars = page_chars(gbt_pdf[detail])
    level1 = first_line(chars, "一、")
    level2 = next(line for line in lines(chars) if line[0].text in "(（" and line[0].pt == 16)
    fonts = {name: {c.font for c in line if "\u4e00" <= c.text <= "\u9fff"}
             for name, line in (("title", title), ("1", level1), ("2", level2))}
    body = {c.font for body in full_text_pages(gbt_pdf) for line in body for c in line
            if "\u4e00" <= c.text <= "\u9fff"}
    assert all(len(f) == 1 for f in fonts.values()), fonts
    assert title[0].pt == 22 and level1[0].pt == level2[0].pt == 16
    assert len({*fonts["title"], *fonts["1"], *fonts["2"]}) == 3
    assert not body & (fonts["1"] | fonts["2"])


def test_page_numbers_sit_at_the_outer_side_one_character_in(gbt_pdf) -> None:
    left, right = GBT.margins[2] * MM, (GBT.margins[2] + GBT.block_mm[0]) * MM
    for n in range(len(gbt_pdf)):
        number = [c for c in page_chars(gbt_pdf[n]) if c.y > (GBT.margins[0] + GBT.block_mm[1]) * MM]
        assert "".join(c.text for c in number) == f"—{n + 1}—"
        assert {c.pt for c in number} == {14}
        if n % 2:  # even page numbers (from 1): left, one 四号 character in
            assert abs(number[0].box[0] - (left + 14)) < 2
        else:
            assert abs(number[-1].box[2] - (right - 14)) < 2


@pytest.mark.parametrize(("layout", "paper"), [(Layout.GBT, Paper.A4), (Layout.COMPACT, Paper.A4),
                                             (Layout.COMPACT, Paper.LETTER)])
def test_no_empty_shaded_band_ends_a_page(qapp, summary, tmp_path: Path, layout: Layout,
                                          paper: Paper) -> None:
    """Below a page's last text, down to the foot of the text block, the page is white.

    On Letter the compact table breaks where Qt stretched a shaded row to the page's end.
    """
    path = tmp_path / "table.pdf"
    pages = write_pdf(summary, Options(layout, paper, charts=False, table=True), path)
    pdf = pdfium.PdfDocument(str(path))
    _top, bottom, left, _right = (m * MM for m in spec(layout).margins_on(paper))
    for n in range(pages - 1):
        height = pdf[n].get_height()
        image = pdf[n].render(scale=2).to_pil().convert("L")
        glyph_bottom = max(height - c.box[1] for c in page_chars(pdf[n])
                           if height - c.box[1] < height - bottom)
        band = range(int((glyph_bottom + 6) * 2), int((height - bottom) * 2))
        grey = [y for y in band if image.getpixel((int((left + 5) * 2), y)) < 250]
        assert not grey, (n + 1, len(grey) / 2)
