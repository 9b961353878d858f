"""Fixtures for the window tests: private settings and a window showing a report."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lawgov_gui.app import build_window
from lawgov_gui.gui.shell.main_window import MainWindow


def pytest_configure(config: pytest.Config) -> None:
    """Make the application before any test module of the window is imported.

    Qt reads its system locale once, when the first QLocale is made. A module that makes one
    at import (pyqtgraph does, for a default argument) would otherwise fix it before the
    program's application sets it, and the file dialog's dates would come out in the C locale.
    """
    _application()


@cache
def _application():
    """The application, made as the program makes it (pytest-qt's own is replaced).

    The language, fonts and the locale of Qt's dialogs are the program's (see
    lawgov_gui.app.application). Qt's dialogs are its own widgets, never a desktop's
    native ones, which a test cannot drive.
    """
    from PySide6.QtCore import QCoreApplication, Qt

    from lawgov_gui.app import application

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    return application()


@pytest.fixture(scope="session")
def qapp(tmp_path_factory):
    """The application; Qt's own user settings (the file dialog keeps its folders there) go to
    a temporary folder, not the developer's."""
    app = _application()
    folder = str(tmp_path_factory.mktemp("qt-user-settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        # after the application: before, it would fix Qt's system locale too early
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    return app


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a temporary INI file, so tests never touch the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, settings) -> Callable[..., MainWindow]:
    """Build a window (on `path`, or restoring) and wait until its report is shown."""

    def make(path: str | Path | None = None, store: QSettings | None = None) -> MainWindow:
        window = build_window(path, store or settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.reportShown, timeout=15000):
            pass
        return window

    return make


@pytest.fixture
def window(open_window, seed_path: Path) -> MainWindow:
    return open_window(seed_path)


def ime_type(widget, text: str) -> None:
    """Type `text` as a Chinese input method does: one committed character at a time.

    QTest.keyClicks only knows ASCII keys; Chinese reaches a widget as
    QInputMethodEvent commits, so that is what a reader's typing looks like.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
