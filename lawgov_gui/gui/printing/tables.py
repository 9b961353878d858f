"""Tables in the printed summary's QTextDocument.

Table rows are told apart by shading, not borders (borders vanish in Qt's PDF):
the head row darker, every other row light grey.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextTableCell,
    QTextTableFormat,
)

from ...core.summary.layout import Layout, LayoutSpec
from .formats import PROPORTIONAL, chars

HEAD_SHADE, EVEN_SHADE = "#d9d9d9", "#f2f2f2"


def percent(value: float) -> QTextLength:
    return QTextLength(QTextLength.Type.PercentageLength, value)


def table_format(layout: Layout, widths: Sequence[int]) -> QTextTableFormat:
    """A full-width table with one head row, columns of `widths` per cent, no borders."""
    fmt = QTextTableFormat()
    fmt.setBorder(0)  # rows are told apart by shading: borders vanish in Qt's PDF
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setCellPadding(2.5 if layout == Layout.GBT else 1.0)
    fmt.setCellSpacing(0)
    fmt.setHeaderRowCount(1)
    fmt.setWidth(percent(100))
    fmt.setColumnWidthConstraints([percent(w) for w in widths])
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
