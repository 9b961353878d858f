"""Checks: stated rates recomputed from their stated parts, agreeing or not.

化解1702件 of 受理1967件 → 86.53% ✓ helps an official trust a figure; a ✗ shows
where to ask a question.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...core.analysis.figures import Check
from ..common.describe import format_number
from .style import Palette


def tr(text: str) -> str:
    return QCoreApplication.translate("Checks", text)


def check_text(check: Check) -> str:
    """✓ 化解率 86.53%：1702件 ÷ 1967件 × 100% = 86.53%"""
    mark = "✓" if check.agrees else "✗"
    verdict = tr("一致") if check.agrees else tr("不一致")
    return (f"{mark} {check.rate.subject or check.rate.text}  {check.rate.text}\n"
            + tr("    {0} = {1}%（{2}）").format(check.formula,
                                               format_number(round(check.computed, 2)), verdict))


class ChecksView(QListWidget):
    """The list of checks; clicking one goes to its rate in the text.

    Signals:
        indicatorActivated(str): the reader chose the check of the indicator with this id.
    """

    indicatorActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksList")
        self.setAccessibleName(tr("数据核对"))
        self.setWordWrap(True)
        self.setSpacing(4)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def show_checks(self, checks: list[tuple[str, Check]], colors: Palette) -> None:
        """List (id of the rate, check) items, or say that there is nothing to check."""
        self.clear()
        for iid, check in checks:
            item = QListWidgetItem(check_text(check))
            item.setData(Qt.ItemDataRole.UserRole, iid)
            item.setForeground(QColor(colors.good if check.agrees else colors.bad))
            self.addItem(item)
        if not checks:
            item = QListWidgetItem(tr("本范围内没有可以用原文数字复算的比率。"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        iid = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(iid, str):
            self.indicatorActivated.emit(iid)
