"""The reader's notes in the window: 高亮 and 添加批注… on a selection, the marks in the text,
the 批注 panel, and the notes printed into the summary.

Notes are kept in the library (the window's LibraryModel) under the open report's sha256, so
they come back with the report whether or not it was ever imported. Offsets are the report's:
the reading document puts report offset 0 at `text.base`, after the header; a selection in the
header alone marks nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ...core import Report
from ...core.library import LibraryError, Note
from ...core.library.notes import kind_for
from ...core.library.notes_text import printed
from ...core.summary import NoteLine
from ..common.dock_title import DockTitle
from ..common.library_model import LibraryModel
from ..common.theme import NOTE_COLORS
from ..panels.notes_panel import NotesPanel
from ..reader.note_dialog import NoteDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("NoteCommands", text)


class NoteCommands(QObject):
    """Highlights and notes for a main window: its actions, marks, panel and printed 批注.

    Args:
        window: the main window (its state, text view, settings, summary and navigator).
        model: the window's library model, where the notes are kept.
    """

    def __init__(self, window: QMainWindow, model: LibraryModel) -> None:
        super().__init__(window)
        self.window, self.state, self.text = window, window.state, window.text
        self.model = model
        self.panel = NotesPanel(self.state, self.model, window.settings)
        self.dock = QDockWidget(tr("批注"), window)
        self.dock.setObjectName("notesPanel")
        DockTitle(self.dock)
        self.dock.setWidget(self.panel)
        self.dialog: NoteDialog | None = None
        self.notes: list[Note] = []
        self.state.reportChanged.connect(lambda _r: self.reload())
        self.state.darkChanged.connect(lambda _d: self._mark())
        self.model.notesChanged.connect(self._notes_changed)
        self.panel.activated.connect(self.go_to)
        self.panel.editRequested.connect(self.edit)
        window.summary.notes_for = self.printed

    def place_dock(self, beside: QDockWidget) -> None:
        """Put the 批注 dock in a tab beside `beside` (the indicator panels), hidden until 视图 →
        批注 shows it (on top); a damaged library is then said in the status bar."""
        self.model.damaged.connect(self._say)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.window.tabifyDockWidget(beside, self.dock)
        self.dock.hide()
        self.dock.toggleViewAction().triggered.connect(
            lambda shown: self.dock.raise_() if shown else None)

    def context_actions(self, highlight: QAction, note: QAction) -> None:
        """Offer the 编辑 menu's `highlight` and `note` in the text's context menu too."""
        self.text.note_actions = [highlight, note]

    # ----- reading
    @property
    def report(self) -> Report | None:
        return self.state.report

    def _notes_changed(self, sha256: str) -> None:
        if self.report is not None and sha256 == self.report.source.sha256:
            self.reload()

    def reload(self) -> None:
        """Read the open report's notes and mark them in the text."""
        try:
            self.notes = self.model.notes(self.report.source.sha256) if self.report else []
        except LibraryError:
            self.notes = []  # `damaged` has said why
        self._mark()

    def _mark(self) -> None:
        self.text.marks.set_notes(self.notes, NOTE_COLORS[self.state.dark])

    def printed(self, report: Report) -> list[NoteLine]:
        """The 批注 of the summary of `report` (the open one): its notes, in text order."""
        if report is not self.report:
            return []
        return printed(self.notes, report.sections)

    # ----- commands
    def selection(self) -> tuple[int, int] | None:
        """The selected span of the report's text (report offsets), or None."""
        cursor, report = self.text.textCursor(), self.report
        if report is None or not cursor.hasSelection():
            return None
        base = self.text.base
        start = max(0, cursor.selectionStart() - base)
        end = min(len(report.text), cursor.selectionEnd() - base)
        while end > start and report.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def highlight(self) -> Note | None:
        """高亮 the selection; the note stored, or None (nothing selected)."""
        span, report = self.selection(), self.report
        if span is None or report is None:
            self._say(tr("请先在正文中选中要高亮的文字。"))
            return None
        return self._store(report, span, "")

    def add_note(self) -> None:
        """添加批注…: write a note on the selection, in a dialog that does not block."""
        span, report = self.selection(), self.report
        if span is None or report is None:
            self._say(tr("请先在正文中选中要批注的文字。"))
            return
        quote = report.text[span[0]:span[1]]  # the report the dialog was opened on, kept
        self._open_dialog(NoteDialog(quote, "", self.window),
                          lambda text: self._store(report, span, text))

    def edit(self, note: Note) -> None:
        """Edit the words of `note` (from the panel: F2)."""
        self._open_dialog(NoteDialog(note.quote, note.text, self.window),
                          lambda text: self._guard(
                              lambda: self.model.update_note(note.id, note.sha256, text)))

    def go_to(self, note: Note) -> None:
        """Go to `note`'s place in the text, and flash it."""
        self.window.navigator.visit(self.text.top_offset())  # back (Alt+Left) returns here
        self.text.reveal(note.start)
        self.text.marks.flash(note.start, note.end, NOTE_COLORS[self.state.dark].marker)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_dialog(self, dialog: NoteDialog, save) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: save(dialog.text()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _store(self, report: Report, span: tuple[int, int], text: str) -> Note | None:
        """Store a note of `text` (a highlight for none) on `span` of `report`."""
        start, end = span
        note = Note(report.source.sha256, kind_for(text), start, end, report.text[start:end],
                    text)
        stored = self._guard(lambda: self.model.add_note(note))
        if stored is not None:
            cursor = self.text.textCursor()
            cursor.clearSelection()  # the mark shows at once, not under the selection
            self.text.setTextCursor(cursor)
            self._say(tr("已添加批注。") if text else tr("已高亮。"))
        return stored

    def _guard(self, work):
        """`work()`, or None when the library is damaged (the model's `damaged` says so)."""
        try:
            return work()
        except LibraryError:
            return None  # `damaged` has said why

    def _say(self, message: str) -> None:
        self.window.status_label.setText(message)
