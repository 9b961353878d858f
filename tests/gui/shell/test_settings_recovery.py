"""A settings file that is unreadable or corrupt: the app starts anyway, from the defaults,
says so once, and keeps the bad file beside the new one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from lawgov_gui.gui.shell.main_window import MainWindow
from lawgov_gui.gui.shell.settings import DEFAULT_POINT_SIZE
from lawgov_gui.gui.shell.settings_recovery import recover_settings

GARBAGE = bytes(range(256)) * 4 + b"\n[view\npoint_size\xff\xfe=\x00\n"
GOOD = b"[files]\nrecent=/a/one.txt\n[reading]\npath=/a/one.txt\n[view]\ntheme=dark\n"
WRONG_TYPES = {  # a file with one value of the wrong type, and that key
    "zoom is not a number": (GOOD + b"point_size=\xe5\xa4\xa7\xe5\xad\x97\n", "view/point_size"),
    "recent files are not a list": (
        b"[files]\nrecent=@Rect(0 0 10 10)\n[reading]\npath=/a/one.txt\n[view]\ntheme=dark\n",
        "files/recent"),
    "geometry is not bytes": (GOOD + b"[window]\ngeometry=800x600\n", "window/geometry"),
    "offset is not a number": (GOOD.replace(b"path=/a/one.txt\n", b"path=/a/one.txt\noffset=@Size(3 4)\n"),
                               "reading/offset"),
}


def ini(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "settings.ini"
    path.write_bytes(content)
    return path


def store(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".bad-*"))


def warnings(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "settingsResetDialog")
            if box.isVisible()]


def assert_defaults(window: MainWindow) -> None:
    assert window.settings.point_size == DEFAULT_POINT_SIZE
    assert window.text.document().defaultFont().pointSizeF() == DEFAULT_POINT_SIZE
    assert window.settings.theme == "system"
    assert window.actions["theme_system"].isChecked()


def test_garbage_file_starts_with_defaults_warns_once_and_keeps_a_copy(
        open_window, tmp_path: Path, seed_path: Path) -> None:
    path = ini(tmp_path, GARBAGE)
    window = open_window(seed_path, store(path))
    assert_defaults(window)
    [box] = warnings(window)
    [backup] = backups(path)
    assert re.fullmatch(r"settings\.ini\.bad-\d{8}-\d{6}", backup.name)
    assert backup.read_bytes() == GARBAGE
    assert box.text() == f"设置文件已损坏，已恢复默认设置。原文件已备份为 {backup}"
    assert "吉林省2023年法治政府建设情况报告" in window.text.toPlainText()
    box.accept()
    window.close()
    again = open_window(None, store(path))
    assert warnings(again) == []
    assert backups(path) == [backup]
    assert again.state.path == str(seed_path)


@pytest.mark.parametrize(("content", "key"), WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
def test_a_wrong_value_is_dropped_and_the_other_keys_kept(open_window, tmp_path: Path,
                                                          seed_path: Path, content: bytes,
                                                          key: str) -> None:
    path = ini(tmp_path, content)
    window = open_window(seed_path, store(path))
    [box] = warnings(window)
    [backup] = backups(path)
    assert backup.read_bytes() == content
    assert box.text() == (f"设置文件中有 1 项的值无法识别（{key}），这几项已恢复默认，其余设置保留。"
                          f"原文件已备份为 {backup}")
    assert window.settings.theme == "dark" and window.actions["theme_dark"].isChecked()
    assert window.settings.last_report()[0] == "/a/one.txt"
    assert window.settings.point_size == DEFAULT_POINT_SIZE
    recent = [a.text() for a in window.actions.recent_menu.actions()]
    assert recent[0] == f"&1 {seed_path}"
    assert (recent[1:] == ["&2 /a/one.txt"]) == (key != "files/recent")
    box.accept()
    window.close()
    again = open_window(seed_path, store(path))
    assert warnings(again) == [] and backups(path) == [backup]
    assert again.settings.theme == "dark"


def test_unreadable_file_is_set_aside_too(open_window, tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.mkdir()  # readable by no one, root included
    window = open_window(seed_path, store(path))
    assert_defaults(window)
    [backup] = backups(path)
    window.settings.sync()  # QSettings writes on its own schedule; make it now
    assert backup.is_dir() and path.is_file()
    assert len(warnings(window)) == 1
    warnings(window)[0].accept()


def test_same_store_warns_only_once(open_window, tmp_path: Path, seed_path: Path) -> None:
    bad = store(ini(tmp_path, GARBAGE))
    first = open_window(seed_path, bad)
    assert len(warnings(first)) == 1
    warnings(first)[0].accept()
    first.close()
    second = open_window(seed_path, bad)
    assert warnings(second) == []
    assert len(backups(tmp_path / "settings.ini")) == 1


def test_settings_saved_after_a_reset_are_read_back(open_window, tmp_path: Path,
                                                    seed_path: Path) -> None:
    path = ini(tmp_path, WRONG_TYPES["zoom is not a number"][0])
    window = open_window(seed_path, store(path))
    warnings(window)[0].accept()
    window.actions["zoom_in"].trigger()
    window.close()
    again = open_window(None, store(path))
    assert again.settings.point_size == DEFAULT_POINT_SIZE + 1
    assert warnings(again) == []


def test_good_file_is_kept_as_it_is(tmp_path: Path) -> None:
    content = (b"[files]\nrecent=/a/one.txt\n[reading]\npath=/a/one.txt\noffset=120\n"
               b"[view]\npoint_size=18\ntheme=dark\n[window]\nsplitter=@ByteArray(\\x1\\x2)\n")
    path = ini(tmp_path, content)
    assert recover_settings(store(path)) is None
    assert path.read_bytes() == content and backups(path) == []
