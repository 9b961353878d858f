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

_FIRST = re.compile(r"\n1(?=[\d\u4e00-\u9fff])")  # a literal to search for: many times faster than ^
_MIN_ITEMS = 3
_MAX_GAP = 3  # lines between two items


def glued_markers(shadow: str) -> frozenset[int]:
    """Offsets of the list numbers glued to their lines' first words in `shadow`.

    Args:
        shadow: the text's shadow (normalize.shadow), lines separated by newlines.

    Returns:
        The offset of each such number (one character), empty when there is no such list.
    """
    starts = [m.start() + 1 for m in _FIRST.finditer(shadow)]
    if shadow[:1] == "1" and _reads_on(shadow, 1):
        starts.insert(0, 0)
    found: set[int] = set()
    for first in starts:
        run = _items(shadow, first)
        if len(run) >= _MIN_ITEMS:
            found.update(run)
    return frozenset(found)


def _items(shadow: str, first: int) -> list[int]:
    """The offsets of items 1, 2, 3… from the item 1 at `first`, each a few lines at most after
    the one before."""
    run, pos, gap = [first], first, 0
    while gap <= _MAX_GAP:
        nl = shadow.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
        if len(run) < 9 and shadow[pos:pos + 1] == str(len(run) + 1) and _reads_on(shadow, pos + 1):
            run.append(pos)
            gap = 0
        else:
            gap += 1
    return run


def _reads_on(shadow: str, at: int) -> bool:
    ch = shadow[at:at + 1]
    return bool(ch) and (ch.isdigit() or "\u4e00" <= ch <= "\u9fff")
