"""What the window remembers between runs, kept in QSettings.

The last report and reading position, the text size, the theme, the splitter and
window geometry, the recent files, and where the library of reports is. Keys and their types live here so the
window code reads like prose.

Opening the file safely (never through a symbolic link, never a named pipe) is
settings_file.py's work; setting a bad file aside and keeping its good keys is
settings_recovery.py's.

Every write is atomic: QSettings (Qt 6) saves an INI file through QSaveFile, into
a temporary file in the same folder renamed over the old one on commit, and with
`isAtomicSyncRequired()` true (the default) it never falls back to writing in
place. A crash during `sync()` leaves the old file or the new one, never half of
either.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ...core.library import default_db_path
from ...core.summary.layout import Layout, Paper
from ...core.summary.options import Options
from ..common.theme import Theme

MAX_RECENT = 10
DEFAULT_POINT_SIZE = 14.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 48.0
UI_SCALES = (100, 125, 150, 175, 200)  # 界面字号, percent of the platform's UI font
CLIPBOARD = "剪贴板"  # the source "path" of a report pasted from the clipboard; never a file


# ----- the type of each key (a value of another type reads as the default)
def _number(value: object) -> bool:
    try:
        return math.isfinite(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _text(value: object) -> bool:
    return isinstance(value, str)


def _texts(value: object) -> bool:
    """A string list; an INI file gives a one-item list back as a plain string."""
    return isinstance(value, str) or (isinstance(value, list)
                                      and all(isinstance(v, str) for v in value))


def _bytes(value: object) -> bool:
    return isinstance(value, QByteArray)


def _flag(value: object) -> bool:
    return isinstance(value, (str, bool))


EXPECTED: dict[str, Callable[[object], bool]] = {
    "view/point_size": _number, "view/theme": _text, "files/recent": _texts,
    "reading/path": _text, "reading/offset": _number, "reading/section": _text,
    "view/ui_scale": _number, "files/export_dir": _text,
    "window/geometry": _bytes, "window/docks": _bytes, "window/splitter": _bytes,
    "window/library": _bytes,
    "summary/layout": _text, "summary/paper": _text, "summary/charts": _flag,
    "summary/table": _flag, "summary/full_text": _flag, "library/path": _text,
}


class Settings:
    """Typed access to the window's QSettings; a value of the wrong type reads as the default.

    Args:
        store: the QSettings to read and write.
    """

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _float(self, key: str, default: float) -> float:
        value = self.store.value(key, default)
        return float(value) if _number(value) else default  # type: ignore[arg-type]

    @property
    def point_size(self) -> float:
        size = self._float("view/point_size", DEFAULT_POINT_SIZE)
        return min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))

    @point_size.setter
    def point_size(self, value: float) -> None:
        self.store.setValue("view/point_size", float(value))

    @property
    def theme(self) -> Theme:
        value = self.store.value("view/theme", Theme.SYSTEM.value)
        return Theme(value) if isinstance(value, str) and value in set(Theme) else Theme.SYSTEM

    @theme.setter
    def theme(self, value: Theme) -> None:
        self.store.setValue("view/theme", Theme(value).value)

    @property
    def ui_scale(self) -> int:
        """The interface size in percent (one of UI_SCALES; 100 by default)."""
        value = round(self._float("view/ui_scale", 100))
        return value if value in UI_SCALES else 100

    @ui_scale.setter
    def ui_scale(self, value: int) -> None:
        self.store.setValue("view/ui_scale", int(value))

    @property
    def summary_options(self) -> Options:
        """The summary options last used (defaults on first use, or for a value not understood).

        The section choice belongs to a report and is not remembered.
        """
        def flag(key: str, default: bool) -> bool:
            value = str(self.store.value(f"summary/{key}", default)).lower()
            return value in ("true", "1") if value in ("true", "1", "false", "0") else default

        def choice(key: str, kind: type[Layout] | type[Paper], default: str) -> str:
            value = self.store.value(f"summary/{key}", default)
            return value if isinstance(value, str) and value in set(kind) else default

        return Options(layout=choice("layout", Layout, Layout.GBT),
                       paper=choice("paper", Paper, Paper.A4),
                       charts=flag("charts", True), table=flag("table", False),
                       full_text=flag("full_text", False))

    @summary_options.setter
    def summary_options(self, options: Options) -> None:
        self.store.setValue("summary/layout", options.layout.value)
        self.store.setValue("summary/paper", options.paper.value)
        for key in ("charts", "table", "full_text"):
            self.store.setValue(f"summary/{key}", getattr(options, key))

    def export_dir(self) -> str:
        """Where export and save dialogs start: the folder of the last export if it
        still exists, else the user's documents folder (else home)."""
        last = self.store.value("files/export_dir", "")
        if isinstance(last, str) and last and Path(last).is_dir():
            return last
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return docs if docs and Path(docs).is_dir() else str(Path.home())

    def remember_export(self, path: str) -> None:
        """Remember the folder of a file just exported, for the next dialog."""
        self.store.setValue("files/export_dir", str(Path(path).parent))

    def recent(self) -> list[str]:
        value = self.store.value("files/recent", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [v for v in items if isinstance(v, str) and v][:MAX_RECENT]

    def add_recent(self, path: str) -> list[str]:
        """Put `path` first in the recent files (a pasted report is not a file: not listed)."""
        if path == CLIPBOARD:
            return self.recent()
        items = [path] + [p for p in self.recent() if p != path]
        self.store.setValue("files/recent", items[:MAX_RECENT])
        return items[:MAX_RECENT]

    def last_report(self) -> tuple[str | None, int]:
        """The report open at the last exit and the offset then at the top."""
        path = self.store.value("reading/path", None)
        return (path if isinstance(path, str) and path else None), int(
            self._float("reading/offset", 0))

    def save_position(self, path: str, offset: int) -> None:
        """Remember the reading position in the file `path` (not in a pasted report)."""
        if path == CLIPBOARD:
            return
        self.store.setValue("reading/path", path)
        self.store.setValue("reading/offset", int(offset))

    def last_section(self) -> str | None:
        """Id of the section the panels were narrowed to at the last exit (None: all)."""
        value = self.store.value("reading/section", "")
        return value if isinstance(value, str) and value else None

    def save_section(self, sid: str | None) -> None:
        """Remember the panels' section (with `save_position`; None: the whole report)."""
        self.store.setValue("reading/section", sid or "")

    def library_path(self) -> Path:
        """The library file: the one set under library/path, else the one in the user's data
        folder (core.library.default_db_path)."""
        value = self.store.value("library/path", "")
        return Path(value) if isinstance(value, str) and value else default_db_path()

    def geometry(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}", None)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.store.sync()
