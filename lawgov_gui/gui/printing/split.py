"""Paragraphs that a page break splits become two paragraphs, one on each page.

Qt paints a paragraph whole wherever it crosses the page being painted: the page's
clip hides the lines of the page before or after, but the PDF writer still writes
their text, invisibly, into the page's text layer (a search found those lines twice,
and the detail's heading in page 1's text). Once the document is paginated, a
paragraph whose lines start on two pages is therefore cut where its lines change
page: the part on the next page goes on without an indent or space above (and, in a
list, without a second bullet, aligned with the item's text), so each page paints
its own lines only. Two lines at least stay on either page, as Word keeps them.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from .formats import KEEP_WITH_NEXT, REST
from .keep import page_of, relayout_from
from .tables import line_top

MIN_LINES = 2  # of a paragraph on either side of a page break


def split_at_page_breaks(doc: QTextDocument) -> None:
    """Cut each paragraph of the page flow (not in a table) where its lines change page."""
    height, layout = doc.pageSize().height(), doc.documentLayout()
    block: QTextBlock = doc.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            line = _first_line_on_next_page(block, layout.blockBoundingRect(block).top(), height)
            if line:
                _break(block, line)
                relayout_from(doc, block)  # read on from a new layout
        block = block.next()


def _first_line_on_next_page(block: QTextBlock, top: float, height: float) -> int:
    """The first line of `block` on a later page than its first line's; 0 if none."""
    lines = block.layout().lineCount()
    first = page_of(line_top(top, block, 0), height)
    for n in range(1, lines):
        if page_of(line_top(top, block, n), height) > first:
            return n
    return 0


def _break(block: QTextBlock, line: int) -> None:
    """Break `block` before its line `line`, the first on the next page, leaving two
    lines at least on either page (widow and orphan control, as in Word): a line more
    goes over when one would be left alone there; the whole paragraph, with the
    headings kept with it, when one would be left alone here."""
    lines = block.layout().lineCount()
    cut = line - 1 if lines - line == 1 else line
    if cut < MIN_LINES:
        _page_break(_kept_head(block))
    else:
        _cut(block, block.layout().lineAt(cut).textStart(), cut != line)


def _kept_head(block: QTextBlock) -> QTextBlock:
    """The first of the paragraphs before `block` kept with it (headings), else `block`."""
    while block.previous().isValid() and block.previous().blockFormat().property(KEEP_WITH_NEXT):
        block = block.previous()
    return block


def _page_break(block: QTextBlock) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _cut(block: QTextBlock, offset: int, new_page: bool) -> None:
    """Start a new paragraph at character `offset` of `block`: the rest of it, going on
    (on a new page if `new_page`)."""
    first = block.blockFormat()
    fmt = QTextBlockFormat(first)
    first.setProperty(KEEP_WITH_NEXT, False)  # it is kept with its own rest: met
    QTextCursor(block).setBlockFormat(first)
    fmt.setTextIndent(0)
    fmt.setTopMargin(0)
    fmt.setProperty(REST, True)
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if new_page
                           else QTextFormat.PageBreakFlag.PageBreak_Auto)
    text_list = block.textList()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset)
    cursor.insertBlock(fmt, cursor.charFormat())
    if text_list is not None:
        text_list.remove(cursor.block())
        rest = cursor.block().blockFormat()  # out of the list now: no bullet
        rest.setIndent(text_list.format().indent())
        cursor.setBlockFormat(rest)
