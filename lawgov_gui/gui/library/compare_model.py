"""One indicator compared across the library, as a table: the own figures, or the benchmarks.

A `CompareTableModel` holds one group of the rows `Library.compare` gives: the reports' own
figures, or the benchmarks they quote (全国均值…), which are never mixed with the own figures. The
数值 cell is the figure as the report wrote it, the 原句 cell its sentence from a little before
the figure (the tooltip has all of it); a benchmark worked out from a stated difference
(低于去年全国均值6.88个百分点) shows its value with 约, and says so in its tooltip. The 文件 cell
tells apart copies of one report in several formats (a .txt and a .docx read alike otherwise): the
file's name, the full path in its tooltip; the view shows the column when rows read alike.
"""

from __future__ import annotations

from enum import Enum, IntEnum
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...core.library import CompareRow
from ..common.describe import format_number

KEY_ROLE = Qt.ItemDataRole.UserRole  # the figure's key (figure_key)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers for the years and 数值, else the text
LEAD = 8  # characters of the sentence kept before the figure in the 原句 cell…
CLAUSE_REACH = 24  # …unless its clause starts at most this many characters before it
_CLAUSE_BREAKS = "，,；;：:"

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareTable", text)


class Column(IntEnum):
    """What a column shows."""

    ISSUER = 0
    REPORT_YEAR = 1
    PERIOD = 2
    VALUE = 3
    LABEL = 4
    BASELINE = 5
    SENTENCE = 6
    FILE = 7


class Group(Enum):
    """Which rows a table holds: the reports' own figures, or the benchmarks they quote."""

    OWN = (Column.ISSUER, Column.REPORT_YEAR, Column.PERIOD, Column.VALUE, Column.LABEL,
           Column.FILE, Column.SENTENCE)
    BENCHMARK = (Column.ISSUER, Column.REPORT_YEAR, Column.PERIOD, Column.VALUE, Column.BASELINE,
                 Column.FILE, Column.SENTENCE)

    def holds(self, row: CompareRow) -> bool:
        """Whether `row` belongs in this group."""
        return row.benchmark is (self is Group.BENCHMARK)


def header(column: Column) -> str:
    """The header of `column`."""
    return {Column.ISSUER: tr("发布机关"), Column.REPORT_YEAR: tr("报告年度"),
            Column.PERIOD: tr("数据年度"), Column.VALUE: tr("数值"), Column.LABEL: tr("指标名称"),
            Column.BASELINE: tr("对照口径"), Column.FILE: tr("文件"),
            Column.SENTENCE: tr("原句")}[column]


def figure_key(row: CompareRow) -> str:
    """The key of one figure: its place and its report (a chart's marks are keyed by it)."""
    return f"{row.start}:{row.path}"


def value_text(row: CompareRow) -> str:
    """The value as the report wrote it; a benchmark worked out from a difference with 约."""
    if row.implied:
        return tr("约{0}{1}").format(format_number(round(row.value, 2)), row.unit)
    return row.text


def issuer_text(row: CompareRow) -> str:
    """The issuer, or that it was not recognised."""
    return row.issuer or tr("（未识别发布机关）")


def read_alike(rows: list[CompareRow]) -> bool:
    """Whether two of `rows` would read alike but for their files (copies of one report in two
    formats: the same issuer, years and figure)."""
    seen = {(r.issuer, r.year, r.period, r.text, r.sentence, r.benchmark) for r in rows}
    return len(seen) < len(rows)


def year_text(year: int | None) -> str:
    """2023 → 2023年; none → 跨年."""
    return tr("{0}年").format(year) if year is not None else tr("跨年")


def excerpt(row: CompareRow) -> str:
    """The sentence from the start of the figure's clause on (from LEAD characters before the
    figure when the clause is long), so that the cell shows the figure."""
    at = row.sentence.find(row.text)
    clause = max(row.sentence.rfind(c, 0, max(at, 0)) for c in _CLAUSE_BREAKS) + 1
    start = clause if at - clause <= CLAUSE_REACH else at - LEAD
    return row.sentence if start <= 1 else "…" + row.sentence[start:]


def sentence_html(row: CompareRow) -> str:
    """The figure's sentence as wrapping rich text, the figure in bold."""
    at = row.sentence.find(row.text)
    if at < 0:
        return f"<p>{escape(row.sentence)}</p>"
    end = at + len(row.text)
    return (f"<p>{escape(row.sentence[:at])}<b>{escape(row.text)}</b>"
            f"{escape(row.sentence[end:])}</p>")


class CompareTableModel(QAbstractTableModel):
    """The rows of one group (own figures or benchmarks) of the compared indicator.

    Roles besides display and tooltip: `KEY_ROLE` (figure_key) and `SORT_ROLE`.

    Args:
        group: which rows this table holds.
        parent: the owning object.
    """

    def __init__(self, group: Group, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.columns: tuple[Column, ...] = group.value
        self._rows: list[CompareRow] = []

    def set_rows(self, rows: list[CompareRow]) -> None:
        """Show the rows of `rows` that belong to this table's group, in their order."""
        self.beginResetModel()
        self._rows = [r for r in rows if self.group.holds(r)]
        self.endResetModel()

    @property
    def rows(self) -> list[CompareRow]:
        """The rows shown, in model order."""
        return list(self._rows)

    def row(self, n: int) -> CompareRow:
        """The row in model row `n`."""
        return self._rows[n]

    def row_of(self, key: str) -> int | None:
        """The model row of the figure with key `key`, or None."""
        return next((n for n, r in enumerate(self._rows) if figure_key(r) == key), None)

    def column_of(self, column: Column) -> int:
        """The model column that shows `column`."""
        return self.columns.index(column)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == KEY_ROLE:
            return figure_key(row)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VALUE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    @staticmethod
    def text(row: CompareRow, column: Column) -> str:
        """What the cell of `row` in `column` shows."""
        return {Column.ISSUER: issuer_text, Column.REPORT_YEAR: lambda r: year_text(r.year),
                Column.PERIOD: lambda r: year_text(r.period), Column.VALUE: value_text,
                Column.LABEL: lambda r: r.label, Column.BASELINE: lambda r: r.baseline or "",
                Column.FILE: lambda r: Path(r.path).name, Column.SENTENCE: excerpt}[column](row)

    @staticmethod
    def tooltip(row: CompareRow, column: Column) -> str | None:
        """The tooltip of the cell: the sentence in full, the report's file, how 约 came."""
        if column == Column.SENTENCE:
            return sentence_html(row)
        if column == Column.FILE:
            return row.path
        if column == Column.ISSUER:
            return f"{issuer_text(row)}\n{Path(row.path).name}"
        if column == Column.VALUE and row.implied:
            return tr("据原文所说的差值“{0}”推算").format(row.text)
        if column in (Column.LABEL, Column.BASELINE):
            return CompareTableModel.text(row, column) or None
        return None

    @staticmethod
    def sort_key(row: CompareRow, column: Column) -> Any:
        """What the column sorts by: numbers for the years and 数值."""
        if column == Column.VALUE:
            return float(row.value)
        if column in (Column.REPORT_YEAR, Column.PERIOD):
            year = row.year if column == Column.REPORT_YEAR else row.period
            return -1 if year is None else year
        return CompareTableModel.text(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header(self.columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section] == Column.VALUE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
