"""The settings file as found on disk: a link, a named pipe, a huge file, a read-only folder.

Start-up never hangs on it, nothing is ever written through a link, and a problem
that cannot go away is told once, not at every start.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from lawgov_gui.gui.shell.main_window import MainWindow
from lawgov_gui.gui.shell.settings import DEFAULT_POINT_SIZE
from lawgov_gui.gui.shell.settings_file import MAX_SETTINGS_BYTES, open_settings
from tests.conftest import ROOT
from tests.gui.shell.test_settings_recovery import GARBAGE, backups, warnings
from tests.gui.shell.test_startup import environment

USER = b"[view]\ntheme=dark\npoint_size=18\n[files]\nrecent=/a/one.txt\n"


@pytest.fixture(autouse=True)
def cache(monkeypatch, tmp_path: Path) -> Path:
    """Where the program remembers the notices it gave (never the tester's own cache)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def the_box(window: MainWindow) -> QMessageBox:
    [box] = warnings(window)
    assert {label.textFormat().name for label in box.findChildren(QLabel)
            if label.text()} == {"PlainText"}
    return box


def test_the_default_path_is_where_qt_keeps_the_file(tmp_path: Path) -> None:
    script = """
from PySide6.QtCore import QSettings
from lawgov_gui.gui.shell.settings_file import default_settings_path
qt = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "lawgov", "lawgov-gui")
print(qt.fileName())
print(default_settings_path())
"""  # in a process of its own: the test session has moved Qt's user folder (QSettings.setPath)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=30)
    qt, ours = proc.stdout.split()
    assert ours == qt == str(tmp_path / "lawgov" / "lawgov-gui.ini")


def test_a_linked_file_is_read_and_never_written_through(open_window, tmp_path: Path,
                                                          seed_path: Path) -> None:
    target = tmp_path / "dotfiles" / "lawgov.ini"
    target.parent.mkdir()
    target.write_bytes(USER)
    link = tmp_path / "config" / "settings.ini"
    link.parent.mkdir()
    link.symlink_to(target)
    window = open_window(seed_path, open_settings(link))
    assert window.settings.theme == "dark" and window.settings.point_size == 18
    box = the_box(window)
    assert box.text() == (f"设置文件 {link} 是符号链接或特殊文件，为安全起见不会写入：其中的设置照常使用，"
                          "但更改不会保存。此提示只显示一次。")
    box.accept()
    window.actions["zoom_in"].trigger()
    window.close()  # saves the state
    assert target.read_bytes() == USER
    assert link.is_symlink() and link.readlink() == target
    again = open_window(seed_path, open_settings(link))
    assert warnings(again) == []  # told once
    assert again.settings.point_size == 18


def test_a_link_to_a_named_pipe_neither_hangs_nor_is_replaced(open_window, tmp_path: Path,
                                                              seed_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "settings.ini"
    link.symlink_to(pipe)
    window = open_window(seed_path, open_settings(link))
    assert window.settings.point_size == DEFAULT_POINT_SIZE
    the_box(window).accept()
    window.close()
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and link.is_symlink()


def test_a_named_pipe_as_the_settings_file_does_not_hang_start_up(tmp_path: Path,
                                                                  seed_path: Path) -> None:
    folder = tmp_path / ".config" / "lawgov"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "lawgov-gui.ini")
    script = f"""
import sys
from lawgov_gui.app import build_window
window = build_window({str(seed_path)!r})
window.close()
print(window.settings_box.text())
"""
    proc = subprocess.run([sys.executable, "-c", script], env=environment(tmp_path),
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    [backup] = backups(folder / "lawgov-gui.ini")
    assert stat.S_ISFIFO(os.lstat(backup).st_mode)  # moved aside, never opened
    assert proc.stdout.strip() == f"设置文件已损坏，已恢复默认设置。原文件已备份为 {backup}"
    assert (folder / "lawgov-gui.ini").is_file()  # a fresh one, written at close


def test_a_huge_file_is_set_aside_unread(open_window, tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(USER + b"#" * MAX_SETTINGS_BYTES)
    window = open_window(seed_path, open_settings(path))
    assert window.settings.theme == "system"
    assert the_box(window).text().startswith("设置文件已损坏，已恢复默认设置。原文件已备份为")
    assert [b.stat().st_size for b in backups(path)] == [len(USER) + MAX_SETTINGS_BYTES]
    warnings(window)[0].accept()


def notice_at_next_start(path: Path, cache: Path) -> str:
    """What a new start of the program says about the settings file `path` ("" if nothing).

    A new process, as a real next start is: within one process, QSettings shares
    the file's unsaved changes between its objects.
    """
    script = f"""
from PySide6.QtWidgets import QApplication
from lawgov_gui.gui.shell.dialogs import settings_message
from lawgov_gui.gui.shell.settings_file import open_settings
from lawgov_gui.gui.shell.settings_recovery import recover_settings
app = QApplication([])
found = recover_settings(open_settings({str(path)!r}))
print(settings_message(found) if found else "")
"""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` unwritable, for root too (the immutable attribute) if need be."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(folder)]
    else:
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(folder)],
                                            capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder read-only for root here")
        undo = [chattr, "-i", str(folder)]
    try:
        yield
    finally:
        subprocess.run(undo, check=True)


READ_ONLY_FOLDER = {  # the file found there, the dialog's title and text, what is kept
    "damaged file": (GARBAGE, "设置已重置", "设置文件已损坏，已恢复默认设置。原文件无法移走，更改不会保存。"
                     "此提示只显示一次。", "system"),
    "good file": (USER, "设置无法保存", "设置无法保存：{path} 不可写，本次更改的设置在退出后不会保留。"
                  "此提示只显示一次。", "dark"),
}


@pytest.mark.parametrize(("content", "title", "told", "theme"), READ_ONLY_FOLDER.values(),
                         ids=READ_ONLY_FOLDER.keys())
def test_a_read_only_folder_is_told_once(open_window, tmp_path: Path, seed_path: Path,
                                         cache: Path, content: bytes, title: str, told: str,
                                         theme: str) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    path = folder / "settings.ini"
    path.write_bytes(content)
    told = told.format(path=path)
    with read_only(folder):
        first = open_window(seed_path, open_settings(path))
        assert first.settings.theme == theme
        box = the_box(first)
        assert (box.windowTitle(), box.text()) == (title, told)
        box.accept()
        first.close()
        assert notice_at_next_start(path, cache) == ""  # the next start stays quiet
        assert path.read_bytes() == content
        shutil.rmtree(cache)  # the memory of it gone: told again
        assert notice_at_next_start(path, cache) == told
