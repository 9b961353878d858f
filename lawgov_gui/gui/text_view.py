"""The reading view: the report's full text, read-only, offline.

It never loads a resource named inside a document (`loadResource` returns
nothing), never follows links, and speaks in report offsets: `top_offset()` is the
first character in view, `scroll_to_offset()` brings a character to the top.

Qt lays a big document out lazily, in the background. Positions are therefore
found by walking blocks from the last known one (never forcing a layout of the
whole text), and a jump to a part not laid out yet waits for the layout instead
of blocking the window.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from .document import INDICATOR_PROPERTY, Layout

SMALL = 300_000  # characters: below this, laying the whole text out takes < 0.1 s


class ReportTextView(QTextBrowser):
    """Shows one laid-out report.

    Signals:
        topOffsetChanged(int): the report offset at the top of the view changed.
        indicatorClicked(int): the reader clicked the indicator with this index.
        waiting(bool): a jump is waiting for the layout to reach its target.
    """

    topOffsetChanged = Signal(int)
    indicatorClicked = Signal(int)
    waiting = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        # A fixed scroll bar keeps the text width, so loading never reflows the text twice.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.tooltip_for: Callable[[int], str] | None = None
        self._layout: Layout | None = None
        self._hint = 0
        self._pending: int | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(60)
        self._retry.timeout.connect(self._retry_jump)
        self._found: list[QTextEdit.ExtraSelection] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._blink = QTimer(self)
        self._blink.setInterval(220)
        self._blink.timeout.connect(self._blink_step)
        self._blinks = 0
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def loadResource(self, type: int, name: QUrl) -> object:
        """Refuse every resource: nothing named in a document is ever loaded."""
        return None

    def set_layout(self, layout: Layout) -> None:
        """Show a newly built document, replacing the previous one."""
        old = self._layout
        self._layout, self._hint = layout, 0
        self._cancel_jump()
        self._found, self._flash = [], []
        self.setExtraSelections([])
        layout.document.setParent(self)
        self.setDocument(layout.document)
        if old is not None:
            old.document.deleteLater()

    @property
    def base(self) -> int:
        return self._layout.base if self._layout else 0

    # ----- positions
    def _rect(self, block: QTextBlock):
        return self.document().documentLayout().blockBoundingRect(block)

    def _block_at(self, y: float) -> QTextBlock:
        """The block at document height `y`, galloping from the last one found."""
        doc = self.document()
        count = doc.blockCount()

        def top(n: int) -> float:
            return self._rect(doc.findBlockByNumber(n)).top()

        lo, step = min(self._hint, count - 1), 1
        while lo > 0 and top(lo) > y:
            lo, step = max(0, lo - step), step * 2
        hi, step = lo + 1, 1
        while hi < count and top(hi) <= y:
            lo, step = hi, step * 2
            hi = min(count, lo + step)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if top(mid) <= y else (lo, mid)
        self._hint = lo
        return doc.findBlockByNumber(lo)

    def position_at(self, point: QPoint) -> int:
        """Document position under a viewport point (laying out only what is needed)."""
        y = point.y() + self.verticalScrollBar().value()
        block = self._block_at(y)
        layout, rect = block.layout(), self._rect(block)
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if rect.top() + line.y() + line.height() > y:
                return block.position() + line.xToCursor(point.x() - rect.left())
        return block.position() + max(0, block.length() - 1)

    def top_offset(self) -> int:
        """Report offset of the first character at the top of the view."""
        if self._layout is None:
            return 0
        return max(0, self.position_at(QPoint(0, 1)) - self._layout.base)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding report offset `offset` to the top of the view.

        If the layout has not reached that line yet, the jump waits for it (the
        `waiting` signal says so) rather than blocking the window.
        """
        if self._layout is None:
            return
        bar = self.verticalScrollBar()
        top = 0
        if offset > 0:
            block = self.document().findBlock(self._layout.base + offset)
            if not self._laid_out(block) and self._pending is None:
                self._wait_for(offset)
                return
            top = math.ceil(self._rect(block).top())
            self._hint = block.blockNumber()
        if top > bar.maximum():
            self._wait_for(offset)
        else:
            self._cancel_jump()
        bar.setValue(min(bar.maximum(), top))
        self._scrolled()

    def _laid_out(self, block: QTextBlock) -> bool:
        """Whether `block` may be measured now: laid out, or cheap to lay out."""
        return block.layout().lineCount() > 0 or self.document().characterCount() < SMALL

    def reveal(self, offset: int) -> None:
        """Scroll so that the line holding `offset` sits a third of the way down."""
        block = self.document().findBlock(self.base + offset)
        if self._layout is None or not self._laid_out(block):
            self.scroll_to_offset(offset)
            return
        rect = self._rect(block)
        line = block.layout().lineForTextPosition(self.base + offset - block.position())
        y = rect.top() + (line.y() if line.isValid() else 0)
        self._cancel_jump()
        self.verticalScrollBar().setValue(max(0, int(y - self.viewport().height() / 3)))
        self._scrolled()

    def _wait_for(self, offset: int) -> None:
        if self._pending is None:
            self.waiting.emit(True)
        self._pending = offset
        self._retry.start()

    def _retry_jump(self) -> None:
        if self._pending is not None:
            target, self._pending = self._pending, None
            block = self.document().findBlock(self.base + target)
            if not self._laid_out(block):
                self._pending = target
                return
            self._pending = target
            self.scroll_to_offset(target)

    def _cancel_jump(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._retry.stop()
            self.waiting.emit(False)

    # ----- highlighting
    def _selection(self, start: int, end: int, color: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.base + start)
        cursor.setPosition(self.base + end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        sel.format = fmt
        return sel

    def highlight(self, spans: list[tuple[int, int]], current: int, colors: tuple[str, str]) -> None:
        """Mark every span, the current one more strongly (find results)."""
        self._found = [self._selection(start, end, colors[1] if n == current else colors[0])
                       for n, (start, end) in enumerate(spans)]
        self.setExtraSelections(self._found + self._flash)

    def flash(self, start: int, end: int, color: str) -> None:
        """Blink report span [start, end) a few times to show where a jump landed."""
        self._flash_span = (start, end, color)
        self._blinks = 6
        self._blink_step()
        self._blink.start()

    def flashing(self) -> bool:
        return bool(self._flash)

    def _blink_step(self) -> None:
        self._blinks -= 1
        on = self._blinks > 0 and self._blinks % 2 == 1
        start, end, color = self._flash_span
        self._flash = [self._selection(start, end, color)] if on else []
        self.setExtraSelections(self._found + self._flash)
        if self._blinks <= 0:
            self._blink.stop()

    # ----- events
    def _scrolled(self, *_: object) -> None:
        if self._layout is not None:
            self.topOffsetChanged.emit(self.top_offset())

    def _indicator_at(self, point: QPoint) -> int | None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.position_at(point) + 1, self.document().characterCount() - 1))
        index = cursor.charFormat().property(INDICATOR_PROPERTY)
        return index if isinstance(index, int) else None

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips for indicators are written when asked for, not in advance."""
        if event.type() == QEvent.Type.ToolTip and self._layout is not None:
            index = self._indicator_at(event.pos())
            if index is not None and self.tooltip_for is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:
        """Keep the line being read at the top when a new width reflows the text."""
        reflow = self._layout is not None and event.oldSize().width() != event.size().width()
        anchor = self.top_offset() if reflow and event.oldSize().width() > 0 else 0
        super().resizeEvent(event)
        if anchor:
            self.scroll_to_offset(anchor)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if (event.button() == Qt.MouseButton.LeftButton and self._layout is not None
                and not self.textCursor().hasSelection()):
            index = self._indicator_at(event.position().toPoint())
            if index is not None:
                self.indicatorClicked.emit(index)
