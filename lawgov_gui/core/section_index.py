"""The section tree walked in document order, and the offset → innermost-section index.

Kept beside the model (and re-exported by it: `from lawgov_gui.core.model import
SectionIndex`) so that model.py holds only the data classes.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Section


def flatten(sections: list[Section]) -> list[Section]:
    """Sections in document order, depth first."""
    out: list[Section] = []
    stack = list(reversed(sections))
    while stack:
        s = stack.pop()
        out.append(s)
        stack.extend(reversed(s.children))
    return out


class SectionIndex:
    """Finds the innermost section holding an offset, in O(log n).

    Args:
        sections: the tree's roots (Report.sections).
    """

    def __init__(self, sections: list[Section]) -> None:
        self.flat = flatten(sections)
        self._starts = [s.start for s in self.flat]
        self._pos = {s.id: n for n, s in enumerate(self.flat)}

    def at(self, offset: int) -> Section | None:
        """The innermost section whose span holds `offset`, or None (preamble)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0:
            s = self.flat[i]
            if s.start <= offset < max(s.end, s.start + 1):
                return s
            i -= 1
        return None

    def get(self, sid: str) -> Section | None:
        """The section with id `sid`."""
        n = self._pos.get(sid)
        return None if n is None else self.flat[n]
