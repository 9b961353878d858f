"""The dock `indicatorPanels`, whose panels are built once pyqtgraph has loaded.

Importing pyqtgraph (with numpy) takes about half a second. The window does not
wait for it: the import runs on a pool thread while the report opens, and the
panels take their place in the dock when it is done. Until then the dock says so,
and everything sent to the panels (report, section, theme, highlight) is kept
and handed over.
"""

from __future__ import annotations

import contextlib
import importlib

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from ...core import Report, Section
from ..common.dock_title import DockTitle
from ..common.save_dialog import ExportFolder
from ..common.ui_scale import room_factor

MIN_WIDTH = 380  # pixels at 100 %


def tr(text: str) -> str:
    return QCoreApplication.translate("PanelsDock", text)


class _Imported(QObject):
    done = Signal()


class _ImportTask(QRunnable):
    """Import the panels module (and so pyqtgraph) off the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = _Imported()

    def run(self) -> None:
        importlib.import_module("lawgov_gui.gui.panels.panels")
        with contextlib.suppress(RuntimeError):  # the window closed while pyqtgraph loaded
            self.signals.done.emit()


class PanelsDock(QDockWidget):
    """Holds the indicator panels; forwards to them once they exist.

    Args:
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

    def __init__(self, exports: ExportFolder, parent: QWidget | None = None) -> None:
        super().__init__(tr("指标面板"), parent)
        self.exports = exports
        self.setObjectName("indicatorPanels")
        DockTitle(self)
        self.setMinimumWidth(MIN_WIDTH)
        self.panels = None
        self._state: dict = {"report": None, "section": None, "dark": False, "highlight": None}
        waiting = QLabel(tr("正在准备指标面板…"), self)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(waiting)
        self._narrow = QTimer(self)
        self._narrow.setSingleShot(True)
        self._narrow.timeout.connect(self._apply_section)
        self._imported = False
        self._task = _ImportTask()
        self._task.signals.done.connect(self._on_imported)
        QThreadPool.globalInstance().start(self._task)

    def changeEvent(self, event: QEvent) -> None:
        """Widen with the interface size (界面字号), so the charts keep room for their axes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumWidth(round(MIN_WIDTH * room_factor()))

    def _on_imported(self) -> None:
        self._imported = True
        if self._state["report"] is not None:
            self._build()

    def _build(self) -> None:
        """Build the panels, once pyqtgraph is loaded and a report is on screen.

        Not earlier: built while a big report is still loading, the pool thread
        holds the interpreter lock most of the time and building takes seconds.
        """
        if self.panels is not None or getattr(self, "_pending_panels", None) is not None:
            return
        from .panels import IndicatorPanels

        panels = IndicatorPanels(self.exports, self)
        panels.indicatorActivated.connect(self.indicatorActivated)
        panels.allChosen.connect(self.allChosen)
        panels.dark = self._state["dark"]
        self.setWidget(panels)
        self._pending_panels = panels
        QTimer.singleShot(0, self._fill)  # build, then fill: two short pauses, not one long

    def _fill(self) -> None:
        panels = self.panels = self._pending_panels
        if self._state["report"] is not None:
            panels.set_report(self._state["report"])
            self._apply_section()
        if self._state["highlight"] is not None:
            panels.highlight(self._state["highlight"])
        self.ready.emit()

    def set_report(self, report: Report) -> None:
        self._state.update(report=report, section=None, highlight=None)
        if self.panels is not None:
            self.panels.set_report(report)
        elif self._imported:
            QTimer.singleShot(0, self._build)

    def set_section(self, section: Section | None) -> None:
        """Narrow the panels to `section`, just after the current event (a jump stays quick)."""
        self._state["section"] = section
        self._narrow.start(0)

    def _apply_section(self) -> None:
        if self.panels is not None and self.panels.section is not self._state["section"]:
            self.panels.set_section(self._state["section"])

    def set_dark(self, dark: bool) -> None:
        self._state["dark"] = dark
        if self.panels is not None:
            self.panels.set_dark(dark)

    def highlight(self, iid: str) -> None:
        """Mark the indicator with id `iid` in the panels (now, or once they are built)."""
        self._state["highlight"] = iid
        if self.panels is not None:
            self.panels.highlight(iid)
