"""The window's dialogs: an input error, a reset settings file, and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from .settings import CLIPBOARD, Recovery


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def error_dialog(parent: QWidget, path: str, message: str, kept_open: bool) -> QMessageBox:
    """Open (non-blocking) a warning that `path` could not be opened, and why.

    Args:
        parent: the window.
        path: the file that failed, or CLIPBOARD for a paste.
        message: why, in Chinese (from the core's ReportError).
        kept_open: whether a report is still open behind the dialog.
    """
    pasted = path == CLIPBOARD
    title = tr("无法从剪贴板打开") if pasted else tr("无法打开文件")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                      QMessageBox.StandardButton.Ok, parent)
    notes = [] if pasted else [tr("文件：{0}").format(path)]
    if kept_open:
        notes.append(tr("当前报告保持打开。"))
    box.setInformativeText("\n".join(notes))
    box.setObjectName("errorDialog")
    box.open()
    return box


def settings_reset_dialog(parent: QWidget, recovery: Recovery) -> QMessageBox:
    """Open (non-blocking) a note that the settings file was bad and the defaults are in use."""
    message = tr("设置文件已损坏，已恢复默认设置。")
    if recovery.backup is not None:
        message += tr("原文件已备份为 {0}").format(recovery.backup)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("设置已重置"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("settingsResetDialog")
    box.open()
    return box


def show_about(parent: QWidget) -> None:
    """Show the About box over `parent`."""
    QMessageBox.about(parent, tr("关于"), tr(
        "<h3>法治政府建设报告阅读器 {0}</h3>"
        "<p>离线阅读各地各部门的法治政府建设年度报告，提取其中的数据指标。程序从不联网。</p>"
        "<p>界面基于 Qt {1}（LGPL v3）与 PySide6（LGPL v3）；"
        "中文字体为 Noto Sans CJK SC 的子集（SIL Open Font License 1.1）。</p>").format(
            __version__, qVersion()))
