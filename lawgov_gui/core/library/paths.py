"""Where the library lives by default: the user's data folder, found the way platformdirs does.

Linux and other Unix: $XDG_DATA_HOME (else ~/.local/share); Windows: %APPDATA%; macOS:
~/Library/Application Support. The window may pass its own (QStandardPaths) instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "lawgov-gui"
DB_NAME = "library.sqlite3"


def data_folder() -> Path:
    """The user's data folder for this program (not created here)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_FOLDER


def default_db_path() -> Path:
    """The library file used when none is given."""
    return data_folder() / DB_NAME
