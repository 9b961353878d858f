"""Checks across reports: a stated change against last year's report, and two reports that disagree.

* Change: a report of year Y says a figure of id C changed 同比 by p% (or p 个百分点). That implies
  last year's value; the same issuer's report of year Y − 1 states its own figure of C for Y − 1.
  They agree when the change computed from the two figures rounds to the stated one (the stated
  current value counts as exact up to its last written digit); else the pair is flagged.
* Conflict: two reports of one issuer state different values of C for the same year (in the same
  unit; a difference within the rounding of the coarser one is no conflict).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum

from .figures import Stated, implied_before, pp_agrees, rate_agrees, spread

# CROSS JOIN keeps the tables in the order written (SQLite's planner hint): each lookup then goes
# through an index (a report's other years by issuer, a figure by canonical id and report), not a
# scan of every figure of an id for each figure (minutes on 10,000 reports; `+b.id` keeps the
# later report's id from becoming a range on the figures).
_CHANGES = (
    "SELECT r.issuer, r.year, i.canonical, i.value, i.unit, i.text, g.value, g.unit, g.text,"
    " g.change_direction, p.path, r.path, q.value, q.unit, q.text,"
    " min(i.start, g.start), max(i.\"end\", g.\"end\"), q.start, q.\"end\""
    " FROM indicators g CROSS JOIN reports r ON r.id = g.report"
    " CROSS JOIN indicators i ON i.report = g.report AND i.id = g.change_of"
    " CROSS JOIN reports p ON p.issuer = r.issuer AND p.year = r.year - 1"
    " CROSS JOIN indicators q ON q.canonical = i.canonical AND q.report = p.id"
    " AND q.period = p.year AND q.scope = 'own' AND q.change_type IS NOT 'yoy'"
    " WHERE g.change_type = 'yoy' AND i.canonical != '' AND i.period = r.year"
    " AND g.change_direction IS NOT NULL ORDER BY r.issuer, r.year, i.canonical")
_CONFLICTS = (
    "SELECT a.issuer, i.canonical, i.period, i.value, i.text, a.path, j.value, j.text,"
    " b.path, i.start, i.\"end\", j.start, j.\"end\""
    " FROM reports a CROSS JOIN reports b ON b.issuer = a.issuer AND +b.id > a.id"
    " CROSS JOIN indicators i ON i.report = a.id"
    " CROSS JOIN indicators j ON j.canonical = i.canonical AND j.report = b.id"
    " AND j.period = i.period AND j.unit = i.unit AND j.value != i.value AND j.scope = 'own'"
    " WHERE i.canonical != '' AND i.scope = 'own' AND a.issuer IS NOT NULL"
    " ORDER BY a.issuer, i.canonical, i.period")


class CheckKind(StrEnum):
    """Which check a finding comes from."""

    CHANGE = "同比核对"
    CONFLICT = "数值不一致"


@dataclass(frozen=True, slots=True)
class Finding:
    """One cross-report finding; `message` says it in Chinese.

    `paths` are the two reports (for a change: this year's, then last year's), `stated` what each
    says as written, `places` where (start, end in its text); `implied` is the value last year's
    report should state by this year's change ("" for a conflict).
    """

    kind: CheckKind
    flagged: bool
    issuer: str
    canonical: str
    year: int
    message: str
    paths: tuple[str, str]
    stated: tuple[str, str]
    implied: str
    places: tuple[tuple[int, int], tuple[int, int]]

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in self.__slots__}
        d.update(paths=list(self.paths), stated=list(self.stated),
                 places=[list(p) for p in self.places])
        return d


def check(conn: sqlite3.Connection) -> list[Finding]:
    """Every finding: the change checks (agreeing and flagged), then the conflicts."""
    out = [_change(r) for r in conn.execute(_CHANGES)]
    out.extend(f for r in conn.execute(_CONFLICTS) if (f := _conflict(r)))
    return out


def _change(r: tuple) -> Finding:
    issuer, year, cid, value, unit, text, rate, rate_unit, rate_text, direction = r[:10]
    before_path, path, last, last_unit, last_text = r[10:15]
    now, change, then = Stated(value, text), Stated(rate, rate_text), Stated(last, last_text)
    sign = 1 if direction == "up" else -1
    if rate_unit == "个百分点":
        ok = pp_agrees(now, change, then, sign)
    else:
        ok = last_unit == unit and rate_agrees(now, change, then, sign)
    implied = implied_before(now, change, sign, rate_unit == "个百分点")
    said = f"{text}，同比{'增长' if sign > 0 else '下降'}{rate_text}"
    message = (f"{issuer}{year}年报告：{said}，推算{year - 1}年约为{implied}{unit}；"
               f"{year - 1}年报告：{last_text}。{'相符' if ok else '不符'}。")
    return Finding(CheckKind.CHANGE, not ok, issuer, cid, year, message, (path, before_path),
                   (said, last_text), f"{implied}{unit}", (r[15:17], r[17:19]))


def _conflict(r: tuple) -> Finding | None:
    issuer, cid, period, value, text, path, other, other_text, other_path = r[:9]
    if abs(value - other) <= max(spread(text, value), spread(other_text, other)):
        return None
    message = f"{issuer}{period}年的同一指标在两份报告中不同：{text}（{path}）与{other_text}（{other_path}）。"
    return Finding(CheckKind.CONFLICT, True, issuer, cid, period, message, (path, other_path),
                   (text, other_text), "", (r[9:11], r[11:13]))
