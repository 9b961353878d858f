"""The reports of the library as a table: one row per report, sortable, narrowed by the filters.

`ReportsModel` holds the rows (from LibraryModel.entries()); `ReportsFilter` sorts them (years
and counts as numbers) and keeps those matching the filter bar's choices and the typed text.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...core.library import Entry, genre_name
from .filters import Choice

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


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


def sort_key(entry: Entry, column: Column) -> str | int:
    """How `column` sorts: years and counts as numbers, the rest by its text."""
    if column is Column.YEAR:
        return entry.year or 0
    if column is Column.INDICATORS:
        return entry.indicators
    return cell(entry, column)


class ReportsModel(QAbstractTableModel):
    """The library's reports, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        """Show `entries` (the library changed)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

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
        if role == SORT_ROLE:
            return sort_key(entry, column)
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


def matches(entry: Entry, filters: dict[str, Choice], text: str) -> bool:
    """Whether `entry` has every chosen value and holds `text` (in its issuer, region, title
    or file name; case and surrounding spaces ignored)."""
    if any(value is not None and getattr(entry, name) != value
           for name, value in filters.items()):
        return False
    wanted = text.strip().casefold()
    return not wanted or any(wanted in (part or "").casefold() for part in (
        entry.issuer, entry.region, entry.title, Path(entry.path).name))


class ReportsFilter(QSortFilterProxyModel):
    """The rows of a ReportsModel that match the filters, sorted by SORT_ROLE (text in the
    order of the user's language: Chinese names by pinyin)."""

    def __init__(self, source: ReportsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)  # names by their pinyin in a Chinese locale
        self._filters: dict[str, Choice] = {}
        self._text = ""

    def set_filters(self, filters: dict[str, Choice], text: str) -> None:
        """Keep the reports with the chosen values that hold `text`."""
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._filters, self._text = dict(filters), text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._filters, self._text = dict(filters), text
            self.invalidateRowsFilter()

    def entry(self, row: int) -> Entry | None:
        """The report shown in row `row` (None past the end)."""
        index = self.index(row, 0)
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        entry = self.sourceModel().index(row, 0, parent).data(ENTRY_ROLE)
        return entry is not None and matches(entry, self._filters, self._text)
