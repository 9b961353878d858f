"""Start the reader window.

`build_window(path=None)` returns the shown main window without entering the
event loop (tests and `--screenshot` use it); `run()` enters the loop. With no path
the window reopens the last report at the last reading position, or the bundled
Jilin 2023 report on first start. `lang` ("zh_CN" or "en"; None: the system's, see
lawgov_gui.i18n) chooses the UI language before the first widget is built.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, qInstallMessageHandler
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from . import __version__
from .assets import sample_report_path
from .gui.fonts import register_bundled_font, ui_font_families
from .gui.main_window import MainWindow
from .gui.settings import CLIPBOARD, Settings, open_settings, recover_settings
from .gui.theme import apply_theme
from .i18n import current_language, install_translator, normalize, qt_system_locale

SCREENSHOT_SIZE = (1400, 900)
_windows: list[MainWindow] = []


def _teardown() -> None:
    """Destroy the windows while Python is still whole.

    Left to interpreter shutdown, pyqtgraph's scene items are sometimes freed in
    the wrong order and the process ends with a segmentation fault.
    """
    import shiboken6

    while _windows:
        window = _windows.pop()
        if shiboken6.isValid(window):
            shiboken6.delete(window)


def _quiet_offscreen(mode, context, message: str) -> None:
    """Pass Qt's messages on, except the offscreen platform's notes on what it cannot do."""
    if "This plugin does not support" not in message:
        sys.stderr.write(message + "\n")


def _set_language(app: QApplication, lang: str | None) -> None:
    install_translator(app, lang)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "法治政府建设报告阅读器"))


def _first_language(lang: str | None) -> str | None:
    """`lang`, or Chinese under pytest (the tests are written against it)."""
    return "zh_CN" if lang is None and "pytest" in sys.modules else lang


def application(lang: str | None = None) -> QApplication:
    """The QApplication, created on first use with the app's names, font, theme and language.

    Args:
        lang: the UI language, "zh_CN" or "en". None on first use follows the system
            locale (under pytest: Chinese, which the tests are written against); None
            later keeps the language in use. A different language replaces the
            translator, for windows built afterwards.
    """
    app = QApplication.instance()
    if app is None:
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and "pytest" not in sys.modules:
            qInstallMessageHandler(_quiet_offscreen)
        with qt_system_locale(_first_language(lang)):  # the dates of Qt's file dialogs
            app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if app.property("lawgov_ready"):
        if lang is not None and normalize(lang) != current_language():
            _set_language(app, lang)
        return app
    app.setApplicationName("lawgov-gui")
    app.setOrganizationName("lawgov")
    app.setApplicationVersion(__version__)
    _set_language(app, _first_language(lang))
    register_bundled_font()
    font = QFont(app.font())
    font.setFamilies(ui_font_families())
    app.setFont(font)
    icons = resources.files("lawgov_gui") / "resources" / "icons"
    app.setWindowIcon(QIcon.fromTheme("io.github.lawgov_gui", QIcon(str(icons / "lawgov-gui-256.png"))))
    app.setDesktopFileName("io.github.lawgov_gui")  # ties windows to the .desktop file
    app.aboutToQuit.connect(_teardown)
    app.setProperty("lawgov_ready", True)
    return app


def build_window(path: str | Path | None = None, settings: QSettings | None = None,
                 lang: str | None = None) -> MainWindow:
    """Create, show and start filling the main window.

    Args:
        path: the report to open; None reopens the last one or the bundled sample.
        settings: where to keep state (tests pass their own); default: the user's.
            A file that is unreadable or corrupt is set aside and the defaults
            used; the window then says so, once.
        lang: the UI language, "zh_CN" or "en"; None keeps the one in use (see
            `application`).

    Returns:
        The shown window. The report loads in the background: wait for
        `window.session.loaded` (or `loadFailed`).
    """
    app = application(lang)
    store = settings or open_settings()
    recovery = recover_settings(store)
    window = MainWindow(Settings(store))
    _windows.append(window)
    window.dark = apply_theme(app, window.settings.theme)
    window.resize(*SCREENSHOT_SIZE)
    window.restore_state()
    window.show()
    if recovery is not None:
        window.warn_settings_reset(recovery)
    if path is not None:
        window.open_path(path)
    else:
        last, offset = window.settings.last_report()
        if last and last != CLIPBOARD and Path(last).is_file():
            window.open_path(last, restore_offset=offset)
        else:
            window.open_path(sample_report_path())
    return window


def run(path: str | None = None, lang: str | None = None) -> int:
    """Open the window and run the event loop; returns the exit code."""
    app = application(lang)
    window = build_window(path)
    window.raise_()
    return app.exec()


def screenshot(out: str, path: str | None = None, timeout_ms: int = 20000,
               lang: str | None = None) -> int:
    """Draw the window offscreen at 1400×900 on `path` (default: the sample) into `out`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application(lang)
    window = build_window(path or sample_report_path(), QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "lawgov", "lawgov-gui-screenshot"))
    timer = QElapsedTimer()
    timer.start()
    while (window.session.busy or window.session.report is None
           or window.panels.panels is None) and timer.elapsed() < timeout_ms:
        app.processEvents()
        if not window.session.busy and window.error_box is not None:
            break
    window.resize(*SCREENSHOT_SIZE)
    app.processEvents()
    ok = window.grab().save(out)
    window.close()
    _teardown()
    return 0 if ok else 1
