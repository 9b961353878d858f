"""The indicator table: every figure of a report in one sortable, filterable table.

`IndicatorTableModel` holds one row per indicator, in report order.
`IndicatorTable` puts a text filter, a kind filter and the export buttons above
the view; the window narrows it to a section with `set_section()` and follows
the text with `select_indicator()`. Double-click or Enter on a row emits
`indicatorActivated` with the indicator's index in `report.indicators`.
Exports (CSV, Excel) write exactly the rows shown, in the order shown.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import Indicator, Report, Section
from ..core.analysis import sentence_of, sentence_span
from ..core.model import SectionIndex
from ..core.tables import plain, write_csv, write_xlsx
from .describe import by_id, format_number, kind_name, relation_text

SORT_ROLE = Qt.ItemDataRole.UserRole  # numbers for 数值, report order for 章节, else text
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw kind ("percent"…)
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2  # the indicator's index in report.indicators
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # the full text the filter box searches

SECTION, SUBJECT, VALUE, UNIT, QUALIFIER, KIND, RELATION, SENTENCE = range(8)
KIND_ORDER = ("count", "percent", "change_pp", "money", "duration", "other")
LEAD = 6  # characters of the sentence kept before the figure in the 原文 cell

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorTable", text)


def headers() -> list[str]:
    """The column headers, in column order."""
    return [tr("章节"), tr("指标"), tr("数值"), tr("单位"), tr("限定"), tr("类型"),
            tr("关系"), tr("原文")]


def excerpt(report: Report, ind: Indicator) -> str:
    """The sentence from a little before the figure on, so the cell shows the figure.

    Sentences often state several figures; the cell's start would otherwise
    show the same opening words on every row of the sentence.
    """
    a, _b = sentence_span(report.text, ind.start, ind.end)
    sentence = sentence_of(report, ind)
    pos = ind.start - (a + len(report.text[a:ind.start]) - len(report.text[a:ind.start].lstrip()))
    return sentence if pos <= LEAD + 1 else "…" + sentence[pos - LEAD:]


def sentence_html(report: Report, ind: Indicator) -> str:
    """The indicator's sentence as wrapping rich text, the figure itself in bold."""
    a, b = sentence_span(report.text, ind.start, ind.end)
    lead = report.text[a:ind.start].lstrip()
    tail = report.text[ind.end:b].rstrip()
    return f"<p>{escape(lead)}<b>{escape(ind.text)}</b>{escape(tail)}</p>"


class _Row:
    """What one table row shows, computed when first asked for (a 1 MB report has
    thousands of rows, most of which are never looked at)."""

    __slots__ = ("_cells", "_ctx", "ind")

    def __init__(self, report: Report, ind: Indicator, sections: SectionIndex,
                 order: dict[str, int], lookup: dict[str, Indicator]) -> None:
        self.ind = ind
        self._ctx = (report, sections, order, lookup)
        self._cells: list[str] | None = None

    @property
    def section_order(self) -> int:
        _report, _sections, order, _lookup = self._ctx
        return order.get(self.ind.section or "", -1)

    @property
    def sentence_tip(self) -> str:
        return sentence_html(self._ctx[0], self.ind)

    @property
    def excerpt(self) -> str:
        return excerpt(self._ctx[0], self.ind)

    @property
    def cells(self) -> list[str]:
        if self._cells is None:
            report, sections, _order, lookup = self._ctx
            ind = self.ind
            section = sections.get(ind.section) if ind.section else None
            self._cells = [
                f"{section.marker}{section.title}" if section is not None else "",
                ind.subject or ind.text, format_number(ind.value), ind.unit, ind.qualifier or "",
                kind_name(ind.kind), relation_text(ind, lookup), sentence_of(report, ind)]
        return self._cells


