"""The question asked when the library file cannot be used: rebuild it from the reports' files?"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryDamage", text)


def rebuild_question(parent: QWidget, message: str,
                     on_rebuild: Callable[[], object]) -> QMessageBox:
    """A window-modal box offering 重建 or 取消; shown, not waited for.

    Args:
        parent: the library window.
        message: the core's sentence for the damage (it names the file).
        on_rebuild: called when the reader chooses 重建.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, tr("报告库无法使用"),
                      tr("报告库文件已损坏，或不是本程序能读的版本。"), parent=parent)
    box.setObjectName("libraryDamaged")
    box.setInformativeText(tr("可以从报告的原文件重建报告库：报告重新导入，批注全部保留，"
                              "损坏的文件另存一份。原文件已移走或删除的报告不会再出现。"))
    box.setDetailedText(message)
    rebuild = box.addButton(tr("重建(&R)"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(rebuild)
    box.buttonClicked.connect(lambda button: on_rebuild() if button is rebuild else None)
    box.setModal(True)
    box.open()
    return box
