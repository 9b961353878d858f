"""Tables in the printed summary's QTextDocument.

Table rows are told apart by shading, not borders (borders vanish in Qt's PDF):
the head row darker, every other row light grey. On the 公文 grid a row is whole
lines of the grid (no vertical padding), so the text after a table stays on it.

Where a table breaks across pages, Qt stretches the last row of the page down to
the page's end (when it moves the next row over), starts the next row's shading
there (when it moves only its lines), or shades a split row down to the page's
end: a shaded row would end the page with an empty grey band. The rows on either
side of each break, and a row it splits, are therefore left white
(``mend_table_breaks``, after the document is paginated): the two white rows are
on different pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCell,
    QTextTableFormat,
)

from ...core.summary.layout import Layout, LayoutSpec
from .formats import CELL_PERCENT, chars, line_height

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
            _fill_cell(table.cellAt(r, c), r, value, style)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _fill_cell(cell: QTextTableCell, row: int, value: str, style: LayoutSpec) -> None:
    """Shade the cell of table row `row` (0 is the head, in bold) and write `value` in it."""
    shade = HEAD_SHADE if row == 0 else EVEN_SHADE if row % 2 == 0 else None
    cell_fmt = cell.format().toTableCellFormat()
    if shade:
        cell_fmt.setBackground(QColor(shade))
    # the lines make the row: whole lines on the grid; as Word's rows (no top or bottom
    # cell margin) otherwise
    cell_fmt.setTopPadding(0)
    cell_fmt.setBottomPadding(0)
    cell.setFormat(cell_fmt)
    cursor = cell.firstCursorPosition()
    block = QTextBlockFormat()
    line_height(block, style, CELL_PERCENT)
    cursor.setBlockFormat(block)
    cursor.insertText(value, chars(style.body, style.table_pt, row == 0))


def mend_table_breaks(doc: QTextDocument) -> None:
    """Leave white the rows next to each page break inside a table, and the rows it splits."""
    height = doc.pageSize().height()
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            pages = [_row_pages(doc, frame, r, height) for r in range(frame.rows())]
            for r in range(2, frame.rows()):  # row 0 is the head, repeated by Qt
                if pages[r][0] > pages[r - 1][1]:
                    _unshade(frame, r - 1)
                if pages[r][0] > pages[r - 1][1] or pages[r][0] != pages[r][1]:
                    _unshade(frame, r)


def _row_pages(doc: QTextDocument, table: QTextTable, row: int,
               height: float) -> tuple[int, int]:
    """The pages of the first and of the last line of `row`'s text."""
    return int(row_top(doc, table, row) // height), int(row_bottom(doc, table, row) // height)


def row_top(doc: QTextDocument, table: QTextTable, row: int) -> float:
    """The document y of the first line of `row`'s text (its highest cell's)."""
    layout = doc.documentLayout()
    firsts = [table.cellAt(row, c).firstCursorPosition().block() for c in range(table.columns())]
    return min(line_top(layout.blockBoundingRect(b).top(), b, 0) for b in firsts)


def row_bottom(doc: QTextDocument, table: QTextTable, row: int) -> float:
    """The document y of the last line of `row`'s text (its lowest cell's)."""
    layout = doc.documentLayout()
    lasts = [table.cellAt(row, c).lastCursorPosition().block() for c in range(table.columns())]
    return max(line_top(layout.blockBoundingRect(b).top(), b, b.layout().lineCount() - 1)
               for b in lasts)


def line_top(block_top: float, block, line: int) -> float:
    """The document y of line `line` of `block` (its layout starts at `block_top`)."""
    text_layout = block.layout()
    if not text_layout.lineCount():
        return block_top
    # a line Qt moved to the next page keeps its block's rectangle but not its place in
    # it; line positions count from the block's top (a cell's or the page flow's)
    return block_top + text_layout.lineAt(max(line, 0)).y()


def _unshade(table: QTextTable, row: int) -> None:
    for c in range(table.columns()):
        cell = table.cellAt(row, c)
        fmt = cell.format()
        if fmt.background().style() != QBrush().style():
            fmt.clearBackground()
            cell.setFormat(fmt)
