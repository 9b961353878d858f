"""Marks in the reading view: the find matches (the current one stronger) and the flash of a jump.

A search in a big report can match thousands of times. Qt measures every extra
selection it is given, which for a match far down a lazily laid out document means
laying out everything before it, so only the matches near the part in view are
handed to Qt; the set is renewed as the view scrolls (`refresh`).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

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
        self._blinks = 0
        self._blink = QTimer(self)
        self._blink.setInterval(220)
        self._blink.timeout.connect(self._blink_step)

    def clear(self) -> None:
        """Drop every mark (a new document is shown)."""
        self.spans, self.current, self._shown = [], -1, None
        self._blink.stop()
        self._found, self._flash = [], []
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

    def refresh(self) -> None:
        """Hand Qt the matches near the part of the text in view."""
        if not self.spans:
            if self._found:
                self._found = []
                self._apply()
            return
        lo, hi = self.view.visible_span()
        first = bisect.bisect_right(self.spans, lo, key=lambda s: s[1])
        last = bisect.bisect_left(self.spans, hi, key=lambda s: s[0])
        if self._shown == (first, last, self.current):
            return
        self._shown = (first, last, self.current)
        normal, strong = self._colors
        self._found = [self._selection(s, e, strong if n == self.current else normal)
                       for n, (s, e) in enumerate(self.spans[first:last], first)]
        self._apply()

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
        self.view.setExtraSelections(self._found + self._flash)
