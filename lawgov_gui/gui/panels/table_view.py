"""The indicator table's view: Enter chooses a row on every platform; rows fit the font."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class RowsView(QTableView):
    """A table view that reports Enter/Return on a row as `chosen`, on every platform,
    and keeps its rows as tall as its font needs.

    Signals:
        chosen(QModelIndex): Enter or Return was pressed on this row.
        fontChanged(): the view's font changed (界面字号); the rows are refitted.
    """

    chosen = Signal(QModelIndex)
    fontChanged = Signal()

    def fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()
            self.fontChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
