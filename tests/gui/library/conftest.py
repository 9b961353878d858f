"""Libraries for the library window's tests: the seed and the dev openings, read once; and one
with report pairs whose change checks agree (松原市), disagree (白城市) and whose 2022 figures
conflict (松原市 revised)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from lawgov_gui.core.library import Library
from lawgov_gui.gui.common.library_model import LibraryModel
from tests.conftest import SEED
from tests.core.library.conftest import DEV, write_pair
from tests.gui.test_languages import _build_script


@pytest.fixture(autouse=True)
def deleted_when_closed(qapp) -> Iterator[None]:
    """The widgets a test showed are deleted as it ends (pytest-qt closes them and asks for their
    deletion), not later by the garbage collector: a view deleted by the collector can ask the
    Python side of an object freed in the same collection for an override, which crashes while
    another thread runs Python (the 对照 alignment on the thread pool)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def show(qtbot, widget, width: int, height: int):
    """`widget` at `width` × `height`, shown and exposed, closed with the test."""
    widget.resize(width, height)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(scope="session")
def filled_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library file holding the seed and the dev openings (not to be changed)."""
    path = tmp_path_factory.mktemp("library-window") / "lib.sqlite3"
    with Library(path) as library:
        library.add([SEED, *DEV])
    return path


@pytest.fixture
def filled_model(qapp, filled_file: Path, tmp_path: Path) -> Iterator[LibraryModel]:
    """A LibraryModel on a copy of the filled library, for the test to change."""
    copy = tmp_path / "lib.sqlite3"
    shutil.copyfile(filled_file, copy)
    model = LibraryModel(copy)
    yield model
    model.close()


@pytest.fixture(scope="session")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The library file with the report pairs, filled once (not to be changed)."""
    root = tmp_path_factory.mktemp("views")
    pairs = root / "pairs"
    write_pair(pairs, "松原市人民政府", 2212, 8.5)  # 82.37% agrees with 2212 → 4034
    write_pair(pairs, "白城市人民政府", 2000, 8.5)  # 2000 → 4034 is 101.7%: flagged
    revised = write_pair(root / "revised", "松原市人民政府", 2212, 8.7)[0]  # 8.5% vs 8.7%
    with Library(root / "lib.sqlite3") as lib:
        lib.add([SEED, *DEV, pairs, revised], workers=1)
    return root / "lib.sqlite3"


@pytest.fixture
def library_model(qapp, library_path: Path) -> Iterator[LibraryModel]:
    """The window's model of the library with the report pairs."""
    model = LibraryModel(library_path)
    yield model
    model.close()


@pytest.fixture
def empty_model(qapp, tmp_path: Path) -> Iterator[LibraryModel]:
    """A LibraryModel whose file is not made yet."""
    model = LibraryModel(tmp_path / "new" / "lib.sqlite3")
    yield model
    model.close()


@pytest.fixture
def in_english(qapp):
    """The program's strings in English (its translation built if missing), the language of
    Qt's own and its locale untouched (Qt's dialogs format their dates by it); Chinese after."""
    translator = QTranslator()
    assert translator.load(str(_build_script().ensure_qm("en")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
