"""The dialog where a note is written or edited: the marked text above, the words below.

Ctrl+Enter saves and Esc cancels, as in a chat box; Enter starts a new line, since a note may
run to several. The dialog opens without blocking (`open`): the window keeps painting while the
reader writes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

QUOTE_CHARS = 200  # of the marked text shown above the note


def tr(text: str) -> str:
    return QCoreApplication.translate("NoteDialog", text)


class NoteDialog(QDialog):
    """Write the words of a note on `quote`.

    Args:
        quote: the marked text.
        text: the note's words so far ("" for a new note).
        parent: the window.
    """

    def __init__(self, quote: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(tr("编辑批注") if text else tr("添加批注"))
        shown = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
        self.quote = QLabel(f"“{shown}”", self)
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QPlainTextEdit(text, self)
        self.edit.setObjectName("noteText")
        self.edit.setAccessibleName(tr("批注内容"))
        self.edit.setPlaceholderText(tr("写下批注（Ctrl+Enter 保存，Esc 取消）"))
        self.edit.setTabChangesFocus(True)
        self._build()
        self.resize(460, 260)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(self.quote)
        box.addWidget(self.edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.edit.installEventFilter(self)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.edit.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter (either Enter key) in the text saves."""
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        """The words as written, without spaces around them."""
        return self.edit.toPlainText().strip()
