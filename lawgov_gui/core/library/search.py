"""Full-text search across the library: ranked by bm25, each hit with its section, offset and snippet.

The index holds the hanzi bigrams of each report (grams.py), one row per report, ranked by bm25;
the hit's place (its first match) is then found again in the original text, so that the snippet,
the offset (where the window opens the report) and the section are the report's own.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .errors import QueryError
from .grams import locate, match_expression

SNIPPET = 40  # characters of context on each side of the hit
_FILTERS = ("level", "region", "year", "genre")


@dataclass(frozen=True, slots=True)
class Hit:
    """One report that matches, at its first match: `start`/`end` are offsets in its text; the
    snippet has the match in 【】."""

    report: int
    path: str
    issuer: str | None
    year: int | None
    section: str | None
    heading: str
    start: int
    end: int
    snippet: str
    score: float

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20,
           **filters: str | int | None) -> list[Hit]:
    """The best `limit` reports matching `query`, best first, each at its first match.

    Args:
        query: words or phrases; every space-separated term must be found.
        filters: level, region, year and genre (None: any).

    Raises:
        QueryError: the query holds nothing to search for.
    """
    expression = match_expression(query)
    if expression is None:
        raise QueryError("搜索词中没有可检索的汉字、字母或数字。")
    where, params = _where(filters)
    rows = conn.execute(_hits_sql(where), (expression, *params, limit)).fetchall()
    pattern = locate(query)
    return [_hit(conn, row, pattern) for row in rows]


def _hits_sql(where: str) -> str:
    """The query of the best reports: ranked on the index alone (joined to the reports only for
    the filters), the text read for the reports kept."""
    best = ("SELECT grams.rowid AS id, rank AS score FROM grams WHERE grams MATCH ?"
            " ORDER BY rank LIMIT ?") if not where else (
        "SELECT r.id AS id, bm25(grams) AS score FROM grams JOIN reports r ON r.id = grams.rowid"
        f" WHERE grams MATCH ?{where} ORDER BY score LIMIT ?")
    return ("SELECT r.id, r.path, r.issuer, r.year, t.text, best.score"
            f" FROM ({best}) best JOIN reports r ON r.id = best.id JOIN texts t ON t.report = r.id"
            " ORDER BY best.score")


def _where(filters: dict[str, str | int | None]) -> tuple[str, list]:
    unknown = set(filters) - set(_FILTERS)
    if unknown:
        raise TypeError(f"unknown filters: {sorted(unknown)}")
    used = [(k, v) for k, v in filters.items() if v is not None]
    return "".join(f" AND r.{k} = ?" for k, _ in used), [v for _, v in used]


def _section_at(conn: sqlite3.Connection, report: int, at: int) -> tuple[str | None, str]:
    """The id and heading of the innermost section of `report` holding offset `at`."""
    row = conn.execute('SELECT id, marker || title FROM sections WHERE report = ? AND start <= ?'
                       ' AND "end" > ? ORDER BY level DESC LIMIT 1', (report, at, at)).fetchone()
    return (row[0], row[1]) if row else (None, "")


def _hit(conn: sqlite3.Connection, row: tuple, pattern: re.Pattern[str] | None) -> Hit:
    report, path, issuer, year, text, score = row
    m = pattern.search(text) if pattern else None
    lo, hi = (m.start(), m.end()) if m else (0, 0)
    a, b = max(0, lo - SNIPPET), min(len(text), hi + SNIPPET)
    mark = f"【{text[lo:hi]}】" if hi > lo else ""
    snippet = ("…" if a else "") + text[a:lo] + mark + text[hi:b] + ("…" if b < len(text) else "")
    return Hit(report, path, issuer, year, *_section_at(conn, report, lo), lo, hi, snippet, score)
