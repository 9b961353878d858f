"""Shared test set-up: GUI tests under tests/gui are marked `gui` automatically."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
SHARED = ROOT.parent / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    gui_dir = ROOT / "tests" / "gui"
    for item in items:
        if gui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory, monkeypatch) -> Path:
    """The user's data folder (where the library lives by default) in a temporary folder, so no
    test reads or writes the developer's library."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.setenv("APPDATA", str(folder))
    return folder


@pytest.fixture(scope="session")
def seed_report():
    from lawgov_gui.core import load_report

    return load_report(SEED)



_EXIT_STATUS = {"code": 0}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS["code"] = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without tearing the interpreter down once Qt has been loaded.

    Every result is reported by now. What is left is Python freeing the last Qt and
    pyqtgraph wrappers in no particular order, which now and then ends a fully
    passing run with a segmentation fault (exit 139 in CI); pyqtgraph documents the
    same way out (pyqtgraph.exit).
    """
    if "PySide6.QtWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["code"])
