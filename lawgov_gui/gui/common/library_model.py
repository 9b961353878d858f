"""The library of reports as the window sees it: one open file, and signals when it changes.

One `LibraryModel` is made by the main window and given to every view that shows or changes the
library (the library window, its search, compare, checks and 对照 views, the notes of the reader
and the notes panel, the printed briefing's 批注). They read through it and never keep their own
connection; long work (an import, a rebuild) opens its own connection on its thread, and tells the
model when it is done (`refresh`).

The file is opened on first use, never at start-up, and a missing file is not created just to read
notes: a user who never opens the library gets no library file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...core.library import Entry, Hit, Library, LibraryError, Note, QueryError


class LibraryModel(QObject):
    """The library file at `path`, opened when first needed.

    Args:
        path: the library file.
        parent: the owner (the main window).

    Signals:
        reportsChanged(): reports were added, or the library was rebuilt.
        notesChanged(str): the notes of the report with this sha256 changed.
        damaged(str): the file cannot be used; the Chinese message says to rebuild.
    """

    reportsChanged = Signal()
    notesChanged = Signal(str)
    damaged = Signal(str)

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._library: Library | None = None

    @property
    def path(self) -> Path:
        """Where the library file is."""
        return self._path

    def exists(self) -> bool:
        """Whether the library file has been made."""
        return self._path.exists()

    def library(self) -> Library:
        """The open library (opened, and made when missing, on first use).

        Raises:
            LibraryError: the file is damaged; `damaged` has been emitted too.
        """
        if self._library is None:
            try:
                self._library = Library(self._path)
            except LibraryError as e:
                self.damaged.emit(str(e))
                raise
        return self._library

    def close(self) -> None:
        """Close the file (before a rebuild replaces it, and when the window closes)."""
        if self._library is not None:
            self._library.close()
            self._library = None

    def refresh(self) -> None:
        """Say that reports changed under the model (an import or rebuild on another connection)."""
        self.reportsChanged.emit()

    def notes(self, sha256: str) -> list[Note]:
        """The notes of one report ([] when there is no library file yet).

        Raises:
            LibraryError: the file is damaged (`damaged` is emitted).
        """
        if self._library is None and not self.exists():
            return []
        return self._guard(lambda lib: lib.notes(sha256))

    def add_note(self, note: Note) -> Note:
        """Store `note` (the library file is made if needed); the note as stored.

        Raises:
            LibraryError: the file is damaged (`damaged` is emitted).
        """
        stored = self._guard(lambda lib: lib.add_note(note))
        self.notesChanged.emit(note.sha256)
        return stored

    def entries(self) -> list[Entry]:
        """Every report of the library ([] when there is no library file yet).

        Raises:
            LibraryError: the file is damaged (`damaged` is emitted).
        """
        if self._library is None and not self.exists():
            return []
        return self._guard(lambda lib: lib.entries())

    def search(self, query: str, *, limit: int = 20, **filters: str | int | None) -> list[Hit]:
        """The best `limit` reports matching `query` (see core.library.search).

        Raises:
            QueryError: the query holds nothing to search for.
            LibraryError: the file is damaged (`damaged` is emitted).
        """
        if self._library is None and not self.exists():
            return []
        return self._guard(lambda lib: lib.search(query, limit=limit, **filters))

    def update_note(self, note_id: int, sha256: str, text: str) -> Note | None:
        """Give the note `note_id` (of the report `sha256`) new words; the note, None if gone.

        Raises:
            LibraryError: the file is damaged (`damaged` is emitted).
        """
        changed = self._guard(lambda lib: lib.update_note(note_id, text))
        self.notesChanged.emit(sha256)
        return changed

    def remove_note(self, note: Note) -> Note | None:
        """Remove `note` (stored: it has an id); the note removed, None if it was gone.

        Raises:
            LibraryError: the file is damaged (`damaged` is emitted).
        """
        assert note.id is not None
        removed = self._guard(lambda lib: lib.remove_note(note.id))
        self.notesChanged.emit(note.sha256)
        return removed

    def restore_note(self, note: Note) -> None:
        """Put a removed note back (an undone removal).

        Raises:
            LibraryError: the file is damaged (`damaged` is emitted).
        """
        self._guard(lambda lib: lib.restore_note(note))
        self.notesChanged.emit(note.sha256)

    def _guard(self, work):
        """Run `work(library)`; a LibraryError met there is also emitted as `damaged`."""
        library = self.library()
        try:
            return work(library)
        except QueryError:
            raise
        except LibraryError as e:
            self.damaged.emit(str(e))
            raise
