"""Fixtures of the real-window tests: a reader at the window, a home of the test's own,
and screenshots.

These tests run in both test runs of `bash packaging/dev.sh test`: offscreen, and in
a real window (Xvfb with the window manager openbox), where painting, focus and
window activation are real. `bash packaging/dev.sh screenshots` runs them with
LAWGOV_SCREENSHOTS=docs, and `shoot` then saves what the screen shows.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from lawgov_gui.gui.shell.main_window import MainWindow

pytest.register_assert_rewrite("tests.gui.real.person")  # its asserts explain themselves too

from .person import Person  # noqa: E402

SCREENSHOTS = "LAWGOV_SCREENSHOTS"


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """A home folder of the test's own, with a Documents folder (where exports start)."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return folder


@pytest.fixture
def person(qtbot, home: Path, window: MainWindow) -> Person:
    """A reader at the window on the seed report, its panels built, the window active."""
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.panels.panels is not None, timeout=30000)
    reader = Person(qtbot, window)
    reader.focus_window()
    return reader


def screenshot(widget: QWidget, path: Path) -> Path:
    """Save what the screen shows of `widget`'s window, its frame included, as PNG."""
    window = widget.window()
    QApplication.processEvents()
    frame = window.frameGeometry()
    picture = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if picture.isNull() or not picture.width():  # offscreen: no screen to read
        picture = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert picture.save(str(path), "PNG"), path
    return path


@pytest.fixture
def shoot() -> Callable[[QWidget, str], Path | None]:
    """shoot(widget, "name.png"): a screenshot into $LAWGOV_SCREENSHOTS, if it is set."""
    folder = os.environ.get(SCREENSHOTS)

    def take(widget: QWidget, name: str) -> Path | None:
        return screenshot(widget, Path(folder) / name) if folder else None

    return take
