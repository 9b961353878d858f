"""Light and dark themes: the application palette and the reading view's colours.

The theme follows the system's colour scheme unless the reader picks one. The
Fusion style is used so both palettes look the same on every desktop.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#333333",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0", QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#444444",
}
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f3", QPalette.ColorRole.WindowText: "#1d1d1d",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f6f6f6",
    QPalette.ColorRole.Text: "#1d1d1d", QPalette.ColorRole.Button: "#ececec",
    QPalette.ColorRole.ButtonText: "#1d1d1d", QPalette.ColorRole.Highlight: "#2f6fd0",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffe8",
    QPalette.ColorRole.ToolTipText: "#1d1d1d", QPalette.ColorRole.PlaceholderText: "#7a7a7a",
    QPalette.ColorRole.Link: "#1a56b0", QPalette.ColorRole.Mid: "#c8c8c8",
}


class Theme(StrEnum):
    """The reader's choice of theme; the values are what the settings file keeps."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class ReadingPalette:
    """The reading view's colours (CSS colour strings)."""

    text: str
    muted: str
    heading: str
    indicator: str  # the background of a figure in the text
    match: str  # a find match
    current: str  # the current find match, and a figure just jumped to


READING = {
    False: ReadingPalette("#1d1d1d", "#6b6b6b", "#8a1c1c", "#fff1c2", "#c9e3ff", "#ff9d3b"),
    True: ReadingPalette("#e2e2e2", "#9a9a9a", "#f2a7a0", "#4d4220", "#2d4a6e", "#b3621a"),
}


@dataclass(frozen=True, slots=True)
class NotePalette:
    """The colours of the reader's own marks (CSS colour strings): unlike a figure's, a find
    match's and a jump's, and the text on them as readable as on the page."""

    highlight: str  # the background of highlighted text
    note: str  # the background of text that carries a note
    marker: str  # the mark in the margin beside a note


NOTE_COLORS = {
    False: NotePalette("#d8f0cf", "#f3dcef", "#b0489a"),
    True: NotePalette("#2d4a2a", "#4d2d48", "#e394d3"),
}


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(mode: Theme) -> bool:
    """Whether `mode` means dark (for Theme.SYSTEM: whether the desktop is)."""
    return system_is_dark() if mode is Theme.SYSTEM else mode is Theme.DARK


def apply_theme(app: QApplication, mode: Theme) -> bool:
    """Set the Fusion style and the palette for `mode`; return True if dark."""
    dark = resolve(mode)
    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(color))
    app.setPalette(palette)
    return dark
