"""How the window looks: the theme, the interface size (界面字号) and the reading text size.

Each choice is made here, applied to the application and the shared state, and
remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..common.fonts import reading_font
from ..common.state import AppState
from ..common.theme import Theme, apply_theme
from ..common.ui_scale import apply_ui_scale, room_factor
from ..reader.text_view import ReportTextView
from .menus import Actions
from .session import ReportSession
from .settings import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE, Settings
from .window_layout import WindowLayout


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class Appearance:
    """The theme, interface size and text size commands (视图 menu).

    Args:
        state: told whether the theme is dark and the interface size.
        settings: where the choices are remembered.
        actions: the menu's checkable choices, kept checked as chosen.
        text: the reading view, zoomed by Ctrl+= / Ctrl+- / Ctrl+0.
        session: lays the open report out again in a new theme's colours.
        layout: keeps the docks' share of the window at a new interface size.
    """

    def __init__(self, state: AppState, settings: Settings, actions: Actions,
                 text: ReportTextView, session: ReportSession, layout: WindowLayout) -> None:
        self.state, self.settings, self.actions = state, settings, actions
        self.text, self.session, self.layout = text, session, layout
        actions[f"theme_{settings.theme}"].setChecked(True)
        actions[f"ui_scale_{settings.ui_scale}"].setChecked(True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def set_theme(self, mode: Theme) -> None:
        """Use the system's, the light or the dark theme and remember the choice."""
        mode = Theme(mode)
        self.settings.theme = mode
        self.actions[f"theme_{mode}"].setChecked(True)
        self.state.set_dark(apply_theme(_app(), mode))
        self.session.relayout()

    def set_ui_scale(self, percent: int) -> None:
        """Size menus, dialogs, tooltips, tree, table and charts at `percent` % (界面字号).

        The report's text keeps its own size (Ctrl+=); the choice is remembered.
        """
        before = room_factor()
        self.settings.ui_scale = percent
        self.actions[f"ui_scale_{self.settings.ui_scale}"].setChecked(True)
        apply_ui_scale(_app(), self.settings.ui_scale)
        self.state.set_ui_scale(self.settings.ui_scale)
        self.layout.rescale(before)

    def _system_scheme_changed(self, *_: object) -> None:
        if self.settings.theme is Theme.SYSTEM:
            self.set_theme(Theme.SYSTEM)

    def set_point_size(self, size: float) -> None:
        """Set the reading text size (points), keeping the reading position."""
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))
        top = self.text.top_offset()
        self.settings.point_size = size
        self.text.document().setDefaultFont(reading_font(size))
        self.text.scroll_to_offset(top)

    def zoom_in(self) -> None:
        self.set_point_size(self.settings.point_size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self.settings.point_size - 1)

    def zoom_reset(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)
