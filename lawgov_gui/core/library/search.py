"""Full-text search across the library: ranked by bm25, each hit with its section, offset and snippet.

The index holds hanzi bigrams (grams.py), one row per piece of a report between section bounds;
the hit's place is then found again in the original text, so that the snippet and the offset
(where the window opens the report) are the report's own characters.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .errors import LibraryError
from .grams import locate, match_expression

SNIPPET = 40  # characters of context on each side of the hit
_FILTERS = ("level", "region", "year", "genre")


@dataclass(frozen=True, slots=True)
class Hit:
    """One place that matches: `start`/`end` are offsets in the report's text; the snippet has
    the hit in 【】."""

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
    """The best `limit` places matching `query`, best first.

    Args:
        query: words or phrases; every space-separated term must be found.
        filters: level, region, year and genre (None: any).

    Raises:
        LibraryError: the query holds nothing to search for.
    """
    expression = match_expression(query)
    if expression is None:
        raise LibraryError("搜索词中没有可检索的汉字、字母或数字。")
    rows = conn.execute(_hits_sql(filters), (expression, *_where(filters)[1], limit)).fetchall()
    pattern = locate(query)
    headings = _headings(conn, {(r[0], r[4]) for r in rows if r[4]})
    return [_hit(row, pattern, headings) for row in rows]


def _hits_sql(filters: dict[str, str | int | None]) -> str:
    """The query of the best hits: ranked on the index alone (joined to the reports only for the
    filters), the text read for the hits kept."""
    where = _where(filters)[0]
    best = ("SELECT grams.rowid AS id, rank AS score FROM grams WHERE grams MATCH ?"
            " ORDER BY rank LIMIT ?") if not where else (
        "SELECT c.id AS id, bm25(grams) AS score FROM grams JOIN chunks c ON c.id = grams.rowid"
        f" JOIN reports r ON r.id = c.report WHERE grams MATCH ?{where} ORDER BY score LIMIT ?")
    return ("SELECT c.report, r.path, r.issuer, r.year, c.section, c.start,"
            ' substr(t.text, c.start + 1, c."end" - c.start), best.score'
            f" FROM ({best}) best JOIN chunks c ON c.id = best.id"
            " JOIN reports r ON r.id = c.report JOIN texts t ON t.report = c.report"
            " ORDER BY best.score")


def _where(filters: dict[str, str | int | None]) -> tuple[str, list]:
    unknown = set(filters) - set(_FILTERS)
    if unknown:
        raise TypeError(f"unknown filters: {sorted(unknown)}")
    used = [(k, v) for k, v in filters.items() if v is not None]
    return "".join(f" AND r.{k} = ?" for k, _ in used), [v for _, v in used]


def _headings(conn: sqlite3.Connection, keys: set[tuple[int, str]]) -> dict[tuple[int, str], str]:
    out = {}
    for report, sid in keys:
        row = conn.execute("SELECT marker, title FROM sections WHERE report = ? AND id = ?",
                           (report, sid)).fetchone()
        if row:
            out[report, sid] = row[0] + row[1]
    return out


def _hit(row: tuple, pattern, headings: dict[tuple[int, str], str]) -> Hit:
    report, path, issuer, year, section, start, text, score = row
    m = pattern.search(text) if pattern else None
    lo, hi = (m.start(), m.end()) if m else (0, 0)
    a, b = max(0, lo - SNIPPET), min(len(text), hi + SNIPPET)
    mark = f"【{text[lo:hi]}】" if hi > lo else ""
    snippet = ("…" if a else "") + text[a:lo] + mark + text[hi:b] + ("…" if b < len(text) else "")
    return Hit(report, path, issuer, year, section, headings.get((report, section), ""),
               start + lo, start + hi, snippet, score)
