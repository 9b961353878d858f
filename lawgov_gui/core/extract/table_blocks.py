"""The cells of each run of table lines, as one stream, the page's line breaks mended.

A table flattened into text comes as lines of cells (table_cells.line_cells reads one line).
Pages write the same table in several ways, and `cell_blocks` gives the same stream for all:
- `|` rows, whose cells a line end may break (| 信息内容 | 本年制发 / 件数 | …): joined;
- one cell a line, where a line that is only "|" holds an empty cell's place before a value,
  or ends a row (一、本年新收… | / | / 0 |);
- one cell a line with a "|" line between every two cells (规章 / | / 0 / |), where a cell the
  page broke over two lines (商业 / 企业) has no bar inside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from .table_cells import MAX_CELL, Cell, line_cells


def cell_blocks(shade: str) -> Iterator[list[Cell]]:
    """The cells of each run of consecutive cell-like lines that holds a number."""
    block: list[Cell] = []
    numbers = open_row = False
    offset = 0
    for line_no, line in enumerate(shade.split("\n")):
        prose = not line or (len(line) > MAX_CELL and "|" not in line)  # most lines: skip at once
        cells = None if prose else line_cells(line, offset, line_no)
        offset += len(line) + 1
        if cells is None:
            if numbers:
                yield _bare_bars(block)
            block, numbers, open_row = [], False, False
        else:
            if open_row and cells and block:
                cells = _joined(block, cells)
            open_row = "|" in line and (line.startswith("|") or open_row) and not line.endswith("|")
            block.extend(cells)
            numbers = numbers or any(c.number for c in cells)
    if numbers:
        yield _bare_bars(block)


def _joined(block: list[Cell], cells: list[Cell]) -> list[Cell]:
    """`cells` of a line that goes on with the row of the line before (| 信息内容 | 本年制发 /
    件数 | 本年废止 /…): a text cell broken by the line ends joins the first one of the line."""
    last, first = block[-1], cells[0]
    if last.number is not None or first.number is not None or not first.barred:
        return cells
    block[-1] = Cell(last.start, first.end, last.text + first.text, last.line, None, False, True)
    return cells[1:]


def _bare_bars(block: list[Cell]) -> list[Cell]:
    """The block without the lines that are only "|" where they end a row (a text cell or the
    end follows them); before a value they hold an empty cell's place (一、本年新收… | / | / 0 |)."""
    if _separating(block):
        return _rejoined(block)
    closed = _rows_closed(block)
    out: list[Cell] = []
    held: list[Cell] = []
    for c in block:
        if c.empty and not c.text:
            held.append(c)
            continue
        if c.is_value:
            out += held
        elif closed and held and out and out[-1].is_value:
            out += held[:-1]  # 规章 | 0 | 0 | [|] [|] 行政规范性文件: an empty cell, then the row's end
        held = []
        out.append(c)
    return out


def _bar(c: Cell) -> bool:
    return c.empty and not c.text


def _rows_closed(block: list[Cell]) -> bool:
    """Whether the rows end with a "|" line of their own: a text cell follows a bar, not a value,
    nearly always (| 规章 | 0 | 0 | 0 | | / 行政规范性文件 |…; the heading after the table may
    follow its last value)."""
    closes = opens = 0
    for before, c in pairwise(block):
        if c.number is None and not c.empty:  # a text cell
            opens += before.is_value and not _bar(before)
            closes += _bar(before)
    return closes >= 2 and opens * 4 <= closes


def _rejoined(block: list[Cell]) -> list[Cell]:
    """A block whose "|" lines separate its cells, without them; two text lines with no bar
    between are one cell the page broke (商业 / 企业)."""
    out: list[Cell] = []
    after_bar = True
    for c in block:
        if c.empty and not c.text:
            after_bar = True
            continue
        if not after_bar and out and out[-1].number is None and c.number is None:
            last = out[-1]
            out[-1] = Cell(last.start, c.end, last.text + c.text, last.line)
        else:
            out.append(c)
        after_bar = False
    return out


def _separating(block: list[Cell]) -> bool:
    """Whether the "|" lines only separate cells written on lines of their own (规章 / | / 0 / |):
    no cell holds a bar of its own, and a bar follows nearly every one, never two bars in a row."""
    bars = [c.empty and not c.text for c in block]
    n = sum(bars)  # about one a cell: fewer where a cell was broken, or the last bar was cut off
    if n * 5 < (len(block) - n) * 3 or any(c.barred for c, bar in zip(block, bars, strict=True) if not bar):
        return False
    return not any(a and b for a, b in pairwise(bars))
