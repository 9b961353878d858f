"""The reports of the library as a table: one row per report, sortable, narrowed by the filters.

`ReportsModel` holds the rows (from LibraryModel.entries()) and sorts them itself, each key
made once per row (years and counts as numbers, text in the order of the user's language:
Chinese names by pinyin), so that sorting 10,000 reports never asks a Python `data()` per
comparison. `ReportsFilter` keeps the rows matching the filter bar's choices and the typed text.
"""

from __future__ import annotations

import os
from enum import IntEnum
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...core.library import Entry, genre_name
from .filters import Choice

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsModel", text)


class Column(IntEnum):
    """The table's columns, in order."""

    ISSUER = 0
    LEVEL = 1
    REGION = 2
    YEAR = 3
    GENRE = 4
    TITLE = 5
    INDICATORS = 6
    FILE = 7


def header(column: Column) -> str:
    """The column's heading."""
    return {Column.ISSUER: tr("发布机关"), Column.LEVEL: tr("层级"), Column.REGION: tr("地区"),
            Column.YEAR: tr("年度"), Column.GENRE: tr("类型"), Column.TITLE: tr("标题"),
            Column.INDICATORS: tr("指标数"), Column.FILE: tr("文件")}[column]


def cell(entry: Entry, column: Column) -> str:
    """What the table shows of `entry` in `column`."""
    match column:
        case Column.ISSUER:
            return entry.issuer or tr("（未识别）")
        case Column.LEVEL:
            return entry.level
        case Column.REGION:
            return entry.region
        case Column.YEAR:
            return str(entry.year) if entry.year else ""
        case Column.GENRE:
            return genre_name(entry.genre)
        case Column.TITLE:
            return entry.title or ""
        case Column.INDICATORS:
            return str(entry.indicators)
    return Path(entry.path).name


def sort_keys(entries: list[Entry], column: Column) -> list:
    """The key each of `entries` sorts by in `column`: years and counts as numbers, the rest
    by its text in the collation of the user's language."""
    if column is Column.YEAR:
        return [e.year or 0 for e in entries]
    if column is Column.INDICATORS:
        return [e.indicators for e in entries]
    collator = QCollator(QLocale())
    return [collator.sortKey(cell(e, column)) for e in entries]


class ReportsModel(QAbstractTableModel):
    """The library's reports, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._order: tuple[int, Qt.SortOrder] | None = None  # the last sort, kept on a refresh

    def set_entries(self, entries: list[Entry]) -> None:
        """Show `entries` (the library changed), in the order last chosen."""
        self.beginResetModel()
        self._entries = list(entries)
        if self._order is not None:
            self._entries = self._sorted(*self._order)[1]
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in the order of `column` (the selection follows its rows)."""
        if not 0 <= column < len(Column):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        moved, self._entries = self._sorted(column, order)
        place = {old: new for new, old in enumerate(moved)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [self.index(place[i.row()], i.column())
                                              for i in kept])
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> tuple[list[int], list[Entry]]:
        """The rows in the order of `column`: the old row of each, and the entries."""
        keys = sort_keys(self._entries, Column(column))
        moved = sorted(range(len(keys)), key=keys.__getitem__,
                       reverse=order == Qt.SortOrder.DescendingOrder)
        return moved, [self._entries[r] for r in moved]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry, column = self._entries[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.FILE, Column.TITLE):
            return entry.path if column is Column.FILE else entry.title
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.YEAR,
                                                                    Column.INDICATORS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return header(Column(section))
        return None


@lru_cache(maxsize=65536)
def _haystack(entry: Entry) -> str:
    """What the typed text is looked for in: the issuer, region, title and file name."""
    parts = (entry.issuer, entry.region, entry.title, os.path.basename(entry.path))
    return "\n".join(part or "" for part in parts).casefold()


def matches(entry: Entry, filters: dict[str, Choice], text: str) -> bool:
    """Whether `entry` has every chosen value and holds `text` (in its issuer, region, title
    or file name; case and surrounding spaces ignored)."""
    if any(value is not None and getattr(entry, name) != value
           for name, value in filters.items()):
        return False
    wanted = text.strip().casefold()
    return not wanted or wanted in _haystack(entry)


class ReportsFilter(QSortFilterProxyModel):
    """The rows of a ReportsModel that match the filters, in the model's order (a sort asked
    of the filter is done by the model)."""

    def __init__(self, source: ReportsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._source = source
        self._kept: set[int] | None = None  # the ids of the reports kept (None: all)

    def set_filters(self, filters: dict[str, Choice], text: str) -> None:
        """Keep the reports with the chosen values that hold `text` (decided here in one pass,
        so that Qt's call per row only looks the answer up)."""
        narrowed = text.strip() or any(v is not None for v in filters.values())
        kept = {e.id for e in self._source.entries() if matches(e, filters, text)} \
            if narrowed else None
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._kept = kept
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._kept = kept
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def entry(self, row: int) -> Entry | None:
        """The report shown in row `row` (None past the end)."""
        index = self.index(row, 0)
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        return self._kept is None or self._source.entry(row).id in self._kept
