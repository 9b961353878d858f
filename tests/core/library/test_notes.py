"""Notes in the library: stored with an id, edited, removed and put back, backed up as JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lawgov_gui.core.library import Library, LibraryError, Note, NoteKind
from lawgov_gui.core.library.notes import backup_path, kind_for, load, save

SHA = "a" * 64
HIGHLIGHT = Note(SHA, NoteKind.HIGHLIGHT, 30, 36, "依法行政")
NOTE = Note(SHA, NoteKind.NOTE, 10, 20, "吉林省人民政府", "开会时提")


@pytest.fixture
def lib(tmp_path: Path):
    with Library(tmp_path / "lib.sqlite3") as library:
        yield library


def test_a_stored_note_has_an_id_and_a_time(lib: Library) -> None:
    first, second = lib.add_note(HIGHLIGHT), lib.add_note(NOTE)
    assert first.id is not None and second.id is not None and first.id != second.id
    assert first.created and replace(first, id=None, created="") == HIGHLIGHT
    assert lib.notes(SHA) == [second, first]  # text order: start 10 before 30
    assert load(backup_path(lib.path)) == [second, first]


@pytest.mark.parametrize(("text", "kind"), [
    ("换个说法", NoteKind.NOTE),
    ("", NoteKind.HIGHLIGHT),  # the words taken away: a highlight again
    ("  \n", NoteKind.HIGHLIGHT),
])
def test_update_gives_new_words_and_the_kind_they_make(lib: Library, text: str,
                                                       kind: NoteKind) -> None:
    stored = lib.add_note(NOTE)
    changed = lib.update_note(stored.id, text)
    assert changed == replace(stored, text=text, kind=kind)
    assert lib.notes(SHA) == [changed] and load(backup_path(lib.path)) == [changed]


def test_remove_then_restore_puts_the_same_note_back(lib: Library) -> None:
    stored = lib.add_note(NOTE)
    assert lib.remove_note(stored.id) == stored
    assert lib.notes(SHA) == [] and load(backup_path(lib.path)) == []
    lib.restore_note(stored)
    assert lib.notes(SHA) == [stored]


@pytest.mark.parametrize("call", ["update_note", "remove_note"])
def test_a_missing_note_is_none(lib: Library, call: str) -> None:
    args = (999, "x") if call == "update_note" else (999,)
    assert getattr(lib, call)(*args) is None


def test_an_old_backup_without_ids_loads_and_is_put_back_with_new_ids(tmp_path: Path) -> None:
    old = [{"sha256": SHA, "kind": "note", "start": 10, "end": 20, "quote": "吉林省人民政府",
            "text": "开会时提", "created": "2024-03-15T08:00:00+00:00"}]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    loaded = load(path)
    assert loaded == [replace(NOTE, created="2024-03-15T08:00:00+00:00")]
    with Library(tmp_path / "lib.sqlite3") as lib:
        from lawgov_gui.core.library.notes import put

        put(lib.conn, loaded)
        assert [n.id for n in lib.notes()] == [1]


def test_save_then_load_keeps_every_field(tmp_path: Path, lib: Library) -> None:
    notes = [lib.add_note(NOTE), lib.add_note(HIGHLIGHT)]
    save(notes, tmp_path / "export.json")
    assert load(tmp_path / "export.json") == notes


@pytest.mark.parametrize("content", ["not json", '[{"sha256": "x"}]', '[{"kind": "bad"}]'])
def test_a_bad_notes_file_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LibraryError, match="批注文件"):
        load(path)


@pytest.mark.parametrize(("text", "kind"), [("有话", NoteKind.NOTE), ("", NoteKind.HIGHLIGHT),
                                            (" ", NoteKind.HIGHLIGHT)])
def test_kind_for(text: str, kind: NoteKind) -> None:
    assert kind_for(text) is kind
