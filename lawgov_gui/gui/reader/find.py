"""Find in the report: the find bar `findBar` (find_bar.py), match highlighting and the
results list.

Searching happens as the reader types, as in a browser: a short pause after the
last key (so typing in a big report never waits for a search per key), then
every match is highlighted, the current one more strongly, the count reads
"3/17" and the view moves to the first match from where the reader was. F3 /
Shift+F3 and Enter / Shift+Enter move between matches at once; Esc closes the
bar. Full-width and half-width forms match each other (core.search).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMainWindow

from ...core.analysis.search import Searcher
from ..common.dock_title import DockTitle
from .find_bar import FindBar
from .text_view import ReportTextView

MAX_LISTED = 2000
TYPING_PAUSE_MS = 150  # search this long after the last key of the query


def tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


def results_dock(window: QMainWindow, results: QListWidget) -> QDockWidget:
    """The 查找结果 dock holding the results list (hidden until a search), below the text.

    Below, not beside: its lines are wide, and the window's width is what a large
    interface size runs short of. Every result is two lines (the words around the
    match, then its section), so the list lays out in constant time however many
    results there are.
    """
    results.setObjectName("findResults")
    results.setAccessibleName(tr("查找结果"))
    results.setUniformItemSizes(True)
    results.setTextElideMode(Qt.TextElideMode.ElideRight)
    results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    results.setAlternatingRowColors(True)
    dock = QDockWidget(tr("查找结果"), window)
    dock.setObjectName("findDock")
    dock.setWidget(results)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetMovable)
    DockTitle(dock)
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
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
        searched(int): a search ran (the query typed, or a new report); the match count.
    """

    jumped = Signal(int)
    searched = Signal(int)

    def __init__(self, window: QMainWindow, bar: FindBar, view: ReportTextView, colors) -> None:
        super().__init__(bar)
        self.bar, self.view, self._colors = bar, view, colors
        self.results = QListWidget(window)
        self.dock = results_dock(window, self.results)
        results = self.results
        self._searcher: Searcher | None = None
        self.spans: list[tuple[int, int]] = []
        self.current = -1
        self._anchor = 0  # where the reader was when the search began (a report offset)
        self._left = False  # whether the move away from the anchor is in the history yet
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self.search(self.bar.edit.text(), follow=True))
        bar.queryChanged.connect(lambda _q: self._typing.start())
        bar.nextRequested.connect(lambda: self.step(1))
        bar.previousRequested.connect(lambda: self.step(-1))
        bar.closed.connect(self.close)
        results.itemActivated.connect(self._result_chosen)
        results.itemClicked.connect(self._result_chosen)

    def set_searcher(self, searcher: Searcher) -> None:
        """Search in a new report (its Searcher was built off the UI thread)."""
        self._searcher = searcher
        self.search(self.bar.edit.text())

    def search(self, query: str, follow: bool = False) -> None:
        """Find every match of `query` and show them, the current one the first from the anchor.

        Args:
            query: what to find.
            follow: move the view to the current match if it is out of view (as typing does).
        """
        self._typing.stop()
        self.spans = self._searcher.find_all(query) if self._searcher else []
        self.current = next((n for n, (s, _) in enumerate(self.spans) if s >= self._anchor), 0) \
            if self.spans else -1
        self._fill_results()
        self._show(scroll=False)
        if follow and self.spans:
            if not self._left:
                self._left = True
                self.jumped.emit(self.view.top_offset())
            self.view.ensure_visible(self.spans[self.current][0])
        self.searched.emit(len(self.spans))

    def open(self) -> None:
        """Show the bar and the results, with the query selected for typing over."""
        if not self.bar.isVisible():
            self._anchor, self._left = self.view.top_offset(), False
        self.bar.show()
        self.dock.show()
        self.bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.edit.selectAll()

    def close(self) -> None:
        """Hide the bar and the results and drop the highlights."""
        self.bar.edit.clear()
        self.search("")
        self.bar.hide()
        self.dock.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, delta: int) -> None:
        """Move to the next (1) or previous (-1) match, wrapping around, at once."""
        if not self.bar.isVisible():
            self.open()
        if self._typing.isActive():
            self.search(self.bar.edit.text())  # the query typed just now, before moving
        if not self.spans:
            return
        self.current = (self.current + delta) % len(self.spans)
        self._show(scroll=True)

    def _show(self, scroll: bool) -> None:
        self.view.marks.highlight(self.spans, self.current, self._colors())
        self.bar.show_count(self.current, len(self.spans), self.bar.edit.text().strip())
        if 0 <= self.current < self.results.count():
            self.results.setCurrentRow(self.current)
        if scroll and self.spans:
            start = self.spans[self.current][0]
            self._anchor, self._left = start, True
            self.jumped.emit(self.view.top_offset())
            self.view.ensure_visible(start)

    def _fill_results(self) -> None:
        self.results.clear()
        if self._searcher is None:
            return
        for n, span in enumerate(self.spans[:MAX_LISTED]):
            m = self._searcher.describe(span)
            item = QListWidgetItem(f"…{m.before}【{m.text}】{m.after}…\n{m.section}")
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setToolTip(f"{m.before}{m.text}{m.after}\n{m.section}")
            self.results.addItem(item)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        self.current = int(item.data(Qt.ItemDataRole.UserRole))
        self._show(scroll=True)
