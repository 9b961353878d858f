"""The indicator table's view: Enter chooses a row on every platform; rows and columns
fit the font."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView

from .table_model import CANONICAL, KIND, LABEL, QUALIFIER, RELATION, SECTION, UNIT, VALUE


class RowsView(QTableView):
    """A table view that reports Enter/Return on a row as `chosen`, on every platform,
    and keeps its rows as tall as its font needs (its owner refits the columns on
    `fontChanged`, with `fit_columns`).

    Signals:
        chosen(QModelIndex): Enter or Return was pressed on this row.
        fontChanged(): the view's font changed (界面字号); the rows are refitted.
    """

    chosen = Signal(QModelIndex)
    fontChanged = Signal()

    def fit_rows(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def fit_columns(self) -> None:
        """Short columns fit their contents; long ones fit up to a cap; 原文 takes the rest."""
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(120)  # measure a sample of rows, not thousands
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("中")
        header.setMinimumSectionSize(3 * em)
        for col in (VALUE, UNIT, QUALIFIER, KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, ems in ((SECTION, 10), (LABEL, 12), (CANONICAL, 10), (RELATION, 10)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            wanted = max(self.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, min(wanted, em * ems))

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
