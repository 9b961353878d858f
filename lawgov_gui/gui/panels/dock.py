"""The dock `indicatorPanels`, whose panels are built once pyqtgraph has loaded.

Importing pyqtgraph (with numpy) takes about half a second. The window does not
wait for it: the import runs on a pool thread while the report opens, and the
panels take their place in the dock when it is done. Until then the dock says so;
the panels then read the window's state (report, section, theme) and follow it.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from ...core import Report
from ..common.dock_title import DockTitle
from ..common.save_dialog import ExportFolder
from ..common.state import AppState
from ..common.ui_scale import room_factor
from ..common.worker import PoolTask, make_qt_types

MIN_WIDTH = 380  # pixels at 100 %
PANELS_MODULE = "lawgov_gui.gui.panels.panels"  # imports pyqtgraph


def tr(text: str) -> str:
    return QCoreApplication.translate("PanelsDock", text)


class PanelsDock(QDockWidget):
    """Holds the indicator panels, built once pyqtgraph is loaded and a report is open.

    Args:
        state: what the window shows (the report, the scope, the theme); the
            panels read it and follow its signals.
        exports: where the panels' export dialogs start (the window's Settings).
        parent: the window.

    Signals:
        indicatorActivated(str): the reader chose an indicator (this id) in a panel.
        allChosen(): the reader pressed 全部 in the panels.
        ready(): the panels are built and showing the current report.
    """

    indicatorActivated = Signal(str)
    allChosen = Signal()
    ready = Signal()

    def __init__(self, state: AppState, exports: ExportFolder,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("指标面板"), parent)
        self.state = state
        self.exports = exports
        self.setObjectName("indicatorPanels")
        DockTitle(self)
        self.setMinimumWidth(MIN_WIDTH)
        self.panels = None
        self._building = False
        self._highlight: str | None = None  # sent before the panels existed
        waiting = QLabel(tr("正在准备指标面板…"), self)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(waiting)
        self._imported = False
        state.reportChanged.connect(self._report_changed)
        make_qt_types()  # before the import thread walks them (at start-up: already made)
        self._task = PoolTask(lambda _progress: importlib.import_module(PANELS_MODULE))
        self._task.signals.finished.connect(self._on_imported)
        self._task.start()

    def changeEvent(self, event: QEvent) -> None:
        """Widen with the interface size (界面字号), so the charts keep room for their axes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumWidth(round(MIN_WIDTH * room_factor()))

    def _on_imported(self, _module: object) -> None:
        self._imported = True
        if self.state.report is not None:
            self._build()

    def _report_changed(self, _report: Report) -> None:
        self._highlight = None
        if self.panels is None and self._imported:
            QTimer.singleShot(0, self._build)

    def _build(self) -> None:
        """Build the panels, once pyqtgraph is loaded and a report is on screen.

        Not earlier: built while a big report is still loading, the pool thread
        holds the interpreter lock most of the time and building takes seconds.
        Built, then filled: two short pauses, not one long.
        """
        if self.panels is not None or self._building:
            return
        self._building = True
        from .panels import IndicatorPanels

        panels = IndicatorPanels(self.state, self.exports, self)
        panels.indicatorActivated.connect(self.indicatorActivated)
        panels.allChosen.connect(self.allChosen)
        self.setWidget(panels)
        QTimer.singleShot(0, lambda: self._fill(panels))

    def _fill(self, panels) -> None:
        self.panels = panels
        panels.sync()
        if self._highlight is not None:
            panels.highlight(self._highlight)
        self.ready.emit()

    def highlight(self, iid: str) -> None:
        """Mark the indicator with id `iid` in the panels (now, or once they are built)."""
        self._highlight = iid
        if self.panels is not None:
            self.panels.highlight(iid)
