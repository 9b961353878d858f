"""The library's tables, its schema version (PRAGMA user_version) and how an older file is brought up.

`connect` opens a library file for use: WAL, foreign keys, the schema created in a new file, an
older schema migrated step by step, and anything else (not a database, malformed, made by a newer
version, someone else's tables) refused with a LibraryError that says, in Chinese, to rebuild.
Opening checks the header, the schema and the reports table, not every page (a full check of a
library of 10,000 reports takes seconds); damage found later by a query is reported the same way
by `guarded`.
Notes are keyed by the report's sha256, not its row, so they outlive a rebuild.

The layout serves the library's reads: a report's text apart from its row (the rows stay small
for filters and joins), and the indicators clustered by canonical id (compare reads one range;
`canonical` is '' for a figure with none, as a primary key cannot hold NULL); the search index
has one row per report, its rowid the report's id, and an index of one-character prefixes
(a single hanzi is a prefix query, grams.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import LibraryError

VERSION = 1
_HEADER = b"SQLite format 3\x00"
_TABLES = ("reports", "texts", "sections", "indicators", "grams", "notes")

_CREATE = """
CREATE TABLE reports(
  id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL, format TEXT,
  encoding TEXT, title TEXT, issuer TEXT, level TEXT NOT NULL, region TEXT NOT NULL, year INTEGER,
  genre TEXT NOT NULL, published TEXT, signed TEXT, added TEXT NOT NULL);
CREATE TABLE texts(
  report INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE, text TEXT NOT NULL);
CREATE INDEX reports_issuer ON reports(issuer, year);
CREATE INDEX reports_filter ON reports(level, region, year, genre);
CREATE TABLE sections(
  report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, id TEXT NOT NULL, parent TEXT,
  level INTEGER NOT NULL, marker TEXT NOT NULL, title TEXT NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, heading_end INTEGER NOT NULL, PRIMARY KEY(report, id)) WITHOUT ROWID;
CREATE TABLE indicators(
  canonical TEXT NOT NULL, report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, value REAL NOT NULL,
  unit TEXT NOT NULL, qualifier TEXT, kind TEXT NOT NULL, subject TEXT NOT NULL, section TEXT,
  label TEXT NOT NULL, period INTEGER, scope TEXT NOT NULL, growth INTEGER NOT NULL,
  table_row TEXT, table_column TEXT, change_type TEXT, change_direction TEXT, change_of TEXT,
  change_baseline TEXT, change_period TEXT, change_role TEXT, vs_canonical TEXT,
  sentence TEXT NOT NULL,
  PRIMARY KEY(canonical, report, id)) WITHOUT ROWID;
CREATE UNIQUE INDEX indicators_report ON indicators(report, id);
CREATE INDEX indicators_vs ON indicators(vs_canonical) WHERE vs_canonical IS NOT NULL;
CREATE INDEX sections_at ON sections(report, start);
CREATE INDEX indicators_change ON indicators(change_type) WHERE change_type = 'yoy';
CREATE VIRTUAL TABLE grams USING fts5(g, content='', prefix='1', tokenize='unicode61');
CREATE TABLE notes(
  id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, quote TEXT NOT NULL, text TEXT NOT NULL, created TEXT NOT NULL);
CREATE INDEX notes_report ON notes(sha256, start);
"""

# MIGRATIONS[n] brings a file of version n to n + 1 (SQL run in one transaction)
MIGRATIONS: dict[int, str] = {}


def connect(path: str | Path) -> sqlite3.Connection:
    """The library at `path`, created when missing, ready for use.

    Raises:
        LibraryError: the file is not a library this version can use (the message says why).
    """
    p = Path(path)
    _check_header(p)
    p.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(p, isolation_level=None, check_same_thread=False)
    try:
        _prepare(conn, p)
    except sqlite3.OperationalError as e:
        conn.close()
        raise LibraryError(f"无法打开报告库 {p}：{e}") from e
    except sqlite3.DatabaseError as e:
        conn.close()
        raise LibraryError(damaged(p, "文件已损坏")) from e
    except LibraryError:
        conn.close()
        raise
    return conn


@contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Turn SQLite's word for a damaged file, met in the block, into the LibraryError of `damaged`."""
    try:
        yield
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as e:
        raise LibraryError(damaged(path, "文件已损坏")) from e


def damaged(path: Path, why: str) -> str:
    """The one Chinese sentence for a library that cannot be used."""
    return f"报告库 {path} 无法使用（{why}）；请运行 lawgov-gui library rebuild 重建，批注会保留。"


def _check_header(p: Path) -> None:
    if p.exists() and p.stat().st_size:
        with open(p, "rb") as f:
            if f.read(len(_HEADER)) != _HEADER:
                raise LibraryError(damaged(p, "不是报告库文件"))


def _prepare(conn: sqlite3.Connection, p: Path) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if version == 0 and not names:
        _run(conn, _CREATE, VERSION)
        return
    if version > VERSION:
        raise LibraryError(damaged(p, f"由更新的版本创建（版本 {version}）"))
    elif version == 0 or not names.issuperset(_TABLES):
        raise LibraryError(damaged(p, "表结构不符"))
    while version < VERSION:
        _run(conn, MIGRATIONS[version], version + 1)
        version += 1
    conn.execute("SELECT count(*) FROM reports").fetchone()  # a damaged table fails here


def _run(conn: sqlite3.Connection, script: str, version: int) -> None:
    """Run `script` and set the version, all or nothing."""
    statements = [s for s in script.split(";") if s.strip()]
    with transaction(conn):
        for s in statements:
            conn.execute(s)
        conn.execute(f"PRAGMA user_version = {version}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK when the block raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
