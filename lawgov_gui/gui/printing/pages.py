"""Paint the summary onto pages: one routine for the preview, the printer and the PDF.

The document is laid out in points (72 per inch) for the text block of the paper;
each page is painted scaled to the device's resolution, with its page number —
"— 1 —" at the bottom, on the outer side (odd pages right, even pages left) as
GB/T 9704 asks. A heading never ends a page: it moves to the next page with the
text it introduces, and the 核查 box is never split (keep.py); a paragraph a page
break splits becomes two, so that each page's text layer holds its own lines only
(split.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QTextDocument,
)

from ...core.summary.content import Summary
from ...core.summary.layout import PageNumber, Paper, spec
from ...core.summary.options import Options
from ...core.writers.atomic import atomic_write, check_pdf
from ...core.writers.briefing import PRODUCER, xmp_packet
from .document import Builder
from .formats import LAYOUT_DEVICE, LAYOUT_DPI, fit_to_grid, font, snap_pictures
from .geometry import MM, margins, page_geometry
from .keep import keep_together
from .pictures import Chart
from .split import split_at_page_breaks
from .tables import mend_table_breaks


def layout_summary(summary: Summary, options: Options,
                   charts: Sequence[Chart] = ()) -> QTextDocument:
    """Build the summary document (with `charts` if the options ask) and paginate it."""
    doc = Builder(summary, options, charts).build()
    doc.documentLayout().setPaintDevice(LAYOUT_DEVICE)
    _, _, width, height = page_geometry(options)
    doc.setPageSize(QSizeF(width, height))
    fit_to_grid(doc, spec(options.layout))
    snap_pictures(doc, spec(options.layout))
    keep_together(doc)
    mend_table_breaks(doc)
    split_at_page_breaks(doc)
    return doc


def paint_pages(doc: QTextDocument, options: Options, device: QPagedPaintDevice,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Paint every page of `doc` on `device` (its page layout must be full-page).

    Returns:
        The number of pages painted.
    """
    scale = device.logicalDpiX() / LAYOUT_DPI  # 1 for our PDF writer and printers
    pages = doc.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _paint_page(painter, doc, page, options, scale)
            if progress:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, doc: QTextDocument, page: int, options: Options,
                scale: float) -> None:
    """The text block of page `page` (from 0) inside the margins, and its page number.

    The block is clipped at the last whole point above the page's end: Qt paints the
    head row a table repeats on the next page from a rectangle rounded to whole
    units, which showed as a grey hairline at the foot of this one.
    """
    _, _, width, height = page_geometry(options)
    top, _bottom, left, _right = margins(options)
    start = page * height
    painter.save()
    painter.scale(scale, scale)
    painter.translate(left, top - start)
    doc.drawContents(painter, QRectF(0, start, width, math.floor(start + height) - start))
    painter.restore()
    _page_number(painter, page + 1, options, scale, (left, top + height, width))


def _page_number(painter: QPainter, number: int, options: Options, scale: float,
                 block: tuple[float, float, float]) -> None:
    """"— 1 —" under the text block, its dashes the rule's gap below it (GB/T 9704: 7 mm):
    at the outer side one character in (公文), or centred."""
    left, bottom, width = block
    rule = spec(options.layout).page_number
    text = PageNumber.text(number)
    number_font = font(rule.families, rule.pt)
    number_font.setPixelSize(round(rule.pt))  # layout units are points
    metrics = QFontMetricsF(number_font)
    dash = QPainterPath()
    dash.addText(0, 0, number_font, "—")  # its outline: metrics are rounded to pixels
    baseline = bottom + rule.gap_mm * MM - dash.boundingRect().center().y()
    advance = metrics.horizontalAdvance(text)
    if not rule.outer:
        x = left + (width - advance) / 2
    elif number % 2:
        x = left + width - rule.pt - advance
    else:
        x = left + rule.pt
    painter.save()
    painter.scale(scale, scale)
    painter.setFont(number_font)
    painter.drawText(QPointF(x, baseline), text)
    painter.restore()


def page_layout(options: Options) -> QPageLayout:
    """Full-page layout of the options' paper (margins are painted by us)."""
    size = QPageSize(QPageSize.PageSizeId.Letter if options.paper == Paper.LETTER
                     else QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def write_pdf(summary: Summary, options: Options, path: str | Path,
              progress: Callable[[int, int], None] | None = None,
              charts: Sequence[Chart] = ()) -> int:
    """Write the summary as PDF (fonts embedded), atomically. Returns the page count.

    The title and creator go in the document information; the XMP metadata adds the
    source file and its SHA-256 (dc:description, dc:identifier, pdf:Keywords), which
    the pages do not print.
    """
    pages = [0]

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(LAYOUT_DPI)  # one unit = one point, as the layout
        writer.setPageLayout(page_layout(options))
        writer.setTitle(summary.title)
        writer.setCreator(PRODUCER)
        writer.setDocumentXmpMetadata(QByteArray(xmp_packet(summary)))
        pages[0] = paint_pages(layout_summary(summary, options, charts), options, writer,
                               progress)
        del writer  # closes the file

    atomic_write(path, write, check_pdf)
    return pages[0]

