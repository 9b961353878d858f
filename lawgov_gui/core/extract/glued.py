"""List numbers glued to the figure that opens their line: 1 / 2 / 3 lost their separator.

A web page's ordered list (<ol>, or ①–④ in a font the copy lost) comes out of a saved page
as its items' numbers written straight before their text:

    12020年,省政府新收行政复议申请188件…
    22020年,报送数据的省直部门共收到…
    313个市州新收行政复议申请4377件…
    4103个县级政府中…

The 3 of 313个 is the third item's number, and 13个 the figure. A number is taken for such a
marker only when the lines that open on a digit count 1, 2, 3… in order (at least three of
them, a few lines apart at most), and what follows each marker reads on (a digit or a
Chinese character, no separator): a report's own figures do not count up line by line.
"""

from __future__ import annotations

import re

_DIGIT_LINE = re.compile(r"^([1-9])(?=[\d\u4e00-\u9fff])", re.M)
_MIN_ITEMS = 3
_MAX_GAP = 3  # lines between two items


def glued_markers(shadow: str) -> frozenset[int]:
    """Offsets of the list numbers glued to their lines' first words in `shadow`.

    Args:
        shadow: the text's shadow (normalize.shadow), lines separated by newlines.

    Returns:
        The offset of each such number (one character), empty when there is no such list.
    """
    found: set[int] = set()
    run: list[int] = []
    last_line, line, pos = -_MAX_GAP - 2, 0, 0
    for m in _DIGIT_LINE.finditer(shadow):
        line += shadow.count("\n", pos, m.start())  # counted on from the last line: linear
        pos = m.start()
        digit = int(m.group(1))
        if run and digit == len(run) + 1 and line - last_line <= _MAX_GAP + 1:
            run.append(m.start())
        else:
            _keep(run, found)
            run = [m.start()] if digit == 1 else []
        last_line = line
    _keep(run, found)
    return frozenset(found)


def _keep(run: list[int], found: set[int]) -> None:
    if len(run) >= _MIN_ITEMS:
        found.update(run)
