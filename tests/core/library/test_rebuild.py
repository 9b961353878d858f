"""Rebuilding from the files: reports read again, notes kept, a damaged file set aside."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lawgov_gui.core.library import Library, LibraryError, Note, NoteKind, Status, rebuild
from lawgov_gui.core.library.notes import backup_path
from tests.conftest import SEED
from tests.core.library.conftest import DEV


def _filled(tmp_path: Path) -> tuple[Path, Note, Path]:
    """A library with the seed, one dev opening (then deleted) and a note on the seed."""
    db, gone = tmp_path / "lib.sqlite3", tmp_path / "gone.txt"
    shutil.copy(DEV[0], gone)
    with Library(db) as lib:
        lib.add([SEED, gone])
        sha = next(e.sha256 for e in lib.entries() if e.path == str(SEED))
        note = lib.add_note(Note(sha, NoteKind.NOTE, 10, 20, "吉林省人民政府坚持", "开会时提"))
    gone.unlink()
    return db, note, gone


def test_notes_survive_a_restart(tmp_path: Path) -> None:
    db, note, _ = _filled(tmp_path)
    with Library(db) as lib:
        assert lib.notes() == [note]
        assert lib.notes(note.sha256) == [note] and lib.notes("other") == []


def test_rebuild_healthy(tmp_path: Path) -> None:
    db, note, gone = _filled(tmp_path)
    result = rebuild(db)
    assert [(o.path, o.status) for o in result.outcomes] == [
        (str(gone), Status.SKIPPED), (str(SEED), Status.ADDED)]
    assert result.notes == 1 and result.damaged_copy is None
    with Library(db) as lib:
        assert lib.notes() == [note]
        assert [e.path for e in lib.entries()] == [str(SEED)]


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_rebuild_damaged_keeps_notes_from_the_backup(tmp_path: Path, how: str) -> None:
    db, note, _ = _filled(tmp_path)
    data = db.read_bytes()
    db.write_bytes(b"garbage!" * 64 if how == "garbage" else data[:len(data) // 3])
    assert backup_path(db).exists()
    result = rebuild(db)
    assert result.damaged_copy is not None and result.damaged_copy.exists()
    with Library(db) as lib:
        assert lib.notes() == [note]


def test_rebuild_missing_file(tmp_path: Path) -> None:
    result = rebuild(tmp_path / "new.sqlite3")
    assert (result.outcomes, result.notes, result.damaged_copy) == ([], 0, None)
    with Library(tmp_path / "new.sqlite3") as lib:
        assert lib.entries() == []


def test_unreadable_backup_stops_the_rebuild(tmp_path: Path) -> None:
    db, _note, _ = _filled(tmp_path)
    db.write_bytes(b"garbage!" * 64)
    backup_path(db).write_text("[{", encoding="utf-8")
    with pytest.raises(LibraryError, match=r"批注文件.*未做任何改动"):
        rebuild(db)
    assert db.read_bytes() == b"garbage!" * 64


def test_notes_neither_readable_nor_backed_up(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    db.write_bytes(b"garbage!" * 64)
    result = rebuild(db)
    assert result.notes_unreadable and result.notes == 0
