"""The reader's notes beside the text: a mark in the left margin of the lines a note covers,
and the tooltip that shows the note.

The reading document has a margin of 24 pixels (document.py); the mark is a thin bar in it with
a dot at the note's first line, in the note colour of the theme, so the reader sees where a
note is without reading every line.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextCursor

from ...core.library import Note, NoteKind
from ...core.library.notes_text import day

BAR_X = 9  # pixels from the viewport's left edge
BAR_WIDTH = 4
QUOTE_CHARS = 60  # of the marked text, in a tooltip


def tr(text: str) -> str:
    return QCoreApplication.translate("NoteMargin", text)


def note_rect(view, note: Note) -> QRectF:
    """Where the lines of `note` are, in viewport pixels: a bar in the margin beside them."""
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(view.base + note.start)
    last.setPosition(view.base + max(note.start, note.end - 1))
    top, bottom = view.cursorRect(first).top(), view.cursorRect(last).bottom()
    return QRectF(BAR_X, top, BAR_WIDTH, max(bottom - top, BAR_WIDTH))


def paint_markers(view, notes: list[Note], color: str) -> None:
    """Paint a margin mark beside each note (not a highlight) of `notes` in view."""
    marked = [n for n in notes if n.kind is NoteKind.NOTE]
    if not marked:
        return
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    height = view.viewport().height()
    for note in marked:
        rect = note_rect(view, note)
        if rect.bottom() >= 0 and rect.top() <= height:
            painter.drawRoundedRect(rect, BAR_WIDTH / 2, BAR_WIDTH / 2)
            painter.drawEllipse(rect.center().x() - 4, rect.top(), 8, 8)
    painter.end()


def note_tooltip(note: Note) -> str:
    """The tooltip of a note or highlight: its words, the text it marks, its date."""
    quote = note.quote if len(note.quote) <= QUOTE_CHARS else note.quote[:QUOTE_CHARS] + "…"
    kind = tr("批注") if note.kind is NoteKind.NOTE else tr("高亮")
    parts = [f"<b>{kind}</b>"]
    if note.text.strip():
        parts.append(escape(note.text.strip()).replace("\n", "<br>"))
    parts.append(f"<span style='color:gray'>“{escape(quote)}”　{day(note)}</span>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"
