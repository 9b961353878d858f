"""Figures in tables: each value cell with its row label and column header.

Reports carry tables in three shapes once they are text (table_cells.py reads
the lines): Word or PDF rows with their cells separated by spaces, `|`-separated
rows ("规章 | 0 | 0 | 0"), and tables written one cell a line ("规章 |", "0 |",
"0 |" — the 政府信息公开工作年度报告's fixed tables as many sites flatten them, and
every HTML table). All three are read the same way: the cells of a run of
cell-like lines form one stream, split into tables at captions (第二十条第(一)项,
表二：) and at long runs of text cells. In a table the header cells come first,
then rows: a label cell (or two: 不予公开 / 1.属于国家秘密) and as many value cells
as there are value columns. A bare number in a cell is a figure there and
nowhere else, so `read_tables` reports it; a cell that find_quantities
also reads (85.6%, 12件) is reported too, at the same start, so the pipeline can
merge the two (see `Tables.cell_of`).

Not figures: 序号 columns, year headers (2022 | 2023), numbers in captions and
headings, and placeholders (-, /, 无). A table with neither resolved column
headers nor two labelled rows of the same width (two values or more) is not
read: precision first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .normalize import shadow
from .table_blocks import cell_blocks
from .table_cells import CAPTION, Cell, figure_of, header_unit
from .table_figures import TableFigure, Tables
from .table_header import SEQUENCE_HEADERS, leaf_columns
from .table_labels import RowLabels, outlined

MAX_LABEL_CELLS = 3  # a longer run of text cells starts a new table
MAX_HEADER_CELLS = 40  # the fixed tables have at most 22; more text before a table is not its header
_HEADER_WORD = re.compile(r"数|量|额|率|计|比|次")
_YEARS = range(1990, 2100)
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def read_tables(text: str, shade: str) -> Tables:
    """Read every table of `text` (its shadow `shade`, same length) once."""
    figures: list[TableFigure] = []
    headers: list[tuple[int, int]] = []
    extents: list[tuple[int, int]] = []
    for block in cell_blocks(shade):
        for table in _tables(block):
            extent = _read(text, shade, table, figures, headers)
            if extent:
                extents.append(extent)
    return Tables(figures, headers, extents)


def _runs(cells: list[Cell]) -> list[list[Cell]]:
    """Alternating runs of text cells and value cells, a text run first (maybe empty)."""
    runs: list[list[Cell]] = [[]]
    for c in cells:
        if c.is_value != (len(runs) % 2 == 0):
            runs.append([])
        runs[-1].append(c)
    return runs


def _tables(block: list[Cell]) -> Iterator[list[list[Cell]]]:
    """Split a block's runs into tables: at a caption, and at a long run of text cells."""
    table: list[list[Cell]] = []
    for n, run in enumerate(_runs(block)):
        if n % 2 == 0:
            caption = max((i for i, c in enumerate(run) if CAPTION.match(c.text)), default=-1)
            if caption >= 0 or (table and len(run) > MAX_LABEL_CELLS):
                if len(table) > 1:
                    yield table
                table, run = [], run[caption + 1:]
        table.append(run)
    if len(table) > 1:
        yield table


@dataclass(slots=True)
class _Row:
    labels: list[Cell]
    values: list[Cell]


def _drop_sequence(runs: list[list[Cell]]) -> list[list[Cell]]:
    """The table's cells without its 序号 column."""
    flat = [c for run in runs for c in run]
    numbered = any(c.text in SEQUENCE_HEADERS for c in runs[0])
    out: list[Cell] = []
    expect = 1
    for i, c in enumerate(flat):
        nxt = flat[i + 1] if i + 1 < len(flat) else None
        leads_line = i == 0 or flat[i - 1].line != c.line
        if (c.number is not None and nxt is not None and not nxt.is_value
                and c.text == str(expect) and (numbered or (leads_line and nxt.line == c.line))):
            expect += 1
            continue
        if c.text not in SEQUENCE_HEADERS:
            out.append(c)
    return _runs(out)


def _year_header(runs: list[list[Cell]]) -> list[list[Cell]]:
    """Fold a first value run of consecutive years (2022 | 2023) into the header."""
    if len(runs) < 4:
        return runs
    years = runs[1]
    try:
        ys = [int(c.text) for c in years]
    except ValueError:
        return runs
    if len(ys) >= 2 and all(y in _YEARS for y in ys) and ys == list(range(ys[0], ys[0] + len(ys))) \
            and len(runs[3]) == len(ys):
        return [runs[0] + years + runs[2], *runs[3:]]
    return runs


