"""The reading view: the report's full text, read-only, offline.

It never loads a resource named inside a document (`loadResource` returns
nothing), never follows links, and speaks in report offsets: `top_offset()` is the
first character in view, `scroll_to_offset()` brings a character to the top.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from .document import INDICATOR_PROPERTY, Layout


class ReportTextView(QTextBrowser):
    """Shows one laid-out report.

    Signals:
        topOffsetChanged(int): the report offset at the top of the view changed
            (emitted on every scroll).
        indicatorClicked(int): the reader clicked the indicator with this index.
    """

    topOffsetChanged = Signal(int)
    indicatorClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportText")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._layout: Layout | None = None
        self._matches: list[QTextEdit.ExtraSelection] = []
        self._pending: int | None = None
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def loadResource(self, type: int, name: QUrl) -> object:
        """Refuse every resource: nothing named in a document is ever loaded."""
        return None

    def set_layout(self, layout: Layout) -> None:
        """Show a newly built document, replacing the previous one."""
        old = self._layout
        self._layout = layout
        self._matches = []
        self.setExtraSelections([])
        layout.document.setParent(self)
        self.setDocument(layout.document)
        if old is not None:
            old.document.deleteLater()

    @property
    def base(self) -> int:
        return self._layout.base if self._layout else 0

    def top_offset(self) -> int:
        """Report offset of the first character at the top of the view."""
        if self._layout is None:
            return 0
        pos = self.cursorForPosition(QPoint(4, 4)).position()
        return max(0, pos - self._layout.base)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding report offset `offset` to the top of the view."""
        if self._layout is None:
            return
        doc = self.document()
        bar = self.verticalScrollBar()
        top = 0
        if offset > 0:
            block = doc.findBlock(self._layout.base + offset)
            top = int(doc.documentLayout().blockBoundingRect(block).top())
        # The scroll range may lag behind a fresh layout: finish the jump when it grows.
        self._pending = offset if top > bar.maximum() else None
        bar.setValue(min(bar.maximum(), top))
        self._scrolled()

    def resizeEvent(self, event) -> None:
        """Keep the line being read at the top when the width changes the layout."""
        anchor = self.top_offset() if self._layout is not None else None
        super().resizeEvent(event)
        if anchor:
            self.scroll_to_offset(anchor)

    def _range_changed(self, _low: int, _high: int) -> None:
        if self._pending is not None:
            self.scroll_to_offset(self._pending)

    def select_span(self, start: int, end: int) -> None:
        """Put the text cursor on report span [start, end) without scrolling."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.base + start)
        cursor.setPosition(self.base + end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def highlight(self, spans: list[tuple[int, int]], current: int, colors: tuple[str, str]) -> None:
        """Mark every span, the current one more strongly (find results)."""
        doc, base = self.document(), self.base
        selections = []
        for n, (start, end) in enumerate(spans):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(base + start)
            cursor.setPosition(base + end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(colors[1] if n == current else colors[0]))
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

    def _scrolled(self, *_: object) -> None:
        if self._layout is not None:
            self.topOffsetChanged.emit(self.top_offset())

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            fmt = self.cursorForPosition(event.position().toPoint()).charFormat()
            index = fmt.property(INDICATOR_PROPERTY)
            if isinstance(index, int):
                self.indicatorClicked.emit(index)
