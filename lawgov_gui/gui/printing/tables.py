"""Tables and chart pictures in the printed summary's QTextDocument.

Table rows are told apart by shading, not borders (borders vanish in Qt's PDF):
the head row darker, every other row light grey. A chart picture is a document
resource shown at a width on paper; the compact briefing sets its charts side by
side in a borderless table row, each above its caption.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableCell,
    QTextTableFormat,
)

from ...core.summary.layout import Layout, LayoutSpec
from .formats import PROPORTIONAL, chars

HEAD_SHADE, EVEN_SHADE = "#d9d9d9", "#f2f2f2"
CAPTION_COLOR = "#333333"


def _percent(value: float) -> QTextLength:
    return QTextLength(QTextLength.Type.PercentageLength, value)


def table_format(layout: Layout, widths: Sequence[int]) -> QTextTableFormat:
    """A full-width table with one head row, columns of `widths` per cent, no borders."""
    fmt = QTextTableFormat()
    fmt.setBorder(0)  # rows are told apart by shading: borders vanish in Qt's PDF
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setCellPadding(2.5 if layout == Layout.GBT else 1.0)
    fmt.setCellSpacing(0)
    fmt.setHeaderRowCount(1)
    fmt.setWidth(_percent(100))
    fmt.setColumnWidthConstraints([_percent(w) for w in widths])
    return fmt


def insert_table(cursor: QTextCursor, head: list[str], rows: list[list[str]],
                 widths: Sequence[int], style: LayoutSpec, layout: Layout) -> None:
    """Insert a table of `head` and `rows` at `cursor`, and move the cursor past it."""
    table = cursor.insertTable(len(rows) + 1, len(head), table_format(layout, widths))
    for r, row in enumerate([head, *rows]):
        for c, value in enumerate(row):
            _fill_cell(table.cellAt(r, c), r, value, style, layout)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _fill_cell(cell: QTextTableCell, row: int, value: str, style: LayoutSpec,
               layout: Layout) -> None:
    """Shade the cell of table row `row` (0 is the head, in bold) and write `value` in it."""
    shade = HEAD_SHADE if row == 0 else EVEN_SHADE if row % 2 == 0 else None
    if shade:
        cell_fmt = cell.format()
        cell_fmt.setBackground(QColor(shade))
        cell.setFormat(cell_fmt)
    cursor = cell.firstCursorPosition()
    block = QTextBlockFormat()
    block.setLineHeight(125 if layout == Layout.GBT else 108, PROPORTIONAL)
    cursor.setBlockFormat(block)
    cursor.insertText(value, chars(style.body, style.table_pt, row == 0))


def picture(doc: QTextDocument, caption: str, image: QImage, width: float) -> QTextImageFormat:
    """`image` as a resource of `doc`, shown `width` points wide in proportion."""
    name = f"chart-{caption}"
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    fmt = QTextImageFormat()
    fmt.setName(name)
    fmt.setWidth(width)
    fmt.setHeight(width * image.height() / max(1, image.width()))
    return fmt


def caption_chars(style: LayoutSpec) -> QTextCharFormat:
    """A chart's caption: table-sized, dark grey."""
    return chars(style.body, style.table_pt, False, CAPTION_COLOR)


def insert_charts_row(cursor: QTextCursor, charts: Sequence[tuple[str, QImage]], width: float,
                      style: LayoutSpec) -> None:
    """The charts side by side, each `width` points wide above its caption; the cursor past them."""
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setWidth(_percent(100))
    table = cursor.insertTable(2, len(charts), fmt)
    doc = cursor.document()
    for c, (caption, image) in enumerate(charts):
        table.cellAt(0, c).firstCursorPosition().insertImage(picture(doc, caption, image, width))
        table.cellAt(1, c).firstCursorPosition().insertText(caption, caption_chars(style))
    cursor.movePosition(QTextCursor.MoveOperation.End)
