"""Figures in tables, joined to the figures found in the prose.

`find_quantities` reads numbers with their units; `tables.read_tables` reads the
table cells (bare numbers too) with their row label and column header. A number
in both keeps the quantity's reading and takes the cell's row and column; a bare
cell becomes a count of its own; a number inside a header cell (单位：万元) is no
figure.
"""

from __future__ import annotations

import bisect

from .indicators import Quantity
from .tables import TableFigure, Tables


def kept_rows(starts: list[int], tables: Tables, keep: list[bool]) -> list[bool]:
    """`keep` with every line of a table set: cleaning must not drop a table's short lines.

    Args:
        starts: where each line starts in the joined text.
        tables: the tables read in the joined text.
        keep: for each line, whether it must be kept anyway (a heading, a figure).
    """
    out = list(keep)
    for start, end in tables.extents:
        first = bisect.bisect_right(starts, start) - 1
        for i in range(max(first, 0), bisect.bisect_right(starts, end)):
            out[i] = True
    return out


def merge(quantities: list[Quantity], tables: Tables) -> list[tuple[Quantity, TableFigure | None]]:
    """The figures of prose and tables, in text order, each with its table cell or None."""
    cells = {f.start: f for f in tables.figures}
    out: list[tuple[Quantity, TableFigure | None]] = []
    for q in quantities:
        if tables.in_header(q.start):
            continue
        out.append((q, cells.pop(q.start, None)))
    if cells:  # else the prose figures, in text order already, are all
        out += [(Quantity(f.start, f.end, f.value, f.unit, None, f.kind), f) for f in cells.values()]
        out.sort(key=lambda pair: pair[0].start)
    return out
