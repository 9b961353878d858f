"""Back and forward through the places a reader jumped from and to.

Pure Python, so the window's history logic is tested without Qt. A place is
whatever the window needs to return to: a reading position (an offset into the
report text) and the section the panels were narrowed to.
"""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar


class Place(NamedTuple):
    """Where the reader was: the offset at the top of the text and the panels' section id."""

    offset: int
    section: str | None = None


T = TypeVar("T")


class History(Generic[T]):
    """Browser-style history of places.

    `visit(current)` records a jump away from `current`; `back(current)` and
    `forward(current)` return where to go, or None when there is nowhere to go.
    """

    def __init__(self, limit: int = 200) -> None:
        self._back: list[T] = []
        self._forward: list[T] = []
        self._limit = limit

    def visit(self, current: T) -> None:
        """Remember `current` before jumping away from it."""
        if not self._back or self._back[-1] != current:
            self._back.append(current)
            del self._back[:-self._limit]
        self._forward.clear()

    def back(self, current: T) -> T | None:
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: T) -> T | None:
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
