"""The cross-report findings (Library.check) as a table: one row per finding.

A change check agrees (一致) or not (不一致); two reports stating different values of one year are
a conflict (冲突). The result is said by a mark and a word (✓ 一致, ✗ 不一致, ! 冲突), so it reads
in grayscale too; the colour only repeats it. 报告一 is the report that states the change (for a
conflict, the earlier of the two), 报告二 the other.
"""

from __future__ import annotations

from enum import Enum, IntEnum
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
from PySide6.QtGui import QColor, QFont

from ...core.library import CheckKind, Finding
from ..charts.style import PALETTES, Palette
from ..common.describe import canonical_name
from .compare_model import year_text

FLAGGED_ROLE = Qt.ItemDataRole.UserRole  # whether the finding asks for a look

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecksTable", text)


class Verdict(Enum):
    """What a finding says."""

    AGREES = "agrees"
    DISAGREES = "disagrees"
    CONFLICT = "conflict"


def verdict(finding: Finding) -> Verdict:
    """The verdict of `finding`."""
    if finding.kind is CheckKind.CONFLICT:
        return Verdict.CONFLICT
    return Verdict.DISAGREES if finding.flagged else Verdict.AGREES


def verdict_text(v: Verdict) -> str:
    """✓ 一致 / ✗ 不一致 / ! 冲突"""
    return {Verdict.AGREES: tr("✓ 一致"), Verdict.DISAGREES: tr("✗ 不一致"),
            Verdict.CONFLICT: tr("! 冲突")}[v]


class Column(IntEnum):
    """What a column shows."""

    VERDICT = 0
    ISSUER = 1
    INDICATOR = 2
    YEARS = 3
    STATED = 4
    IMPLIED = 5
    OTHER_STATED = 6
    REPORT = 7
    OTHER_REPORT = 8


OTHER = (Column.OTHER_STATED, Column.OTHER_REPORT)  # the columns of the second report


def header(column: Column) -> str:
    """The header of `column`."""
    return {Column.VERDICT: tr("结果"), Column.ISSUER: tr("发布机关"), Column.INDICATOR: tr("指标"),
            Column.YEARS: tr("年度"), Column.STATED: tr("报告一所述"), Column.IMPLIED: tr("推算上年"),
            Column.OTHER_STATED: tr("报告二所述"), Column.REPORT: tr("报告一"),
            Column.OTHER_REPORT: tr("报告二")}[column]


def years_text(finding: Finding) -> str:
    """2023年对2022年 for a change; the year for a conflict."""
    if finding.kind is CheckKind.CONFLICT:
        return year_text(finding.year)
    return tr("{0}对{1}").format(year_text(finding.year), year_text(finding.year - 1))


def cell_text(finding: Finding, column: Column) -> str:
    """What the cell of `finding` in `column` shows."""
    texts = {
        Column.VERDICT: lambda f: verdict_text(verdict(f)), Column.ISSUER: lambda f: f.issuer,
        Column.INDICATOR: lambda f: canonical_name(f.canonical) or f.canonical,
        Column.YEARS: years_text, Column.STATED: lambda f: f.stated[0],
        Column.IMPLIED: lambda f: tr("约{0}").format(f.implied) if f.implied else "—",
        Column.OTHER_STATED: lambda f: f.stated[1], Column.REPORT: lambda f: Path(f.paths[0]).name,
        Column.OTHER_REPORT: lambda f: Path(f.paths[1]).name}
    return texts[column](finding)


def place(finding: Finding, column: int) -> tuple[str, int, int]:
    """The report a click on `column` opens, and where: the second report's columns open it."""
    n = 1 if column in OTHER else 0
    return (finding.paths[n], *finding.places[n])


class ChecksTableModel(QAbstractTableModel):
    """One row per finding; `FLAGGED_ROLE` says whether it asks for a look.

    Args:
        parent: the owning object.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.colors: Palette = PALETTES[False]

    def set_findings(self, findings: list[Finding], colors: Palette | None = None) -> None:
        """Show `findings` (in `colors`: the window's light or dark palette)."""
        self.beginResetModel()
        self.findings = list(findings)
        self.colors = colors or self.colors
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding, column = self.findings[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(finding, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(finding, column)
        if role == FLAGGED_ROLE:
            return finding.flagged
        if column == Column.VERDICT:
            return self._look(finding, role)
        return None

    def _look(self, finding: Finding, role: int) -> Any:
        """The verdict cell's colour and weight: flagged ones bold, in the palette's red."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(self.colors.bad if finding.flagged else self.colors.good)
        if role == Qt.ItemDataRole.FontRole and finding.flagged:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def tooltip(finding: Finding, column: Column) -> str:
        """The report's full path on its columns, else what the finding says in full."""
        if column in (Column.REPORT, Column.OTHER_REPORT):
            return finding.paths[column == Column.OTHER_REPORT]
        return finding.message

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return header(Column(section))
        return None
