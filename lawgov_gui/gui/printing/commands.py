"""The window's summary commands: print preview (Ctrl+P), export PDF, export Word.

Each asks for the summary options first (remembered), then previews or writes in
the background, with progress in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from ...core import Report
from ...core.summary import NoteLine
from ...core.summary.options import Options
from ..common.save_dialog import ExportFolder, ask_save_path, export_failed
from ..common.state import AppState
from ..common.worker import PoolTask


class SummarySettings(ExportFolder, Protocol):
    """What the commands remember: the options last used, and the export folder."""

    summary_options: Options


def tr(text: str) -> str:
    return QCoreApplication.translate("SummaryMenu", text)


class SummaryCommands(QObject):
    """Runs the summary commands for a main window.

    Args:
        state: the window's state: the open report is the one summarised.
        settings: where the options are remembered and exports start (the window's Settings).
        window: the parent of the dialogs.

    `notes_for(report)` gives the reader's notes printed in the summary (the window's note
    commands set it; none until then).

    Signals:
        exported(str): a summary file was written to this path.
        failed(str): writing failed; the message says why.
        busyChanged(bool): an export started (True) or the last one ended (False).
        status(str): a message for the status bar (progress, done, failure).
    """

    exported = Signal(str)
    failed = Signal(str)
    busyChanged = Signal(bool)
    status = Signal(str)

    def __init__(self, state: AppState, settings: SummarySettings, window: QMainWindow) -> None:
        super().__init__(window)
        self.state, self.settings, self.window = state, settings, window
        self.preview: QPrintPreviewDialog | None = None
        self.error_box: QMessageBox | None = None  # the last export's failure, if any
        self._jobs: list[PoolTask] = []
        self.notes_for: Callable[[Report], list[NoteLine]] = lambda _report: []  # the 批注

    @property
    def busy(self) -> bool:
        """Whether an export is running."""
        return bool(self._jobs)

    def ask_options(self):
        """The options dialog; None if cancelled (tests replace this)."""
        report = self.state.report
        from .actions import OptionsDialog  # the summary's code loads when first asked for

        dialog = OptionsDialog(report, self.settings.summary_options, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        self.settings.summary_options = options
        return options

    def ask_path(self, suffix: str) -> str:
        """Where to save: the dialog starts in the export folder (tests replace this).

        That is the folder of the last export, else the user's documents: never
        beside the report, which for the bundled sample is the program's own folder.
        """
        report = self.state.report
        name = Path(report.source.path).stem + tr("-摘要") + suffix
        kind = tr("PDF 文件 (*.pdf)") if suffix == ".pdf" else tr("Word 文档 (*.docx)")
        path = ask_save_path(self.window, tr("导出摘要"), name, kind, self.settings)
        if path and not path.lower().endswith(suffix):
            path += suffix
        return path

    def print_preview(self) -> None:
        """Ctrl+P: the print preview, which prints exactly what it shows.

        The printer belongs to the dialog: the preview paints on it for as long as
        the dialog is open, and both go when it closes.
        """
        report = self.state.report
        options = self.ask_options() if report is not None else None
        if options is None:
            return
        from .actions import charts_for, paint_for_printer, summary_for

        charts = charts_for(report, options)
        summary = summary_for(report, options, self.notes_for(report))
        dialog = QPrintPreviewDialog(self.window)  # makes and owns the printer it paints on
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(tr("打印预览 — {0}").format(summary.title))
        dialog.paintRequested.connect(lambda p: paint_for_printer(summary, options, p, charts))
        dialog.finished.connect(lambda _result, d=dialog: self._preview_closed(d))
        self.preview = dialog
        dialog.open()

    def _preview_closed(self, dialog: QPrintPreviewDialog) -> None:
        if self.preview is dialog:
            self.preview = None  # the dialog deletes itself (and its printer)

    def export(self, suffix: str) -> None:
        """Export the summary as PDF (".pdf") or Word (".docx") in the background."""
        report = self.state.report
        options = self.ask_options() if report is not None else None
        path = self.ask_path(suffix) if options is not None else ""
        if not path:
            return
        from .actions import charts_for, export_task, summary_for

        job = export_task(summary_for(report, options, self.notes_for(report)), options, path,
                          charts_for(report, options))
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._jobs.append(job)
        if len(self._jobs) == 1:
            self.busyChanged.emit(True)
        self.status.emit(tr("正在导出 {0}…").format(Path(path).name))
        job.start()

    def _progress(self, done: int, total: int) -> None:
        self.status.emit(tr("正在导出摘要：第 {0}/{1} 页").format(done, total))

    def _finished(self, path: str) -> None:
        self._done()
        self.settings.remember_export(path)  # the next export dialog starts there
        self.status.emit(tr("摘要已导出：{0}").format(path))
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self._done()
        self.status.emit(message)
        self.error_box = export_failed(self.window, message)  # plain text: it quotes the path
        self.failed.emit(message)

    def _done(self) -> None:
        self._jobs = [j for j in self._jobs if j.signals is not self.sender()]
        if not self._jobs:
            self.busyChanged.emit(False)
