"""The status bar's word on a load that takes long: what it is doing, for how long, and 取消.

A load that ends within SHOW_AFTER_MS shows nothing here (the status text already
says "正在打开…"). A longer one shows its stage and the seconds spent, and a 取消
button; Esc does the same while a load runs. A cancelled load leaves the open
report as it was and says so in the status bar for a few seconds.

A scan read by text recognition (OCR) shows the page being recognised instead
("正在识别文字：第 3/12 页…"), at once, and the window's progress bar counts the pages.
Cancelling it says that the recognition stops once the page in hand is done, at
the latest: the core asks before each page, and the abandoned thread (loading.py)
stops sooner, when the engine's current step returns (measured: 0.01–1.2 s).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from .loading import Stage
from .ocr_feed import OcrPage
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
        progress: the window's busy indicator; it counts the pages of a recognition.
    """

    def __init__(self, session: ReportSession, bar: QStatusBar, progress: QProgressBar) -> None:
        super().__init__(bar)
        self.setObjectName("loadStatus")
        self._session, self._bar, self._progress = session, bar, progress
        self._stage = Stage.READ
        self._ocr: OcrPage | None = None  # the current load's last recognised page
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
        self._session.ocrProgress.connect(self._recognised)

    def _started(self, _path: str) -> None:
        self._bar.clearMessage()  # an old "已取消打开…" would hide the new status
        self._stage, self._ocr = Stage.READ, None
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
            self._progress.setRange(0, 0)  # back to "busy" for the next wait
            self._progress.resetFormat()

    def _recognised(self, page: OcrPage) -> None:
        self._ocr = page
        self._progress.setRange(0, page.total)
        self._progress.setValue(page.done)
        self._progress.setFormat(tr("%v/%m 页"))
        self._refresh()

    def _refresh(self) -> None:
        seconds = self._clock.elapsed() // 1000
        self.label.setText(tr("{0}（{1} 秒）").format(self._doing(), seconds))
        self._tick.setInterval(1000)
        self.show()

    def _doing(self) -> str:
        """What the load is doing: the page being recognised, or its stage."""
        page = self._ocr
        if page is not None and page.done < page.total:
            return tr("正在识别文字：第 {0}/{1} 页…").format(page.done + 1, page.total)
        return tr("{0}…").format(stage_text(self._stage))

    def _cancelled(self, path: str) -> None:
        name = Path(path).name
        if self._ocr is not None and self._ocr.done < self._ocr.total:
            note = tr("已取消打开 {0}：文字识别最迟在当前页识别完后停止").format(name)
        else:
            note = tr("已取消打开 {0}").format(name)
        self._bar.showMessage(note, CANCELLED_MESSAGE_MS)
