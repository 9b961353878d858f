"""The compare view: one canonical indicator across the reports of the library.

Above, the indicator chooser and the export buttons; below, the table of the reports' own
figures with the benchmarks they quote in a table of their own (对照基准), and beside them the
chart (compare_panel.py). Enter or a double click on a row opens its report at the figure
(`openAt`); a click on a bar or point selects its row. The view reads through the window's
LibraryModel when it is first shown (or first exported from) and again when the reports change;
not before: the window opens without waiting for a tab nobody has looked at.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.library import CompareRow, LibraryError, export_compare
from ...core.writers.atomic import write_failure
from ..charts.style import PALETTES, Palette
from ..common.describe import canonical_name
from ..common.library_model import LibraryModel
from ..common.save_dialog import ExportFolder, HomeFolder, ask_save_path, export_failed
from .compare_axis import scale_of
from .compare_chooser import IndicatorChooser
from .compare_model import KEY_ROLE, Column, CompareTableModel, Group
from .compare_panel import ChartPanel
from .compare_series import chart_unit
from .compare_table import compare_table, fit_columns


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


def no_figures() -> str:
    """What the view says when the library has no figures to compare."""
    return tr("报告库中还没有可以对比的指标。\n导入报告后，这里按指标对比各地区、各年度报告所述的数字。")


class CompareView(QWidget):
    """One indicator compared across the library.

    Args:
        model: the window's library model.
        parent: the owning widget.
        exports: where the export dialogs start (the window's settings), remembered after each.

    Signals:
        openAt(str, int, int): open the report at this path at the figure (start, end).
        exported(str): a CSV or Excel file was written to this path.
    """

    openAt = Signal(str, int, int)
    exported = Signal(str)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None,
                 exports: ExportFolder | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.exports = exports or HomeFolder()
        self.rows: list[CompareRow] = []
        self.chooser = IndicatorChooser(self)
        self.csv_button = QPushButton(tr("导出 CSV…"), self)
        self.xlsx_button = QPushButton(tr("导出 Excel…"), self)
        self.own = CompareTableModel(Group.OWN, self)
        self.benchmarks = CompareTableModel(Group.BENCHMARK, self)
        self.own_table, self.own_title = self._table(self.own, "compareTable")
        self.bench_table, self.bench_title = self._table(self.benchmarks, "compareBenchmarks")
        self.panel = ChartPanel(self)
        self.empty = QLabel(no_figures(), self)
        self.stack = QStackedWidget(self)
        self._layout()
        self._connect()
        self.setFocusProxy(self.chooser)  # the tab chosen: the keyboard in the indicator
        self.set_colors(PALETTES[self.palette().window().color().lightness() < 128])
        self._stale = True  # the library is read when the view is first shown

    def _table(self, model: CompareTableModel, name: str) -> tuple[QTableView, QLabel]:
        table = compare_table(model, name, self)
        table.activated.connect(lambda index: self._open(model, index))
        title = QLabel(self)
        title.setBuddy(table)
        return table, title

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("指标："), self))
        bar.addWidget(self.chooser, 1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.xlsx_button)
        tables = QWidget(self)
        box = QVBoxLayout(tables)
        box.setContentsMargins(0, 0, 0, 0)
        for title, table, stretch in ((self.own_title, self.own_table, 3),
                                      (self.bench_title, self.bench_table, 1)):
            box.addWidget(title)
            box.addWidget(table, stretch)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("compareSplitter")
        split.addWidget(tables)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("compareEmpty")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(split)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.chooser.chosen.connect(self.show_indicator)
        self.csv_button.clicked.connect(self.export_csv)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.panel.figureChosen.connect(self.select_figure)
        self.own_table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.reportsChanged.connect(self._reports_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _reports_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_colors(self, colors: Palette) -> None:
        """Draw the chart in `colors` (the window's light or dark palette)."""
        self.panel.set_colors(colors)

    def refresh(self) -> None:
        """List the indicators the library has figures of again, and show the chosen one."""
        self._stale = False
        counts: dict[str, int] = {}
        if self.model.exists():
            try:
                counts = self.model.library().compared()
            except LibraryError as e:
                return self._say(str(e))
        self.chooser.set_counts(counts, self.chooser.current())
        if not counts:
            self._say(no_figures())

    def _say(self, text: str) -> None:
        """Show `text` instead of the tables and the chart."""
        self.rows = []
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        for w in (self.csv_button, self.xlsx_button):
            w.setEnabled(False)

    def show_indicator(self, cid: str) -> None:
        """Show the figures of the indicator `cid`."""
        if self.chooser.current() != cid:  # choosing it shows it
            if not self.chooser.choose(cid):
                self._say(tr("报告库中没有“{0}”的数据。").format(canonical_name(cid) or cid))
            return
        try:
            self.rows = self.model.library().compare(cid)
        except LibraryError as e:
            return self._say(str(e))
        self._fill_tables()
        self.panel.show_rows(self.rows, canonical_name(cid) or cid,
                             scale_of(cid, chart_unit(self.rows)))
        self.stack.setCurrentIndex(1)
        for w in (self.csv_button, self.xlsx_button):
            w.setEnabled(bool(self.rows))

    def _fill_tables(self) -> None:
        """The own figures and the benchmarks, each table titled with its count; the benchmarks'
        table only when there are any."""
        for model, title, text in ((self.own, self.own_title, tr("各报告所述（{0} 条）")),
                                   (self.benchmarks, self.bench_title, tr("对照基准（{0} 条）"))):
            model.set_rows(self.rows)
            title.setText(text.format(model.rowCount()))
        for w in (self.bench_table, self.bench_title):
            w.setVisible(self.benchmarks.rowCount() > 0)
        for table, model in ((self.own_table, self.own), (self.bench_table, self.benchmarks)):
            fit_columns(table, model)

    def _open(self, model: CompareTableModel, index: QModelIndex) -> None:
        if index.isValid():
            row = model.row(index.model().mapToSource(index).row())
            self.openAt.emit(row.path, row.start, row.end)

    def select_figure(self, key: str) -> None:
        """Select the table row of the figure with `key` (a bar or point was clicked)."""
        n = self.own.row_of(key)
        if n is None:
            return
        proxy = self.own_table.model()
        at = proxy.mapFromSource(self.own.index(n, self.own.column_of(Column.VALUE)))
        self.own_table.setCurrentIndex(at)
        self.own_table.scrollTo(at)
        self.own_table.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.highlight(current.data(KEY_ROLE) if current.isValid() else None)

    def export_csv(self) -> str | None:
        """Ask for a file name and write the indicator's rows as CSV; the path, or None."""
        return self._export(tr("导出 CSV"), ".csv", tr("CSV 文件 (*.csv)"))

    def export_xlsx(self) -> str | None:
        """Ask for a file name and write the indicator's rows as Excel; the path, or None."""
        return self._export(tr("导出 Excel"), ".xlsx", tr("Excel 工作簿 (*.xlsx)"))

    def _export(self, caption: str, suffix: str, name_filter: str) -> str | None:
        if self._stale:  # not shown yet: what it would show
            self.refresh()
        cid = self.chooser.current() or ""
        name = tr("{0}-对比").format(canonical_name(cid) or cid) + suffix
        path = ask_save_path(self, caption, name, name_filter, self.exports)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            export_compare(self.rows, path)
        except ImportError:
            self.error_box = export_failed(self, tr("未安装 openpyxl，无法写 Excel 文件。"))
            return None
        except OSError as exc:
            self.error_box = export_failed(self, write_failure(exc, path))
            return None
        self.exports.remember_export(path)
        self.exported.emit(path)
        return path
