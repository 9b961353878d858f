"""The 对照 view's two tables: the aligned sections, and the paired figures with their change.

Both read one `Alignment` (core/library/align.py) and only render it. A row's cells say what the
row is without colour: a section missing from one report reads （无对应章节）, a change carries ↑ or
↓; colour (red for a rise, green for a fall, as Chinese statistics print them) only repeats it.
"""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ...core.library.align import Alignment, Link, Row, Side
from ...core.library.figure_pairs import Delta, Figure, FigurePair
from ...core.model import Direction
from ..common.describe import canonical_name

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TIP, _FG, _FONT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                              Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
LEFT, RIGHT = 0, 1  # the sections' columns
NAME, BEFORE, AFTER, CHANGE = range(4)  # the figures' columns
INDENT = "\u3000\u3000"  # two ideographic spaces a level
ARROWS = {Direction.UP: "↑", Direction.DOWN: "↓", None: "＝"}
_RISE = {False: "#a8201a", True: "#ff8a80"}  # by dark palette
_FALL = {False: "#1e6b34", True: "#7fd99a"}


def tr(text: str) -> str:
    return QCoreApplication.translate("PairView", text)


def year_header(year: int | None) -> str:
    """The column header of one report: 2023年 (年度不详 when the year is unknown)."""
    return tr("%1年").replace("%1", str(year)) if year is not None else tr("年度不详")


def side_header(alignment: Alignment, side: Side) -> str:
    """The header of one side: 2023年; with its file's name when both reports are of one year
    (two versions of a report), so the sides can be told apart."""
    text = year_header(side.year)
    if alignment.left.year == alignment.right.year:
        text += f" · {Path(side.path).name}"
    return text


def delta_text(delta: Delta) -> str:
    """The change in the interface's language: 持平, +3.5个百分点; a change of a count keeps the
    report's own unit (+1822件（+82.4%）)."""
    if delta.direction is None:
        return tr("持平")
    if delta.points:
        return tr("%1个百分点").replace("%1", delta.signed())
    return delta.text()


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def _muted() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


class _Table(QAbstractTableModel):
    """A read-only table of the rows `pick` takes from an alignment."""

    def __init__(self, pick: Callable[[Alignment], list], parent: QObject | None) -> None:
        super().__init__(parent)
        self.alignment: Alignment | None = None
        self._pick = pick

    def set_alignment(self, alignment: Alignment | None) -> None:
        """Show `alignment` (None: nothing)."""
        self.beginResetModel()
        self.alignment = alignment
        self.endResetModel()

    def rows(self) -> list:
        """The rows shown ([] before an alignment is set)."""
        return self._pick(self.alignment) if self.alignment else []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SectionsModel(_Table):
    """One row per row of the alignment: the earlier report's heading, then the later's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda a: a.sections, parent)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal or not self.alignment:
            return None
        side = self.alignment.left if section == LEFT else self.alignment.right
        return side_header(self.alignment, side)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        row: Row = self.rows()[index.row()]
        heading = row.left if index.column() == LEFT else row.right
        if role == _DISPLAY:
            return INDENT * row.depth + (heading.label if heading else tr("（无对应章节）"))
        if role == _TIP:
            return link_text(row.link)
        if role == _FG and heading is None:
            return _muted()
        if role == _FONT and heading is not None and row.depth == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


def link_text(link: Link) -> str:
    """What a row's link means, for its tooltip."""
    return {Link.MARKER: tr("两年的章节序号相同，标题相同或相近"),
            Link.TITLE: tr("两年的章节标题相近，序号不同（其间有章节增删）"),
            Link.LEFT: tr("仅见于前一年度的报告"), Link.RIGHT: tr("仅见于后一年度的报告")}[link]


class FiguresModel(_Table):
    """One row per canonical indicator of either report: its figure in each, and the change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(lambda a: a.figures, parent)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != Qt.Orientation.Horizontal or not self.alignment:
            return None
        return [tr("指标"), side_header(self.alignment, self.alignment.left),
                side_header(self.alignment, self.alignment.right), tr("变化")][section]

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        pair: FigurePair = self.rows()[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._text(pair, column)
        if role == _TIP and column in (BEFORE, AFTER):
            figure = pair.left if column == BEFORE else pair.right
            return figure.label if figure else tr("该年度报告未载明此项指标")
        if role == _FG:
            return self._colour(pair, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, pair: FigurePair, column: int) -> str:
        if column == NAME:
            return canonical_name(pair.canonical) or pair.name
        if column in (BEFORE, AFTER):
            figure = pair.left if column == BEFORE else pair.right
            return figure.text if figure else "—"
        delta = pair.delta
        if delta is not None:
            return f"{ARROWS[delta.direction]} {delta_text(delta)}"
        if pair.left is None or pair.right is None:
            return tr("仅%1载明").replace("%1", year_header(self._year_of(pair)))
        return tr("单位不同，未计算")

    def _year_of(self, pair: FigurePair) -> int | None:
        side = self.alignment.left if pair.right is None else self.alignment.right
        return side.year

    def _colour(self, pair: FigurePair, column: int) -> QColor | None:
        delta = pair.delta
        if column in (BEFORE, AFTER) and (pair.left if column == BEFORE else pair.right) is None:
            return _muted()
        if column != CHANGE:
            return None
        if delta is None or delta.direction is None:
            return _muted()
        return QColor((_RISE if delta.direction == Direction.UP else _FALL)[_dark()])


def figure_at(pair: FigurePair, column: int) -> Figure | None:
    """The figure a cell of a row stands for: the year's in its column, else the later one."""
    if column == BEFORE:
        return pair.left
    if column == AFTER:
        return pair.right
    return pair.right or pair.left
