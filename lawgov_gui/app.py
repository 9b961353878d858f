"""Start the reader window.

`build_window(path=None)` returns the shown main window without entering the
event loop (tests and `--screenshot` use it); `run()` enters the loop. With no path
the window reopens the last report at the last reading position, or the bundled
Jilin 2023 report on first start; a path that cannot be opened gets its message
and then the same (gui/startup.py). `lang` ("zh_CN" or "en"; None: the system's,
see lawgov_gui.i18n) chooses the UI language before the first widget is built.

Closing the window ends the process even while a load is stuck (a named pipe, a
huge file): loads run on daemon threads (gui/loading.py), and if one is still
running when the event loop ends, the process leaves at once with `os._exit`
rather than tear Qt down under a thread that may still be inside it. The
settings were saved when the window closed.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QSettings,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from . import __version__
from .assets import sample_report_path
from .core.writers.atomic import WriteFailed, atomic_write
from .gui.common.fonts import register_bundled_font, ui_font_families
from .gui.shell import loading
from .gui.shell.main_window import MainWindow
from .gui.shell.settings import Settings
from .gui.shell.settings_file import default_settings_path, open_settings
from .gui.shell.settings_recovery import recover_settings
from .gui.shell.startup import Candidate, FirstReport, candidates
from .i18n import current_language, install_translator, normalize, qt_system_locale

SCREENSHOT_SIZE = (1400, 900)
# Qt maps a PNG "quality" of 80 to zlib level 1: on the seed's window that writes in
# about 60 % of the default's time, and the file is smaller (the pixels are the same).
_PNG_QUALITY = 80
_WAIT_POLL_MS = 10  # how often the screenshot's wait looks at the window
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
                 lang: str | None = None, fallback: bool = True) -> MainWindow:
    """Create, show and start filling the main window.

    Args:
        path: the report to open; None reopens the last one or the bundled sample.
        settings: where to keep state (tests pass their own); default: the user's
            (see gui/settings_file.py). A file that is unreadable or corrupt is set
            aside and the defaults used; the window then says so, once.
        lang: the UI language, "zh_CN" or "en"; None keeps the one in use (see
            `application`).
        fallback: if `path` cannot be opened, open the last report or the sample
            after its message; False (screenshots) tries `path` alone.

    Returns:
        The shown window. The report loads in the background: wait for
        `window.session.loaded` (or `loadFailed`).
    """
    application(lang)
    store = settings or open_settings()
    recovery = recover_settings(store)
    window = MainWindow(Settings(store))
    _windows.append(window)
    window.appearance.set_theme(window.settings.theme)
    window.resize(*SCREENSHOT_SIZE)
    window.restore_state()
    window.show()
    if recovery is not None:
        window.warn_settings_reset(recovery)
    tries = candidates(path, window.settings) if fallback or path is None else [Candidate(str(path))]
    FirstReport(window, tries).start()
    return window


def _leave_if_stuck(code: int) -> int:
    """Leave at once if a load is still running (see the module note); else return `code`."""
    if loading.running():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def run(path: str | None = None, lang: str | None = None) -> int:
    """Open the window and run the event loop; returns the exit code."""
    app = application(lang)
    window = build_window(path)
    window.raise_()
    code = app.exec()
    _teardown()
    return _leave_if_stuck(code)


def _wait_for_report(window: MainWindow, timeout_ms: int) -> str | None:
    """Run the event loop until the report and its panels are shown; why not, if not.

    The loop sleeps between events (a busy loop of processEvents would take the
    interpreter lock from the threads that load the report and import pyqtgraph);
    it ends when the panels are ready, a load fails, or at `timeout_ms`.
    """
    failed: list[str] = []
    session, loop, clock = window.session, QEventLoop(), QElapsedTimer()
    clock.start()

    def done() -> bool:
        return bool(failed) or not (session.busy or window.state.report is None
                                    or window.panels.panels is None)

    def check(*_: object) -> None:
        if done() or clock.elapsed() >= timeout_ms:
            loop.quit()

    session.loadFailed.connect(lambda _path, message: (failed.append(message), check()))
    window.panels.ready.connect(check)
    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(_WAIT_POLL_MS)
    if not done():
        loop.exec()
    poll.stop()
    if failed:
        return failed[0]
    if window.state.report is None:
        return f"报告在 {timeout_ms // 1000} 秒内未能打开"
    return None


def _save_png(window: MainWindow, out: str) -> str | None:
    image = window.grab().toImage()

    def write(tmp: Path) -> None:
        if not image.save(str(tmp), "PNG", _PNG_QUALITY):
            raise WriteFailed(f"无法写入 {out}")

    try:
        atomic_write(out, write)
    except WriteFailed as e:
        return str(e)
    return None


def screenshot(out: str, path: str | None = None, timeout_ms: int = 20000,
               lang: str | None = None) -> int:
    """Draw the window offscreen at 1400×900 on `path` (default: the sample) into `out`.

    Returns:
        0, or 1 with one Chinese line on stderr when the report never opened (no
        picture is written then) or the picture could not be written.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application(lang)
    store = open_settings(default_settings_path().with_name("lawgov-gui-screenshot.ini"))
    window = build_window(path or sample_report_path(), store, fallback=False)
    problem = _wait_for_report(window, timeout_ms)
    if problem is None:
        window.resize(*SCREENSHOT_SIZE)
        app.processEvents()
        problem = _save_png(window, out)
    else:
        problem = f"未生成截图：{problem}"
    window.close()
    _teardown()
    if problem is not None:
        print(f"lawgov-gui: {problem}", file=sys.stderr)
    return _leave_if_stuck(0 if problem is None else 1)
