"""Lay the printed summary out as a QTextDocument, in 公文 (GB/T 9704) or compact style.

The same document is painted by the print preview, the printer and the PDF
writer (printing.py), so what the preview shows is what prints.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from ...core.summary import KeyFigure, Part, Summary
from ...core.summary.layout import (
    FIGURE_HEAD,
    FULL_TABLE_HEAD,
    TABLE_HEADING,
    TEXT_HEADING,
    Layout,
    LayoutSpec,
    info_line,
    paper_mm,
    source_line,
    spec,
)
from ...core.summary.options import Options
from ..common.fonts import BUNDLED_FAMILY

_FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


Chart = tuple[str, QImage]  # caption, picture


def font(families: tuple[str, ...], point_size: float, bold: bool = False) -> QFont:
    """The first installed family of `families`, the bundled CJK font as fallback."""
    installed = set(QFontDatabase.families())
    chosen = [f for f in families if f in installed] + [BUNDLED_FAMILY]
    f = QFont()
    f.setFamilies(chosen)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def installed(families: tuple[str, ...]) -> bool:
    """Whether one of `families` is on this machine (else the bundled font stands in)."""
    return bool(set(families) & set(QFontDatabase.families()))


def _chars(families: tuple[str, ...], pt: float, bold: bool = False,
           color: str = "#000000") -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(font(families, pt, bold))
    fmt.setForeground(QColor(color))
    return fmt


def _block(style: LayoutSpec, align=None, before: float = 0, after: float = 0,
           keep: bool = False, indent: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if style.line_pt:
        fmt.setLineHeight(style.line_pt, _FIXED)
    else:
        fmt.setLineHeight(130, _PROPORTIONAL)
    fmt.setTopMargin(before)
    fmt.setBottomMargin(after)
    if align is not None:
        fmt.setAlignment(align)
    if indent:
        fmt.setTextIndent(style.body_pt * 2)
    if keep:
        fmt.setProperty(KEEP_WITH_NEXT, True)
    return fmt


KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 7


class Builder:
    """Writes a Summary into a QTextDocument laid out in points (72 per inch).

    Args:
        summary: what to show.
        options: layout, paper and what to include.
        charts: the chart pictures, shown when the options ask for charts.
    """

    def __init__(self, summary: Summary, options: Options, charts: Sequence[Chart] = ()) -> None:
        self.summary, self.options, self.charts = summary, options, list(charts)
        self.style = spec(options.layout)
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setUndoRedoEnabled(False)
        self.cursor = QTextCursor(self.doc)
        self._first = True

    def _paragraph(self, block: QTextBlockFormat) -> None:
        if self._first:
            self.cursor.setBlockFormat(block)
            self._first = False
        else:
            self.cursor.insertBlock(block)

    def text(self, text: str, chars: QTextCharFormat, block: QTextBlockFormat) -> None:
        self._paragraph(block)
        self.cursor.insertText(text, chars)

    def build(self) -> QTextDocument:
        """The whole summary, in order."""
        self._header()
        for digest in self.summary.sections:
            self._digest(digest.level, digest.heading, digest.figures)
        self._left_out(Part.SECTIONS)
        if self.options.charts and self.charts:
            if self.options.layout == Layout.COMPACT:
                self._charts_side_by_side(self.charts)
            else:
                for caption, image in self.charts:
                    self._chart(caption, image)
        self._points(self.summary.problems_heading, self.summary.problems, Part.PROBLEMS)
        self._points(self.summary.plans_heading, self.summary.plans, Part.PLANS)
        if self.options.table:
            self._full_table()
        if self.options.full_text:
            self._full_text()
        self._footer()
        return self.doc

    def _header(self) -> None:
        s, st = self.summary, self.style
        center = _align_center()
        self.text(s.title, _chars(st.title, st.title_pt, st.title_bold), _block(st, center, 0, 6))
        info = info_line(s.issuer, s.year, s.published)
        self.text(info, _chars(st.body, st.table_pt, False, "#333333"), _block(st, center, 0, 12))

    def _digest(self, level: int, heading: str, figures: list[KeyFigure]) -> None:
        st, head = self.style, self.style.heading(level)
        # 黑体/楷体 mark the levels; where they are missing, bold does.
        bold = head.bold or not installed(head.families)
        self.text(heading, _chars(head.families, head.pt, bold),
                  _block(st, None, 6 if level == 1 else 2, 2, keep=bool(figures) or level == 1,
                         indent=st.indent_headings))
        if figures:
            self._table(list(FIGURE_HEAD), [[f.subject, f.value, f.relation] for f in figures],
                        [48, 18, 34])

    def _table(self, head: list[str], rows: list[list[str]], widths: list[int]) -> None:
        st = self.style
        self._paragraph(_block(st))
        fmt = QTextTableFormat()
        fmt.setBorder(0)  # rows are told apart by shading: borders vanish in Qt's PDF
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        fmt.setCellPadding(2.5 if self.options.layout == Layout.GBT else 1.0)
        fmt.setCellSpacing(0)
        fmt.setHeaderRowCount(1)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w)
                                       for w in widths])
        table = self.cursor.insertTable(len(rows) + 1, len(head), fmt)
        for r, row in enumerate([head, *rows]):
            for c, value in enumerate(row):
                shade = "#d9d9d9" if r == 0 else "#f2f2f2" if r % 2 == 0 else None
                if shade:
                    cell_fmt = table.cellAt(r, c).format()
                    cell_fmt.setBackground(QColor(shade))
                    table.cellAt(r, c).setFormat(cell_fmt)
                cell = table.cellAt(r, c).firstCursorPosition()
                block = QTextBlockFormat()
                block.setLineHeight(125 if self.options.layout == Layout.GBT else 108, _PROPORTIONAL)
                cell.setBlockFormat(block)
                cell.insertText(value, _chars(st.body, st.table_pt, r == 0))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._first = False

    def _chart(self, caption: str, image: QImage) -> None:
        st = self.style
        name = f"chart-{caption}"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        width = self.options_page_width()
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(width)
        fmt.setHeight(width * image.height() / max(1, image.width()))
        block = _block(st, _align_center(), 6, 0, keep=True)
        block.setLineHeight(100, _PROPORTIONAL)  # a fixed line height would clip the picture
        self._paragraph(block)
        self.cursor.insertImage(fmt)
        self.text(caption, _chars(st.body, st.table_pt, False, "#333333"),
                  _block(st, _align_center(), 0, 6))

    def _charts_side_by_side(self, charts: list[tuple[str, QImage]]) -> None:
        """The compact briefing puts its charts in one row to stay within two pages."""
        self._paragraph(_block(self.style, None, 4, 0))
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self.cursor.insertTable(2, len(charts), fmt)
        width = self.options_page_width() / len(charts) - 6
        for c, (caption, image) in enumerate(charts):
            name = f"chart-{caption}"
            self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            picture = QTextImageFormat()
            picture.setName(name)
            picture.setWidth(width)
            picture.setHeight(width * image.height() / max(1, image.width()))
            table.cellAt(0, c).firstCursorPosition().insertImage(picture)
            table.cellAt(1, c).firstCursorPosition().insertText(
                caption, _chars(self.style.body, self.style.table_pt, False, "#333333"))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def options_page_width(self) -> float:
        return page_geometry(self.options)[2]

    def _left_out(self, part: Part) -> None:
        """Say what a long report's summary left out of `part`, if anything."""
        note = self.summary.left_out.note(part)
        if note:
            st = self.style
            self.text(note, _chars(st.body, st.table_pt, False, "#555555"), _block(st, None, 2, 4))

    def _points(self, title: str, points: list[str], part: Part) -> None:
        if not points:
            return
        st, head = self.style, self.style.heading(1)
        self.text(title, _chars(head.families, head.pt, head.bold or not installed(head.families)),
                  _block(st, None, 6, 2, keep=True, indent=st.indent_headings))
        fmt = QTextListFormat()
        fmt.setStyle(QTextListFormat.Style.ListDisc)
        fmt.setIndent(1)
        for n, point in enumerate(points):
            self.text(point, _chars(st.body, st.body_pt), _block(st, None, 0, 1))
            if n == 0:
                current = self.cursor.createList(fmt)
            else:
                current.add(self.cursor.block())
        self._left_out(part)

    def _full_table(self) -> None:
        st, head = self.style, self.style.heading(1)
        rows = [[d.heading[:14], f.subject, f.value, f.relation]
                for d in self.summary.sections for f in d.all_figures]
        self.text(TABLE_HEADING, _chars(head.families, head.pt, True),
                  _block(st, None, 10, 4, keep=True))
        self._table(list(FULL_TABLE_HEAD), rows, [22, 34, 16, 28])
        self._left_out(Part.TABLE)

    def _full_text(self) -> None:
        st, head = self.style, self.style.heading(1)
        block = _block(st, None, 10, 4)
        block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.text(TEXT_HEADING, _chars(head.families, head.pt, True), block)
        for line in self.summary.text.split("\n"):
            self.text(line, _chars(st.body, st.body_pt), _block(st, None, 0, 0, indent=True))
        self._left_out(Part.TEXT)

    def _footer(self) -> None:
        st, s = self.style, self.summary
        line = source_line(s.source_name, s.sha256, s.made)
        block = QTextBlockFormat()
        block.setTopMargin(14)
        self.text(line, _chars(st.body, st.source_pt, False, "#666666"), block)


def _align_center():
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignHCenter


MM = 72 / 25.4


def margins(options: Options) -> tuple[float, float, float, float]:
    """The layout's margins in points: top, bottom, left, right."""
    top, bottom, left, right = spec(options.layout).margins
    return top * MM, bottom * MM, left * MM, right * MM


def page_geometry(options: Options) -> tuple[float, float, float, float]:
    """(paper width, paper height, text width, text height) in points."""
    w, h = paper_mm(options.paper)
    top, bottom, left, right = spec(options.layout).margins
    return w * MM, h * MM, (w - left - right) * MM, (h - top - bottom) * MM
