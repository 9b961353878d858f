"""Positions in a lazily laid-out text document, found without laying out the whole text.

Qt lays a big document out in the background. These functions measure only the
blocks they need: `block_at` gallops from a hint (the last block found) to the
block at a height, `position_in` finds the character under a point of a block,
`line_top` the height of the line holding a position, and `measurable` says
whether a block may be measured now. The reading view (text_view.py) keeps the
hint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextDocument

SMALL = 300_000  # characters: below this, laying the whole text out takes < 0.1 s


def block_rect(block: QTextBlock) -> QRectF:
    """The block's rectangle in the document (measuring lays the block out first)."""
    return block.document().documentLayout().blockBoundingRect(block)


def block_at(doc: QTextDocument, y: float, hint: int) -> QTextBlock:
    """The block at document height `y`, galloping from block number `hint`."""
    count = doc.blockCount()

    def top(n: int) -> float:
        return block_rect(doc.findBlockByNumber(n)).top()

    lo, step = min(hint, count - 1), 1
    while lo > 0 and top(lo) > y:
        lo, step = max(0, lo - step), step * 2
    hi, step = lo + 1, 1
    while hi < count and top(hi) <= y:
        lo, step = hi, step * 2
        hi = min(count, lo + step)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if top(mid) <= y else (lo, mid)
    return doc.findBlockByNumber(lo)


def position_in(block: QTextBlock, x: float, y: float) -> int:
    """Document position at (`x`, `y`), document coordinates, in `block`'s lines."""
    layout, rect = block.layout(), block_rect(block)
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        if rect.top() + line.y() + line.height() > y:
            return block.position() + line.xToCursor(x - rect.left())
    return block.position() + max(0, block.length() - 1)


def line_top(block: QTextBlock, position: int) -> float:
    """Document height of the top of the line holding document `position` in `block`."""
    top = block_rect(block).top()  # measuring lays the block out first
    line = block.layout().lineForTextPosition(position - block.position())
    return top + (line.y() if line.isValid() else 0)


def measurable(block: QTextBlock) -> bool:
    """Whether `block` may be measured now: laid out, or cheap to lay out."""
    return block.layout().lineCount() > 0 or block.document().characterCount() < SMALL
