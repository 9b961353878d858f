"""The section tree: each heading with its indicator count, a filter box, expand/collapse.

Clicking a section or pressing Enter on it emits `sectionActivated`; the window
then scrolls the text. When the text scrolls the window calls `follow()`, which
selects the section being read and expands its parents without taking focus and
without emitting anything back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core import Report, Section
from ...core.analysis.figures import span_of

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("SectionTree", text)


def indicator_counts(report: Report) -> dict[str, int]:
    """Number of indicators inside each section, descendants included."""
    spans = ((s.id, span_of(report, s.start, s.end)) for s in report.iter_sections())
    return {sid: span.stop - span.start for sid, span in spans}


def build_rows(report: Report) -> list[list[QStandardItem]]:
    """The tree's rows for `report` (plain items: they can be built in any thread)."""
    counts = indicator_counts(report)
    return [_items(section, counts) for section in report.sections]


def _items(section: Section, counts: dict[str, int]) -> list[QStandardItem]:
    title = QStandardItem(f"{section.marker}{section.title}")
    title.setData(section.id, ID_ROLE)
    title.setToolTip(f"{section.marker}{section.title}")
    n = counts.get(section.id, 0)
    count = QStandardItem(str(n) if n else "")
    count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    count.setToolTip(tr("本节共 {0} 个指标").format(n))
    for item in (title, count):
        item.setEditable(False)
    for child in section.children:
        title.appendRow(_items(child, counts))
    return [title, count]


class SectionTree(QWidget):
    """Filter box, expand/collapse buttons and the tree view `sectionTree`.

    Signals:
        sectionActivated(str): the reader chose the section with this id.
    """

    sectionActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.view = QTreeView(self)
        self._index_by_id: dict[str, QStandardItem] = {}
        self._current: str | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.filter.setPlaceholderText(tr("筛选章节…"))
        self.filter.setAccessibleName(tr("筛选章节"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        expand, collapse = QToolButton(self), QToolButton(self)
        for button, short, text, slot in ((expand, tr("展开"), tr("全部展开"), self.view.expandAll),
                                          (collapse, tr("折叠"), tr("全部折叠"),
                                           self.view.collapseAll)):
            button.setText(short)  # short, so the tree stays narrow at a large interface size
            button.setToolTip(text)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(expand)
        bar.addWidget(collapse)
        self._setup_view()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.view, 1)

    def _setup_view(self) -> None:
        v = self.view
        v.setObjectName("sectionTree")
        v.setAccessibleName(tr("章节目录"))
        v.setModel(self.proxy)
        v.setUniformRowHeights(True)
        v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.setTextElideMode(Qt.TextElideMode.ElideRight)
        v.clicked.connect(self._chosen)
        v.activated.connect(self._chosen)

    def set_report(self, report: Report, rows: list[list[QStandardItem]] | None = None) -> None:
        """Show the sections of `report` (rows from `build_rows`, if prepared), expanded."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels([tr("章节"), tr("指标")])
        for row in rows if rows is not None else build_rows(report):
            self.model.appendRow(row)
        self._fit_columns()
        self._index_by_id = {}
        self._collect(self.model.invisibleRootItem())
        self._current = None
        self.view.expandAll()

    def _fit_columns(self) -> None:
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _collect(self, parent: QStandardItem) -> None:
        for row in range(parent.rowCount()):
            item = parent.child(row, 0)
            self._index_by_id[item.data(ID_ROLE)] = item
            self._collect(item)

    def _chosen(self, index: QModelIndex) -> None:
        sid = self.proxy.index(index.row(), 0, index.parent()).data(ID_ROLE)
        if sid:
            self._current = sid
            self.sectionActivated.emit(sid)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()

    def follow(self, sid: str | None) -> None:
        """Select the section being read, quietly, expanding its parents."""
        if sid == self._current:
            return
        self._current = sid
        item = self._index_by_id.get(sid or "")
        if item is None:
            self.view.selectionModel().clearSelection()
            return
        index = self.proxy.mapFromSource(item.index())
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
