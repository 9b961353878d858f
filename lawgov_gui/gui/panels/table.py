"""The indicator table: every figure of a report in one sortable, filterable table.

`IndicatorTable` puts a text filter, a kind filter and the export buttons above
the view; the window narrows it to a section with `set_section()` and follows
the text with `select_indicator()`. Double-click or Enter on a row emits
`indicatorActivated` with the indicator's id.
Exports (CSV, Excel) write exactly the rows shown, in the order shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import Report, Section
from ...core.writers.tables import write_csv, write_xlsx
from ..common.describe import kind_name
from ..common.save_dialog import ExportFolder, HomeFolder, ask_save_path, export_failed
from .table_export import Writer, suggested_name, write_rows
from .table_filter import IndicatorFilter
from .table_model import ID_ROLE, KIND_ORDER, IndicatorTableModel, headers
from .table_view import RowsView


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorTable", text)


class IndicatorTable(QWidget):
    """Filter box, kind choice, export buttons and the table view `indicatorTable`.

    Args:
        report: the report to show, or None to start empty.
        parent: the parent widget.
        exports: where the export dialogs start, remembered after each export
            (the window's Settings); the home folder when None.

    Signals:
        indicatorActivated(int): the reader double-clicked a row or pressed Enter
            on it; the argument is the indicator's id.
        exported(str): a CSV or Excel file was written to this path.
    """

    indicatorActivated = Signal(str)
    exported = Signal(str)

    def __init__(self, report: Report | None = None, parent: QWidget | None = None,
                 exports: ExportFolder | None = None) -> None:
        super().__init__(parent)
        self.exports = exports or HomeFolder()
        self.model = IndicatorTableModel(None, self)
        self.proxy = IndicatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.kind = QComboBox(self)
        self.view = RowsView(self)
        self.csv_button = QPushButton(tr("导出 CSV…"), self)
        self.xlsx_button = QPushButton(tr("导出 Excel…"), self)
        self.error_box: QMessageBox | None = None
        self._build_ui()
        if report is not None:
            self.set_report(report)

    # ----- construction
    def _build_ui(self) -> None:
        self.filter.setPlaceholderText(tr("筛选指标…"))
        self.filter.setAccessibleName(tr("筛选指标"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.kind.setAccessibleName(tr("指标类型"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        buttons = ((self.csv_button, tr("导出为 CSV 文件"), self.export_csv),
                   (self.xlsx_button, tr("导出为 Excel 文件"), self.export_xlsx))
        for button, name, slot in buttons:
            button.setAccessibleName(name)
            button.setToolTip(tr("导出当前显示的行（按当前筛选与排序）"))
            button.clicked.connect(slot)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.xlsx_button)
        self._setup_view()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        self.setTabOrder(self.filter, self.kind)
        self.setTabOrder(self.kind, self.view)

    def _setup_view(self) -> None:
        v = self.view
        v.setObjectName("indicatorTable")
        v.setAccessibleName(tr("指标表"))
        v.setModel(self.proxy)
        v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setAlternatingRowColors(True)
        v.setWordWrap(False)
        v.setTextElideMode(Qt.TextElideMode.ElideRight)
        v.verticalHeader().hide()
        v.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.fit_rows()
        v.fontChanged.connect(v.fit_columns)
        header = v.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to report order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        v.setSortingEnabled(True)
        v.doubleClicked.connect(self._chosen)
        v.chosen.connect(self._chosen)

    # ----- public API
    def set_report(self, report: Report | None) -> None:
        """Show the indicators of `report`, unfiltered by section, in report order."""
        self.proxy.set_span(None)
        self.model.set_report(report)
        self._fill_kinds(report)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.fit_columns()

    def set_section(self, section: Section | None) -> None:
        """Show only the indicators inside `section`'s span (all when it is None)."""
        self.proxy.set_span(None if section is None else (section.start, section.end))

    def select_indicator(self, iid: str) -> bool:
        """Select the row of the indicator with id `iid` and scroll to it, quietly.

        Returns:
            False if there is no such row or it is filtered out (nothing is selected then).
        """
        sel = self.view.selectionModel()
        source = self.model.row_of(iid)
        if source is None:
            sel.clearSelection()
            return False
        row = self.proxy.mapFromSource(self.model.index(source, 0))
        if not row.isValid():
            sel.clearSelection()
            return False
        sel.setCurrentIndex(row, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
        self.view.scrollTo(row, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def shown_rows(self) -> list[list[Any]]:
        """The headers, then the rows shown (filtered and sorted) as plain values."""
        rows = [self.model.plain_row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]
        return [headers(), *rows]

    def row_count(self) -> int:
        """Number of rows shown."""
        return self.proxy.rowCount()

    # ----- filters
    def _fill_kinds(self, report: Report | None) -> None:
        previous = self.kind.currentData()
        present = {i.kind for i in report.indicators} if report is not None else set()
        kinds = [k for k in KIND_ORDER if k in present] + sorted(present - set(KIND_ORDER))
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(tr("全部类型"), None)
        for k in kinds:
            self.kind.addItem(kind_name(k), str(k))
        self.kind.setCurrentIndex(max(0, self.kind.findData(previous)) if previous else 0)
        self.kind.blockSignals(False)
        self.proxy.set_kind(self.kind.currentData())

    def _kind_changed(self, _index: int) -> None:
        self.proxy.set_kind(self.kind.currentData())

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.indicatorActivated.emit(str(index.data(ID_ROLE)))

    # ----- export
    def ask_save_path(self, caption: str, suggested: str, name_filter: str) -> str:
        """Ask where to save, in the export folder; "" when the reader cancels.
        Tests replace this method."""
        return ask_save_path(self, caption, suggested, name_filter, self.exports)

    def export_csv(self) -> str | None:
        """Ask for a file name and write the shown rows as CSV; the path, or None."""
        return self._export(tr("导出 CSV"), ".csv", tr("CSV 文件 (*.csv)"), write_csv)

    def export_xlsx(self) -> str | None:
        """Ask for a file name and write the shown rows as Excel; the path, or None."""
        return self._export(tr("导出 Excel"), ".xlsx", tr("Excel 工作簿 (*.xlsx)"), write_xlsx)

    def _export(self, caption: str, suffix: str, name_filter: str,
                writer: Writer) -> str | None:
        path = self.ask_save_path(caption, suggested_name(self.model.report, suffix), name_filter)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        failure = write_rows(writer, path, self.shown_rows())
        if failure is not None:
            self.error_box = export_failed(self, failure)
            return None
        self.exports.remember_export(path)
        self.exported.emit(path)
        return path
