"""Notes in the window: 高亮 and 添加批注… on a selection, shown in the text and the 批注 panel,
edited from the panel, gone to, kept across a restart, and handed to the printed summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from lawgov_gui.core.library import NoteKind
from lawgov_gui.core.summary import NoteLine
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.gui.conftest import ime_type


def select(window: MainWindow, start: int, end: int) -> None:
    """Select report offsets [start, end) in the text."""
    cursor = window.text.textCursor()
    cursor.setPosition(window.text.base + start)
    cursor.setPosition(window.text.base + end, QTextCursor.MoveMode.KeepAnchor)
    window.text.setTextCursor(cursor)


def write_note(qtbot, window: MainWindow, words: str) -> None:
    """添加批注… on the selection, type `words`, Ctrl+Enter."""
    window.actions["add_note"].trigger()
    dialog = window.notes.dialog
    assert dialog is not None and dialog.isVisible()
    ime_type(dialog.edit, words)
    with qtbot.waitSignal(window.notes.model.notesChanged):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_highlight_marks_the_selection(window: MainWindow) -> None:
    text = window.state.report.text
    select(window, 20, 30)
    window.actions["highlight"].trigger()
    [note] = window.notes.notes
    assert (note.kind, note.start, note.end, note.quote) == (NoteKind.HIGHLIGHT, 20, 30,
                                                              text[20:30])
    assert window.text.marks.near_notes() == [note]
    assert not window.text.textCursor().hasSelection()  # the mark shows, not the selection
    assert window.status_label.text() == "已高亮。"


def test_nothing_selected_or_only_the_header_says_so(window: MainWindow) -> None:
    for start, end in ((5, 5), (-window.text.base, -1)):
        select(window, start, end)
        window.actions["highlight"].trigger()
        assert window.notes.notes == [] and "请先在正文中选中" in window.status_label.text()


def test_a_note_is_written_listed_and_edited(qtbot, window: MainWindow) -> None:
    select(window, 100, 131)
    write_note(qtbot, window, "开会时提")
    [note] = window.notes.notes
    assert (note.kind, note.text) == (NoteKind.NOTE, "开会时提")
    assert window.notes.panel.shown() == [note]
    window.notes.panel.editRequested.emit(note)
    dialog = window.notes.dialog
    assert dialog.edit.toPlainText() == "开会时提"
    ime_type(dialog.edit, "，要问来源")
    with qtbot.waitSignal(window.notes.model.notesChanged):
        dialog.accept()
    assert [n.text for n in window.notes.panel.shown()] == ["开会时提，要问来源"]


def test_going_to_a_note_reveals_and_flashes_it(qtbot, window: MainWindow) -> None:
    end = len(window.state.report.text)
    select(window, end - 40, end - 30)
    window.actions["highlight"].trigger()
    window.text.scroll_to_offset(0)
    window.notes.panel.activated.emit(window.notes.notes[0])
    qtbot.waitUntil(lambda: window.text.top_offset() > end - 3000)
    assert window.text.marks.flashing()
    window.actions["back"].trigger()  # Alt+Left: back to where the reader was
    assert window.text.top_offset() < 100


def test_notes_come_back_after_a_restart(qtbot, window: MainWindow, open_window, settings,
                                        seed_path) -> None:
    select(window, 100, 131)
    write_note(qtbot, window, "重开后还在")
    window.close()
    again = open_window(seed_path, settings)
    assert [n.text for n in again.notes.notes] == ["重开后还在"]
    assert [n.text for n in again.notes.panel.shown()] == ["重开后还在"]


def test_the_summary_gets_the_notes_of_the_open_report(qtbot, window: MainWindow,
                                                       seed_report) -> None:
    select(window, 400, 420)
    write_note(qtbot, window, "印出来")
    report = window.state.report
    [line] = window.summary.notes_for(report)
    assert line == NoteLine("（一）学思想、落责任，党的领导全面加强", report.text[400:420], "印出来")
    assert window.summary.notes_for(seed_report) == []  # another report object: not this one's
