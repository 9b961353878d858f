"""What the user writes: highlights and notes on a report's text, and their JSON backup.

A note is tied to the report's sha256 and character offsets in its text, never to a row id, so it
survives a rebuild and finds its report again when the same file is imported.
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

_COLUMNS = 'sha256, kind, start, "end", quote, text, created'


class NoteKind(StrEnum):
    """A highlight marks text; a note adds words to it."""

    HIGHLIGHT = "highlight"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Note:
    """One highlight or note: `quote` is the marked text, `text` what the user wrote."""

    sha256: str
    kind: NoteKind
    start: int
    end: int
    quote: str
    text: str = ""
    created: str = ""


def add(conn: sqlite3.Connection, note: Note) -> Note:
    """Store `note` (stamped now when it has no time); the note as stored."""
    if not note.created:
        note = replace(note, created=datetime.now(UTC).isoformat(timespec="seconds"))
    put(conn, [note])
    return note


def put(conn: sqlite3.Connection, notes: list[Note]) -> None:
    """Store `notes`, all or nothing."""
    with transaction(conn):
        conn.executemany(f"INSERT INTO notes({_COLUMNS}) VALUES (?,?,?,?,?,?,?)",
                         [tuple(asdict(n).values()) for n in notes])


def read(conn: sqlite3.Connection, sha256: str | None = None) -> list[Note]:
    """The notes of one report (all notes when `sha256` is None), in text order."""
    where, params = ("WHERE sha256 = ?", (sha256,)) if sha256 else ("", ())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM notes {where} ORDER BY sha256, start, id", params)
    return [Note(s, NoteKind(k), a, b, q, t, c) for s, k, a, b, q, t, c in rows]


def backup_path(db: Path) -> Path:
    """Where the notes of the library `db` are backed up."""
    return db.with_name(db.name + ".notes.json")


def save(notes: list[Note], path: Path) -> None:
    """Write `notes` as JSON to `path`, atomically."""
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
        raise LibraryError(f"批注备份 {path} 无法读取（{e}）；为免丢失批注，未做任何改动。") from e
