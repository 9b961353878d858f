"""Libraries for the library window's tests: the seed and the dev openings, read once."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawgov_gui.core.library import Library
from lawgov_gui.gui.common.library_model import LibraryModel
from tests.conftest import SEED
from tests.core.library.conftest import DEV


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


@pytest.fixture
def empty_model(qapp, tmp_path: Path) -> Iterator[LibraryModel]:
    """A LibraryModel whose file is not made yet."""
    model = LibraryModel(tmp_path / "new" / "lib.sqlite3")
    yield model
    model.close()
