"""A library for the library views: the seed, the dev openings, and report pairs whose change
checks agree (松原市), disagree (白城市) and whose 2022 figures conflict (松原市 revised)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawgov_gui.core.library import Library
from lawgov_gui.gui.common.library_model import LibraryModel
from tests.conftest import SEED
from tests.core.library.conftest import DEV, write_pair


@pytest.fixture(scope="session")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The library file, filled once."""
    root = tmp_path_factory.mktemp("views")
    pairs = root / "pairs"
    write_pair(pairs, "松原市人民政府", 2212, 8.5)  # 82.37% agrees with 2212 → 4034
    write_pair(pairs, "白城市人民政府", 2000, 8.5)  # 2000 → 4034 is 101.7%: flagged
    revised = write_pair(root / "revised", "松原市人民政府", 2212, 8.7)[0]  # 8.5% vs 8.7%
    with Library(root / "lib.sqlite3") as lib:
        lib.add([SEED, *DEV, pairs, revised], workers=1)
    return root / "lib.sqlite3"


@pytest.fixture
def library_model(library_path: Path):
    """The window's model of the filled library."""
    model = LibraryModel(library_path)
    yield model
    model.close()


@pytest.fixture
def empty_model(tmp_path: Path):
    """The model of a library file that does not exist yet."""
    model = LibraryModel(tmp_path / "none.sqlite3")
    yield model
    model.close()
