"""Lay the printed summary out as a QTextDocument, in 公文 (GB/T 9704) or compact style.

The same document is painted by the print preview, the printer and the PDF
writer (printing.py), so what the preview shows is what prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

from ...core.summary.content import KeyFigure, Part, Summary
from ..common.fonts import BUNDLED_FAMILY

_FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


@dataclass(frozen=True, slots=True)
class Style:
    """Fonts and sizes of one layout (points)."""

    title: tuple[str, ...]
    heading1: tuple[str, ...]
    heading2: tuple[str, ...]
    body: tuple[str, ...]
    title_pt: float
    heading_pt: float
    body_pt: float
    table_pt: float
    line_pt: float  # fixed line height of body text; 0 = 1.3 x the font


GBT = Style(("方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋"), ("黑体", "SimHei", "Heiti SC"),
            ("楷体", "楷体_GB2312", "KaiTi", "STKaiti"), ("仿宋", "仿宋_GB2312", "FangSong", "STFangsong"),
            22, 16, 16, 12, 28.9)
COMPACT = Style(("黑体", "SimHei"), ("黑体", "SimHei"), ("黑体", "SimHei"), ("宋体", "SimSun"),
                15, 12, 10.5, 9.5, 0)
STYLES = {"gbt": GBT, "compact": COMPACT}


@dataclass(slots=True)
class Options:
    """What the summary includes and how it is laid out (remembered between runs)."""

    layout: str = "gbt"  # gbt | compact
    paper: str = "a4"  # a4 | letter
    sections: set[str] | None = None  # ids to include; None = all
    charts: bool = True
    table: bool = False
    full_text: bool = False
    chart_images: list[tuple[str, QImage]] = field(default_factory=list)


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


def _block(style: Style, align=None, before: float = 0, after: float = 0,
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
    """

    def __init__(self, summary: Summary, options: Options) -> None:
        self.summary, self.options = summary, options
        self.style = STYLES.get(options.layout, GBT)
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
        if self.options.charts and self.options.chart_images:
            if self.options.layout == "compact":
                self._charts_side_by_side(self.options.chart_images)
            else:
                for caption, image in self.options.chart_images:
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
        self.text(s.title, _chars(st.title, st.title_pt, True), _block(st, center, 0, 6))
        info = f"发布单位：{s.issuer}　报告年度：{s.year}　发布日期：{s.published}"
        self.text(info, _chars(st.body, st.table_pt, False, "#333333"), _block(st, center, 0, 12))

    def _digest(self, level: int, heading: str, figures: list[KeyFigure]) -> None:
        st = self.style
        families = st.heading1 if level == 1 else st.heading2 if level == 2 else st.body
        # 黑体/楷体 mark the levels; where they are missing, bold does.
        bold = level >= 3 or self.options.layout == "compact" or not installed(families)
        self.text(heading, _chars(families, st.heading_pt, bold),
                  _block(st, None, 6 if level == 1 else 2, 2, keep=bool(figures) or level == 1,
                         indent=self.options.layout == "gbt"))
        if figures:
            self._table(["指标", "数值", "关系"], [[f.subject, f.value, f.relation] for f in figures],
                        [48, 18, 34])

    def _table(self, head: list[str], rows: list[list[str]], widths: list[int]) -> None:
        st = self.style
        self._paragraph(_block(st))
        fmt = QTextTableFormat()
        fmt.setBorder(0)  # rows are told apart by shading: borders vanish in Qt's PDF
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
        fmt.setCellPadding(2.5 if self.options.layout == "gbt" else 1.0)
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
                block.setLineHeight(125 if self.options.layout == "gbt" else 108, _PROPORTIONAL)
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
        st = self.style
        self.text(title, _chars(st.heading1, st.heading_pt, self.options.layout == "compact"
                                or not installed(st.heading1)),
                  _block(st, None, 6, 2, keep=True, indent=self.options.layout == "gbt"))
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
        st = self.style
        rows = [[d.heading[:14], f.subject, f.value, f.relation]
                for d in self.summary.sections for f in d.all_figures]
        self.text("附表：全部指标", _chars(st.heading1, st.heading_pt, True),
                  _block(st, None, 10, 4, keep=True))
        self._table(["章节", "指标", "数值", "关系"], rows, [22, 34, 16, 28])
        self._left_out(Part.TABLE)

    def _full_text(self) -> None:
        st = self.style
        block = _block(st, None, 10, 4)
        block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.text("附件：报告全文", _chars(st.heading1, st.heading_pt, True), block)
        for line in self.summary.text.split("\n"):
            self.text(line, _chars(st.body, st.body_pt), _block(st, None, 0, 0, indent=True))
        self._left_out(Part.TEXT)

    def _footer(self) -> None:
        st, s = self.style, self.summary
        line = f"来源文件：{s.source_name}　SHA-256：{s.sha256}　生成日期：{s.made}"
        block = QTextBlockFormat()
        block.setTopMargin(14)
        self.text(line, _chars(st.body, 7.5, False, "#666666"), block)


def _align_center():
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignHCenter


MM = 72 / 25.4
PAPERS = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MARGINS = {"gbt": (37.0, 26.0, 35.0, 28.0), "compact": (16.0, 16.0, 16.0, 16.0)}  # t r b l


def page_geometry(options: Options) -> tuple[float, float, float, float]:
    """(paper width, paper height, text width, text height) in points."""
    w, h = PAPERS.get(options.paper, PAPERS["a4"])
    top, right, bottom, left = MARGINS.get(options.layout, MARGINS["gbt"])
    return w * MM, h * MM, (w - left - right) * MM, (h - top - bottom) * MM
