"""What lies at a position of the reading document: an indicator (by id) or a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from .document import INDICATOR_PROPERTY


def format_at(document: QTextDocument, position: int) -> QTextCharFormat:
    """The format of the character at document `position`."""
    cursor = QTextCursor(document)
    cursor.setPosition(min(position + 1, document.characterCount() - 1))
    return cursor.charFormat()


def indicator_at(document: QTextDocument, position: int) -> str | None:
    """The id of the indicator at `position`, or None."""
    iid = format_at(document, position).property(INDICATOR_PROPERTY)
    return iid if isinstance(iid, str) else None


def tooltip_at(document: QTextDocument, position: int,
               describe: Callable[[str], str] | None) -> str:
    """An indicator's details (from `describe`), or the note a piece of text carries
    (e.g. an inferred title); "" for plain text."""
    fmt = format_at(document, position)
    iid = fmt.property(INDICATOR_PROPERTY)
    if isinstance(iid, str) and describe is not None:
        return describe(iid)
    return fmt.toolTip()
