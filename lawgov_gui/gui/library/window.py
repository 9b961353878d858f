"""The library window: the reports of the library and search across them, as tabs.

Other views of the library (compare, checks, 对照) are added by the shell with `add_page`; each
makes its costly part (the chart, the 对照 panes) when it is first shown (later.py), so opening the
window builds only what its first tab shows.
Keys: Ctrl+F search, Ctrl+O add files, Ctrl+Shift+O add a folder, Ctrl+Tab / Ctrl+Shift+Tab
the next and previous tab, Enter opens what is chosen, Esc stops an import or closes the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..common.library_model import LibraryModel
from ..common.ui_scale import room_factor
from .damage import rebuild_question
from .import_panel import ImportPanel
from .import_task import Importer, Kind, busy_message, report_filter
from .reports_view import ReportsView
from .search_view import SearchView

STATUS_MS = 8000  # how long a passing message stays in the status bar
FIRST_SIZE = QSize(1100, 720)  # at 100 %; larger at a larger interface size, within the screen
ROOM_SHARE = 0.9  # of the screen's free area, at most


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryWindow", text)


def first_size(room: QSize) -> QSize:
    """The window's size before it has one of its own: FIRST_SIZE grown with the interface size
    (as the main window's panes grow), within 90 % of `room` (the screen's free area: the frame
    and title bar need room too)."""
    grown = FIRST_SIZE * room_factor()
    return grown.boundedTo(room * ROOM_SHARE) if room.isValid() else grown


class LibraryWindow(QMainWindow):
    """The window of the library of reports.

    Args:
        model: the main window's library.
        parent: the main window (the library window closes with it).
        importer: the library's imports and rebuilds (the shell's, shared with its 添加到报告库);
            one of its own when None.

    Signals:
        openAt(str, int, int): open the report at this path and select text[start:end].
        hidden(): the window was closed or hidden (its size and place can be kept).
    """

    openAt = Signal(str, int, int)
    hidden = Signal()

    def __init__(self, model: LibraryModel, parent: QWidget | None = None,
                 importer: Importer | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.importer = importer or Importer(model, self)
        self.damage_box: QMessageBox | None = None
        self.setWindowTitle(tr("报告库 — 法治政府建设报告阅读器"))
        self.setObjectName("libraryWindow")
        self.actions = self._actions()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("报告库的页面"))
        self.tabs.setDocumentMode(True)
        self.reports = ReportsView(model, [self.actions["add_files"], self.actions["add_folder"]],
                                   self.tabs)
        self.search = SearchView(model, self.tabs)
        self.add_page(self.reports, tr("报告"))  # no mnemonic: "报告(1)" would read as a count
        self.add_page(self.search, tr("搜索"))
        self.panel = ImportPanel(model.path, self)
        self._filled = False  # the views read the library when the window is first shown
        self._lay_out()
        self._connect()
        if self.importer.busy():
            assert self.importer.current is not None
            self.panel.follow(self.importer.current, self.importer.kind)
            self.reports.set_importing(True)

    def _actions(self) -> dict[str, QAction]:
        made: dict[str, QAction] = {}
        StdKey = QKeySequence.StandardKey
        for name, text, keys, slot in (
                ("add_files", tr("添加文件(&A)…"), [StdKey.Open], self.choose_files),
                ("add_folder", tr("添加文件夹(&D)…"), ["Ctrl+Shift+O"], self.choose_folder),
                ("search", tr("搜索"), [StdKey.Find], self.focus_search),
                ("next_tab", tr("下一页"), [StdKey.NextChild, "Ctrl+PgDown"],
                 lambda: self._step_tab(1)),
                ("previous_tab", tr("上一页"), [StdKey.PreviousChild, "Ctrl+PgUp"],
                 lambda: self._step_tab(-1)),
                ("escape", tr("取消或关闭"), ["Esc"], self.escape),
                ("close", tr("关闭"), [StdKey.Close], self.close)):
            made[name] = self._action(name, text, keys, slot)
        made["add_files"].setToolTip(tr("把报告文件加入报告库 (Ctrl+O)"))
        made["add_folder"].setToolTip(tr("把一个文件夹中的全部报告加入报告库 (Ctrl+Shift+O)"))
        return made

    def _action(self, name: str, text: str, keys: list, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"library_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _lay_out(self) -> None:
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.panel)
        self.setCentralWidget(central)
        self.resize(first_size(self.screen().availableGeometry().size()))

    def _connect(self) -> None:
        self.reports.openAt.connect(self.openAt)
        self.search.openAt.connect(self.openAt)
        self.importer.started.connect(self.panel.follow)
        self.importer.started.connect(lambda _job, _kind: self.reports.set_importing(True))
        self.panel.ended.connect(self._import_ended)
        self.tabs.currentChanged.connect(lambda _i: self._focus_page())
        self.model.damaged.connect(self.offer_rebuild)

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add `widget` as a further tab called `title`; its index."""
        widget.setAccessibleName(title.replace("&", ""))
        return self.tabs.addTab(widget, title)

    # ----- commands
    def choose_files(self) -> None:
        """Ask for report files and import them."""
        files, _ = QFileDialog.getOpenFileNames(self, tr("添加报告到报告库"), "", report_filter())
        if files:
            self.add(files)

    def choose_folder(self) -> None:
        """Ask for a folder and import every report in it (and in its folders)."""
        folder = QFileDialog.getExistingDirectory(self, tr("添加文件夹中的报告到报告库"))
        if folder:
            self.add([folder])

    def add(self, paths: list[str]) -> bool:
        """Import `paths` in the background; False (and a word why) when a job runs already."""
        if self.importer.add(paths) is None:
            self.statusBar().showMessage(busy_message(), STATUS_MS)
            return False
        return True

    def rebuild(self) -> None:
        """Rebuild the library from its reports' files, in the background."""
        if self.importer.rebuild() is None:
            self.statusBar().showMessage(busy_message(), STATUS_MS)

    def offer_rebuild(self, message: str) -> None:
        """Say the library cannot be used and offer to rebuild it (once, not during a job)."""
        if self.importer.busy() or (self.damage_box is not None and self.damage_box.isVisible()):
            return
        self.damage_box = rebuild_question(self, message, self.rebuild)
        self.show()  # the views read the file again, and find it damaged again: asked once
        self.raise_()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._filled:
            self._filled = True
            self.reports.refresh()
            self.search.refresh()
            self._focus_page()  # the keyboard in the table, or on 添加报告… when there is none

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # closed or hidden, not minimised
            self.hidden.emit()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_query()

    def escape(self) -> None:
        """Stop the import under way; with none, close the window."""
        if self.panel.running() and self.importer.kind is Kind.IMPORT:
            self.panel.cancel()
        else:
            self.close()

    def _import_ended(self) -> None:
        """The reports are in: on the reports tab the keyboard goes to their table (the buttons
        it was on are hidden), unless the reader is typing in a box."""
        self.reports.set_importing(False)
        if self.tabs.currentWidget() is self.reports and not isinstance(
                QApplication.focusWidget(), QLineEdit):
            self.reports.focus_table()

    def _step_tab(self, delta: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % self.tabs.count())

    def _focus_page(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.search:
            self.search.focus_query()
        elif page is self.reports:
            self.reports.focus_table()
        elif page is not None:  # to its focus proxy; the tabs keep the keyboard while it is
            target = page.focusProxy()  # hidden, or not made yet (a part made later, later.py)
            shown = target is not None and target.isVisibleTo(self)
            (page if shown else self.tabs.tabBar()).setFocus(Qt.FocusReason.TabFocusReason)
