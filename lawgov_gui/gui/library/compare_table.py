"""The compare view's tables: sortable, read-only, whole rows; every column as wide as its
contents but 文件, which is shortened in the middle (its start and its format both tell copies
apart; the tooltip has the full path), and 原句, the last, which takes the room left. 文件 is shown
only when two rows would read alike without it (read_alike)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from .compare_model import SORT_ROLE, Column, CompareTableModel, read_alike
from .reports_view import RESIZE_ROWS

FILE_EMS = 12  # the 文件 column at most this many Chinese characters wide


class MiddleElided(QStyledItemDelegate):
    """Cells shortened in the middle (松原市…-2022.docx) rather than at their end."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def compare_table(model: CompareTableModel, name: str, parent: QWidget) -> QTableView:
    """A table of `model`'s rows, sorted by SORT_ROLE when a header is clicked."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab goes on to the chart's choices
    table.verticalHeader().hide()
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_ROWS)  # bounded: 10,000 rows
    table.setItemDelegateForColumn(model.column_of(Column.FILE), MiddleElided(table))
    return table


def fit_columns(table: QTableView, model: CompareTableModel) -> None:
    """Every column as wide as its contents (文件 at most FILE_EMS characters, and only when rows
    read alike without it), but the last (原句), which takes the room left."""
    last = model.columnCount() - 1
    for column in range(last):
        table.resizeColumnToContents(column)
    file = model.column_of(Column.FILE)
    table.setColumnHidden(file, not read_alike(model.rows))
    widest = table.fontMetrics().horizontalAdvance("文" * FILE_EMS)
    table.setColumnWidth(file, min(table.columnWidth(file), widest))
    table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
