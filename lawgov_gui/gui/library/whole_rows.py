"""A table that never shows a row cut in half by its bottom edge.

A table scrolled a row at a time shows as many rows as its height holds, and the next one cut
wherever the edge falls: half a heading reads as a different heading. This table ends its rows'
area at the last row that fits whole; the strip under it is left blank (in the table's colour),
and the rows after it come into view as the table scrolls. The last row of all, scrolled to, sits
on the bottom edge, as a scrolled table puts it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTableView, QWidget


def whole_rows(heights: Iterable[int], room: int) -> int | None:
    """The height of the leading rows of `heights` that fit whole into `room`; None when every
    row fits (nothing is cut)."""
    used = 0
    for height in heights:
        if used + height > room:
            return used
        used += height
    return None


class WholeRowsTable(QTableView):
    """A QTableView showing whole rows only (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blank = 0  # the strip under the last whole row, in pixels
        self._fitting = False
        self.setBackgroundRole(QPalette.ColorRole.Base)  # the strip in the rows' colour
        self.setAutoFillBackground(True)
        self.verticalScrollBar().valueChanged.connect(self._fit)
        self.verticalHeader().sectionResized.connect(self._fit)

    def blank(self) -> int:
        """The height of the strip left blank under the last whole row."""
        return self._blank

    def sizeHint(self) -> QSize:
        return self._less_blank(super().sizeHint())  # the strip changes no layout

    def minimumSizeHint(self) -> QSize:
        return self._less_blank(super().minimumSizeHint())

    def _less_blank(self, size: QSize) -> QSize:
        return QSize(size.width(), max(size.height() - self._blank, 0))

    def updateGeometries(self) -> None:
        super().updateGeometries()  # sets the margins for the headers: the strip goes under them
        self._fit()

    def _fit(self, *_changed: object) -> None:
        """Leave blank what the last row shown would have of the rows' area, if it is cut."""
        if self._fitting:
            return
        self._fitting = True
        try:
            blank = self._cut_height()
            margins = self.viewportMargins()
            if blank != margins.bottom():
                self._blank = blank
                self.setViewportMargins(margins.left(), margins.top(), margins.right(), blank)
        finally:
            self._fitting = False

    def _cut_height(self) -> int:
        """How much of the rows' area the first row that does not fit whole would take."""
        header = self.verticalHeader()
        room = self.viewport().height() + self.viewportMargins().bottom()
        first = header.visualIndexAt(0)
        if first < 0:
            return 0
        top = header.sectionViewportPosition(header.logicalIndex(first))  # < 0: cut at the top
        heights = (header.sectionSize(header.logicalIndex(v)) for v in range(first, header.count())
                   if not header.isSectionHidden(header.logicalIndex(v)))
        used = whole_rows(heights, room - top)
        return 0 if not used else room - top - used
