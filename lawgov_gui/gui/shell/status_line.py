"""The reader window's status bar: one line of news, and a busy bar while work goes on.

The line says what the window last did (正在打开…, the report's sections and figures,
无法打开…, a printing step); the bar shows while a report loads, lays out or prints, and
`LoadStatus` turns it into a page count with a cancel button while a scan is read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar

from ..printing.commands import SummaryCommands
from ..reader.text_view import ReportTextView
from .load_status import LoadStatus
from .session import ReportSession


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the window's own strings


class StatusLine:
    """The status bar of `window`, following the session, the printing and the text's layout.

    Args:
        window: the main window whose status bar this fills.
        session: loads reports (its busy state and the file it opens).
        summary: the printing commands (their busy state and steps).
        text: the reading view (busy while it lays out a long report).
    """

    def __init__(self, window: QMainWindow, session: ReportSession, summary: SummaryCommands,
                 text: ReportTextView) -> None:
        self._session, self._summary, self._text = session, summary, text
        self.busy = QProgressBar(window)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setAccessibleName(tr("正在加载"))
        self.busy.hide()
        self.label = QLabel(window)
        window.statusBar().addWidget(self.label, 1)
        window.statusBar().addPermanentWidget(self.busy)
        self.load_status = LoadStatus(session, window.statusBar(), self.busy)
        for busy_changed in (session.busyChanged, summary.busyChanged, text.waiting):
            busy_changed.connect(self._update_busy)
        summary.status.connect(self.label.setText)
        session.loadStarted.connect(lambda p: self.say(tr("正在打开 {0}…").format(Path(p).name)))

    def say(self, text: str) -> None:
        """Put `text` on the line."""
        self.label.setText(text)

    def _update_busy(self, _state: bool = False) -> None:
        self.busy.setVisible(self._session.busy or self._text.waiting_for_layout
                             or self._summary.busy)
