"""The 批注 panel: the open report's notes in text order, filtered, gone to, edited, deleted
(and undone), exported as Markdown and JSON; the empty panel says how to add a note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.core.library import Note, NoteKind
from lawgov_gui.core.library.notes import load
from lawgov_gui.core.library.notes_text import to_markdown
from lawgov_gui.gui.common.library_model import LibraryModel
from lawgov_gui.gui.common.save_dialog import HomeFolder
from lawgov_gui.gui.common.state import AppState
from lawgov_gui.gui.panels.notes_export import NotesFormat
from lawgov_gui.gui.panels.notes_panel import NotesPanel
from tests.gui.conftest import ime_type


@pytest.fixture
def panel(qtbot, tmp_path: Path, seed_report) -> NotesPanel:
    state = AppState()
    model = LibraryModel(tmp_path / "lib.sqlite3", state)
    shown = NotesPanel(state, model, HomeFolder())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()  # a shortcut answers in the active window only (in a real one)
    qtbot.waitUntil(shown.isActiveWindow)
    state.set_report(seed_report)
    return shown


def _add(panel: NotesPanel, start: int, end: int, text: str = "") -> Note:
    report = panel.state.report
    kind = NoteKind.NOTE if text else NoteKind.HIGHLIGHT
    return panel.model.add_note(Note(report.source.sha256, kind, start, end,
                                     report.text[start:end], text))


def test_the_empty_panel_says_how_to_add_a_note(panel: NotesPanel) -> None:
    assert panel.list.isHidden() and not panel.empty.isHidden()
    assert "Ctrl+H" in panel.empty.text() and "Ctrl+M" in panel.empty.text()
    assert not panel.export_md.isEnabled()


def test_notes_are_listed_in_text_order_with_their_section(panel: NotesPanel) -> None:
    later = _add(panel, 400, 420, "晚一些")
    first = _add(panel, 5, 15)
    assert panel.shown() == [first, later]
    label = panel.list.item(1).text()
    assert label.startswith("批注 · ") and "晚一些" in label and "“" in label
    assert panel.list.item(0).text().startswith("高亮")
    assert panel.export_md.isEnabled() and not panel.list.isHidden()


@pytest.mark.parametrize(("typed", "expected"), [("晚一", [1]), ("没有的", [])])
def test_the_filter_finds_words_in_notes(panel: NotesPanel, typed: str, expected: list) -> None:
    notes = [_add(panel, 5, 15), _add(panel, 400, 420, "晚一些")]
    ime_type(panel.filter, typed)
    assert panel.shown() == [notes[i] for i in expected]
    if not expected:
        assert f"没有批注含有“{typed}”" in panel.empty.text()


def test_delete_then_undo(qtbot, panel: NotesPanel) -> None:
    note = _add(panel, 5, 15, "删掉")
    panel.list.setFocus()
    with qtbot.waitSignal(panel.model.notesChanged):
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.shown() == [] and not panel.undo_bar.isHidden()
    with qtbot.waitSignal(panel.model.notesChanged):
        qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.shown() == [note] and panel.undo_bar.isHidden()


@pytest.mark.parametrize(("key", "signal"), [(Qt.Key.Key_F2, "editRequested"),
                                             (Qt.Key.Key_Return, "activated")])
def test_keys_edit_and_go_to(qtbot, panel: NotesPanel, key, signal: str) -> None:
    note = _add(panel, 5, 15, "看这里")
    panel.list.setFocus()
    with qtbot.waitSignal(getattr(panel, signal)) as blocker:
        qtbot.keyClick(panel.list, key)
    assert blocker.args == [note]


@pytest.mark.parametrize("fmt", list(NotesFormat))
def test_export(panel: NotesPanel, tmp_path: Path, fmt: NotesFormat) -> None:
    notes = [_add(panel, 5, 15), _add(panel, 400, 420, "晚一些")]
    ime_type(panel.filter, "晚一")  # the filter narrows the list, not the export
    target = tmp_path / "out"
    panel.ask_save_path = lambda *args: str(target)
    assert panel.export(fmt) == str(target) + fmt.value
    written = Path(str(target) + fmt.value)
    report = panel.state.report
    if fmt is NotesFormat.JSON:
        assert load(written) == notes
    else:
        expected = to_markdown(notes, report.meta.title, report.sections)
        assert written.read_text(encoding="utf-8") == expected


def test_a_cancelled_export_writes_nothing(panel: NotesPanel) -> None:
    _add(panel, 5, 15)
    panel.ask_save_path = lambda *args: ""
    assert panel.export(NotesFormat.MARKDOWN) is None


def test_the_colour_squares_grow_with_the_interface_size(qtbot, panel: NotesPanel) -> None:
    _add(panel, 5, 15)
    before = panel.list.iconSize().height()
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # as 界面字号 200 % gives every widget
    panel.setFont(font)
    qtbot.waitUntil(lambda: panel.list.iconSize().height() >= 2 * before - 2)
    icon = panel.list.item(0).icon()
    assert icon.availableSizes()[0] == panel.list.iconSize()
