"""Writing reports into the library and reading the list back; each report in one transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from .rows import Rows

_REPORT = ("INSERT INTO reports(sha256, path, format, encoding, title, issuer, level, region, year,"
           " genre, published, signed, added) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
_TEXT = "INSERT INTO texts VALUES (?,?)"
_SECTION = "INSERT INTO sections VALUES (?,?,?,?,?,?,?,?,?)"
_INDICATOR = f"INSERT INTO indicators VALUES ({','.join('?' * 26)})"
_GRAMS = "INSERT INTO grams(rowid, g) VALUES (?,?)"


@dataclass(frozen=True, slots=True)
class Entry:
    """One report of the library, as `library list` shows it."""

    id: int
    sha256: str
    path: str
    title: str | None
    issuer: str | None
    level: str
    region: str
    year: int | None
    genre: str
    indicators: int

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__slots__}


def known(conn: sqlite3.Connection) -> set[str]:
    """The sha256 of every report already in the library."""
    return {r[0] for r in conn.execute("SELECT sha256 FROM reports")}


def insert(conn: sqlite3.Connection, rows: Rows) -> int:
    """Store one report's rows, all or nothing (a savepoint), inside the caller's transaction;
    its row id.

    Raises:
        sqlite3.IntegrityError: a report with the same sha256 is stored (nothing is written).
    """
    added = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute("SAVEPOINT report")
    try:
        rid = conn.execute(_REPORT, (*rows.report, added)).lastrowid
        conn.executemany(_SECTION, [(rid, *s) for s in rows.sections])
        conn.execute(_TEXT, (rid, rows.text))
        conn.executemany(_INDICATOR, [(i[0], rid, *i[1:]) for i in rows.indicators])
        conn.execute(_GRAMS, (rid, rows.grams))
    except BaseException:
        conn.execute("ROLLBACK TO report")
        conn.execute("RELEASE report")
        raise
    conn.execute("RELEASE report")
    return rid



def entries(conn: sqlite3.Connection) -> list[Entry]:
    """Every report, by issuer and year."""
    sql = ("SELECT r.id, r.sha256, r.path, r.title, r.issuer, r.level, r.region, r.year, r.genre,"
           " (SELECT count(*) FROM indicators i WHERE i.report = r.id)"
           " FROM reports r ORDER BY r.region, r.issuer, r.year, r.id")
    return [Entry(*r) for r in conn.execute(sql)]


def paths(conn: sqlite3.Connection) -> list[str]:
    """The source path of every report, in the order they were added."""
    return [r[0] for r in conn.execute("SELECT path FROM reports ORDER BY id")]
