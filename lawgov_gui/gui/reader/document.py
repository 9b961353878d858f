"""Lay a Report out as a QTextDocument for the reading view.

The header (title, issuer, year, date) comes first; then every line of
`report.text` becomes one block, so a report offset maps to a document position by
adding `base`. When the text's first line is the report's own title, that line is drawn as
the title and the header holds the issuer, year and date alone (the title is not shown twice). Headings are styled by level with sizes relative to the default
font (zooming scales them too), body paragraphs get CJK line spacing of 160 % and
a two-character first-line indent, and every indicator gets a subtle background
and its id in a user property (the view writes its tooltip on demand).

Building the document touches no widget, so the loader builds it off the UI thread.
The view then lays it out lazily: the visible part at once, the rest in small steps
while the event loop is idle, so even a 10 MB report never blocks the window.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ...core import Indicator, Report, Section

INDICATOR_PROPERTY = QTextFormat.Property.UserProperty + 1
_SIZE = QTextFormat.Property.FontSizeAdjustment
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
_HEADING_SIZE = {1: 2, 2: 1, 3: 0, 4: 0}


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportDocument", text)


@dataclass(frozen=True, slots=True)
class DocStyle:
    """Colours and font of the reading view (taken from the current theme)."""

    font: QFont
    text: str
    muted: str
    heading: str
    indicator: str


@dataclass(slots=True)
class Layout:
    """A built document and the position of report offset 0 in it."""

    document: QTextDocument
    base: int


def _block(style: DocStyle, level: int | None, indent: bool) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(160, _PROPORTIONAL)
    if level is None:
        fmt.setBottomMargin(6)
        if indent:
            fmt.setTextIndent(style.font.pointSizeF() * 2 * 96 / 72)
    else:
        fmt.setTopMargin({1: 18, 2: 12}.get(level, 8))
        fmt.setBottomMargin(6)
    return fmt


def _heading_chars(style: DocStyle, level: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(QColor(style.heading))
    fmt.setProperty(_SIZE, _HEADING_SIZE[level])
    return fmt


def _indicator_chars(base: QTextCharFormat, style: DocStyle, iid: str) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    fmt.setBackground(QColor(style.indicator))
    fmt.setProperty(INDICATOR_PROPERTY, iid)
    return fmt


def _title_chars(style: DocStyle) -> QTextCharFormat:
    title = QTextCharFormat()
    title.setFontWeight(QFont.Weight.Bold)
    title.setProperty(_SIZE, 3)
    title.setForeground(QColor(style.heading))
    return title


def titled_text(report: Report) -> bool:
    """Whether the report's text opens on its own stated title (drawn as the title, once)."""
    m = report.meta
    return bool(m.title) and not m.title_inferred and report.text.split("\n", 1)[0].strip() == m.title


def _header(cursor: QTextCursor, report: Report, style: DocStyle) -> None:
    """The title (unless the text's first line is it) and the line of issuer, year and date."""
    m = report.meta
    muted = QTextCharFormat()
    muted.setForeground(QColor(style.muted))
    info = QTextBlockFormat()
    info.setBottomMargin(14)
    if titled_text(report):
        info.setBottomMargin(4)
        cursor.setBlockFormat(info)
        cursor.insertText(header_line(report), muted)
        return
    title = _title_chars(style)
    block = QTextBlockFormat()
    block.setBottomMargin(4)
    cursor.setBlockFormat(block)
    if m.title_inferred:
        title.setToolTip(tr("标题由正文推断"))  # the title itself stays as it would be printed
    cursor.insertText(m.title or report.source.path.rsplit("/", 1)[-1], title)
    cursor.insertBlock(info, muted)
    cursor.insertText(header_line(report), muted)


def header_line(report: Report) -> str:
    """发布单位：…　报告年度：…　发布日期：… (unknown fields say so)."""
    m = report.meta
    unknown = tr("未知")
    year = tr("{0}年").format(m.year) if m.year else unknown
    return "　".join([tr("发布单位：") + (m.issuer or unknown), tr("报告年度：") + year,
                     tr("发布日期：") + (m.published or unknown)])


def _line_segments(start: int, end: int, indicators: list[Indicator], k: int):
    """Yield (seg_start, seg_end, indicator index or None) covering [start, end)."""
    pos = start
    while k < len(indicators) and indicators[k].start < end:
        ind = indicators[k]
        if ind.start > pos:
            yield pos, ind.start, None
        yield ind.start, ind.end, k
        pos = ind.end
        k += 1
    if pos < end:
        yield pos, end, None


def _runs(a: int, b: int, heads: list[Section]):
    """Split [a, b) at the headings' spans: yield (lo, hi, the heading or None)."""
    pos = a
    for h in heads:
        lo, hi = max(pos, h.start), min(b, h.heading_end)
        if lo >= hi:
            continue
        if lo > pos:
            yield pos, lo, None
        yield lo, hi, h
        pos = hi
    if pos < b:
        yield pos, b, None


def _paragraph(cursor: QTextCursor, report: Report, style: DocStyle, span: tuple[int, int],
               heads: list[Section], k: int) -> int:
    """Insert one line of the report; return the index of the next indicator.

    `heads` are the sections whose heading stands in the line: one at its start
    sets the block's format; one in the middle (a copy that lost its line breaks)
    is drawn as a heading too, without breaking the line (offsets stay the text's).
    """
    start, end = span
    first = heads[0] if heads and heads[0].start == start else None
    standalone = first is not None and first.heading_end >= end
    cursor.setBlockFormat(_block(style, first.level if standalone else None, first is None))
    plain = QTextCharFormat()
    inds = report.indicators
    for a, b, idx in _line_segments(start, end, inds, k):
        for lo, hi, head in _runs(a, b, heads):
            fmt = _heading_chars(style, head.level) if head else plain
            if idx is not None:
                fmt = _indicator_chars(fmt, style, inds[idx].id)
            cursor.insertText(report.text[lo:hi], fmt)
        if idx is not None:
            k = idx + 1
    return k


def _after(indicators: list[Indicator], end: int) -> int:
    """The index of the first indicator that starts at or after `end`."""
    return bisect.bisect_left([i.start for i in indicators], end)


def build_document(report: Report, style: DocStyle) -> Layout:
    """The reading view's document for `report`.

    Args:
        report: the report to lay out.
        style: fonts and colours of the current theme.

    Returns:
        The document and the position of report offset 0 in it.
    """
    doc = QTextDocument()
    doc.setDefaultFont(style.font)
    doc.setDocumentMargin(24)
    doc.setUndoRedoEnabled(False)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    _header(cursor, report, style)
    cursor.insertBlock()
    base = cursor.position()
    sections = report.iter_sections()
    starts = [sec.start for sec in sections]
    k, pos = 0, 0
    lines = report.text.split("\n")
    if titled_text(report):  # the title line, drawn as the title
        block = QTextBlockFormat()
        block.setBottomMargin(14)
        cursor.setBlockFormat(block)
        cursor.insertText(lines[0], _title_chars(style))
        k = _after(report.indicators, len(lines[0]))
        pos = len(lines[0]) + 1
        lines = lines[1:]
        if lines:
            cursor.insertBlock()
    for n, line in enumerate(lines):
        if n:
            cursor.insertBlock()
        end = pos + len(line)
        heads = sections[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, max(end, pos + 1))]
        k = _paragraph(cursor, report, style, (pos, end), heads, k)
        pos = end + 1
    cursor.endEditBlock()
    return Layout(doc, base)
