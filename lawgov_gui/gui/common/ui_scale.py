"""The interface size (视图 → 界面字号): one size for everything but the report's text.

Menus, dialogs, tooltips, the section tree, the indicator table and the charts all
take the application font, so the size is set once, there: 100 % is the platform's
own UI font, 200 % twice its point size. Qt gives the new font to every widget
(a FontChange event), and the widgets that size things from the font themselves
(the table's rows, the find box, the charts' axes and labels) refit on that event.
The report's text keeps its own size (Ctrl+= / Ctrl+-); the reading view ignores
the change.

The platform theme may give some classes a font of their own (menus, tooltips,
message boxes, headers…); those are set too, or they would stay small.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

# The class names a platform theme may give a font of their own (Qt's font hash).
THEMED_CLASSES = ("QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel",
                  "QStatusBar", "QDockWidgetTitle", "QPushButton", "QCheckBox", "QRadioButton",
                  "QToolButton", "QAbstractItemView", "QListView", "QHeaderView",
                  "QComboMenuItem", "QComboLineEdit")
FALLBACK_POINT_SIZE = 9.0


def base_point_size() -> float:
    """The platform's UI font size in points: what 100 % means."""
    size = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return size if size > 0 else FALLBACK_POINT_SIZE


def ui_factor() -> float:
    """The interface size in force as a factor (1.0 at 100 %, 2.0 at 200 %)."""
    if QGuiApplication.instance() is None:
        return 1.0
    size = QGuiApplication.font().pointSizeF()
    return size / base_point_size() if size > 0 else 1.0


def room_factor(percent: int | None = None) -> float:
    """How much wider panes and chart axes grow at an interface size (the one in force,
    or `percent`): less than the font does, so the tree, the text and the panels still
    fit side by side at 200 % (√2 there)."""
    return math.sqrt(percent / 100 if percent is not None else ui_factor())


def apply_ui_scale(app: QApplication, percent: int) -> None:
    """Give the whole interface `percent` % of the platform's UI font size, live.

    The font families in use (the platform's, then the bundled CJK family) are kept.
    """
    font = QFont(app.font())
    font.setPointSizeF(base_point_size() * percent / 100)
    for name in THEMED_CLASSES:
        app.setFont(font, name)
    app.setFont(font)
