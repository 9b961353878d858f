"""One canonical indicator across the library: a row per stated figure, benchmarks apart.

A benchmark row is either a figure of the id quoted for comparison (`scope` benchmark: 去年全国均值
…%) or a comparison stated against one of the report's own figures of the id (低于去年全国均值6.88个
百分点, a `vs` change): then `value` is the benchmark it implies (the own figure ± the difference,
when the difference is in 个百分点 of a rate or in the figure's own unit) and `text` is the difference
as written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..extract.catalogue import entry
from ..model import Direction
from ..writers.tables import write_csv, write_xlsx
from .errors import LibraryError

HEADERS = ("路径", "发布机关", "报告年度", "数据年度", "数值", "单位", "原文", "指标名称", "所在句子", "口径",
           "对照基准")
_SELECT = ("SELECT r.path, r.issuer, r.year, {p}.period, {p}.value, {p}.unit, {p}.text, {p}.label,"
           " {p}.sentence, {scope}, {baseline}")
_OWN = _SELECT.format(p="i", scope="i.scope", baseline="NULL")
_VS = _SELECT.format(p="b", scope="'vs'", baseline="b.change_baseline")


@dataclass(frozen=True, slots=True)
class Row:
    """One figure of the compared indicator."""

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

    def cells(self) -> tuple:
        return (self.path, self.issuer, self.year, self.period, self.value, self.unit, self.text,
                self.label, self.sentence, "对照基准" if self.benchmark else "本级", self.baseline)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def compare(conn: sqlite3.Connection, canonical: str) -> list[Row]:
    """Every figure of `canonical` in the library, own figures first, by region and year."""
    own = conn.execute(f"{_OWN} FROM indicators i JOIN reports r ON r.id = i.report"
                       " WHERE i.canonical = ? ORDER BY i.scope != 'own', r.region, r.year, r.id,"
                       " i.start", (canonical,)).fetchall()
    vs = conn.execute(f"{_VS}, i.value, i.unit, b.change_direction FROM indicators b"
                      " JOIN indicators i ON i.report = b.report AND i.id = b.change_of"
                      " JOIN reports r ON r.id = b.report WHERE b.vs_canonical = ?"
                      " ORDER BY r.region, r.year, r.id, b.start", (canonical,)).fetchall()
    return [_row(r) for r in own] + [_vs_row(r) for r in vs]


def _row(r: tuple) -> Row:
    path, issuer, year, period, value, unit, text, label, sentence, scope, base = r
    return Row(path, issuer, year, period, value, unit, text, label, sentence, scope != "own", base)


def _vs_row(r: tuple) -> Row:
    *head, own_value, own_unit, direction = r
    row = _row(tuple(head))
    value, unit = row.value, row.unit
    if direction and row.unit in (own_unit, "个百分点"):  # own 低于 (down) the benchmark: it is above
        value = round(own_value + (value if direction == Direction.DOWN else -value), 6)
        unit = own_unit
    return Row(row.path, row.issuer, row.year, row.period, value, unit, row.text, row.label,
               row.sentence, True, row.baseline)


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
