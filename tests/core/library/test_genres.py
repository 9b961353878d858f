"""The genres' Chinese names, as `library list` and the library window show them."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import GENRE_NAMES, genre_name
from lawgov_gui.core.model import Genre


@pytest.mark.parametrize(("value", "name"), [
    ("fazhi_report", "法治政府建设报告"),
    ("info_disclosure_report", "政府信息公开年报"),
    ("other", "其他"),
    ("no_such_genre", "其他"),  # a value of a newer version reads as 其他
])
def test_genre_name(value: str, name: str) -> None:
    assert genre_name(value) == name


def test_every_genre_has_a_name() -> None:
    assert set(GENRE_NAMES) == set(Genre)
