"""The 批注 panel: the open report's highlights and notes in text order, found by a word.

Enter (or a double click) goes to the note's place in the text, F2 edits it, Delete removes it
(Ctrl+Z, or 撤销 in the bar that says so, puts it back). The buttons save the notes as Markdown
or JSON. Notes are read through the window's LibraryModel and follow its `notesChanged`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import Report
from ...core.library import LibraryError, Note, NoteKind
from ...core.library.notes_text import day, matching, section_heading
from ...core.section_index import SectionIndex
from ..common.library_model import LibraryModel
from ..common.save_dialog import ExportFolder
from ..common.save_dialog import ask_save_path as save_dialog
from ..common.state import AppState
from ..common.theme import NOTE_COLORS
from .notes_export import NotesFormat, export_notes

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_CHARS = 40
SWATCH_MIN_PX = 10  # the side of a note's colour square, at least


def tr(text: str) -> str:
    return QCoreApplication.translate("NotesPanel", text)


class NotesPanel(QWidget):
    """The notes of the report in `state`, from `model`.

    Args:
        state: the window's state (the open report, the theme).
        model: the window's library model.
        exports: where export dialogs start (the window's Settings).
        parent: the dock.

    Signals:
        activated(object): the reader chose this Note (go to its place).
        editRequested(object): the reader asked to edit this Note.
    """

    activated = Signal(object)
    editRequested = Signal(object)

    def __init__(self, state: AppState, model: LibraryModel, exports: ExportFolder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.model, self.exports = state, model, exports
        self.notes: list[Note] = []
        self.removed: Note | None = None  # the last note removed, until undone or replaced
        self.error_box = None
        self.filter = QLineEdit(self)
        self.list = QListWidget(self)
        self.empty = QLabel(self)
        self.undo_bar = QWidget(self)
        self.undo_label = QLabel(tr("已删除一条批注。"), self.undo_bar)
        self.undo_button = QPushButton(tr("撤销"), self.undo_bar)
        self.export_md = QPushButton(tr("导出 Markdown…"), self)
        self.export_json = QPushButton(tr("导出 JSON…"), self)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.filter.setPlaceholderText(tr("筛选批注（原文或批注内容）"))
        self.filter.setAccessibleName(tr("筛选批注"))
        self.filter.setClearButtonEnabled(True)
        self.list.setObjectName("notesList")
        self.list.setAccessibleName(tr("批注列表"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_md)
        buttons.addWidget(self.export_json)
        box = QVBoxLayout(self)
        for widget in (self.filter, self.list, self.empty, self.undo_bar):
            box.addWidget(widget, 1 if widget in (self.list, self.empty) else 0)
        box.addLayout(buttons)

    def _connect(self) -> None:
        self.filter.textChanged.connect(lambda _t: self._fill())
        self.filter.returnPressed.connect(self.list.setFocus)
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(NOTE_ROLE)))
        for keys, slot in (("F2", self.edit_current), (QKeySequence.StandardKey.Delete,
                                                       self.remove_current)):
            QShortcut(QKeySequence(keys), self.list, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_button.clicked.connect(self.undo)
        self.export_md.clicked.connect(lambda: self.export(NotesFormat.MARKDOWN))
        self.export_json.clicked.connect(lambda: self.export(NotesFormat.JSON))
        self.state.reportChanged.connect(lambda _r: self.reload())
        self.state.darkChanged.connect(lambda _d: self._fill())
        self.model.notesChanged.connect(self._notes_changed)

    # ----- contents
    @property
    def sha256(self) -> str | None:
        report = self.state.report
        return report.source.sha256 if report is not None else None

    def _notes_changed(self, sha256: str) -> None:
        if sha256 == self.sha256:
            self.reload()

    def reload(self) -> None:
        """Read the open report's notes again and show them."""
        try:
            self.notes = self.model.notes(self.sha256) if self.sha256 else []
        except LibraryError:
            self.notes = []  # the model has said why (damaged)
        self._fill()

    def shown(self) -> list[Note]:
        """The notes listed, in text order, after the filter."""
        return [self.list.item(i).data(NOTE_ROLE) for i in range(self.list.count())]

    def _fill(self) -> None:
        report = self.state.report
        index = SectionIndex(report.sections if report is not None else [])
        self.list.clear()
        for note in matching(self.notes, self.filter.text()):
            item = QListWidgetItem(self._icon(note.kind), _label(note, index))
            item.setData(NOTE_ROLE, note)
            item.setToolTip(note.text or note.quote)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_empty(report)

    def _show_empty(self, report: Report | None) -> None:
        """The list, or the words that say why it is empty and how to add a note."""
        if self.notes and not self.list.count():
            self.empty.setText(tr("没有批注含有“{0}”。").format(self.filter.text().strip()))
        elif report is None:
            self.empty.setText(tr("打开报告后，可在这里查看批注。"))
        else:
            self.empty.setText(tr("这份报告还没有批注。\n\n在正文中选中文字，按 Ctrl+H 高亮，"
                                  "或按 Ctrl+M 添加批注；也可在右键菜单中选择。"))
        listed = bool(self.list.count())
        self.list.setVisible(listed)
        self.empty.setVisible(not listed)
        for button in (self.export_md, self.export_json):
            button.setEnabled(bool(self.notes))

    def _icon(self, kind: NoteKind) -> QIcon:
        """The kind's colour as a square as tall as a capital letter of the list's font (it grows
        with the interface size)."""
        palette = NOTE_COLORS[self.state.dark]
        side = max(SWATCH_MIN_PX, self.list.fontMetrics().capHeight())
        self.list.setIconSize(QSize(side, side))
        pixmap = QPixmap(side, side)
        pixmap.fill(QColor(palette.marker if kind is NoteKind.NOTE else palette.highlight))
        return QIcon(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # 界面字号 changed: the swatches follow
            self._fill()

    # ----- commands
    def current(self) -> Note | None:
        item = self.list.currentItem()
        return item.data(NOTE_ROLE) if item is not None else None

    def edit_current(self) -> None:
        note = self.current()
        if note is not None:
            self.editRequested.emit(note)

    def remove_current(self) -> None:
        """Remove the chosen note; the bar below offers to undo it."""
        note, row = self.current(), self.list.currentRow()
        if note is None:
            return
        try:
            self.removed = self.model.remove_note(note)
        except LibraryError:
            return
        self.undo_bar.setVisible(self.removed is not None)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus()

    def undo(self) -> None:
        """Put the note last removed back."""
        note, self.removed = self.removed, None
        self.undo_bar.hide()
        if note is not None:
            try:
                self.model.restore_note(note)
            except LibraryError:
                return

    def export(self, fmt: NotesFormat) -> str | None:
        """Save the open report's notes (all of them, not only those the filter shows)."""
        report = self.state.report
        if report is None or not self.notes:
            return None
        return export_notes(self, report, self.notes, fmt, self.exports, self.ask_save_path)

    def ask_save_path(self, parent: QWidget, caption: str, name: str, name_filter: str,
                      folder: ExportFolder) -> str:
        """The save dialog (common/save_dialog.py); tests replace it."""
        return save_dialog(parent, caption, name, name_filter, folder)


def _label(note: Note, index: SectionIndex) -> str:
    """A list row: kind, section and date; the marked text, elided; the words."""
    kind = tr("批注") if note.kind is NoteKind.NOTE else tr("高亮")
    head = " · ".join(w for w in (kind, section_heading(index, note.start), day(note)) if w)
    quote = note.quote.replace("\n", " ")
    quote = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
    lines = [head, f"“{quote}”"] + ([note.text.strip()] if note.text.strip() else [])
    return "\n".join(lines)
