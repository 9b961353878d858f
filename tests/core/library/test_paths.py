"""The default library location: the user's data folder on each system."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lawgov_gui.core.library import default_db_path


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {"XDG_DATA_HOME": "/data"}, Path("/data/lawgov-gui/library.sqlite3")),
    ("linux", {}, Path.home() / ".local/share/lawgov-gui/library.sqlite3"),
    ("win32", {"APPDATA": "C:/Users/u/AppData/Roaming"},
     Path("C:/Users/u/AppData/Roaming/lawgov-gui/library.sqlite3")),
    ("darwin", {}, Path.home() / "Library/Application Support/lawgov-gui/library.sqlite3"),
])
def test_default_db_path(monkeypatch: pytest.MonkeyPatch, platform: str, env: dict,
                         expected: Path) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    for name in ("XDG_DATA_HOME", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_db_path() == expected
