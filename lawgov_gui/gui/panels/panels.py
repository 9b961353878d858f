"""The indicator panels: rates, changes, by section, checks and the indicator table.

They all show one scope: the whole report, or the section the reader chose in
the tree (全部 resets it). Clicking a mark in any of them emits
`indicatorActivated`; the window scrolls the text there and flashes the figure.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import Report
from ...core.analysis import figures as an
from ...core.model import SectionIndex
from ..charts.base import Chart
from ..charts.changes import ChangesChart
from ..charts.checks import ChecksView
from ..charts.rates import RatesChart
from ..charts.sections import SectionsChart, section_label
from ..charts.style import PALETTES
from ..common.describe import sourced_tooltip
from ..common.elided_label import ElidedLabel
from ..common.save_dialog import ExportFolder, HomeFolder, export_failed
from ..common.state import AppState
from .chart_export import ask_chart_path, write_chart
from .lazy_page import LazyPage
from .table import IndicatorTable


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorPanels", text)


class IndicatorPanels(QWidget):
    """Charts and table for the open report, narrowed to a section or not.

    Args:
        state: what the window shows; the panels draw its report, narrowed to its
            scope, in its theme, and follow its signals.
        exports: where export dialogs start, remembered after each export (the
            window's Settings); the home folder when None.
        parent: the parent widget.

    Signals:
        indicatorActivated(str): the reader chose the indicator with this id.
        allChosen(): the reader pressed 全部 (the panels show the whole report).
    """

    indicatorActivated = Signal(str)
    allChosen = Signal()

    def __init__(self, state: AppState, exports: ExportFolder | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.exports = exports or HomeFolder()
        self.error_box: QMessageBox | None = None
        self._table_report: Report | None = None
        self._stats: tuple[Report | None, list] = (None, [])  # per-section statistics, per report
        self._scoped: list = []
        self._highlight: str | None = None
        self._dirty: set[QWidget] = set()
        self._tip: Callable[[str], str] | None = None
        self.rates, self.checks = RatesChart(self), ChecksView(self)
        self._changes, self._sections = LazyPage(ChangesChart, self), LazyPage(SectionsChart, self)
        self.table = IndicatorTable(parent=self, exports=self.exports)
        self.tabs = QTabWidget(self)
        self.scope = ElidedLabel(self)
        self._restyle = QTimer(self)  # one redraw for the many font events of a size change
        self._restyle.setSingleShot(True)
        self._restyle.timeout.connect(self.refresh)
        self._narrow = QTimer(self)  # just after the current event: a jump stays quick
        self._narrow.setSingleShot(True)
        self._narrow.timeout.connect(self.refresh)
        self.sort = QComboBox(self)
        self._build()
        state.reportChanged.connect(self._report_changed)
        state.scopeChanged.connect(lambda _s: self._narrow.start(0))
        state.darkChanged.connect(lambda _d: self.refresh())

    @property
    def changes(self) -> ChangesChart:
        """The 变化 chart (made on first use)."""
        return self._changes.content

    @property
    def sections(self) -> SectionsChart:
        """The 分节 chart (made on first use)."""
        return self._sections.content

    def _content(self, page: QWidget | None) -> QWidget | None:
        """What a tab page shows: its own widget, or a lazy page's content."""
        return page.content if isinstance(page, LazyPage) else page

    def _made(self, widget) -> None:
        widget.indicatorActivated.connect(self.indicatorActivated)
        if isinstance(widget, Chart):
            widget.tooltip_for = self._tip

    def _build(self) -> None:
        for page, name in ((self.rates, tr("比率")), (self._changes, tr("变化")),
                           (self._sections, tr("分节")), (self.checks, tr("核对")),
                           (self.table, tr("指标表"))):
            self.tabs.addTab(page, name)
            if isinstance(page, LazyPage):
                page.made.connect(self._made)
            else:
                self._made(page)
        self.tabs.setAccessibleName(tr("指标面板"))
        self.sort.addItems([tr("按原文顺序"), tr("按数值排序")])
        self.sort.setAccessibleName(tr("比率排序"))
        self.sort.currentIndexChanged.connect(lambda _i: self._draw_rates())
        reset = QPushButton(tr("全部"), self)
        reset.setAccessibleName(tr("显示全部章节的指标"))
        reset.clicked.connect(self._all_chosen)
        export = QPushButton(tr("导出图表…"), self)
        export.clicked.connect(self.export_current)
        self.tabs.currentChanged.connect(lambda i: export.setEnabled(
            isinstance(self._content(self.tabs.widget(i)), Chart)))
        self.tabs.currentChanged.connect(lambda _i: self._update_current())
        self.tabs.currentChanged.connect(
            lambda _i: self.sort.setVisible(self.tabs.currentWidget() is self.rates))
        bar = QHBoxLayout()
        bar.addWidget(reset)
        bar.addStretch(1)
        bar.addWidget(self.sort)
        bar.addWidget(export)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.scope)  # a line of its own: a long section title has room
        box.addLayout(bar)
        box.addWidget(self.tabs, 1)

    def _all_chosen(self) -> None:
        self.allChosen.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the charts at a new interface size (their fonts, axes and rows follow it)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._restyle.start(0)

    def sync(self) -> None:
        """Show what the state holds now (the dock calls this once the panels are built)."""
        if self.state.report is not None:
            self._report_changed(self.state.report)

    def _report_changed(self, report: Report) -> None:
        self._tip = tip = partial(sourced_tooltip, report)
        for chart in (self.rates, self._changes, self._sections):
            if not isinstance(chart, LazyPage) or chart.is_made:
                self._content(chart).tooltip_for = tip
        self._table_report = None  # the table fills when it first comes into view
        self._highlight = None
        self.refresh()

    def refresh(self) -> None:
        """Redraw the tab in view now; the others when they come into view."""
        report, section = self.state.report, self.state.scope
        if report is None:
            return
        self._scoped = an.in_section(report, section)
        self.scope.set_full_text(tr("范围：{0}（{1} 个指标）").format(
            f"{section.marker}{section.title}" if section else tr("全部章节"), len(self._scoped)))
        self._dirty = {self.tabs.widget(i) for i in range(self.tabs.count())}
        self._update_current()

    def _update_current(self) -> None:
        page, report = self.tabs.currentWidget(), self.state.report
        if report is None or page not in self._dirty:
            return
        self._dirty.discard(page)
        current = self._content(page)
        colors = PALETTES[self.state.dark]
        if isinstance(current, Chart):
            current.set_colors(colors)
        if current is self.rates:
            self._draw_rates()
        elif page is self._changes:
            pairs = an.change_pairs(report, self._scoped)
            self.changes.show_pairs([(p.source, p) for p in pairs])
        elif page is self._sections:
            self._draw_sections()
        elif current is self.checks:
            self.checks.show_checks([(c.rate.id, c)
                                     for c in an.checks(report, self._scoped)], colors)
        else:
            if self._table_report is not report:
                self._table_report = report
                self.table.set_report(report)
            self.table.set_section(self.state.scope)
        self._apply_highlight()

    def _draw_rates(self) -> None:
        if self.state.report is not None:
            items = [(i.id, i) for i in an.rates(self._scoped)]
            self.rates.show_items(items, by_value=self.sort.currentIndex() == 1)

    def _draw_sections(self) -> None:
        report, sec = self.state.report, self.state.scope
        assert report is not None
        if self._stats[0] is not report:
            self._stats = (report, an.section_stats(report))
        stats = self._stats[1]
        if sec is not None:
            stats = [s for s in stats if sec.start <= s.section.start < max(sec.end, sec.start + 1)]
        parents = {s.id: s for s in SectionIndex(report.sections).flat}
        labels = [section_label(s.section, parents) for s in stats]
        self.sections.show_stats(stats, labels)

    def highlight(self, iid: str) -> None:
        """Mark the indicator with id `iid` in the charts and select its table row."""
        self._highlight = iid
        self._apply_highlight()

    def _apply_highlight(self) -> None:
        iid = self._highlight
        if iid is None:
            return
        for page, mark in ((self.rates, self.rates.highlight),
                           (self._changes, lambda i: self.changes.highlight(i)),
                           (self.table, self.table.select_indicator)):
            if page not in self._dirty and (not isinstance(page, LazyPage) or page.is_made):
                mark(iid)

    def export_current(self) -> None:
        """Ask where to save the chart in view, and write it; say so if that fails."""
        chart = self._content(self.tabs.currentWidget())
        if not isinstance(chart, Chart):
            return
        path = self.ask_export_path()
        failure = write_chart(chart, path, self.exports) if path else None
        if failure is not None:
            self.error_box = export_failed(self, failure)

    def ask_export_path(self) -> str:
        """Ask where to save the chart, in the export folder (tests replace this)."""
        return ask_chart_path(self, self.tabs.tabText(self.tabs.currentIndex()), self.exports)
