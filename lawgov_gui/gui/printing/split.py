"""Paragraphs that a page break splits become two paragraphs, one on each page.

Qt paints a paragraph whole wherever it crosses the page being painted: the page's
clip hides the lines of the page before or after, but the PDF writer still writes
their text, invisibly, into the page's text layer (a search found those lines twice,
and the detail's heading in page 1's text). Once the document is paginated, a
paragraph whose lines start on two pages is therefore cut where its lines change
page: the part on the next page goes on without an indent or space above (and, in a
list, without a second bullet, aligned with the item's text), so each page paints
its own lines only. The lines stay where they were.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from .formats import KEEP_WITH_NEXT
from .keep import page_of
from .tables import line_top


def split_at_page_breaks(doc: QTextDocument) -> None:
    """Cut each paragraph of the page flow (not in a table) where its lines change page."""
    height, layout = doc.pageSize().height(), doc.documentLayout()
    block: QTextBlock = doc.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            line = _first_line_on_next_page(block, layout.blockBoundingRect(block).top(), height)
            if line:
                _cut(block, block.layout().lineAt(line).textStart())
                doc.markContentsDirty(0, doc.characterCount())  # read on from a new layout
        block = block.next()


def _first_line_on_next_page(block: QTextBlock, top: float, height: float) -> int:
    """The first line of `block` on a later page than its first line's; 0 if none."""
    lines = block.layout().lineCount()
    first = page_of(line_top(top, block, 0), height)
    for n in range(1, lines):
        if page_of(line_top(top, block, n), height) > first:
            return n
    return 0


def _cut(block: QTextBlock, offset: int) -> None:
    """Start a new paragraph at character `offset` of `block`: the rest of it, going on."""
    first = block.blockFormat()
    fmt = QTextBlockFormat(first)
    first.setProperty(KEEP_WITH_NEXT, False)  # it is kept with its own rest: met
    QTextCursor(block).setBlockFormat(first)
    fmt.setTextIndent(0)
    fmt.setTopMargin(0)
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    text_list = block.textList()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset)
    cursor.insertBlock(fmt, cursor.charFormat())
    if text_list is not None:
        text_list.remove(cursor.block())
        rest = cursor.block().blockFormat()  # out of the list now: no bullet
        rest.setIndent(text_list.format().indent())
        cursor.setBlockFormat(rest)
