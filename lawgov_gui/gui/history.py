"""Back and forward through the places a reader jumped from and to.

Pure Python, so the window's history logic is tested without Qt. Positions are
offsets into the report text.
"""

from __future__ import annotations


class History:
    """Browser-style history of reading positions.

    `visit(current, target)` records a jump; `back(current)` and `forward(current)`
    return where to go, or None when there is nowhere to go.
    """

    def __init__(self, limit: int = 200) -> None:
        self._back: list[int] = []
        self._forward: list[int] = []
        self._limit = limit

    def visit(self, current: int) -> None:
        """Remember `current` before jumping away from it."""
        if not self._back or self._back[-1] != current:
            self._back.append(current)
            del self._back[:-self._limit]
        self._forward.clear()

    def back(self, current: int) -> int | None:
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: int) -> int | None:
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
