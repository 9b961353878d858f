"""Find in the report: the find bar `findBar`, match highlighting and the results list.

Searching happens as the reader types. Every match is highlighted, the current
one more strongly, and the count reads "3/17". F3 / Shift+F3 and Enter /
Shift+Enter move between matches; Esc closes the bar. Full-width and half-width
forms match each other (core.search).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QToolButton,
    QWidget,
)

from ..core.search import Searcher
from .text_view import ReportTextView

MAX_LISTED = 2000


def tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


class FindBar(QWidget):
    """The bar: query box, match count, previous/next and close.

    Signals:
        queryChanged(str): the query text changed.
        nextRequested(): go to the next match.
        previousRequested(): go to the previous match.
        closed(): the bar was closed.
    """

    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("查找（全角半角通用）"))
        self.edit.setAccessibleName(tr("查找内容"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setAccessibleName(tr("匹配数"))
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000/00000"))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(QLabel(tr("查找："), self))
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        for text, tip, signal in ((tr("上一个"), tr("上一个 (Shift+F3)"), self.previousRequested),
                                  (tr("下一个"), tr("下一个 (F3)"), self.nextRequested),
                                  (tr("关闭"), tr("关闭查找 (Esc)"), self.closed)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.clicked.connect(signal)
            row.addWidget(button)

    def eventFilter(self, obj: QObject, event) -> bool:
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == event.Type.KeyPress:
            key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                (self.previousRequested if shift else self.nextRequested).emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(obj, event)

    def show_count(self, current: int, total: int, query: str) -> None:
        """"3/17", or 无结果 when a non-empty query found nothing."""
        self.count.setText(f"{current + 1}/{total}" if total else (tr("无结果") if query else ""))


def results_dock(window: QMainWindow, results: QListWidget) -> QDockWidget:
    """The 查找结果 dock holding the results list (hidden until a search)."""
    results.setObjectName("findResults")
    results.setAccessibleName(tr("查找结果"))
    results.setWordWrap(True)
    results.setAlternatingRowColors(True)
    dock = QDockWidget(tr("查找结果"), window)
    dock.setObjectName("findDock")
    dock.setWidget(results)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.hide()
    return dock


class FindController(QObject):
    """Runs searches for the bar and shows the matches in the view and the list.

    Args:
        window: the main window (it gets the results dock).
        bar: the find bar, placed above the view by the window.
        view: the reading view.
        colors: returns (match, current match) highlight colours.

    Signals:
        jumped(int): the view is about to move to a match; the offset it leaves.
    """

    jumped = Signal(int)

    def __init__(self, window: QMainWindow, bar: FindBar, view: ReportTextView, colors) -> None:
        super().__init__(bar)
        self.bar, self.view, self._colors = bar, view, colors
        self.results = QListWidget(window)
        self.dock = results_dock(window, self.results)
        results = self.results
        self._searcher: Searcher | None = None
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        bar.queryChanged.connect(self.search)
        bar.nextRequested.connect(lambda: self.step(1))
        bar.previousRequested.connect(lambda: self.step(-1))
        bar.closed.connect(self.close)
        results.itemActivated.connect(self._result_chosen)
        results.itemClicked.connect(self._result_chosen)

    def set_searcher(self, searcher: Searcher) -> None:
        """Search in a new report (its Searcher was built off the UI thread)."""
        self._searcher = searcher
        self.search(self.bar.edit.text())

    def search(self, query: str) -> None:
        """Find every match of `query` and show them; the first one after the view's top."""
        self.spans = self._searcher.find_all(query) if self._searcher else []
        top = self.view.top_offset()
        self.current = next((n for n, (s, _) in enumerate(self.spans) if s >= top), 0) \
            if self.spans else -1
        self._fill_results()
        self._show(scroll=False)

    def open(self) -> None:
        """Show the bar and the results, with the query selected for typing over."""
        self.bar.show()
        self.dock.show()
        self.bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.edit.selectAll()

    def close(self) -> None:
        """Hide the bar and the results and drop the highlights."""
        self.bar.edit.clear()
        self.bar.hide()
        self.dock.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, delta: int) -> None:
        """Move to the next (1) or previous (-1) match, wrapping around."""
        if not self.bar.isVisible():
            self.open()
        if not self.spans:
            return
        self.current = (self.current + delta) % len(self.spans)
        self._show(scroll=True)

    def _show(self, scroll: bool) -> None:
        self.view.highlight(self.spans, self.current, self._colors())
        self.bar.show_count(self.current, len(self.spans), self.bar.edit.text().strip())
        if 0 <= self.current < self.results.count():
            self.results.setCurrentRow(self.current)
        if scroll and self.spans:
            self.jumped.emit(self.view.top_offset())
            self.view.reveal(self.spans[self.current][0])

    def _fill_results(self) -> None:
        self.results.clear()
        if self._searcher is None:
            return
        for n, span in enumerate(self.spans[:MAX_LISTED]):
            m = self._searcher.describe(span)
            item = QListWidgetItem(f"…{m.before}【{m.text}】{m.after}…\n{m.section}")
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setToolTip(m.section)
            self.results.addItem(item)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        self.current = int(item.data(Qt.ItemDataRole.UserRole))
        self._show(scroll=True)