def _first_row(head: list[Cell], values: list[Cell], text: str,
               shade: str) -> tuple[list[Cell], list[Cell], list[str] | None]:
    """Split the first text run into header cells and the first row's labels (the cells' words
    are matched in `shade`, their names taken from `text`)."""
    head = head[-MAX_HEADER_CELLS:]
    while len(head) > 1 and outlined(_txt(text, head[0])):  # a section heading above the table
        head = head[1:]
    first = values[0]
    if head and head[-1].line == first.line:  # a row on one line: its labels are on it
        j = sum(1 for c in head if c.line == first.line)
        options = [j]
    elif head and any(c.line == first.line for c in values[1:]):  # a row of values only
        options = [0]
    else:  # one cell a line: one or two labels, or none before a long row (行政复议 | 行政诉讼)
        options = [1, 2, 0] if len(values) > 1 else [1, 2]
    for j in options:
        if j > len(head) or (j == 2 and not outlined(_txt(text, head[-2]))):
            continue  # two labels only as an outline: （三）不予公开 / 1.属于国家秘密
        cells = head[:len(head) - j]
        cols = leaf_columns([_txt(text, c) for c in cells], len(values),
                            [_txt(shade, c) for c in cells])
        if cols:
            return head[:len(head) - j], head[len(head) - j:], cols
    j = min(options[0], len(head))
    return head[:len(head) - j], head[len(head) - j:], None


def _txt(text: str, c: Cell) -> str:
    t = text[c.start:c.end]
    return t.replace("\n", "") if "\n" in t else t  # a cell the line ends broke (_joined)


def _read(text: str, shade: str, runs: list[list[Cell]], figures: list[TableFigure],
          headers: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Read one table's runs into figures (header cell spans into `headers`).

    Returns:
        The table's extent, from its first header cell to its last value, or None
        when the runs are not a table.
    """
    runs = _year_header(_drop_sequence(runs))
    if len(runs) < 2 or not runs[1]:
        return None
    head, labels, cols = _first_row(runs[0], runs[1], text, shade)
    cols = [_CJK_GAP.sub("", c) for c in cols] if cols else cols  # 本年新 制作数量: a line break
    rows = [_Row(labels, runs[1])] + [_Row(runs[i], runs[i + 1]) for i in range(2, len(runs) - 1, 2)]
    header_texts = [_txt(shade, c) for c in head]  # matched only: 單位：萬元 is 单位:万元
    if not _accepted(rows, cols, runs):
        return None
    headers.extend((c.start, c.end) for c in head)
    width = len(rows[0].values)  # a row of another width lost a cell: its columns are unknown
    units = [header_unit(h) for h in header_texts]
    table_unit = next((u for u in units if u), None) if not cols else None
    col_units = [header_unit(shadow(c)) or table_unit for c in cols] if cols else []  # once a table
    groups = RowLabels()
    for row in rows:
        name = groups.label([_txt(text, c) for c in row.labels])
        names = cols if len(row.values) == width else None
        for col, cell in enumerate(row.values):
            if cell.number is None:
                continue
            column = names[col] if names else None
            start, value, unit, kind = figure_of(cell, col_units[col] if names else table_unit)
            figures.append(TableFigure(start, cell.end, value, unit, kind, name, column))
    first = head[0] if head else (rows[0].labels or rows[0].values)[0]
    return first.start, rows[-1].values[-1].end


def _accepted(rows: list[_Row], cols: list[str] | None, runs: list[list[Cell]]) -> bool:
    """A table is read when its columns resolve, or when two labelled rows have the same width.

    A single value column must be barred or named as a measure (本年处理决定数量, 办件量):
    under 目录, "一、总体情况 1" lines are page numbers.
    """
    if cols:
        if len(cols) > 1:
            return True
        barred = any(c.barred for run in runs for c in run)
        return barred or bool(_HEADER_WORD.search(shadow(cols[0])))
    widths = {len(r.values) for r in rows}  # one value a row without a header reads as a list: 1 / 加强…
    return len(rows) >= 2 and len(widths) == 1 and min(widths) >= 2 and all(r.labels for r in rows)
