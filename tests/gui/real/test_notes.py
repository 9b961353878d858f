"""Notes as a reader makes them: select with Shift+arrows, Ctrl+H, Ctrl+M, type the note in
Chinese, Ctrl+Enter; the 批注 panel lists them; the printed summary (print to PDF from the
preview) ends with them."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lawgov_gui.core.library import NoteKind
from lawgov_gui.gui.printing.actions import OptionsDialog
from tests.gui.conftest import ime_type

from .person import WAIT_MS, Person
from .test_print_preview import choose, leave

WORDS = "开会时提这一条，要问数据来源"


def select_by_keys(person: Person, down: int, chars: int) -> None:
    """In the text: to the start, `down` lines down, then Shift+Right `chars` times."""
    text = person.window.text
    person.shortcut("focus_text")
    person.qtbot.waitUntil(text.hasFocus, timeout=WAIT_MS)
    QTest.keyClick(text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(down):
        QTest.keyClick(text, Qt.Key.Key_Down)
    for _ in range(chars):
        QTest.keyClick(text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert len(text.textCursor().selectedText()) == chars


def test_highlight_note_panel_and_print(person: Person, tmp_path: Path, shoot) -> None:
    window, qtbot = person.window, person.qtbot
    select_by_keys(person, 4, 12)
    person.shortcut("highlight")
    qtbot.waitUntil(lambda: len(window.notes.notes) == 1, timeout=WAIT_MS)
    select_by_keys(person, 10, 26)
    person.shortcut("add_note")
    qtbot.waitUntil(lambda: window.notes.dialog is not None, timeout=WAIT_MS)
    dialog = window.notes.dialog
    qtbot.waitExposed(dialog, timeout=WAIT_MS)
    ime_type(dialog.edit, WORDS)
    with qtbot.waitSignal(window.notes.model.notesChanged, timeout=WAIT_MS):
        QTest.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    highlight, note = window.notes.notes
    assert (highlight.kind, note.kind, note.text) == (NoteKind.HIGHLIGHT, NoteKind.NOTE, WORDS)
    person.shortcut("show_notes")
    qtbot.waitUntil(lambda: window.notes.panel.isVisible(), timeout=WAIT_MS)
    assert window.notes.panel.shown() == [highlight, note]
    window.text.scroll_to_offset(0)
    shoot(window, "notes.png")

    person.through(lambda: person.shortcut("print"),
                   [(OptionsDialog, choose(person, "gbt", False))])
    qtbot.waitUntil(lambda: window.summary.preview is not None, timeout=WAIT_MS)
    preview = window.summary.preview
    qtbot.waitExposed(preview, timeout=WAIT_MS)
    preview.resize(1100, 800)  # room for the whole tool bar
    qtbot.waitUntil(lambda: preview.width() >= 1100, timeout=WAIT_MS)
    pdf = tmp_path / "summary.pdf"
    leave(person, preview, "print", pdf)
    doc = pdfium.PdfDocument(str(pdf))
    last = doc[len(doc) - 1].get_textpage().get_text_range().replace("\r\n", "")
    assert "批注" in last and WORDS in last.replace(" ", "")
