"""How much of a table's height its whole rows take (the strip under them is left blank)."""

from __future__ import annotations

import pytest

from lawgov_gui.gui.library.whole_rows import whole_rows


@pytest.mark.parametrize(("heights", "room", "used"), [
    ([19] * 9, 107, 95),  # five whole rows; the sixth would be cut after 12 pixels
    ([19, 33, 19], 60, 52),  # a heading on two lines
    ([19] * 3, 57, None),  # all fit exactly: nothing is cut
    ([19] * 3, 200, None),
    ([40], 30, 0),  # not even the first fits
    ([], 100, None),
])
def test_the_whole_rows_that_fit(heights: list[int], room: int, used: int | None) -> None:
    assert whole_rows(iter(heights), room) == used
