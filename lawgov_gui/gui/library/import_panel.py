"""The panel at the foot of the library window that follows an import or a rebuild.

While the job runs: a determinate bar, "正在导入：第 n/N 个文件…" and 取消. At the end: one line
per file (已添加 / 重复 / 跳过：reason) and the total, until the reader closes the panel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .background import Job
from .import_task import Kind, result_lines

RESULT_ROWS = 8  # lines of results in view before the list scrolls


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportPanel", text)


def progress_text(kind: Kind, done: int, total: int) -> str:
    """The line under way: which file of how many."""
    if kind is Kind.REBUILD:
        return tr("正在重建报告库：第 {0}/{1} 个文件…").format(done, total)
    return tr("正在导入：第 {0}/{1} 个文件…").format(done, total)


class ImportPanel(QFrame):
    """Follows one job at a time.

    Signals:
        ended(): the job ended and its results are listed.
    """

    ended = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.job: Job | None = None
        self.kind = Kind.IMPORT
        self._total = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setAccessibleName(tr("导入进度说明"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(tr("导入进度"))
        self.cancel_button = QPushButton(tr("取消"), self)
        self.cancel_button.setToolTip(tr("在当前文件完成后停止；已导入的报告保留 (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(tr("关闭"), self)
        self.close_button.clicked.connect(self.hide)
        self.results = QListWidget(self)
        self.results.setAccessibleName(tr("导入结果"))
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._lay_out()
        self.hide()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.results)
        rows = RESULT_ROWS * self.results.fontMetrics().lineSpacing()
        self.results.setMaximumHeight(rows + 2 * self.results.frameWidth() + 8)

    def follow(self, job: Job, kind: Kind) -> None:
        """Show `job` as it goes, then its results."""
        self.job, self.kind, self._total = job, kind, 0
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.label.setText(tr("正在重建报告库…") if kind is Kind.REBUILD else tr("正在查找报告文件…"))
        self.results.clear()
        self.results.hide()
        self.cancel_button.setVisible(kind is Kind.IMPORT)
        self.cancel_button.setEnabled(True)
        self.bar.show()
        self.close_button.hide()
        self.show()

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def cancel(self) -> None:
        """Stop the import after the file in hand."""
        if self.running() and self.kind is Kind.IMPORT:
            assert self.job is not None
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("正在取消：当前文件完成后停止…"))

    def _progressed(self, done: int, total: int, _items: list) -> None:
        self._total = total
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        if not (self.job and self.job.cancelled):
            self.label.setText(progress_text(self.kind, done, total))

    def _finished(self, result: object) -> None:
        files, summary = result_lines(result, self.path, self._total)
        self.results.addItems(files + summary)
        self.results.scrollToBottom()
        self._end(" ".join(summary))

    def _failed(self, message: str) -> None:
        self._end(message)

    def _end(self, summary: str) -> None:
        self.label.setText(summary)
        self.label.setToolTip(summary)
        self.bar.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.results.setVisible(self.results.count() > 0)
        self.ended.emit()
