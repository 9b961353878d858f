"""Opening the settings file without hanging on it or writing through it.

QSettings reads its file as it is constructed and, on saving, replaces whatever
the path leads to. So the path is looked at first, with lstat, and QSettings is
only given a regular file (or nothing):

- a regular file of sensible size: opened as usual;
- a named pipe, a device, a folder, a socket, or a file over MAX_SETTINGS_BYTES:
  set aside (renamed, never opened) and the app starts from the defaults;
- a symbolic link: never written through (a link to a device once replaced the
  device node, as root). Its values are read if it leads to a regular file, into
  a private copy that the session writes and that is removed at exit; the reader
  is told, once, that changes are not saved. If a special file cannot be set
  aside either, the defaults are used the same way.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from ...core.writers.atomic import WriteFailed, atomic_write
from .settings_recovery import OPENED, PRIVATE, Problem, Recovery, read_regular, set_aside

MAX_SETTINGS_BYTES = 1 << 20  # the real file is a few kilobytes
_copies: list[Path] = []  # folders of private copies, removed at exit


def default_settings_path() -> Path:
    """Where QSettings(IniFormat, UserScope, "lawgov", "lawgov-gui") keeps its file.

    Computed rather than asked of QSettings, which would read the file at once.
    """
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".config"
    return base / "lawgov" / "lawgov-gui.ini"


def _special(path: Path) -> bool:
    """Whether `path` exists and is not a regular file of sensible size (no link followed)."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return not stat.S_ISREG(st.st_mode) or st.st_size > MAX_SETTINGS_BYTES


def _private_copy(path: Path, content: bytes | None) -> QSettings:
    """A QSettings on a private copy of `content` (None: empty), named like `path`."""
    folder = Path(tempfile.mkdtemp(prefix="lawgov-settings-"))
    _copies.append(folder)
    copy = folder / path.name
    if content:
        with contextlib.suppress(WriteFailed):  # the defaults, then
            atomic_write(copy, lambda tmp: tmp.write_bytes(content))
    store = QSettings(str(copy), QSettings.Format.IniFormat)
    store.setProperty(PRIVATE, True)
    return store


def _opened(store: QSettings, found: Recovery) -> QSettings:
    store.setProperty(OPENED, found)
    return store


def open_settings(path: str | os.PathLike[str] | None = None) -> QSettings:
    """The settings at `path` (default: the user's), opened as the module says.

    What was found, if anything, is kept on the store for `recover_settings`.
    """
    path = Path(path) if path is not None else default_settings_path()
    if path.is_symlink():
        found = Recovery(Problem.READ_ONLY, path)
        return _opened(_private_copy(path, read_regular(path, MAX_SETTINGS_BYTES)), found)
    if _special(path):
        backup = set_aside(path)
        if backup is None:
            return _opened(_private_copy(path, None), Recovery(Problem.READ_ONLY, path))
        return _opened(QSettings(str(path), QSettings.Format.IniFormat),
                       Recovery(Problem.DAMAGED, path, backup))
    return QSettings(str(path), QSettings.Format.IniFormat)


def _remove_copies() -> None:
    for folder in _copies:
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(_remove_copies)