class IndicatorTableModel(QAbstractTableModel):
    """One row per indicator of a report, in report order.

    The 原文 cell displays the sentence from just before the figure (see
    `excerpt`); its tooltip and `FILTER_ROLE` hold the whole sentence. Other
    roles: `SORT_ROLE` (the raw value for 数值, the section's document position
    for 章节), `KIND_ROLE` (the raw kind) and `INDEX_ROLE` (the indicator's
    index in `report.indicators`).

    Args:
        report: the report to show, or None for an empty table.
        parent: the owning object.
    """

    def __init__(self, report: Report | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers()
        self._rows: list[_Row] = []
        self.report: Report | None = None
        if report is not None:
            self.set_report(report)

    def set_report(self, report: Report | None) -> None:
        """Show the indicators of `report` (none when it is None)."""
        self.beginResetModel()
        self.report = report
        self._rows = [] if report is None else self._build(report)
        self.endResetModel()

    @staticmethod
    def _build(report: Report) -> list[_Row]:
        sections = SectionIndex(report.sections)
        order = {s.id: n for n, s in enumerate(sections.flat)}
        lookup = by_id(report)
        return [_Row(report, ind, sections, order, lookup) for ind in report.indicators]

    def indicator(self, row: int) -> Indicator:
        """The indicator shown in source row `row`."""
        return self._rows[row].ind

    def plain_row(self, row: int) -> list[Any]:
        """Source row `row` as export writes it: text, and 数值 as a number."""
        cells: list[Any] = list(self._rows[row].cells)
        cells[VALUE] = plain(self._rows[row].ind.value)
        return cells

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.excerpt if col == SENTENCE else row.cells[col]
        if role == FILTER_ROLE:
            return row.cells[col]
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == VALUE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == KIND_ROLE:
            return row.ind.kind
        if role == INDEX_ROLE:
            return index.row()
        return None

    @staticmethod
    def _sort_key(row: _Row, col: int) -> Any:
        if col == VALUE:
            return float(row.ind.value)
        if col == SECTION:
            return row.section_order
        return row.cells[col]

    @staticmethod
    def _tooltip(row: _Row, col: int) -> str | None:
        if col == SENTENCE:
            return row.sentence_tip
        if col in (SECTION, SUBJECT, RELATION) and row.cells[col]:
            return row.cells[col]
        if col == VALUE:
            return row.ind.text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == VALUE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class IndicatorFilter(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`; filters by text (any column), kind and section span."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._span: tuple[int, int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_kind(self, kind: str | None) -> None:
        """Keep only indicators of `kind` ("percent"…); None keeps every kind."""
        self._refilter("_kind", kind)

    def set_span(self, span: tuple[int, int] | None) -> None:
        """Keep only indicators starting in text[start:end]; None keeps all."""
        self._refilter("_span", span)

    def _refilter(self, name: str, value: Any) -> None:
        """Set a filter attribute and re-run the row filter (Qt 6.10+ API when present)."""
        if getattr(self, name) == value:
            return
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, value)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._kind is None and self._span is None and not self.filterRegularExpression().pattern():
            return True  # nothing to filter: skip the per-row work (63,000 rows for 10 MB)
        model = self.sourceModel()
        assert isinstance(model, IndicatorTableModel)
        ind = model.indicator(source_row)
        if self._kind is not None and ind.kind != self._kind:
            return False
        if self._span is not None and not self._span[0] <= ind.start < self._span[1]:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class _TableView(QTableView):
    """A table view that reports Enter/Return on a row as `chosen`, on every platform.

    Signals:
        chosen(QModelIndex): Enter or Return was pressed on this row.
    """

    chosen = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class IndicatorTable(QWidget):
    """Filter box, kind choice, export buttons and the table view `indicatorTable`.

    Args:
        report: the report to show, or None to start empty.
        parent: the parent widget.

    Signals:
        indicatorActivated(int): the reader double-clicked a row or pressed Enter
            on it; the argument is the indicator's index in `report.indicators`.
        exported(str): a CSV or Excel file was written to this path.
    """

    indicatorActivated = Signal(int)
    exported = Signal(str)

    def __init__(self, report: Report | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IndicatorTableModel(None, self)
        self.proxy = IndicatorFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.kind = QComboBox(self)
        self.view = _TableView(self)
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
        v.verticalHeader().setDefaultSectionSize(v.fontMetrics().height() + 8)
        header = v.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to report order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        v.setSortingEnabled(True)
        v.doubleClicked.connect(self._chosen)
        v.chosen.connect(self._chosen)

    def _fit_columns(self) -> None:
        """Short columns fit their contents; long ones fit up to a cap; 原文 takes the rest."""
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(120)  # measure a sample of rows, not thousands
        header.setStretchLastSection(True)
        em = self.view.fontMetrics().horizontalAdvance("中")
        header.setMinimumSectionSize(3 * em)
        for col in (VALUE, UNIT, QUALIFIER, KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, ems in ((SECTION, 10), (SUBJECT, 12), (RELATION, 10)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            wanted = max(self.view.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, min(wanted, em * ems))

    # ----- public API
    def set_report(self, report: Report | None) -> None:
        """Show the indicators of `report`, unfiltered by section, in report order."""
        self.proxy.set_span(None)
        self.model.set_report(report)
        self._fill_kinds(report)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fit_columns()

    def set_section(self, section: Section | None) -> None:
        """Show only the indicators inside `section`'s span (all when it is None)."""
        self.proxy.set_span(None if section is None else (section.start, section.end))

    def select_indicator(self, index: int) -> bool:
        """Select the row of `report.indicators[index]` and scroll to it, quietly.

        Returns:
            False if that row is filtered out (nothing is selected then).
        """
        sel = self.view.selectionModel()
        if not 0 <= index < self.model.rowCount():
            sel.clearSelection()
            return False
        row = self.proxy.mapFromSource(self.model.index(index, 0))
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
            self.kind.addItem(kind_name(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(previous)) if previous else 0)
        self.kind.blockSignals(False)
        self.proxy.set_kind(self.kind.currentData())

    def _kind_changed(self, _index: int) -> None:
        self.proxy.set_kind(self.kind.currentData())

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.indicatorActivated.emit(int(index.data(INDEX_ROLE)))

    # ----- export
    def ask_save_path(self, caption: str, suggested: str, name_filter: str) -> str:
        """Ask where to save; "" when the reader cancels. Tests replace this method."""
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, name_filter)
        return path

    def _suggested(self, suffix: str) -> str:
        report = self.model.report
        if report is None or not report.source.path:
            return tr("指标") + suffix
        source = Path(report.source.path)
        return str(source.with_name(source.stem + tr("-指标") + suffix))

    def export_csv(self) -> str | None:
        """Ask for a file name and write the shown rows as CSV; the path, or None."""
        return self._export(tr("导出 CSV"), ".csv", tr("CSV 文件 (*.csv)"), write_csv)

    def export_xlsx(self) -> str | None:
        """Ask for a file name and write the shown rows as Excel; the path, or None."""
        return self._export(tr("导出 Excel"), ".xlsx", tr("Excel 工作簿 (*.xlsx)"), write_xlsx)

    def _export(self, caption: str, suffix: str, name_filter: str, writer: Any) -> str | None:
        path = self.ask_save_path(caption, self._suggested(suffix), name_filter)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        head, *rows = self.shown_rows()
        try:
            writer(path, head, rows)
        except (OSError, ImportError) as exc:
            self._export_failed(path, exc)
            return None
        self.exported.emit(path)
        return path

    def _export_failed(self, path: str, exc: OSError | ImportError) -> None:
        """Tell the reader (non-blocking) that the file could not be written, and why."""
        if isinstance(exc, ImportError):
            reason = tr("未安装 openpyxl，无法写 Excel 文件。")
        else:
            reason = exc.strerror or str(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("导出失败"),
                          tr("无法写入 {0}").format(path), QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(reason)
        box.setObjectName("exportErrorDialog")
        box.open()
        self.error_box = box
