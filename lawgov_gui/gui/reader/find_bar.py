"""The find bar `findBar`: the query box, the match count, previous/next and close.

The bar only asks: it says what the reader typed and which way to move (Enter /
Shift+Enter, the arrows), or that it was closed (Esc, ×); the find controller
(find.py) searches, moves and tells the bar the count to show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

BOX_CHARS = 16  # the query box always shows this many characters


def tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


class FindBar(QWidget):
    """The bar: query box, match count, previous/next and close.

    Signals:
        queryChanged(str): the query text changed.
        nextRequested(): go to the next match.
        previousRequested(): go to the previous match.
        closed(): the bar was closed.
    """

    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("查找（全角半角通用）"))
        self.edit.setAccessibleName(tr("查找内容"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setAccessibleName(tr("匹配数"))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        for mark, text, tip, signal in (
                ("↑", tr("上一个"), tr("上一个 (Shift+F3)"), self.previousRequested),
                ("↓", tr("下一个"), tr("下一个 (F3)"), self.nextRequested),
                ("×", tr("关闭"), tr("关闭查找 (Esc)"), self.closed)):
            button = QToolButton(self)
            button.setText(mark)  # narrow at any interface size; the words are in the tooltip
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.clicked.connect(signal)
            row.addWidget(button)
        self._fit()

    def _fit(self) -> None:
        """Room for a phrase in the box and for "12345/12345" beside it, at the UI font."""
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance("中" * BOX_CHARS)
                                  + 2 * self.edit.sizeHint().height())
        self.count.setMinimumWidth(metrics.horizontalAdvance("00000/00000"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def eventFilter(self, obj: QObject, event) -> bool:
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == event.Type.KeyPress:
            key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                (self.previousRequested if shift else self.nextRequested).emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(obj, event)

    def show_count(self, current: int, total: int, query: str) -> None:
        """"3/17", or 无结果 when a non-empty query found nothing."""
        self.count.setText(f"{current + 1}/{total}" if total else (tr("无结果") if query else ""))
