"""What reading the tables of a text gives: each value cell as a figure, and where the
tables, their header cells and their value cells are (tables.py reads them)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TableFigure:
    """A figure in a table cell.

    `text[start:end]` is the cell's number as written, with its unit when the
    cell has one ("0", "3,218", "85.6%", "12件"). `unit` is "" for a bare number
    (or the unit its column header states: 收费金额（单位：万元）). `row` is None only
    for a table without row labels (the 行政复议/行政诉讼 table); `column` is None
    when the headers could not be told apart.
    """

    start: int
    end: int
    value: float
    unit: str
    kind: str
    row: str | None
    column: str | None

    @property
    def subject(self) -> str:
        """Row label and column header as one subject: "规范性文件（本年新制作数量）"."""
        if self.row and self.column:
            return f"{self.row}（{self.column}）"
        return self.row or self.column or ""


class Tables:
    """The tables of one text, read once: their figures and where their cells are."""

    def __init__(self, figures: list[TableFigure], headers: list[tuple[int, int]],
                 extents: list[tuple[int, int]]) -> None:
        self.figures = figures
        self.extents = extents  # (start, end) of each table read, header to last cell
        self._starts = [f.start for f in figures]
        self._headers = sorted(headers)
        self._header_starts = [a for a, _ in self._headers]

    def cell_of(self, offset: int) -> tuple[str | None, str | None] | None:
        """(row, column) of the value cell holding `offset`, or None outside every value cell."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.figures[i].end:
            return self.figures[i].row, self.figures[i].column
        return None

    def masked(self, shade: str) -> str:
        """`shade` with every table blanked out (newlines kept, same length).

        For the line-based finders: the section finder given it takes no row label
        (一、本年新收政府信息公开申请数量, （一）予以公开) for a heading.
        """
        parts, pos = [], 0
        for start, end in self.extents:
            parts.append(shade[pos:start])
            parts.append(re.sub(r"[^\n]", " ", shade[start:end]))
            pos = end
        parts.append(shade[pos:])
        return "".join(parts)

    def in_header(self, offset: int) -> bool:
        """True inside a header cell of a table read (信息内容, 本年收费金额（单位：万元）)."""
        i = bisect.bisect_right(self._header_starts, offset) - 1
        return i >= 0 and offset < self._headers[i][1]
