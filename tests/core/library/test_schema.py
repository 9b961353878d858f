"""Opening a library file: a new one is created; anything this version cannot use is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lawgov_gui.core.library import Library, LibraryError, schema
from tests.conftest import SEED


def test_new_file(tmp_path: Path) -> None:
    with Library(tmp_path / "sub" / "lib.sqlite3") as lib:
        pragma = {p: lib.conn.execute(f"PRAGMA {p}").fetchone()[0]
                  for p in ("journal_mode", "foreign_keys", "user_version")}
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "user_version": schema.VERSION}


def _not_a_database(p: Path) -> None:
    p.write_text("这不是数据库", encoding="utf-8")


def _malformed(p: Path) -> None:
    Library(p).close()
    data = bytearray(p.read_bytes())
    data[100:len(data)] = b"\xff" * (len(data) - 100)  # the header kept, the pages destroyed
    p.write_bytes(bytes(data))


def _newer(p: Path) -> None:
    Library(p).close()
    with sqlite3.connect(p) as conn:
        conn.execute(f"PRAGMA user_version = {schema.VERSION + 1}")


def _someone_elses(p: Path) -> None:
    with sqlite3.connect(p) as conn:
        conn.execute("CREATE TABLE accounts(id INTEGER)")


@pytest.mark.parametrize(("spoil", "why"), [
    (_not_a_database, "不是报告库文件"),
    (_malformed, "文件已损坏"),
    (_newer, "由更新的版本创建"),
    (_someone_elses, "表结构不符"),
])
def test_damaged_refused_with_a_rebuild_hint(tmp_path: Path, spoil, why: str) -> None:
    p = tmp_path / "lib.sqlite3"
    spoil(p)
    with pytest.raises(LibraryError) as info:
        Library(p)
    assert why in info.value.message and "library rebuild" in info.value.message


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        with pytest.raises(sqlite3.IntegrityError), schema.transaction(lib.conn):
            lib.conn.execute("INSERT INTO notes(sha256, kind, start, \"end\", quote, text, created)"
                             " VALUES ('x', 'note', 0, 1, 'q', 't', 'now')")
            lib.conn.execute("INSERT INTO sections VALUES (999, '1', NULL, 1, '一、', 't', 0, 1, 1)")
        assert lib.notes() == []


def test_older_file_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "lib.sqlite3"
    Library(p).close()
    monkeypatch.setattr(schema, "VERSION", schema.VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, schema.VERSION - 1,
                        "ALTER TABLE reports ADD COLUMN shelf TEXT;"
                        " CREATE INDEX reports_shelf ON reports(shelf)")
    with Library(p) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        assert "shelf" in [r[1] for r in lib.conn.execute("PRAGMA table_info(reports)")]


def test_damage_met_by_a_query(tmp_path: Path) -> None:
    p = tmp_path / "lib.sqlite3"
    with Library(p) as lib:
        lib.add([SEED])
    with sqlite3.connect(p) as conn:  # the texts table's pages destroyed; the rest intact
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'texts'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(p.read_bytes())
    data[(root - 1) * size:root * size] = b"\xee" * size
    p.write_bytes(bytes(data))
    with Library(p) as lib, pytest.raises(LibraryError, match="文件已损坏"):
        lib.search("复议")
