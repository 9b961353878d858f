"""What stays together on a page of the printed summary, once the document is laid out.

A paragraph marked KEEP_WITH_NEXT (a heading, the paragraph before the footer) starts
a new page when the text after it would start on the next one (after a table, the
table's last row does); a paragraph marked
KEEP_TOGETHER (the 核查 box's heading) starts a new page when the group it opens,
down to the paragraph marked GROUP_END, would break across pages (and fits on one).
Pages are told by where a paragraph's first line is: Qt moves a line that does not
fit to the next page but leaves its block's rectangle starting on the page before,
which made a heading already at the top of a page move on once more and leave a
blank page behind.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextTable

from .formats import GROUP_END, KEEP_TOGETHER, KEEP_WITH_NEXT
from .tables import line_top, row_bottom, row_top

MOVES = 200  # enough for any summary; a bound all the same
EDGE = 1.0  # points


def keep_together(doc: QTextDocument, moves: int = MOVES) -> None:
    """Move what would break a kept heading or group from its text to the next page.

    In document order: a move changes the layout after it (not before), so after
    each the document is laid out again and read on from the paragraph moved.
    """
    height = doc.pageSize().height()
    block: QTextBlock = doc.begin()
    while block.isValid() and moves:
        if _keep(doc, block, height):
            moves -= 1
            # Lay the rest of the document out again: after these format changes Qt's
            # layout stopped part-way, and pageCount() left the rest (the full text)
            # unprinted. What comes before the paragraph does not move.
            relayout_from(doc, block)
        block = block.next()


def relayout_from(doc: QTextDocument, block: QTextBlock) -> None:
    """Lay `doc` out again from `block` (a paragraph or a table cell's) to its end."""
    table = QTextCursor(block).currentTable()
    start = table.firstPosition() - 1 if table is not None else block.position()
    doc.markContentsDirty(start, doc.characterCount() - start)


def _keep(doc: QTextDocument, block: QTextBlock, height: float) -> bool:
    """Apply `block`'s keep rule, if it has one; whether it moved to a new page."""
    fmt = block.blockFormat()
    if fmt.property(KEEP_TOGETHER):
        end = _group_end(block)
        if end is None:
            return False
        last = bottom_of(doc, end)
        top = top_of(doc, block)
        if page_of(top, height) == page_of(last, height) or last - top > height:
            return False
        return _break_before(block, KEEP_TOGETHER)
    nxt = block.next()
    if not (fmt.property(KEEP_WITH_NEXT) and nxt.isValid()):
        return False
    table = _table_before(block)
    top = bottom_of(doc, block) if table is not None else top_of(doc, block)
    if page_of(top, height) == page_of(top_of(doc, nxt), height):
        return False
    if table is not None:  # the table's last row goes over with the paragraph after it
        _break_before(table.cellAt(table.rows() - 1, 0).firstCursorPosition().block(),
                      KEEP_WITH_NEXT)
    return _break_before(block, KEEP_WITH_NEXT) if table is None else True


def page_of(y: float, height: float) -> int:
    """The page (from 0) of a line starting at document position `y`: a line within a
    point of a page's end shows on the next page (pages.py clips each page at its last
    whole point; Qt left the footer's line there, 0.06 pt above the page's end)."""
    return int((y + EDGE) // height)


def top_of(doc: QTextDocument, block: QTextBlock) -> float:
    """Where the first line of text at `block` is: a table's first body row for the
    empty paragraph Qt keeps before a table (its head row repeats on every page)."""
    table = QTextCursor(block.next()).currentTable() if block.next().isValid() else None
    if not block.text() and table is not None:
        return row_top(doc, table, min(1, table.rows() - 1))
    return line_top(doc.documentLayout().blockBoundingRect(block).top(), block, 0)


def bottom_of(doc: QTextDocument, block: QTextBlock) -> float:
    """Where the last line of `block` starts: a table's last row for the empty
    paragraph Qt keeps after a table."""
    table = _table_before(block)
    if table is not None:
        return row_bottom(doc, table, table.rows() - 1)
    lines = block.layout().lineCount()
    return line_top(doc.documentLayout().blockBoundingRect(block).top(), block, lines - 1)


def _table_before(block: QTextBlock) -> QTextTable | None:
    """The table `block` follows, if it is the empty paragraph Qt keeps after one."""
    before = block.previous()
    if block.text() or not before.isValid() or QTextCursor(block).currentTable() is not None:
        return None
    return QTextCursor(before).currentTable()


def _group_end(block: QTextBlock) -> QTextBlock | None:
    """The paragraph marked GROUP_END after `block`, if any."""
    nxt = block.next()
    while nxt.isValid():
        if nxt.blockFormat().property(GROUP_END):
            return nxt
        nxt = nxt.next()
    return None


def _break_before(block: QTextBlock, rule: int) -> bool:
    """Start a new page at `block` and drop its keep `rule` (it is met now); True."""
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    fmt.setProperty(rule, False)
    QTextCursor(block).setBlockFormat(fmt)
    return True
