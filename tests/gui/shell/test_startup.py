"""Start-up and exit: a bad report on the command line, a stuck load at close, screenshots.

The exit tests run the program in a subprocess with its own home folder, as a
reader would start it, and stand in a stuck loader through a small script.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from lawgov_gui.app import build_window
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.conftest import ROOT

MARKUP = '<b>x</b><img src="http://127.0.0.1/a.png">.txt'


def bad_paths(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of bad path, and the start of the message it gets."""
    missing = tmp_path / "没有这个文件.txt"
    return {"folder": (tmp_path, "这是一个文件夹"), "missing": (missing, "找不到文件"),
            "unreadable": (Path("/proc/self/mem"), "无法读取文件")}


def start(qtbot, path: Path | str | None, store: QSettings) -> MainWindow:
    """Start the window on `path` as `lawgov-gui PATH` does; wait for a report on screen."""
    window = build_window(path, store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.reportShown, timeout=15000):
        pass
    return window


def last_report(store: QSettings, tmp_path: Path, seed_path: Path, offset: int) -> Path:
    """Make `store` remember a report read up to `offset` at the last exit."""
    last = tmp_path / "上次的报告.txt"
    shutil.copyfile(seed_path, last)
    store.setValue("reading/path", str(last))
    store.setValue("reading/offset", offset)
    store.sync()
    return last


@pytest.mark.parametrize("kind", ["folder", "missing", "unreadable"])
def test_bad_path_gets_its_message_then_the_last_report(qtbot, settings, tmp_path: Path,
                                                         seed_path: Path, kind: str) -> None:
    bad, message = bad_paths(tmp_path)[kind]
    if not bad.exists() and kind == "unreadable":
        pytest.skip("no /proc here")
    last = last_report(settings, tmp_path, seed_path, 2000)
    window = start(qtbot, bad, settings)
    box = window.error_box
    assert box is not None and box.isVisible()
    assert box.text().startswith(message)
    assert f"文件：{bad}" in box.informativeText()
    assert window.state.path == str(last)
    assert "吉林省2023年法治政府建设情况报告" in window.text.toPlainText()
    assert window.text.top_offset() > 0  # at the remembered reading position, not the top
    box.accept()


def test_bad_path_and_no_last_report_opens_the_sample(qtbot, settings, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path / "missing.txt", settings)
    assert window.error_box is not None and window.error_box.text().startswith("找不到文件")
    assert Path(window.state.path).name == "jilin-2023-fazhi-zhengfu-report.txt"
    window.error_box.accept()


def test_markup_in_a_file_name_is_shown_as_it_is_spelt(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    path = f"{tmp_path}/{MARKUP}"
    with qtbot.waitSignal(window.session.loadFailed, timeout=10000):
        window.open_path(path)
    box = window.error_box
    labels = [label for label in box.findChildren(QLabel) if label.text()]
    assert labels and all(label.textFormat().name == "PlainText" for label in labels)
    assert f"文件：{path}" in box.informativeText()
    assert "<b>x</b>" in box.text()  # the message quotes the name, markup and all
    assert window.state.path is not None and MARKUP not in window.state.path
    box.accept()


def test_every_message_box_is_plain_text(window: MainWindow) -> None:
    from lawgov_gui.gui.shell.dialogs import message_box

    box = message_box(window, "标题", "<i>斜体</i>", "<a href='x'>链接</a>")
    assert box.textFormat().name == "PlainText"
    assert {label.textFormat().name for label in box.findChildren(QLabel)
            if label.text()} == {"PlainText"}
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.accept()


# ----- the program itself, in a subprocess
def environment(home: Path) -> dict[str, str]:
    """The program's environment: its own home folder, and this checkout's package."""
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    return env


STUCK = """
import sys, time
from lawgov_gui.gui.shell import session
def stuck(path, control=None):  # pure Python that never ends nor waits: the worst case
    n = 0
    while True:
        n += 1
session.load_report = stuck
"""

SLOW = """
import sys, time
from lawgov_gui.core import load_report
from lawgov_gui.gui.shell import session
def slow(path, control=None):  # like a big input: busy for a few seconds, then done
    deadline = time.monotonic() + {seconds}
    while time.monotonic() < deadline:
        pass
    return load_report(path, control)
session.load_report = slow
"""


def run_script(script: str, home: Path, timeout: float) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=environment(home),
                          capture_output=True, text=True, timeout=timeout)
    return proc, time.monotonic() - started


def test_closing_the_window_ends_the_process_while_a_load_is_stuck(tmp_path: Path,
                                                                   seed_path: Path) -> None:
    script = STUCK + f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from lawgov_gui import app
app.application()
def close():
    print("closing", time.monotonic(), flush=True)
    for w in QApplication.topLevelWidgets():
        w.close()
QTimer.singleShot(1500, close)
sys.exit(app.run({str(seed_path)!r}))
"""
    proc, _ = run_script(script, tmp_path, timeout=60)
    ended = time.monotonic()
    assert proc.returncode == 0, proc.stderr
    closing = float(proc.stdout.split()[1])
    assert ended - closing < 5
    assert proc.stderr.strip() == ""


def test_screenshot_of_a_bad_path_exits_1_with_one_chinese_line(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "lawgov_gui", "--screenshot", str(out),
                           str(tmp_path / "missing.txt")], env=environment(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"lawgov-gui: 未生成截图：找不到文件：{tmp_path / 'missing.txt'}"]
    assert not out.exists()


def test_screenshot_that_times_out_leaves_quietly(tmp_path: Path, seed_path: Path) -> None:
    """The load outlives the screenshot's patience, as a big input's does: no traceback
    from a worker signalling deleted objects, no wait for the worker either."""
    out = tmp_path / "shot.png"
    script = SLOW.format(seconds=4) + f"""
from lawgov_gui.app import screenshot
sys.exit(screenshot({str(out)!r}, {str(seed_path)!r}, timeout_ms=1000))
"""
    proc, took = run_script(script, tmp_path, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == ["lawgov-gui: 未生成截图：报告在 1 秒内未能打开"]
    assert took < 15 and not out.exists()


def test_screenshot_of_a_good_report_still_works(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "shot.png"
    proc = subprocess.run([sys.executable, "-m", "lawgov_gui", "--screenshot", str(out),
                           str(seed_path)], env=environment(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_the_window_module_does_not_bring_pyqtgraph() -> None:
    """pyqtgraph is imported in the background after the first report shows (it is slow, and
    its import changes Qt's system locale); the window's own modules must not import it."""
    code = ("import sys\nimport lawgov_gui.app, lawgov_gui.gui.shell.main_window\n"
            "print('pyqtgraph' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60,
                         check=True)
    assert out.stdout.strip() == "False"
