"""Moving through the open report: to a section, to a figure, to a place found, back and forward.

The navigator owns the history of places and the section index of the open
report; it scrolls the text view and narrows the shared state's scope, and it
keeps the section tree following the text as the reader scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from ...core import Report, Section
from ...core.model import SectionIndex
from ..common.state import AppState
from ..common.theme import READING
from ..panels.dock import PanelsDock
from ..reader.section_tree import SectionTree
from ..reader.text_view import ReportTextView
from .history import History, Place


class Navigator(QObject):
    """Jumps to sections and figures, with browser-style back and forward.

    Args:
        state: the window's state (its report; the scope a jump narrows to).
        text: the reading view it scrolls.
        tree: the section tree that follows the text.
        panels: the panels, told which figure was jumped to.
        parent: the window.
    """

    def __init__(self, state: AppState, text: ReportTextView, tree: SectionTree,
                 panels: PanelsDock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state, self.text, self.tree, self.panels = state, text, tree, panels
        self.history: History[Place] = History()
        self.sections = SectionIndex([])
        self._select_on_landing: tuple[int, int] | None = None
        text.waiting.connect(self._select_landed)
        text.topOffsetChanged.connect(lambda offset: tree.follow(self.section_at(offset)))
        tree.sectionActivated.connect(self.jump_to_section)

    def show(self, report: Report, keep: Place, fresh: bool) -> None:
        """Index `report`'s sections and go to `keep`; a `fresh` report starts a new history."""
        self.sections = SectionIndex(report.sections)
        self._select_on_landing = None
        if fresh:
            self.history.clear()
        self._go(keep)

    def section_at(self, offset: int) -> str | None:
        """Id of the innermost section holding report offset `offset`."""
        section = self.sections.at(offset)
        return section.id if section else None

    def place(self, offset: int | None = None) -> Place:
        """The place being read: the offset at the top (or `offset`) and the panels' section."""
        scope = self.state.scope
        return Place(self.text.top_offset() if offset is None else offset,
                     scope.id if scope else None)

    def visit(self, offset: int) -> None:
        """Remember the place being read before a jump to `offset` (find does its own jumps)."""
        self.history.visit(self.place(offset))

    def set_scope(self, section: Section | None) -> None:
        """Narrow the panels to `section` (None: the whole report)."""
        self.state.set_scope(section)

    def jump_to_section(self, sid: str) -> None:
        """Bring section `sid`'s heading to the top of the text; narrow the panels to it."""
        section = self.sections.get(sid)
        if section is not None:
            self._select_on_landing = None  # another place is wanted now
            self.history.visit(self.place())
            self.text.scroll_to_offset(section.start)
            self.state.set_scope(section)

    def go_to_indicator(self, iid: str) -> None:
        """Scroll the text to the indicator with id `iid`, flash it and mark it in the panels."""
        report = self.state.report
        ind = report.indicator(iid) if report is not None else None
        if ind is None:
            return
        self._land(ind.start, ind.end)
        self.panels.highlight(iid)

    def go_to_span(self, start: int, end: int) -> None:
        """Scroll the text to report offsets [start, end), flash them and select them (a place
        found in the library)."""
        if self.state.report is None:
            return
        self._land(start, end)
        self._select_on_landing = (start, end)
        if not self.text.waiting_for_layout:
            self._select_landed()

    def _land(self, start: int, end: int) -> None:
        """Remember where the reader was, bring `start` into view and flash the span."""
        self._select_on_landing = None
        self.history.visit(self.place())
        self.text.reveal(start)
        self.text.marks.flash(start, end, READING[self.state.dark].current)

    def _select_landed(self, waiting: bool = False) -> None:
        """Select the span of the last go_to_span once the view is there (selecting sooner
        would make Qt lay the text out up to it at once)."""
        if waiting or self._select_on_landing is None:
            return
        start, end = self._select_on_landing
        self._select_on_landing = None
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.text.base + start)
        cursor.setPosition(self.text.base + end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def go_back(self) -> None:
        self._go(self.history.back(self.place()))

    def go_forward(self) -> None:
        self._go(self.history.forward(self.place()))

    def _go(self, place: Place | None) -> None:
        """Return to `place`: its reading position and the section the panels showed there."""
        if place is not None:
            self._select_on_landing = None
            self.text.scroll_to_offset(place.offset)
            self.state.set_scope(self.sections.get(place.section) if place.section else None)
