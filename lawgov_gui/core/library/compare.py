"""One canonical indicator across the library: a row per stated figure, benchmarks apart.

A benchmark row is either a figure of the id quoted for comparison (`scope` benchmark: 去年全国均值
…%) or a comparison stated against one of the report's own figures of the id (低于去年全国均值6.88个
百分点, a `vs` change): then `value` is the benchmark it implies (the own figure ± the difference,
when the difference is in 个百分点 of a rate or in the figure's own unit) and `text` is the difference
as written, and `implied` is true. `start` and `end` are the figure's place in its report's text
(for a vs row, the place of the difference), where the window opens the report.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from ..extract.catalogue import entries, entry
from ..model import Direction
from ..writers.tables import write_csv, write_xlsx
from .errors import LibraryError

HEADERS = ("路径", "发布机关", "报告年度", "数据年度", "数值", "单位", "原文", "指标名称", "所在句子", "口径",
           "对照基准")
_SELECT = ("SELECT r.path, r.issuer, r.year, {p}.period, {p}.value, {p}.unit, {p}.text, {p}.label,"
           " {p}.sentence, {benchmark}, {baseline}, {p}.start, {p}.\"end\", 0, r.region, r.id")
_OWN = (_SELECT.format(p="i", benchmark="i.scope != 'own'", baseline="NULL")
        + " FROM indicators i JOIN reports r ON r.id = i.report WHERE i.canonical = ?")
_VS = (_SELECT.format(p="b", benchmark="1", baseline="b.change_baseline")
       + ", i.value, i.unit, b.change_direction FROM indicators b"
       " JOIN indicators i ON i.report = b.report AND i.id = b.change_of"
       " JOIN reports r ON r.id = b.report WHERE b.vs_canonical = ?")
_COUNTS = ("SELECT canonical, count(*) FROM indicators WHERE canonical != '' GROUP BY canonical"
           " UNION ALL SELECT vs_canonical, count(*) FROM indicators"
           " WHERE vs_canonical IS NOT NULL GROUP BY vs_canonical")


class Row(NamedTuple):
    """One figure of the compared indicator (a tuple: ten thousand of them are made at once)."""

    path: str
    issuer: str | None
    year: int | None
    period: int | None
    value: float
    unit: str
    text: str
    label: str
    sentence: str
    benchmark: bool
    baseline: str | None
    start: int
    end: int
    implied: bool  # a benchmark's value worked out from a difference stated against it

    def cells(self) -> tuple:
        """The row as export writes it (HEADERS): no offsets, 口径 in words."""
        scope = "对照基准（据差值推算）" if self.implied else "对照基准" if self.benchmark else "本级"
        return (*self[:9], scope, self.baseline)

    def to_dict(self) -> dict:
        return self._asdict()


def compare(conn: sqlite3.Connection, canonical: str) -> list[Row]:
    """Every figure of `canonical` in the library: own figures first, then the benchmarks; each
    by region, year and place in the report."""
    rows = conn.execute(_OWN, (canonical,)).fetchall()
    rows += [_implied(r) for r in conn.execute(_VS, (canonical,))]
    rows.sort(key=_order)
    return [Row(*r[:9], bool(r[9]), r[10], r[11], r[12], bool(r[13])) for r in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many rows `compare` gives for each canonical id that has any, in catalogue order."""
    found: dict[str, int] = {}
    for cid, n in conn.execute(_COUNTS):
        found[cid] = found.get(cid, 0) + n
    return {e.id: found[e.id] for e in entries() if e.id in found}


def _order(r: tuple) -> tuple:
    return r[9], r[14], r[2] is None, r[2] or 0, r[15], r[11]


def _implied(r: tuple) -> tuple:
    """A vs row with the benchmark's value: the own figure ± the stated difference."""
    *head, own_value, own_unit, direction = r
    value, unit = head[4], head[5]
    if direction and unit in (own_unit, "个百分点"):  # own 低于 (down) the benchmark: it is above
        head[4] = round(own_value + (value if direction == Direction.DOWN else -value), 6)
        head[5] = own_unit
        head[13] = 1
    return tuple(head)


def export(rows: list[Row], path: str | Path) -> None:
    """Write `rows` to `path`: .xlsx as a workbook, anything else as CSV.

    Raises:
        OSError: the file cannot be written.
    """
    cells = [r.cells() for r in rows]
    if str(path).lower().endswith(".xlsx"):
        write_xlsx(path, HEADERS, cells)
    else:
        write_csv(path, HEADERS, cells)


def check_id(canonical: str) -> None:
    """Raises LibraryError (Chinese) when `canonical` is not an id of the catalogue."""
    if entry(canonical) is None:
        raise LibraryError(f"未知的指标编号：{canonical}（见 CATALOGUE.md）。")
