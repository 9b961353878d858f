"""The status bar's word on a load that takes long: what it is doing, for how long, and 取消.

A load that ends within SHOW_AFTER_MS shows nothing here (the status text already
says "正在打开…"). A longer one shows its stage and the seconds spent, and a 取消
button; Esc does the same while a load runs. A cancelled load leaves the open
report as it was and says so in the status bar for a few seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from .loading import Stage
from .session import ReportSession

SHOW_AFTER_MS = 600
CANCELLED_MESSAGE_MS = 5000


def tr(text: str) -> str:
    return QCoreApplication.translate("LoadStatus", text)


def stage_text(stage: Stage) -> str:
    return {Stage.READ: tr("正在读取并分析"), Stage.LAYOUT: tr("正在排版"),
            Stage.INDEX: tr("正在建立查找索引")}[stage]


class LoadStatus(QWidget):
    """Stage, elapsed seconds and a cancel button for the session's current load.

    Args:
        session: the loads to follow and cancel.
        bar: the status bar to sit in (as a permanent widget) and write notes to.
    """

    def __init__(self, session: ReportSession, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.setObjectName("loadStatus")
        self._session, self._bar = session, bar
        self._stage = Stage.READ
        self._clock = QElapsedTimer()
        self.label = QLabel(self)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(tr("取消"))
        self.cancel_button.setToolTip(tr("取消打开 (Esc)"))
        self.cancel_button.setAccessibleName(tr("取消打开"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.cancel_button)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._refresh)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), bar.window())
        self.escape.setEnabled(False)
        self._connect()
        bar.addPermanentWidget(self)
        self.hide()

    def _connect(self) -> None:
        self.cancel_button.clicked.connect(self._session.cancel)
        self.escape.activated.connect(self._session.cancel)
        self._session.loadStarted.connect(self._started)
        self._session.stageChanged.connect(self._staged)
        self._session.busyChanged.connect(self._busy)
        self._session.loadCancelled.connect(self._cancelled)

    def _started(self, _path: str) -> None:
        self._bar.clearMessage()  # an old "已取消打开…" would hide the new status
        self._stage = Stage.READ
        self._clock.start()
        self._tick.start(SHOW_AFTER_MS)

    def _staged(self, stage: Stage) -> None:
        self._stage = stage
        if self.isVisible():
            self._refresh()

    def _busy(self, busy: bool) -> None:
        self.escape.setEnabled(busy)
        if not busy:
            self._tick.stop()
            self.hide()

    def _refresh(self) -> None:
        seconds = self._clock.elapsed() // 1000
        self.label.setText(tr("{0}…（{1} 秒）").format(stage_text(self._stage), seconds))
        self._tick.setInterval(1000)
        self.show()

    def _cancelled(self, path: str) -> None:
        self._bar.showMessage(tr("已取消打开 {0}").format(Path(path).name), CANCELLED_MESSAGE_MS)
