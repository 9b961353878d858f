"""Rebuilding the library from the original files, keeping every note.

The files are the originals; the library is only what was read from them. A rebuild salvages
what it can from the old file (the report paths and the notes; a file too damaged to read gives
none, and the notes then come from the last JSON backup), backs the notes up as JSON, imports the
files again into a new library beside the old one, puts the notes back, and only then moves the
new file into place. A damaged old file is kept beside it as `….damaged`.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import importer, notes, schema, store
from .errors import LibraryError
from .importer import Outcome, Status


@dataclass(slots=True)
class Rebuilt:
    """What a rebuild did: one outcome per old report, the notes kept, the damaged copy, and
    whether the old file held notes that could not be read and had no backup."""

    outcomes: list[Outcome] = field(default_factory=list)
    notes: int = 0
    damaged_copy: Path | None = None
    notes_unreadable: bool = False

    def lines(self, path: str | Path) -> list[str]:
        """What the rebuild of the library at `path` did, a line per file and then the total."""
        added = sum(o.status == Status.ADDED for o in self.outcomes)
        out = [o.line() for o in self.outcomes]
        out.append(f"已重建 {path}：{added} 份报告，保留批注 {self.notes} 条。")
        if self.damaged_copy:
            out.append(f"损坏的旧文件已另存为 {self.damaged_copy}。")
        if self.notes_unreadable:
            out.append("旧文件中的批注无法读取，也没有备份；如有批注，可从另存的旧文件中设法找回。")
        return out


def rebuild(path: str | Path, *, progress: importer.Progress | None = None,
            workers: int | None = None) -> Rebuilt:
    """Rebuild the library at `path` from its reports' files."""
    db = Path(path)
    healthy = _healthy(db)
    paths, kept = _salvage(db)
    backup = notes.backup_path(db)
    unreadable = kept is None and not backup.exists()
    if kept is None:
        kept = notes.load(backup)
    else:
        notes.save(kept, backup)
    fresh = db.with_name(db.name + ".rebuild")
    _remove(fresh)
    result = Rebuilt(notes=len(kept), notes_unreadable=unreadable)
    conn = schema.connect(fresh)
    try:
        notes.put(conn, kept)
        present = [p for p in paths if Path(p).is_file()]
        result.outcomes = [Outcome(p, Status.SKIPPED, "文件已不存在") for p in paths
                           if p not in present]
        result.outcomes += importer.add(conn, present, progress=progress, workers=workers)
    finally:
        conn.close()
    result.damaged_copy = None if healthy else _set_aside(db)
    _remove(db)
    os.replace(fresh, db)
    return result


def _healthy(db: Path) -> bool:
    if not db.exists():
        return True
    try:
        schema.connect(db).close()
    except LibraryError:
        return False
    return True


def _salvage(db: Path) -> tuple[list[str], list[notes.Note] | None]:
    """The report paths and notes readable in `db` (notes None when they cannot be read)."""
    if not db.exists():
        return [], []
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return [], None
    try:
        return _try(lambda: store.paths(conn), []), _try(lambda: notes.read(conn), None)
    finally:
        conn.close()


def _try(read, default):
    try:
        return read()
    except (sqlite3.DatabaseError, ValueError):
        return default


def _set_aside(db: Path) -> Path:
    copy = db.with_name(db.name + ".damaged")
    _remove(copy)
    os.replace(db, copy)
    return copy


def _remove(db: Path) -> None:
    """Delete the library file `db` and its WAL and shared-memory files."""
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)
