"""Write a table (a header row and rows of plain values) to CSV or Excel, atomically.

The indicator table exports what it shows through these writers. Both write
through the one atomic writer (`atomic.atomic_write`: a temporary file beside the
target, flushed, checked, then renamed over it), so a failure half-way never
leaves a truncated file where a good one was. Values are str, int or float (None is written as an empty cell);
integral floats are written as integers.

* CSV: UTF-8 with a BOM (Excel and WPS then read the Chinese correctly), CRLF.
* XLSX: through openpyxl (imported only when needed); numbers are numeric
  cells, the header row is bold and frozen, columns are sized for Chinese text.
"""

from __future__ import annotations

import csv
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .atomic import atomic_write, check_zip, save_whole

Cell = str | int | float | None

MIN_WIDTH = 6  # Excel column widths, in widths of the digit "0"
MAX_WIDTH = 60
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def plain(value: Any) -> Cell:
    """A value as it should be written: integral floats as int, others unchanged.

    Non-finite floats (nan, inf) have no spreadsheet number and become text.
    """
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return int(value) if value.is_integer() else value
    return str(value)


def _fsync(f: IO[Any]) -> None:
    f.flush()
    os.fsync(f.fileno())


def _table_rows(headers: Sequence[Any], rows: Iterable[Sequence[Any]]) -> Iterator[list[Cell]]:
    yield [plain(h) for h in headers]
    for row in rows:
        yield [plain(v) for v in row]


def write_csv(path: str | os.PathLike[str], headers: Sequence[Any],
              rows: Iterable[Sequence[Any]]) -> None:
    """Write `headers` and `rows` as CSV: UTF-8 with BOM, CRLF line ends.

    Args:
        path: the file to create or replace.
        headers: the first row.
        rows: the data rows (any iterable, consumed once).
    """
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f, lineterminator="\r\n").writerows(_table_rows(headers, rows))
            _fsync(f)

    atomic_write(path, write)


def text_width(text: str) -> int:
    """Display width in "0"-widths: CJK and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def column_widths(table: list[list[Cell]]) -> list[float]:
    """Excel widths fitting each column's longest cell, within MIN_WIDTH..MAX_WIDTH."""
    ncols = max((len(r) for r in table), default=0)
    widths = [0] * ncols
    for row in table:
        for n, value in enumerate(row):
            shown = f"{value:,}" if isinstance(value, int) else "" if value is None else str(value)
            widths[n] = max(widths[n], text_width(shown))
    return [min(MAX_WIDTH, max(MIN_WIDTH, w + 2)) for w in widths]


def xml_safe(text: str) -> str:
    """`text` without the control characters XML cannot hold (xlsx and docx are XML)."""
    return _ILLEGAL_XML.sub("", text)


def _sheet_value(value: Cell) -> Cell:
    """What goes in the cell: no control characters (XML forbids them); "" leaves it empty."""
    if isinstance(value, str):
        return xml_safe(value) or None
    return value


def _fill_sheet(ws: Any, table: list[list[Cell]]) -> None:
    """Put `table` (header first) into the openpyxl worksheet `ws`, styled."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for r, row in enumerate(table, start=1):
        for c, value in enumerate(row, start=1):
            value = _sheet_value(value)
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, even when it starts with "="
            elif isinstance(value, int) and not isinstance(value, bool):
                cell.number_format = "#,##0"
    bold = Font(bold=True)
    for cell in ws[1] if table else ():
        cell.font = bold
    ws.freeze_panes = "A2"
    for n, width in enumerate(column_widths(table), start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    if table and table[0]:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(table[0]))}{len(table)}"


def write_xlsx(path: str | os.PathLike[str], headers: Sequence[Any],
               rows: Iterable[Sequence[Any]], sheet: str = "指标") -> None:
    """Write `headers` and `rows` as an Excel workbook with one sheet.

    Args:
        path: the file to create or replace.
        headers: the first row, bold and frozen.
        rows: the data rows (any iterable, consumed once); numbers become numeric
            cells, text stays text (even "=…"), "" and None leave the cell empty.
        sheet: the worksheet's name.

    Raises:
        ImportError: openpyxl is not installed.
    """
    from openpyxl import Workbook

    def write(tmp: Path) -> None:
        table = list(_table_rows(headers, rows))
        wb = Workbook()
        ws = wb.active
        ws.title = sheet
        _fill_sheet(ws, table)
        save_whole(tmp, wb.save)

    atomic_write(path, write, check_zip)
