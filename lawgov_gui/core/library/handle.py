"""`Library`: one open library file and everything done with it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from . import align, checks, compare, importer, notes, schema, search, store
from .paths import default_db_path


class Library:
    """The library at `path` (the user's data folder when None), open until `close`.

    Every method raises LibraryError (the message says to rebuild) when it meets a damaged file.

    Raises:
        LibraryError: the file is damaged or not a library.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.conn = schema.connect(self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (SQLite folds the WAL back into it)."""
        self.conn.close()

    def add(self, paths: Iterable[str | Path], *, progress: importer.Progress | None = None,
            cancel: Callable[[], bool] | None = None,
            workers: int | None = None) -> list[importer.Outcome]:
        """Import files and folders (see importer.add)."""
        with schema.guarded(self.path):
            return importer.add(self.conn, paths, progress=progress, cancel=cancel,
                                workers=workers)

    def entries(self) -> list[store.Entry]:
        """Every report in the library."""
        with schema.guarded(self.path):
            return store.entries(self.conn)

    def search(self, query: str, *, limit: int = 20,
               **filters: str | int | None) -> list[search.Hit]:
        """Ranked hits for `query` (see search.search)."""
        with schema.guarded(self.path):
            return search.search(self.conn, query, limit=limit, **filters)

    def compare(self, canonical: str) -> list[compare.Row]:
        """Every figure of the canonical id `canonical`.

        Raises:
            LibraryError: `canonical` is not an id of the catalogue.
        """
        compare.check_id(canonical)
        with schema.guarded(self.path):
            return compare.compare(self.conn, canonical)

    def compared(self) -> dict[str, int]:
        """The canonical ids that have figures in the library, each with its number of rows
        (what `compare` gives), in catalogue order."""
        with schema.guarded(self.path):
            return compare.counts(self.conn)

    def check(self) -> list[checks.Finding]:
        """The cross-report findings."""
        with schema.guarded(self.path):
            return checks.check(self.conn)

    def add_note(self, note: notes.Note) -> notes.Note:
        """Store a highlight or note, and refresh the JSON backup of all notes."""
        with schema.guarded(self.path):
            stored = notes.add(self.conn, note)
        self._back_up_notes()
        return stored

    def update_note(self, note_id: int, text: str) -> notes.Note | None:
        """Give a note new words (none: it becomes a highlight); the note, None if it is gone."""
        with schema.guarded(self.path):
            changed = notes.update(self.conn, note_id, text)
        self._back_up_notes()
        return changed

    def remove_note(self, note_id: int) -> notes.Note | None:
        """Remove a note; the note removed (to put back with `restore_note`), None if none."""
        with schema.guarded(self.path):
            removed = notes.remove(self.conn, note_id)
        self._back_up_notes()
        return removed

    def restore_note(self, note: notes.Note) -> None:
        """Put a removed note back, with its id (an undone removal)."""
        with schema.guarded(self.path):
            notes.put(self.conn, [note])
        self._back_up_notes()

    def _back_up_notes(self) -> None:
        """Refresh the JSON backup of all notes (beside the library file)."""
        notes.save(self.notes(), notes.backup_path(self.path))

    def notes(self, sha256: str | None = None) -> list[notes.Note]:
        """The notes of one report, or all of them."""
        with schema.guarded(self.path):
            return notes.read(self.conn, sha256)

    def pair(self, a_id: int, b_id: int) -> align.Alignment:
        """The reports with row ids `a_id` (the earlier) and `b_id` side by side (see align.pair).

        Raises:
            LibraryError: either id is not a report of the library.
        """
        with schema.guarded(self.path):
            return align.pair(self.conn, a_id, b_id)
