"""The checks view: the findings across reports, and a way to the reports behind each.

A count above the table says how many findings agree and how many ask for a look; those are
listed first, and 只看待核 hides the agreeing ones. Enter or a double click opens 报告一 at its figure, or 报告二 when on its columns.
The check runs on the thread pool with its own connection (LibraryModel: long work opens its own),
again whenever the model's reports change.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.library import Finding, Library, LibraryError
from ..charts.style import PALETTES, Palette
from ..common.library_model import LibraryModel
from ..common.worker import PoolTask
from .checks_model import FLAGGED_ROLE, ChecksTableModel, Verdict, place, verdict


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecksView", text)


def summary(findings: list[Finding]) -> str:
    """共 3 项：一致 1 项，不一致 1 项，冲突 1 项。"""
    n = {v: sum(verdict(f) is v for f in findings) for v in Verdict}
    return tr("共 {0} 项：一致 {1} 项，不一致 {2} 项，冲突 {3} 项。").format(
        len(findings), n[Verdict.AGREES], n[Verdict.DISAGREES], n[Verdict.CONFLICT])


def no_findings() -> str:
    """What the view says when nothing can be checked across reports."""
    return tr("报告库中还没有可以跨报告核对的数字。\n同一发布机关相邻两年的报告都导入后，"
              "这里核对报告所说的同比变化与上年报告是否相符，并列出两份报告对同一年份说法不一的数字。")


class FlaggedFilter(QSortFilterProxyModel):
    """Passes every finding, or only the flagged ones (`flagged_only`)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.flagged_only = False

    def set_flagged_only(self, on: bool) -> None:
        """Show only the flagged findings when `on`."""
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self.flagged_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.flagged_only = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        return not self.flagged_only or bool(index.data(FLAGGED_ROLE))


def _check(path: Path, generation: int, _progress) -> tuple[int, list[Finding] | str]:
    """The findings of the library at `path` (or why it cannot be read), with `generation`
    (a PoolTask's work: it is given a progress callback, not used here)."""
    try:
        with Library(path) as library:
            return generation, library.check()
    except LibraryError as e:
        return generation, str(e)


class ChecksView(QWidget):
    """The cross-report findings as a table.

    Args:
        model: the window's library model.
        parent: the owning widget.

    Signals:
        openAt(str, int, int): open the report at this path at the figure (start, end).
        checked(int): a check is done: how many findings it shows, −1 when the library cannot
            be read (the view says why).
    """

    openAt = Signal(str, int, int)
    checked = Signal(int)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.findings_model = ChecksTableModel(self)
        self.proxy = FlaggedFilter(self)
        self.proxy.setSourceModel(self.findings_model)
        self.table = QTableView(self)
        self.summary = QLabel(self)
        self.flagged_only = QCheckBox(tr("只看待核（不一致、冲突）"), self)
        self.empty = QLabel(no_findings(), self)
        self.stack = QStackedWidget(self)
        self.colors = PALETTES[self.palette().window().color().lightness() < 128]
        self._generation = 0  # the latest check asked for
        self._task: PoolTask | None = None
        self._layout()
        self.setFocusProxy(self.table)  # the tab chosen: the keyboard in the findings
        self.table.activated.connect(self._open)
        self.flagged_only.toggled.connect(self.proxy.set_flagged_only)
        self.model.reportsChanged.connect(self.refresh)
        self.refresh()

    def _layout(self) -> None:
        t = self.table
        t.setObjectName("checksTable")
        t.setAccessibleName(tr("跨报告核对"))
        t.setModel(self.proxy)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.setTabKeyNavigation(False)  # Tab leaves the table, as in every other list
        t.verticalHeader().hide()
        t.horizontalHeader().setStretchLastSection(True)
        self.empty.setObjectName("checksEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.flagged_only)
        box.addLayout(bar)
        box.addWidget(t, 1)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    def set_colors(self, colors: Palette) -> None:
        """Colour the results in `colors` (the window's light or dark palette)."""
        self.colors = colors
        self.findings_model.set_findings(self.findings_model.findings, colors)

    def refresh(self) -> None:
        """Check the library again, on the thread pool with a connection of its own (checking
        10,000 reports takes seconds), and show the findings when they come."""
        self._generation += 1
        if not self.model.exists():
            return self._show(self._generation, [])
        self.empty.setText(tr("正在核对报告库中的报告…"))
        self.stack.setCurrentWidget(self.empty)
        self._task = PoolTask(partial(_check, self.model.path, self._generation))
        self._task.signals.finished.connect(self._arrived)
        self._task.signals.failed.connect(partial(self._show, self._generation))
        self._task.start()

    def _arrived(self, result: tuple[int, list[Finding] | str]) -> None:
        self._show(*result)

    def _show(self, generation: int, found: list[Finding] | str) -> None:
        """Show the findings (or the message of a damaged library) of check `generation`,
        unless a later check was asked for meanwhile."""
        if generation != self._generation:
            return
        if isinstance(found, str):
            self.empty.setText(found)
            self.stack.setCurrentWidget(self.empty)
            self.checked.emit(-1)
            return
        found.sort(key=lambda f: not f.flagged)  # those that ask for a look first
        self.findings_model.set_findings(found, self.colors)
        self.summary.setText(summary(found))
        self.empty.setText(no_findings())
        self.stack.setCurrentIndex(1 if found else 0)
        self.table.resizeColumnsToContents()
        self.checked.emit(len(found))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            finding = self.findings_model.findings[self.proxy.mapToSource(index).row()]
            self.openAt.emit(*place(finding, index.column()))
