"""What the window remembers between runs, kept in QSettings.

The last report and reading position, the text size, the theme, the splitter and
window geometry, and the recent files. Keys live here so the window code reads
like prose.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
DEFAULT_POINT_SIZE = 14.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 48.0


def open_settings() -> QSettings:
    """The application's settings (an INI file in the user's config folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "lawgov", "lawgov-gui")


class Settings:
    """Typed access to the window's QSettings.

    Args:
        store: the QSettings to read and write.
    """

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self.store.value(key, default))
        except (TypeError, ValueError):
            return default

    @property
    def point_size(self) -> float:
        size = self._float("view/point_size", DEFAULT_POINT_SIZE)
        return min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))

    @point_size.setter
    def point_size(self, value: float) -> None:
        self.store.setValue("view/point_size", float(value))

    @property
    def theme(self) -> str:
        value = str(self.store.value("view/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue("view/theme", value)

    def recent(self) -> list[str]:
        value = self.store.value("files/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in items if v][:MAX_RECENT]

    def add_recent(self, path: str) -> list[str]:
        items = [path] + [p for p in self.recent() if p != path]
        self.store.setValue("files/recent", items[:MAX_RECENT])
        return items[:MAX_RECENT]

    def last_report(self) -> tuple[str | None, int]:
        """The report open at the last exit and the offset then at the top."""
        path = self.store.value("reading/path", None)
        return (str(path) if path else None), int(self._float("reading/offset", 0))

    def save_position(self, path: str, offset: int) -> None:
        self.store.setValue("reading/path", path)
        self.store.setValue("reading/offset", int(offset))

    def geometry(self, key: str) -> QByteArray | None:
        value = self.store.value(f"window/{key}", None)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self.store.sync()
