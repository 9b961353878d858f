"""The window's dialogs: an input error, a note on the settings file, and the About box.

Every message the program writes into a dialog is plain text (`message_box`): it
quotes file names, and a file name is not markup. Only the About box is rich
text, and it holds nothing but the program's own words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__
from .settings import CLIPBOARD
from .settings_recovery import Problem, Recovery


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def message_box(parent: QWidget, title: str, text: str, informative: str = "",
                name: str = "") -> QMessageBox:
    """Open (non-blocking) a warning whose texts are shown as plain text.

    A file name such as `<b>x</b><img src=…>.txt` is shown as it is spelt: never
    rendered as markup, never a link, never an image fetched.

    Args:
        parent: the window.
        title: the dialog's title.
        text: the message.
        informative: more detail below it (paths, what stays as it was).
        name: the dialog's object name (tests and accessibility find it by it).
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # for the informative text too
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setObjectName(name)
    box.open()
    return box


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
    notes = [] if pasted else [tr("文件：{0}").format(path)]
    if kept_open:
        notes.append(tr("当前报告保持打开。"))
    return message_box(parent, title, message, "\n".join(notes), "errorDialog")


def settings_message(found: Recovery) -> str:
    """What the reader is told about the settings file (see settings_recovery)."""
    if found.problem is Problem.NOT_SAVED:
        text = tr("设置无法保存：{0} 不可写，本次更改的设置在退出后不会保留。").format(found.path)
    elif found.problem is Problem.READ_ONLY:
        text = tr("设置文件 {0} 是符号链接或特殊文件，为安全起见不会写入：其中的设置照常使用，"
                  "但更改不会保存。").format(found.path)
    elif found.problem is Problem.WRONG_VALUES:
        text = tr("设置文件中有 {0} 项的值无法识别（{1}），这几项已恢复默认，其余设置保留。").format(
            len(found.keys), "、".join(found.keys))
    else:
        text = tr("设置文件已损坏，已恢复默认设置。")
    if found.backup is not None:
        text += tr("原文件已备份为 {0}").format(found.backup)
    elif _resets(found):
        text += tr("原文件无法移走，更改不会保存。")
    if found.repeats:
        text += tr("此提示只显示一次。")
    return text


def _resets(found: Recovery) -> bool:
    return found.problem in (Problem.DAMAGED, Problem.WRONG_VALUES)


def settings_reset_dialog(parent: QWidget, found: Recovery) -> QMessageBox:
    """Open (non-blocking) a note on what was wrong with the settings file and what was done."""
    return message_box(parent, tr("设置已重置") if _resets(found) else tr("设置无法保存"),
                       settings_message(found), name="settingsResetDialog")


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
