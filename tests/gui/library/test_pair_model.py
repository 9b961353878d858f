"""The 对照 figures' change, in the interface's language (a count keeps the report's unit)."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library.figure_pairs import Figure, FigurePair
from lawgov_gui.gui.library.pair_model import delta_text


def change(before: tuple[str, float, str], after: tuple[str, float, str]) -> str:
    a, b = (Figure("i1", text, value, unit, 2023, 0, len(text), "")
            for text, value, unit in (before, after))
    delta = FigurePair("x", "x", a, b).delta
    assert delta is not None
    return delta_text(delta)


CASES = [  # before, after, in Chinese, in English
    (("95%", 95, "%"), ("98.5%", 98.5, "%"), "+3.5个百分点", "+3.5 percentage points"),
    (("12次", 12, "次"), ("12次", 12, "次"), "持平", "no change"),
    (("2212件", 2212, "件"), ("4034件", 4034, "件"), "+1822件（+82.4%）", "+1822件（+82.4%）"),
]


@pytest.mark.parametrize(("before", "after", "chinese", "_english"), CASES)
def test_the_change_in_chinese(qapp, before, after, chinese: str, _english: str) -> None:
    assert change(before, after) == chinese


@pytest.mark.parametrize(("before", "after", "_chinese", "english"), CASES)
def test_the_change_in_english(in_english, before, after, _chinese: str, english: str) -> None:
    assert change(before, after) == english
