"""The indicator table's data: one row per indicator.

`IndicatorTableModel` holds one row per indicator, in report order, computing a
row's cells when first asked for. The filter is in table_filter.py, the widget in
table.py.
"""

from __future__ import annotations

import bisect
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...core import Indicator, Kind, Report
from ...core.analysis.figures import sentence_of, sentence_span
from ...core.model import SectionIndex
from ...core.writers.tables import plain
from ..common.describe import (
    canonical_name,
    format_number,
    kind_name,
    label_tip,
    period_text,
    relation_text,
)

SORT_ROLE = Qt.ItemDataRole.UserRole  # numbers for 数值, report order for 章节, else text
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw kind ("percent"…)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the indicator's id
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # the full text the filter box searches

SECTION, LABEL, VALUE, UNIT, QUALIFIER, KIND, YEAR, CANONICAL, RELATION, SENTENCE = range(10)
KIND_ORDER = tuple(Kind)
LEAD = 6  # characters of the sentence kept before the figure in the 原文 cell

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorTable", text)


def headers() -> list[str]:
    """The column headers, in column order."""
    return [tr("章节"), tr("指标"), tr("数值"), tr("单位"), tr("限定"), tr("类型"),
            tr("年份"), tr("统一指标"), tr("关系"), tr("原文")]


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
                 order: dict[str, int]) -> None:
        self.ind = ind
        self._ctx = (report, sections, order)
        self._cells: list[str] | None = None

    @property
    def section_order(self) -> int:
        _report, _sections, order = self._ctx
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
            report, sections, _order = self._ctx
            ind = self.ind
            section = sections.get(ind.section) if ind.section else None
            self._cells = [
                f"{section.marker}{section.title}" if section is not None else "",
                ind.name, format_number(ind.value), ind.unit, ind.qualifier or "",
                kind_name(ind.kind), period_text(ind), canonical_name(ind.canonical),
                relation_text(ind, report), sentence_of(report, ind)]
        return self._cells


class IndicatorTableModel(QAbstractTableModel):
    """One row per indicator of a report, in report order.

    The 原文 cell displays the sentence from just before the figure (see
    `excerpt`); its tooltip and `FILTER_ROLE` hold the whole sentence. Other
    roles: `SORT_ROLE` (the raw value for 数值, the section's document position
    for 章节), `KIND_ROLE` (the raw kind) and `ID_ROLE` (the indicator's id).

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
        return [_Row(report, ind, sections, order) for ind in report.indicators]

    def indicator(self, row: int) -> Indicator:
        """The indicator shown in source row `row`."""
        return self._rows[row].ind

    def row_of(self, iid: str) -> int | None:
        """The source row of the indicator with id `iid`, or None (rows are in report order)."""
        report = self.report
        ind = report.indicator(iid) if report is not None else None
        if report is None or ind is None:
            return None
        return bisect.bisect_left(report.indicator_starts(), ind.start)

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
        if role == ID_ROLE:
            return row.ind.id
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
        if col == LABEL:
            return label_tip(row.ind)
        if col == CANONICAL and row.ind.canonical:
            return f"{row.cells[col]}（{row.ind.canonical}）"
        if col in (SECTION, RELATION) and row.cells[col]:
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
