"""A table that never shows a row cut in half by its bottom edge.

A table scrolled a row at a time shows as many rows as its height holds, and the next one cut
wherever the edge falls: half a heading reads as a different heading. `WholeRows` holds a table
and makes it only as high as the rows that fit whole (the strip under it is left empty); the rows
after them come into view as the table scrolls. The last row of all, scrolled to, sits on the
bottom edge, as a scrolled table puts it.

`MeasuredTable` is a table whose rows are as high as their wrapped text, measured when the rows
change and when the last column's width does: a header sizing its rows to their contents
measures every row again at every layout (a 300-row table took a quarter of a second to show).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget


def whole_rows(heights: Iterable[int], room: int) -> int | None:
    """The height of the leading rows of `heights` that fit whole into `room`; None when every
    row fits (nothing is cut)."""
    used = 0
    for height in heights:
        if used + height > room:
            return used
        used += height
    return None


class MeasuredTable(QTableView):
    """A QTableView whose rows fit their wrapped text, measured once per change (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().sectionResized.connect(self._measure)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if model is not None:
            model.modelReset.connect(self.resizeRowsToContents)

    def _measure(self, column: int, _old: int, _new: int) -> None:
        """A column's width changed: the rows' text wraps anew (measured once, at the last)."""
        if column == self.horizontalHeader().count() - 1:
            self.resizeRowsToContents()


class WholeRows(QWidget):
    """`table`, only as high as the rows that fit whole in this place.

    Args:
        table: the table (it becomes this widget's child; the keyboard goes to it).
    """

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        table.setParent(self)
        self.setFocusProxy(table)
        table.verticalScrollBar().valueChanged.connect(self._fit)
        table.verticalScrollBar().rangeChanged.connect(self._fit)
        table.verticalHeader().sectionResized.connect(self._fit)
        table.viewport().installEventFilter(self)  # its headers or scroll bars changed size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def sizeHint(self) -> QSize:
        return self.table.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.table.minimumSizeHint()

    def blank(self) -> int:
        """The height of the strip left empty under the table."""
        return self.height() - self.table.height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *_changed: object) -> None:
        """The table as high as its frame, its headers and the rows that fit whole."""
        table = self.table
        chrome = table.height() - table.viewport().height()  # the frame, headers, scroll bar
        room = self.height() - chrome
        height = self.height() - self._cut(room)
        if table.geometry() != (rect := self.rect().adjusted(0, 0, 0, height - self.height())):
            table.setGeometry(rect)

    def _cut(self, room: int) -> int:
        """How much of `room` the first row that does not fit whole would take (0: none)."""
        header = self.table.verticalHeader()
        first = header.visualIndexAt(0)
        if first < 0:
            return 0
        top = header.sectionViewportPosition(header.logicalIndex(first))  # < 0: cut at the top
        heights = (header.sectionSize(header.logicalIndex(v)) for v in range(first, header.count())
                   if not header.isSectionHidden(header.logicalIndex(v)))
        used = whole_rows(heights, room - top)
        return 0 if not used else room - top - used
