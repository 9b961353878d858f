"""The reader's notes in the reading view: marked near the part in view only, a note over a
highlight, a bar in the margin, the note in the tooltip, the note actions in the context menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QColor, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from lawgov_gui.core.library import Note, NoteKind
from lawgov_gui.gui.common.theme import NOTE_COLORS
from lawgov_gui.gui.reader.note_margin import BAR_WIDTH, BAR_X, note_rect, note_tooltip
from lawgov_gui.gui.shell.main_window import MainWindow

SHA = "c" * 64
PALETTE = NOTE_COLORS[False]


def _note(start: int, end: int, text: str = "", note_id: int = 1) -> Note:
    kind = NoteKind.NOTE if text else NoteKind.HIGHLIGHT
    return Note(SHA, kind, start, end, "原文", text, "2024-03-15T08:00:00+00:00", note_id)


def _marked(window: MainWindow) -> dict[tuple[int, int], str]:
    base = window.text.base
    return {(s.cursor.selectionStart() - base, s.cursor.selectionEnd() - base):
            s.format.background().color().name() for s in window.text.extraSelections()}


def test_only_the_notes_near_the_view_are_given_to_qt(qtbot, window: MainWindow) -> None:
    end = len(window.state.report.text)
    near, far = _note(10, 20, "近处"), _note(end - 30, end - 20, note_id=2)
    window.text.scroll_to_offset(0)
    window.text.marks.set_notes([far, near], PALETTE)
    assert window.text.marks.near_notes() == [near]
    assert _marked(window) == {(10, 20): PALETTE.note}
    window.text.scroll_to_offset(end - 40)
    qtbot.waitUntil(lambda: far in window.text.marks.near_notes())
    assert _marked(window)[(end - 30, end - 20)] == PALETTE.highlight


def test_find_marks_are_painted_over_notes(window: MainWindow) -> None:
    window.text.marks.set_notes([_note(10, 20, "词")], PALETTE)
    window.text.marks.highlight([(12, 14)], 0, ("#c9e3ff", "#ff9d3b"))
    colors = [s.format.background().color().name() for s in window.text.extraSelections()]
    assert colors == [PALETTE.note, "#ff9d3b"]


def test_a_note_is_found_before_a_highlight_around_it(window: MainWindow) -> None:
    wide, inner = _note(10, 40, note_id=1), _note(20, 25, "里面", note_id=2)
    window.text.marks.set_notes([wide, inner], PALETTE)
    marks = window.text.marks
    assert (marks.note_at(22), marks.note_at(12), marks.note_at(40)) == (inner, wide, None)


def test_a_note_has_a_bar_in_the_margin(qtbot, window: MainWindow) -> None:
    note = _note(60, 140, "要核对")
    window.text.scroll_to_offset(0)
    window.text.marks.set_notes([note], PALETTE)
    rect = note_rect(window.text, note)
    image = window.text.viewport().grab().toImage()
    x, y = int(BAR_X + BAR_WIDTH / 2), int(rect.center().y())
    assert rect.height() > rect.width()  # beside the note's lines, which are more than one
    assert QColor(image.pixel(x, y)).name() == PALETTE.marker
    assert QColor(image.pixel(x, int(rect.bottom()) + 40)).name() != PALETTE.marker


def test_the_tooltip_shows_the_words_escaped_and_the_date() -> None:
    tip = note_tooltip(_note(0, 5, "<b>不是标签</b>\n第二行"))
    assert "&lt;b&gt;不是标签&lt;/b&gt;<br>第二行" in tip and "2024-03-15" in tip
    assert "批注" in tip and "高亮" in note_tooltip(_note(0, 5))


def test_hovering_a_note_shows_it(qtbot, window: MainWindow) -> None:
    window.text.scroll_to_offset(0)
    window.text.marks.set_notes([_note(60, 140, "悬停可见")], PALETTE)
    cursor = QTextCursor(window.text.document())
    cursor.setPosition(window.text.base + 70)
    point = window.text.cursorRect(cursor).center()
    viewport = window.text.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                 viewport.mapToGlobal(point)))
    qtbot.waitUntil(lambda: "悬停可见" in QToolTip.text())


def test_the_context_menu_offers_the_note_actions(window: MainWindow) -> None:
    menu = window.text.context_menu()
    names = {a.objectName() for a in menu.actions() if isinstance(a, QAction)}
    assert {"action_highlight", "action_add_note"} <= names
