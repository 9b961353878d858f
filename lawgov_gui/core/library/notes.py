"""What the user writes: highlights and notes on a report's text, and their JSON backup.

A note is tied to the report's sha256 and character offsets in its text, never to a report's row,
so it survives a rebuild and finds its report again when the same file is imported. Its own `id`
(None until stored) is how it is edited and removed; a backup written before notes had ids loads
as notes without one, which get new ids when put back.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from ..writers.atomic import atomic_write
from .errors import LibraryError
from .schema import transaction

_COLUMNS = 'sha256, kind, start, "end", quote, text, created, id'


class NoteKind(StrEnum):
    """A highlight marks text; a note adds words to it."""

    HIGHLIGHT = "highlight"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Note:
    """One highlight or note: `quote` is the marked text [start, end), `text` what the user wrote."""

    sha256: str
    kind: NoteKind
    start: int
    end: int
    quote: str
    text: str = ""
    created: str = ""
    id: int | None = None


def kind_for(text: str) -> NoteKind:
    """A note when there are words, a highlight when there are none."""
    return NoteKind.NOTE if text.strip() else NoteKind.HIGHLIGHT


def _row(note: Note) -> tuple:
    return (note.sha256, note.kind.value, note.start, note.end, note.quote, note.text,
            note.created, note.id)


def add(conn: sqlite3.Connection, note: Note) -> Note:
    """Store `note` (stamped now when it has no time); the note as stored, with its id."""
    if not note.created:
        note = replace(note, created=datetime.now(UTC).isoformat(timespec="seconds"))
    with transaction(conn):
        cursor = conn.execute(f"INSERT INTO notes({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
                              _row(replace(note, id=None)))
    return replace(note, id=cursor.lastrowid)


def put(conn: sqlite3.Connection, notes: list[Note]) -> None:
    """Store `notes`, all or nothing (their ids kept; a note without one gets a new id)."""
    with transaction(conn):
        conn.executemany(f"INSERT INTO notes({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
                         [_row(n) for n in notes])


def update(conn: sqlite3.Connection, note_id: int, text: str) -> Note | None:
    """Give the note `note_id` new words (none turns it into a highlight); the note, or None
    when there is no such note."""
    with transaction(conn):
        conn.execute("UPDATE notes SET text = ?, kind = ? WHERE id = ?",
                     (text, kind_for(text).value, note_id))
    return _one(conn, note_id)


def remove(conn: sqlite3.Connection, note_id: int) -> Note | None:
    """Remove the note `note_id`; the note removed, or None when there was none."""
    note = _one(conn, note_id)
    if note is not None:
        with transaction(conn):
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    return note


def _one(conn: sqlite3.Connection, note_id: int) -> Note | None:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,))
    return next((_note(r) for r in rows), None)


def _note(row: tuple) -> Note:
    s, k, a, b, q, t, c, i = row
    return Note(s, NoteKind(k), a, b, q, t, c, i)


def read(conn: sqlite3.Connection, sha256: str | None = None) -> list[Note]:
    """The notes of one report (all notes when `sha256` is None), in text order."""
    where, params = ("WHERE sha256 = ?", (sha256,)) if sha256 else ("", ())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM notes {where} ORDER BY sha256, start, id", params)
    return [_note(r) for r in rows]


def backup_path(db: Path) -> Path:
    """Where the notes of the library `db` are backed up."""
    return db.with_name(db.name + ".notes.json")


def save(notes: list[Note], path: Path) -> None:
    """Write `notes` as JSON to `path`, atomically (the backup, and a report's exported notes)."""
    data = json.dumps([asdict(n) for n in notes], ensure_ascii=False, indent=1)
    atomic_write(path, lambda tmp: tmp.write_text(data + "\n", encoding="utf-8"))


def load(path: Path) -> list[Note]:
    """The notes saved at `path` ([] when there is no such file).

    Raises:
        LibraryError: the file is there but cannot be read as notes.
    """
    if not path.exists():
        return []
    try:
        return [Note(**{**d, "kind": NoteKind(d["kind"])})
                for d in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as e:
        raise LibraryError(f"批注文件 {path} 无法读取（{e}）；为免丢失批注，未做任何改动。") from e
