"""Saving an export: the save dialog, where it starts, and the message when writing fails.

Every export dialog (charts, the indicator table) starts in the export folder,
`Settings.export_dir()`: the folder of the last export, else the user's
documents. Never the current directory, which for the bundled report is inside
the program's own package folder, and never beside the report for the same
reason. After a successful export its folder is remembered for the next one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("SaveDialog", text)


class ExportFolder(Protocol):
    """Where exports go (Settings is one)."""

    def export_dir(self) -> str: ...

    def remember_export(self, path: str) -> None: ...


class HomeFolder:
    """The export folder of a widget used without settings: the home folder, not remembered."""

    def export_dir(self) -> str:
        return str(Path.home())

    def remember_export(self, path: str) -> None:
        return None


def ask_save_path(parent: QWidget, caption: str, name: str, name_filter: str,
                  folder: ExportFolder) -> str:
    """Ask where to save a file called `name` at first, starting in `folder`.

    Returns:
        The chosen path, or "" when the reader cancels.
    """
    start = str(Path(folder.export_dir()) / Path(name).name)
    path, _ = QFileDialog.getSaveFileName(parent, caption, start, name_filter)
    return path


def export_failed(parent: QWidget, message: str) -> QMessageBox:
    """Say (without blocking) that an export could not be written, and why.

    Args:
        parent: the widget whose export failed.
        message: one Chinese line (a WriteFailed's text); shown as plain text.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, tr("导出失败"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr("原有的文件没有改动。"))
    box.setObjectName("exportErrorDialog")
    box.open()
    return box
