"""Marks in the reading view: the reader's highlights and notes, the find matches (the current
one stronger) and the flash of a jump, in that order (a later mark is painted over an earlier).

A search in a big report can match thousands of times. Qt measures every extra
selection it is given, which for a match far down a lazily laid out document means
laying out everything before it, so only the matches and notes near the part in view
are handed to Qt; the set is renewed as the view scrolls (`refresh`).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ...core.library import Note, NoteKind
from ..common.theme import NOTE_COLORS, NotePalette

Span = tuple[int, int]


class TextMarks(QObject):
    """The extra selections of one reading view.

    Args:
        view: the ReportTextView; it must offer `base`, `visible_span()` and
            `setExtraSelections()`.
    """

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.spans: list[Span] = []
        self.current = -1
        self._colors = ("#000000", "#000000")
        self._shown: tuple[int, int, int] | None = None  # (first, last, current) given to Qt
        self._found: list[QTextEdit.ExtraSelection] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._flash_span: tuple[int, int, str] | None = None
        self.notes: list[Note] = []
        self.palette: NotePalette = NOTE_COLORS[False]
        self._near: list[Note] = []  # the notes given to Qt
        self._notes_shown: tuple | None = None
        self._noted: list[QTextEdit.ExtraSelection] = []
        self._blinks = 0
        self._blink = QTimer(self)
        self._blink.setInterval(220)
        self._blink.timeout.connect(self._blink_step)

    def clear(self) -> None:
        """Drop every mark (a new document is shown)."""
        self.spans, self.current, self._shown = [], -1, None
        self._blink.stop()
        self._found, self._flash = [], []
        self.notes, self._near, self._notes_shown, self._noted = [], [], None, []
        self.view.setExtraSelections([])

    def _selection(self, start: int, end: int, color: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.base + start)
        cursor.setPosition(self.view.base + end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        sel.format = fmt
        return sel

    def highlight(self, spans: list[Span], current: int, colors: tuple[str, str]) -> None:
        """Mark every span (sorted, report offsets), the one numbered `current` more strongly."""
        self.spans, self.current, self._colors, self._shown = spans, current, colors, None
        self.refresh()

    def set_notes(self, notes: list[Note], palette: NotePalette) -> None:
        """Mark the reader's highlights and notes (report offsets) in `palette`'s colours."""
        self.notes, self.palette = sorted(notes, key=lambda n: (n.start, n.end)), palette
        self._notes_shown = None
        self.refresh()

    def refresh(self) -> None:
        """Hand Qt the matches and notes near the part of the text in view."""
        lo, hi = self.view.visible_span() if self.spans or self.notes else (0, 0)
        found, noted = self._refresh_found(lo, hi), self._refresh_notes(lo, hi)
        if found or noted:
            self._apply()

    def _refresh_found(self, lo: int, hi: int) -> bool:
        """Renew the find marks for the span [lo, hi) in view; whether they changed."""
        if not self.spans:
            had, self._found = bool(self._found), []
            return had
        first = bisect.bisect_right(self.spans, lo, key=lambda s: s[1])
        last = bisect.bisect_left(self.spans, hi, key=lambda s: s[0])
        if self._shown == (first, last, self.current):
            return False
        self._shown = (first, last, self.current)
        normal, strong = self._colors
        self._found = [self._selection(s, e, strong if n == self.current else normal)
                       for n, (s, e) in enumerate(self.spans[first:last], first)]
        return True

    def _refresh_notes(self, lo: int, hi: int) -> bool:
        """Renew the marks of the notes near [lo, hi) (a report has tens of notes: a scan
        is cheap); whether they changed."""
        near = [n for n in self.notes if n.end > lo and n.start < hi]
        key = (tuple(near), self.palette)
        if key == self._notes_shown:
            return False
        self._notes_shown, self._near = key, near
        p = self.palette
        self._noted = [self._selection(n.start, n.end, p.note if n.kind is NoteKind.NOTE
                                       else p.highlight) for n in near]
        return True

    def near_notes(self) -> list[Note]:
        """The notes marked near the part in view, in text order."""
        return list(self._near)

    def note_at(self, offset: int) -> Note | None:
        """The note (before a highlight) whose text holds report offset `offset`, if any."""
        holding = [n for n in self._near if n.start <= offset < n.end]
        return min(holding, key=lambda n: (n.kind is not NoteKind.NOTE, n.end - n.start),
                   default=None)

    def marked(self) -> list[Span]:
        """The match spans given to Qt just now (report offsets)."""
        base = self.view.base
        return [(s.cursor.selectionStart() - base, s.cursor.selectionEnd() - base)
                for s in self._found]

    def flash(self, start: int, end: int, color: str) -> None:
        """Blink report span [start, end) a few times to show where a jump landed."""
        self._flash_span = (start, end, color)
        self._blinks = 6
        self._blink_step()
        self._blink.start()

    def flashing(self) -> bool:
        return bool(self._flash)

    def _blink_step(self) -> None:
        self._blinks -= 1
        on = self._blinks > 0 and self._blinks % 2 == 1
        if self._flash_span is not None:
            start, end, color = self._flash_span
            self._flash = [self._selection(start, end, color)] if on else []
        self._apply()
        if self._blinks <= 0:
            self._blink.stop()

    def _apply(self) -> None:
        self.view.setExtraSelections(self._noted + self._found + self._flash)
