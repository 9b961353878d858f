"""The reading view: the report's full text, read-only, offline.

It never loads a resource named inside a document (`loadResource` returns
nothing), never follows links, and speaks in report offsets: `top_offset()` is the
first character in view, `scroll_to_offset()` brings a character to the top.

Qt lays a big document out lazily, in the background. Positions are therefore
found by walking blocks from the last known one (text_positions.py: never forcing
a layout of the whole text), and a jump to a part not laid out yet waits for the
layout instead of blocking the window.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu, QTextBrowser, QToolTip, QWidget

from .document import Layout
from .note_margin import note_tooltip, paint_markers
from .text_hits import indicator_at, tooltip_at
from .text_marks import TextMarks
from .text_positions import block_at, line_top, measurable, position_in


class ReportTextView(QTextBrowser):
    """Shows one laid-out report.

    Signals:
        topOffsetChanged(int): the report offset at the top of the view changed.
        indicatorClicked(str): the reader clicked the indicator with this id.
        waiting(bool): a jump is waiting for the layout to reach its target.
    """

    topOffsetChanged = Signal(int)
    indicatorClicked = Signal(str)
    waiting = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportText")  # find results and jumps are marked through `marks`
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        # A fixed scroll bar keeps the text width, so loading never reflows the text twice.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.tooltip_for: Callable[[str], str] | None = None
        self.note_actions: list[QAction] = []  # 高亮, 添加批注…: added to the context menu
        self._layout: Layout | None = None
        self._hint = 0
        self._pending: tuple[int, float] | None = None  # (offset, fraction) of a waiting jump
        self._retry = QTimer(self)
        self._retry.setInterval(60)
        self._retry.timeout.connect(self._retry_jump)
        self.marks = TextMarks(self)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def loadResource(self, type: int, name: QUrl) -> object:
        """Refuse every resource: nothing named in a document is ever loaded."""
        return None

    def set_layout(self, layout: Layout) -> None:
        """Show a newly built document, replacing the previous one."""
        old = self._layout
        self._layout, self._hint = layout, 0
        self._cancel_jump()
        self.marks.clear()
        layout.document.setParent(self)
        self.setDocument(layout.document)
        if old is not None:
            old.document.deleteLater()

    @property
    def base(self) -> int:
        return self._layout.base if self._layout else 0

    # ----- positions
    def position_at(self, point: QPoint) -> int:
        """Document position under a viewport point (laying out only what is needed)."""
        y = point.y() + self.verticalScrollBar().value()
        block = block_at(self.document(), y, self._hint)
        self._hint = block.blockNumber()
        return position_in(block, point.x(), y)

    def top_offset(self) -> int:
        """Report offset of the first character at the top of the view."""
        if self._layout is None:
            return 0
        return max(0, self.position_at(QPoint(0, 1)) - self._layout.base)

    def visible_span(self) -> tuple[int, int]:
        """Report offsets from a screen above the view to a screen below it."""
        if self._layout is None:
            return 0, 0
        h = self.viewport().height()
        lo = self.position_at(QPoint(0, -h))
        hi = self.position_at(QPoint(self.viewport().width(), 2 * h))
        return max(0, lo - self.base), max(0, hi + 1 - self.base)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding report offset `offset` to the top of the view.

        If the layout has not reached that line yet, the jump waits for it (the
        `waiting` signal says so) rather than blocking the window.
        """
        self._scroll_line(offset, 0.0)

    def reveal(self, offset: int) -> None:
        """Scroll so that the line holding `offset` sits a third of the way down."""
        self._scroll_line(offset, 1 / 3)

    def ensure_visible(self, offset: int) -> None:
        """Reveal the line holding `offset` unless it is in view already."""
        block = self.document().findBlock(self.base + offset)
        if self._layout is not None and measurable(block):
            y = line_top(block, self.base + offset) - self.verticalScrollBar().value()
            if 0 <= y <= self.viewport().height() - block.layout().lineAt(0).height():
                self._cancel_jump()
                return
        self.reveal(offset)

    def _scroll_line(self, offset: int, fraction: float) -> None:
        """Put the line holding `offset` at `fraction` of the view's height (0: the top).

        A line the layout has not reached, or that the scroll bar cannot reach yet
        (Qt extends it as the background layout proceeds), is waited for.
        """
        if self._layout is None:
            return
        bar = self.verticalScrollBar()
        top = 0
        if offset > 0:
            block = self.document().findBlock(self._layout.base + offset)
            if not measurable(block):
                self._wait_for(offset, fraction)
                return
            line = line_top(block, self.base + offset)
            top = max(0, math.ceil(line - self.viewport().height() * fraction))
            self._hint = block.blockNumber()
        if top > bar.maximum() and self.document().lastBlock().layout().lineCount() == 0:
            self._wait_for(offset, fraction)  # the text below is not laid out yet
        else:
            self._cancel_jump()
        bar.setValue(min(bar.maximum(), top))
        self._scrolled()

    @property
    def waiting_for_layout(self) -> bool:
        """Whether a jump is waiting for the layout to reach its target."""
        return self._pending is not None

    def _wait_for(self, offset: int, fraction: float) -> None:
        if self._pending is None:
            self.waiting.emit(True)
        self._pending = (offset, fraction)
        self._retry.start()

    def _retry_jump(self) -> None:
        if self._pending is not None:
            offset, fraction = self._pending
            if measurable(self.document().findBlock(self.base + offset)):
                self._scroll_line(offset, fraction)

    def _cancel_jump(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._retry.stop()
            self.waiting.emit(False)

    # ----- events
    def _scrolled(self, *_: object) -> None:
        if self._layout is not None:
            self.marks.refresh()
            self.topOffsetChanged.emit(self.top_offset())

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips for notes and indicators are written when asked for, not in advance."""
        if event.type() == QEvent.Type.ToolTip and self._layout is not None:
            position = self.position_at(event.pos())
            note = self.marks.note_at(position - self.base)
            tip = note_tooltip(note) if note is not None else tooltip_at(
                self.document(), position, self.tooltip_for)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event) -> None:
        """The text, then a mark in the left margin beside each note in view."""
        super().paintEvent(event)
        if self._layout is not None:
            paint_markers(self, self.marks.near_notes(), self.marks.palette.marker)

    def context_menu(self) -> QMenu:
        """The text's own menu (copy, select all) and the note actions, for a selection."""
        menu = self.createStandardContextMenu()
        if self.note_actions:
            menu.addSeparator()
            menu.addActions(self.note_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def changeEvent(self, event: QEvent) -> None:
        """Keep the reading font when the interface font changes (QTextEdit would copy it
        into the document); the window sets the reading size itself."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.viewport().update()
            return
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        """Keep the line being read at the top when a new width reflows the text."""
        reflow = self._layout is not None and event.oldSize().width() != event.size().width()
        anchor = self.top_offset() if reflow and event.oldSize().width() > 0 else 0
        super().resizeEvent(event)
        if anchor:
            self.scroll_to_offset(anchor)
        self.marks.refresh()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if (event.button() == Qt.MouseButton.LeftButton and self._layout is not None
                and not self.textCursor().hasSelection()):
            iid = indicator_at(self.document(), self.position_at(event.position().toPoint()))
            if iid is not None:
                self.indicatorClicked.emit(iid)
