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


LICENCES = (
    ("Qt {qt} / PySide6", "LGPL v3"), ("Noto Sans CJK SC (subset)", "SIL OFL 1.1"),
    ("pyqtgraph", "MIT"), ("NumPy", "BSD-3-Clause"), ("charset-normalizer", "MIT"),
    ("python-docx", "MIT"), ("openpyxl", "MIT"), ("pypdfium2 / PDFium", "Apache-2.0 / BSD-3-Clause"),
    ("Python", "PSF License"),
)


def show_about(parent: QWidget) -> None:
    """Show the About box over `parent`: version, purpose and what is bundled, with licences."""
    rows = "".join(f"<tr><td>{name.format(qt=qVersion())}</td><td>&nbsp;&nbsp;{lic}</td></tr>"
                   for name, lic in LICENCES)
    text = tr("<h3>法治政府建设报告阅读器 {0}</h3>"
              "<p>离线阅读各地各部门的法治政府建设年度报告，提取其中的数据指标。程序从不联网。</p>"
              "<p>本程序（MIT 许可）包含以下组件：</p>").format(__version__)
    QMessageBox.about(parent, tr("关于"), f"{text}<table>{rows}</table>")
