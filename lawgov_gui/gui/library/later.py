"""A place in a view for a part that is made when it is first shown, or first needed.

The library window's tabs are all made when the window opens, but a reader sees one at a time:
the costly part of a tab (the compare chart, the 对照 panes) is made when its place is first
shown, so that opening the window does not wait for tabs nobody has looked at yet. A part made
later joins the window's keyboard order at its end: after every part made up front, which is
where the last part of a tab belongs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

Part = TypeVar("Part", bound=QWidget)


class Later(QWidget, Generic[Part]):
    """A place in a layout that holds what `make()` returns, made on its first show.

    Args:
        make: makes the part (without a parent: the place takes it).
        parent: the owner.
    """

    def __init__(self, make: Callable[[], Part], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make: Callable[[], Part] | None = make
        self._part: Part | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def made(self) -> bool:
        """Whether the part has been made."""
        return self._part is not None

    def part(self) -> Part:
        """The part, made now if it has not been."""
        if self._part is None:
            assert self._make is not None
            self._part, self._make = self._make(), None  # made once: the maker is let go
            self.layout().addWidget(self._part)
            if self.isVisible():  # a layout would show it only once the event loop runs
                self._part.show()
        return self._part

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.part()
