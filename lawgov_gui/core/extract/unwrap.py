"""Join the lines of a text that was broken at a fixed width.

Copies from 范文 sites and from some portals keep the line breaks of the page they
were cut from: every line of a paragraph is as wide as the page, and a word may
be split across two lines ("维持原行政行" / "为2件"). Such a text is recognised by
its many lines of one width, and a line of that width that does not end a
sentence is joined to the next, unless the next one opens a numbered heading.
Everything else (a web page's paragraphs, a table one cell a line) is left as is.

Widths are counted as a page shows them: a Chinese character two columns, an
ASCII one one (the length of the line in UTF-8 gives that without a Python loop).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_SAMPLE = 400  # lines looked at to decide whether the text is wrapped
_MIN_WIDTH = 40  # columns: shorter lines are headings, cells and last lines
_BAND = 12  # columns a full line may fall short of the page width by (digits, ASCII commas)
_MIN_FULL = 6  # full lines needed to call a text wrapped
_SHARE = 0.6  # of the sampled lines at least _MIN_WIDTH wide
_ENDS = tuple("。！？；：!?;:”’」』）)】")
_SENTENCE = re.compile(r"[。！？；!?;]")
_OPENS = re.compile(r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分]")


def width(line: str) -> int:
    """The columns `line` takes on a page (a CJK character 2, an ASCII one 1)."""
    return (len(line.encode("utf-8")) + len(line)) // 2


def page_width(lines: list[str]) -> int | None:
    """The width the text was broken at, or None when it was not broken at one."""
    wide = sorted(w for w in map(width, lines[:_SAMPLE]) if w >= _MIN_WIDTH)
    if len(wide) < _MIN_FULL:
        return None
    # the page width: the widest band of _BAND columns that holds the most lines
    full, page = max((bisect_right(wide, w) - bisect_left(wide, w - _BAND), w) for w in set(wide))
    return page if full >= _MIN_FULL and full >= _SHARE * len(wide) else None


def unwrap(lines: list[str]) -> list[str]:
    """`lines` with the lines of each broken paragraph joined (unchanged if not broken)."""
    page = page_width(lines)
    if page is None:
        return lines
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and _goes_on(line, page):
            out[-1] += line
        else:
            out.append(line)
        joining = width(line) >= page - _BAND and not line.endswith(_ENDS)
    return out


def _goes_on(line: str, page: int) -> bool:
    """Whether `line` carries on the paragraph above it: not a heading, and either full
    itself or a paragraph's last line (a sentence ends in it). A short line that ends no
    sentence is a name or a title (国务院总理 李强)."""
    if _OPENS.match(line):
        return False
    return width(line) >= page - _BAND or _SENTENCE.search(line) is not None
