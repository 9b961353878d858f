"""Loads that hang: the reader can cancel them, open another report, and keep reading.

A stuck load is simulated by standing in for the core's loader: a file whose name
starts with "stuck" waits until the test releases it (as a named pipe or a
network drive would), then loads as usual.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool

from lawgov_gui.core import ReportError, load_report
from lawgov_gui.gui.shell import session as session_module
from lawgov_gui.gui.shell.main_window import MainWindow


class Loader:
    """The core's load_report, except that files named stuck* wait for `release`."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def __call__(self, path: Path, control=None):
        if path.name.startswith("stuck"):
            self.release.wait()
        if path.name.startswith("spin"):
            spin(20)
        return load_report(path, control)


def spin(seconds: float) -> None:
    """Pure Python work that never waits, as the core's parse of a huge input does."""
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
    raise ReportError("spun out")


@pytest.fixture
def loader(monkeypatch) -> Iterator[Loader]:
    stand_in = Loader()
    monkeypatch.setattr(session_module, "load_report", stand_in)
    yield stand_in
    stand_in.release.set()


def report_copy(tmp_path: Path, seed_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copyfile(seed_path, path)
    return path


def load_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("lawgov-load-")}


def test_stuck_loads_do_not_stop_another_report(qtbot, window: MainWindow, loader: Loader,
                                                tmp_path: Path, seed_path: Path) -> None:
    stuck = max(2, QThreadPool.globalInstance().maxThreadCount())  # enough to fill a pool
    for n in range(stuck):
        window.open_path(tmp_path / f"stuck-{n}.txt")
    other = report_copy(tmp_path, seed_path, "other.txt")
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.open_path(other)
    assert window.state.path == str(other)
    assert not window.session.busy
    assert "吉林省2023年法治政府建设情况报告" in window.text.toPlainText()


def test_a_superseded_load_never_replaces_the_newer_report(
        qtbot, window: MainWindow, loader: Loader, tmp_path: Path, seed_path: Path) -> None:
    older = report_copy(tmp_path, seed_path, "stuck-older.txt")
    before = load_threads()
    window.open_path(older)
    [thread] = load_threads() - before
    newer = report_copy(tmp_path, seed_path, "newer.txt")
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.open_path(newer)
    loader.release.set()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    QCoreApplication.processEvents()  # deliver whatever the old load sent before it ended
    assert window.state.path == str(newer)


def test_esc_cancels_a_long_load_and_keeps_the_report(qtbot, window: MainWindow,
                                                       loader: Loader, tmp_path: Path) -> None:
    before = window.state.report
    window.open_path(tmp_path / "stuck.txt")
    status = window.load_status
    qtbot.waitUntil(status.isVisible, timeout=3000)
    assert status.label.text().startswith("正在读取并分析…（")
    assert status.cancel_button.isVisible() and status.cancel_button.text() == "取消"
    with qtbot.waitSignal(window.session.loadCancelled, timeout=2000) as cancelled:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert cancelled.args == [str(tmp_path / "stuck.txt")]
    assert not window.session.busy and not status.isVisible()
    assert window.state.report is before
    assert window.statusBar().currentMessage() == "已取消打开 stuck.txt"
    assert window.error_box is None


def test_cancel_button_stops_the_work_itself(qtbot, window: MainWindow, loader: Loader,
                                             tmp_path: Path, seed_path: Path) -> None:
    before = load_threads()
    window.open_path(tmp_path / "spin.txt")
    [thread] = load_threads() - before
    qtbot.waitUntil(window.load_status.isVisible, timeout=3000)
    with qtbot.waitSignal(window.session.loadCancelled, timeout=2000):
        qtbot.mouseClick(window.load_status.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=3000)  # not 20 s of spinning
    assert window.state.path == str(seed_path)


def test_a_quick_load_shows_no_cancel_button(qtbot, window: MainWindow, tmp_path: Path,
                                             seed_path: Path) -> None:
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.open_path(report_copy(tmp_path, seed_path, "quick.txt"))
    assert not window.load_status.isVisible()
    assert not window.load_status.escape.isEnabled()  # Esc is free for the find bar again


def test_theme_change_while_loading_keeps_the_load(qtbot, window: MainWindow, loader: Loader,
                                                   tmp_path: Path, seed_path: Path) -> None:
    coming = report_copy(tmp_path, seed_path, "stuck-coming.txt")
    window.open_path(coming)
    window.actions["theme_dark"].trigger()
    loader.release.set()
    with qtbot.waitSignal(window.reportShown, timeout=10000) as shown:
        pass
    assert shown.args[0].source.path == str(coming)
    assert window.state.path == str(coming)


def test_theme_change_while_a_load_fails_restyles_the_open_report(
        qtbot, window: MainWindow, loader: Loader, tmp_path: Path, seed_path: Path) -> None:
    window.open_path(tmp_path / "stuck-missing.txt")
    window.actions["theme_dark"].trigger()
    with qtbot.waitSignal(window.session.loadFailed, timeout=5000):
        loader.release.set()
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        pass  # the report still open, laid out again in the dark theme
    assert window.state.path == str(seed_path)
    assert window.error_box.text().startswith("找不到文件")
    window.error_box.accept()
