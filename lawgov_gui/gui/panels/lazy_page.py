"""A tab page that makes its widget the first time it is needed.

A pyqtgraph chart takes tens of milliseconds to build. The panels show one tab
at a time, so the charts of the other tabs are made when the reader first opens
them (or when something asks for them), not while the window starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds the widget `make(parent)` returns, made on first use.

    Args:
        make: makes the page's widget, given its parent.
        parent: the tab widget's owner.

    Signals:
        made(QWidget): the page's widget was just made.
    """

    made = Signal(QWidget)

    def __init__(self, make: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._content: QWidget | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    @property
    def content(self) -> QWidget:
        """The page's widget (made now if it does not exist yet)."""
        if self._content is None:
            self._content = self._make(self)
            self._box.addWidget(self._content)
            self.made.emit(self._content)
        return self._content

    @property
    def is_made(self) -> bool:
        """Whether the widget exists."""
        return self._content is not None
