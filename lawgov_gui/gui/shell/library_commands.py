"""The main window's commands for the library of reports.

文件 → 报告库… (Ctrl+L) opens the library window (made on first use), at the size and place it
had when last closed (the settings' window/library); 文件 → 添加到报告库 adds the open report's
file in the background; a report opened from the library window opens here, at the place found,
which is selected and flashed as a jump to a figure is, the keyboard in the text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ...core import Report
from ...core.library import Outcome, Status
from ..common.library_model import LibraryModel
from ..library.background import Job
from ..library.import_task import Importer, busy_message
from ..library.pair_view import PairView
from ..library.window import LibraryWindow
from .settings import CLIPBOARD

STATUS_MS = 8000
GEOMETRY_KEY = "library"  # the settings' window/library


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryCommands", text)


def same_file(a: str | None, b: str | None) -> bool:
    """Whether the paths `a` and `b` name the same file (as written, or once made absolute)."""
    return a is not None and b is not None and (a == b or Path(a).absolute() == Path(b).absolute())


class LibraryCommands(QObject):
    """What the main window does with the library.

    Args:
        window: the main window; it has made `window.library` (the LibraryModel).
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        self.model: LibraryModel = window.library
        self.importer = Importer(self.model, self)
        self._window: LibraryWindow | None = None
        self._pending: tuple[str, int, int] | None = None  # a place to go once its report is in
        window.reportShown.connect(self._report_shown)
        window.session.loadFailed.connect(lambda _p, _m: self._drop_pending())
        self.model.damaged.connect(self._damaged)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.importer.jobs.stop)
            app.aboutToQuit.connect(self._quitting)

    def library_window(self) -> LibraryWindow:
        """The library window (made, not shown, on first use)."""
        if self._window is None:
            self._window = LibraryWindow(self.model, self.main, self.importer)
            self._window.openAt.connect(self.open_at)
            self._add_views(self._window)
            geometry = self.main.settings.geometry(GEOMETRY_KEY)
            if geometry is not None:
                self._window.restoreGeometry(geometry)
            self._window.hidden.connect(self._keep_geometry)
        return self._window

    def _keep_geometry(self) -> None:
        """Remember the library window's size and place (it was closed, or the program ends)."""
        if self._window is not None:
            self.main.settings.set_geometry(GEOMETRY_KEY, self._window.saveGeometry())

    def _quitting(self) -> None:
        if self._window is not None and self._window.isVisible():
            self._keep_geometry()
            self.main.settings.sync()

    def _add_views(self, window: LibraryWindow) -> None:
        """The library window's further tabs, each opening its places here; the charts follow
        the window's theme. (Imported here: the charts bring pyqtgraph, which the window's
        start-up must not wait for.)"""
        from ..charts.style import PALETTES
        from ..library.checks_view import ChecksView
        from ..library.compare_view import CompareView

        compare = CompareView(self.model, window, self.main.settings)  # exports start where others do
        checks = ChecksView(self.model, window)
        for view, title in ((compare, tr("比较")), (checks, tr("核查")),
                            (PairView(self.model, window), tr("对照"))):
            view.openAt.connect(self.open_at)
            window.add_page(view, title)
        state = self.main.state
        for view in (compare, checks):
            view.set_colors(PALETTES[state.dark])
            state.darkChanged.connect(lambda dark, v=view: v.set_colors(PALETTES[dark]))

    def show(self) -> None:
        """Show the library window in front."""
        window = self.library_window()
        window.show()
        window.raise_()
        window.activateWindow()

    def add_current(self) -> Job | None:
        """Add the open report's file to the library, in the background."""
        path = self.main.state.path
        if not path or path == CLIPBOARD:
            self._say(tr("没有可加入报告库的文件：请先打开一份报告（从剪贴板打开的不能加入）。"))
            return None
        job = self.importer.add([path])
        if job is None:
            self._say(busy_message())
            return None
        name = Path(path).name
        self._say(tr("正在把 {0} 加入报告库…").format(name))
        job.finished.connect(lambda outcomes: self._say(self._added(outcomes, name)))
        job.failed.connect(self._say)
        return job

    @staticmethod
    def _added(outcomes: list[Outcome], name: str) -> str:
        """The status bar's word on adding the file `name`."""
        if not outcomes:
            return tr("已取消：{0} 未加入报告库。").format(name)
        outcome = outcomes[0]
        if outcome.status is Status.ADDED:
            return tr("已把 {0} 加入报告库。").format(name)
        if outcome.status is Status.DUPLICATE:
            return tr("{0} 已在报告库中（内容相同的报告）。").format(name)
        return tr("{0} 未加入报告库：{1}").format(name, outcome.reason)

    def open_at(self, path: str, start: int, end: int) -> None:
        """Show the report at `path` here, with text[start:end] selected and in view."""
        self.main.raise_()
        self.main.activateWindow()
        if same_file(self.main.state.path, path) and self.main.state.report is not None:
            self._go_to(start, end)
            return
        self._pending = (path, start, end)
        self.main.open_path(path)

    def _report_shown(self, report: Report) -> None:
        if self._pending is not None and same_file(report.source.path, self._pending[0]):
            _, start, end = self._pending
            self._pending = None
            self._go_to(start, end)

    def _go_to(self, start: int, end: int) -> None:
        """Select text[start:end] of the open report, the keyboard in the text (to read on)."""
        self.main.navigator.go_to_span(start, end)
        self.main.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _drop_pending(self) -> None:
        self._pending = None

    def _damaged(self, message: str) -> None:
        """A view found the library file unusable: the library window offers to rebuild it."""
        if self._window is None:
            self.library_window().offer_rebuild(message)

    def _say(self, message: str) -> None:
        self.main.statusBar().showMessage(message, STATUS_MS)
