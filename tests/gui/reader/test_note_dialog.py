"""The note dialog: the marked text above, Chinese typed below, Ctrl+Enter saves, Esc cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lawgov_gui.gui.reader.note_dialog import QUOTE_CHARS, NoteDialog
from tests.gui.conftest import ime_type


@pytest.mark.parametrize(("key", "modifier", "result"), [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, QDialog.DialogCode.Accepted),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
     QDialog.DialogCode.Accepted),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, QDialog.DialogCode.Rejected),
])
def test_keys(qtbot, key, modifier, result) -> None:
    dialog = NoteDialog("依法行政")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    ime_type(dialog.edit, "开会时提")
    with qtbot.waitSignal(dialog.finished) as blocker:
        qtbot.keyClick(dialog.edit, key, modifier)
    assert blocker.args == [result.value] and dialog.text() == "开会时提"


def test_enter_alone_starts_a_new_line(qtbot) -> None:
    dialog = NoteDialog("依法行政", "第一行")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    ime_type(dialog.edit, "第二行")
    assert dialog.isVisible() and dialog.text() == "第一行\n第二行"
    assert dialog.windowTitle() == "编辑批注"


def test_a_long_quote_is_cut() -> None:
    dialog = NoteDialog("长" * (QUOTE_CHARS + 10))
    assert dialog.quote.text() == "“" + "长" * QUOTE_CHARS + "…”"
