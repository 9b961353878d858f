"""A bad or unsavable settings file: what is kept, what is set aside, and what is said once.

- A file that cannot be parsed (or is not a regular file, or is absurdly big) is
  set aside, renamed to `NAME.bad-YYYYmmdd-HHMMSS` beside itself, and the app
  starts from the defaults.
- Values of the wrong type are dropped one by one: the other keys (recent files,
  reading position…) are kept. The file as it was is still set aside first.
- A file that cannot be saved (its folder, or itself, is read-only), or that the
  app will not write (a symbolic link), is used as it is and never written.

The reader is told once per QSettings (`recover_settings` checks a store once). A
problem the app cannot remove (the file stays bad, the folder stays read-only)
would come back at every start; the user expects to hear about it once, not
every morning, and again only if something changes. So such notices are
remembered in a small file in the user's cache folder (written elsewhere than the
read-only settings folder) by a fingerprint of the file and its folder (inode,
size, modification time, mode): a later start with nothing changed stays quiet;
a changed file or folder, or a cleared cache, brings the notice back.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ...core.writers.atomic import WriteFailed, atomic_write
from .settings import EXPECTED

OPENED = "lawgov_settings_opened"  # store property: a Recovery found before QSettings read
PRIVATE = "lawgov_settings_private"  # store property: a private copy, never the user's file
_CHECKED = "lawgov_settings_checked"
MAX_NOTICES = 50


class Problem(Enum):
    """What was wrong with the settings file."""

    DAMAGED = "damaged"  # unreadable, not INI, not a regular file or too big: defaults
    WRONG_VALUES = "wrong_values"  # some values of the wrong type: those keys dropped
    NOT_SAVED = "not_saved"  # its folder (or the file) is read-only: changes are lost
    READ_ONLY = "read_only"  # a symbolic link or special file: read, never written


@dataclass(frozen=True, slots=True)
class Recovery:
    """What was found in the settings file and done about it, for the window to say.

    Attributes:
        problem: what was wrong.
        path: the settings file.
        backup: where the bad file was set aside; None if it was not moved.
        keys: the keys dropped for holding a value of the wrong type.
    """

    problem: Problem
    path: Path
    backup: Path | None = None
    keys: tuple[str, ...] = field(default=())

    @property
    def repeats(self) -> bool:
        """Whether the same problem will be found at the next start (nothing was fixed)."""
        return self.backup is None


# ----- reading and setting aside, never opening anything but a regular file
def read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of `path` if it is a regular file of at most `limit` bytes, else None.

    Opened without blocking (a named pipe would wait for a writer) and checked on
    the open file itself, so a file swapped after a check is caught too.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(limit + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= limit else None


def _backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while backup.exists() or backup.is_symlink():
        n += 1
        backup = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    return backup


def set_aside(path: Path) -> Path | None:
    """Rename the bad file (kept whole, even if unreadable) beside itself; its new path.

    A rename never opens the file, so a named pipe or a device is moved, not read.
    """
    if not (path.exists() or path.is_symlink()):
        return None
    backup = _backup_path(path)
    try:
        os.replace(path, backup)
    except OSError:
        return None
    return backup


def can_save(path: Path) -> bool:
    """Whether QSettings can replace `path` (it writes a temporary file in its folder, then
    renames it; it also refuses an existing file that is not writable)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # QSettings creates the missing folders
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


# ----- checking the content
def wrong_keys(store: QSettings) -> list[str]:
    """The keys of `store` holding a value of a type the app does not expect."""
    wrong = []
    for key in store.allKeys():
        check = EXPECTED.get(key)
        value = store.value(key)
        if check is not None and value is not None and not check(value):
            wrong.append(key)
    return wrong


def _reset(store: QSettings, path: Path) -> Recovery:
    backup = set_aside(path)
    store.clear()
    store.sync()
    return Recovery(Problem.DAMAGED, path, backup)


def _drop(store: QSettings, path: Path, wrong: list[str], opened: Recovery | None) -> Recovery:
    """Set the file aside and write back only its good keys (only forget them in a copy)."""
    if store.property(PRIVATE):
        for key in wrong:
            store.remove(key)
        return opened or Recovery(Problem.WRONG_VALUES, path, None, tuple(wrong))
    good = {key: store.value(key) for key in store.allKeys() if key not in wrong}
    backup = set_aside(path)
    store.clear()
    for key, value in good.items():
        store.setValue(key, value)
    store.sync()
    return Recovery(Problem.WRONG_VALUES, path, backup, tuple(wrong))


def _check(store: QSettings) -> Recovery | None:
    path = Path(store.fileName())
    opened = store.property(OPENED)
    store.allKeys()  # parses every section, so status() reports format errors too
    if store.status() != QSettings.Status.NoError and opened is None:
        return _reset(store, path)
    wrong = wrong_keys(store)
    if wrong:
        return _drop(store, path, wrong, opened)
    if opened is None and not store.property(PRIVATE) and not can_save(path):
        return Recovery(Problem.NOT_SAVED, path)
    return opened


def recover_settings(store: QSettings) -> Recovery | None:
    """Check `store` once: set a bad file aside or drop its bad values, and say what was done.

    Returns:
        What to tell the reader; None when the file is fine, when `store` was
        checked before (QSettings keeps an error status for good, so a second check
        would see the old error again), or when the same lasting problem was
        already told at an earlier start.
    """
    if store.property(_CHECKED):
        return None
    store.setProperty(_CHECKED, True)
    found = _check(store)
    if found is None or (found.repeats and not _first_time(found)):
        return None
    return found


# ----- remembering what was told, in the cache folder
def notices_path() -> Path:
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(cache or Path.home() / ".cache") / "lawgov" / "settings-notices.txt"


def _stamp(path: Path) -> str:
    try:
        st = os.lstat(path)
    except OSError:
        return "-"
    return f"{st.st_dev}:{st.st_ino}:{st.st_mode:o}:{st.st_size}:{st.st_mtime_ns}"


def fingerprint(found: Recovery) -> str:
    """One line naming the problem and the state of the file and its folder."""
    return "\t".join((found.problem.value, str(found.path), _stamp(found.path),
                      _stamp(found.path.parent)))


def _first_time(found: Recovery) -> bool:
    """Whether this lasting problem is new; if so, remember it (best effort)."""
    path, line = notices_path(), fingerprint(found)
    told = (read_regular(path, 64 * 1024) or b"").decode("utf-8", "replace").splitlines()
    if line in told:
        return False
    kept = [*told[-(MAX_NOTICES - 1):], line]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, lambda tmp: tmp.write_text("\n".join(kept) + "\n", encoding="utf-8"))
    except (OSError, WriteFailed):
        pass  # nowhere to remember it: the notice will come again next time
    return True
