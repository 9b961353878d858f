"""The 报告 tab: every report of the library in a sortable table, narrowed by the filters.

An empty library shows what to do instead of an empty table: a button to add reports.
Enter or a double click opens the report chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.library import LibraryError
from ..common.library_model import LibraryModel
from .filters import FilterBar
from .reports_model import Column, ReportsFilter, ReportsModel

RESIZE_ROWS = 50  # the rows a column's width is measured on


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsView", text)


class ReportsView(QWidget):
    """The reports tab.

    Args:
        model: the window's library.
        add_actions: the window's 添加文件… and 添加文件夹… actions (the tab's buttons).
        parent: the tab widget.

    Signals:
        openAt(str, int, int): open the report at this path (at its start: 0, 0).
    """

    openAt = Signal(str, int, int)

    def __init__(self, model: LibraryModel, add_actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.rows = ReportsModel(self)
        self.shown = ReportsFilter(self.rows, self)
        self.filters = FilterBar(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(tr("筛选：发布机关、地区、标题或文件名"))
        self.text.setAccessibleName(tr("筛选报告"))
        self.text.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.table = self._table()
        self.empty = self._empty_state(add_actions[0])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.table)
        self._lay_out(add_actions)
        self.filters.changed.connect(self._refilter)
        self.text.textChanged.connect(lambda _t: self._refilter())
        self.table.activated.connect(self._open)
        model.reportsChanged.connect(self.refresh)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(tr("报告列表"))
        table.setModel(self.shown)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.REGION, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other list
        table.verticalHeader().hide()
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted on each refresh
        head.setResizeContentsPrecision(RESIZE_ROWS)  # bounded work with 10,000 reports
        head.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        return table

    def _empty_state(self, add: QAction) -> QWidget:
        page = QWidget(self)
        self.empty_title = title = QLabel(page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.empty_hint = hint = QLabel(page)
        hint.setWordWrap(True)
        self.add_button = QPushButton(tr("添加报告…"), page)
        self.add_button.setAccessibleName(tr("添加报告"))
        self.add_button.clicked.connect(add.trigger)
        box = QVBoxLayout(page)
        box.addStretch(1)
        for widget in (title, hint, self.add_button):
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.set_importing(False)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width = hint.fontMetrics().horizontalAdvance("中") * 36
        hint.setFixedSize(width, hint.heightForWidth(width))  # wrapped, never cut
        box.addStretch(2)
        return page

    def _lay_out(self, add_actions: list[QAction]) -> None:
        top = QHBoxLayout()
        for action in add_actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.filters)
        top.addWidget(self.text, 1)
        top.addWidget(self.count)
        top.addStretch(0)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.pages, 1)

    def set_importing(self, importing: bool) -> None:
        """Say on the empty page whether reports are being imported (they are listed at the end)."""
        if importing:
            self.empty_title.setText(tr("正在导入报告…"))
            self.empty_hint.setText(tr("导入完成后，报告在这里列出；进度见窗口下方。"))
        else:
            self.empty_title.setText(tr("报告库中还没有报告"))
            self.empty_hint.setText(tr("添加法治政府建设年度报告的文件（TXT、网页、Word、PDF、OFD）"
                                       "或整个文件夹，即可在这里浏览、在全部报告中搜索，并对比各地的指标。"))
        self.add_button.setVisible(not importing)

    def refresh(self) -> None:
        """Read the library's reports again (they changed)."""
        try:
            entries = self.model.entries()
        except LibraryError:  # the model has announced it: the window offers a rebuild
            entries = []
        self.rows.set_entries(entries)
        self.filters.fill(entries)
        self._refilter()
        for column in Column:
            if column is not Column.TITLE:
                self.table.resizeColumnToContents(column)
        self.pages.setCurrentWidget(self.table if entries else self.empty)
        for widget in (self.filters, self.text, self.count):  # nothing to narrow yet
            widget.setVisible(bool(entries))

    def _refilter(self) -> None:
        self.shown.set_filters(self.filters.values(), self.text.text())
        total, shown = self.rows.rowCount(), self.shown.rowCount()
        self.count.setText(tr("共 {0} 份").format(total) if shown == total
                           else tr("{0}/{1} 份").format(shown, total))
        if shown and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.shown.index(0, 0))

    def focus_table(self) -> None:
        """Put the keyboard in the table (or on the empty state's button)."""
        target = self.table if self.rows.rowCount() else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, index: QModelIndex) -> None:
        entry = self.shown.entry(index.row())
        if entry is not None:
            self.openAt.emit(entry.path, 0, 0)
