"""What the window shows, owned in one place: report, section in scope, theme, interface size.

Views take the `AppState` in their constructor, read it and listen to its
signals; only the window (through its commands) changes it. Nothing else keeps a
copy of the open report, the scope or the darkness of the theme.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core import Report, Section


class AppState(QObject):
    """The open report, the panels' section, whether the theme is dark, the interface size.

    Args:
        parent: the owner (the main window).

    Signals:
        reportChanged(object): another report is open (a Report); the scope is the whole report.
        scopeChanged(object): the panels' scope changed (a Section, or None for the whole report).
        darkChanged(bool): the theme turned dark (True) or light (False).
        uiScaleChanged(int): the interface size (界面字号) is now this percent.
    """

    reportChanged = Signal(object)
    scopeChanged = Signal(object)
    darkChanged = Signal(bool)
    uiScaleChanged = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        self._scope: Section | None = None
        self._dark = False
        self._ui_scale = 100

    @property
    def report(self) -> Report | None:
        """The report on screen, or None before the first one opens."""
        return self._report

    @property
    def path(self) -> str | None:
        """Where the open report came from (a path, or the clipboard's name)."""
        return self._report.source.path if self._report is not None else None

    @property
    def scope(self) -> Section | None:
        """The section the panels show (None: the whole report)."""
        return self._scope

    @property
    def dark(self) -> bool:
        """Whether the theme in use is dark."""
        return self._dark

    @property
    def ui_scale(self) -> int:
        """The interface size in percent of the platform's font (界面字号)."""
        return self._ui_scale

    def set_report(self, report: Report) -> None:
        """Open `report` (its whole scope); a report already open is told again after a relayout."""
        self._report, self._scope = report, None
        self.reportChanged.emit(report)

    def set_scope(self, section: Section | None) -> None:
        """Narrow the panels to `section` (None: the whole report)."""
        if section is not self._scope:
            self._scope = section
            self.scopeChanged.emit(section)

    def set_dark(self, dark: bool) -> None:
        """Say whether the theme in use is dark."""
        if dark != self._dark:
            self._dark = dark
            self.darkChanged.emit(dark)

    def set_ui_scale(self, percent: int) -> None:
        """Set the interface size (界面字号), in percent."""
        if percent != self._ui_scale:
            self._ui_scale = percent
            self.uiScaleChanged.emit(percent)
