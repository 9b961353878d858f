"""The window's library model: opened on first use, notes without a file, damage reported."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import LibraryError, Note, NoteKind
from lawgov_gui.gui.common.library_model import LibraryModel


def _note(sha: str = "a" * 64) -> Note:
    return Note(sha, NoteKind.NOTE, 3, 9, "依法行政", "要核对")


def test_reading_notes_makes_no_file(qapp, tmp_path):
    model = LibraryModel(tmp_path / "lib.sqlite3")
    assert model.notes("a" * 64) == []
    assert not model.exists()


def test_a_note_is_stored_and_announced(qtbot, tmp_path):
    model = LibraryModel(tmp_path / "lib.sqlite3")
    with qtbot.waitSignal(model.notesChanged) as blocker:
        stored = model.add_note(_note())
    assert blocker.args == ["a" * 64]
    assert stored.created
    model.close()
    again = LibraryModel(tmp_path / "lib.sqlite3")
    assert [n.text for n in again.notes("a" * 64)] == ["要核对"]
    again.close()


def test_a_damaged_file_is_announced_in_chinese(qtbot, tmp_path):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"not a database at all" * 10)
    model = LibraryModel(path)
    with qtbot.waitSignal(model.damaged) as blocker, pytest.raises(LibraryError):
        model.notes("a" * 64)
    assert "重建" in blocker.args[0]


def test_edit_remove_and_restore_are_announced(qtbot, tmp_path):
    model = LibraryModel(tmp_path / "lib.sqlite3")
    stored = model.add_note(_note())
    with qtbot.waitSignal(model.notesChanged) as blocker:
        changed = model.update_note(stored.id, stored.sha256, "改过")
    assert blocker.args == ["a" * 64] and changed.text == "改过"
    with qtbot.waitSignal(model.notesChanged):
        assert model.remove_note(changed) == changed
    assert model.notes("a" * 64) == []
    with qtbot.waitSignal(model.notesChanged):
        model.restore_note(changed)
    assert model.notes("a" * 64) == [changed]
    model.close()


def test_reports_and_search_without_a_file_make_none(qapp, tmp_path):
    model = LibraryModel(tmp_path / "lib.sqlite3")
    assert model.entries() == [] and model.search("复议") == []
    assert not model.exists()


def test_a_query_with_nothing_to_search_is_not_damage(qtbot, tmp_path, seed_path):
    from lawgov_gui.core.library import QueryError

    model = LibraryModel(tmp_path / "lib.sqlite3")
    model.library().add([seed_path])
    with qtbot.assertNotEmitted(model.damaged), pytest.raises(QueryError):
        model.search("、，")
    assert [e.path for e in model.entries()] == [str(seed_path)]
    assert model.search("质量提升")[0].path == str(seed_path)
    model.close()
