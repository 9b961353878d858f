"""A dock's title bar that follows the interface size (界面字号).

Qt paints a dock's own title in the font the dock had when it was made, so after
视图 → 界面字号 the titles of 指标面板 and 查找结果 would stay small. This bar is a
plain widget: its title is a label in the interface font, with the usual float and
close buttons. Dragging it moves the dock (the label leaves mouse events to the dock).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("DockTitle", text)


class DockTitle(QWidget):
    """Title, 浮动 and 关闭 for `dock`, installed as its title bar widget.

    Args:
        dock: the dock to title; its window title is shown and followed.
    """

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.label = QLabel(dock.windowTitle(), self)
        dock.windowTitleChanged.connect(self.label.setText)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        row.addWidget(self.label, 1)
        buttons = ((QStyle.StandardPixmap.SP_TitleBarNormalButton, tr("浮动或停靠"),
                    lambda: dock.setFloating(not dock.isFloating())),
                   (QStyle.StandardPixmap.SP_TitleBarCloseButton, tr("关闭"), dock.close))
        floatable = bool(dock.features() & QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        for icon, tip, slot in buttons[0 if floatable else 1:]:
            button = QToolButton(self)
            button.setIcon(self.style().standardIcon(icon))
            button.setAutoRaise(True)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        dock.setTitleBarWidget(self)
