"""The section tree: 一、 → 1, （一） → 2, 1. / 1、 → 3, （1） → 4.

A heading starts a line. It may stand alone or run into its paragraph, in which
case its title is the first sentence. A marker counts only when its number goes on
from the last one of its level (or starts again at 1), so a stray "5." in running
text never becomes a section. Numbering may run on across parents (4. after (二)).

Copies from document-sharing sites drop line breaks, so a heading may also stand
inside a line: after a sentence end (…工作。一、坚持党的领导，…), after the space a copy
left for the break, or run into the title above it (一、情况(一)学思想…). There it counts
only when its number goes on from the last one of its level, or is a 1 that opens its
parent's first children. A marker that continues a list begun inside the same sentence
(包括：（一）…；（二）…) is a list item, and so is a 1./(1) whose first clause ends at a ；
or that stands in an ordinary paragraph (see `_inline_ok`); 第二十条第(一)项 and 一是
never qualify. Such a section starts at its marker; the one before it ends just before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Section
from .numerals import parse_chinese

_CN = "一二三四五六七八九十"
HEADING = re.compile(
    rf"(?P<l1>[{_CN}]{{1,3}}、)"
    rf"|(?P<l2>\([{_CN}]{{1,3}}\))"
    r"|(?P<l4>\(\d{1,2}\))"
    r"|(?P<l3>\d{1,2}(?:\.(?!\d)|、))"
)
_NOT_TITLE_START = re.compile(rf"[{_CN}]+[、季月年是]|[项款条目]|\d{{1,2}}月|$")
# Where a heading that lost its line break may stand: after a sentence end (maybe closing a
# quote), after 如下: (一、 only), or after the space a copy left for the break (never 第 (一) 项).
# One character class first keeps the scan fast; `_boundary` checks the rest.
_BOUNDARY = re.compile(rf"[。!?;:\s][”’\"')]?\s*(?=[{_CN}(\d])")
_SENTENCE_STOP = re.compile(r"[。!?]")
_COLLAPSED = 600  # characters: a line this long is a page (or section) that lost its line breaks
# How a paragraph that lost the break after its standalone heading begins.
_PARAGRAPH_START = re.compile(
    rf"\s*(?:\d{{4}}年(?:以来|度)?,|(?:一年|今年|近年|多年)以?来|我[省市县区镇局委办]|第[{_CN}]+条|\|)")
_SENTENCE_END = "。!?;"
_TRAILING = " :;,.、。：；，．"


@dataclass(slots=True)
class Heading:
    """A heading line found in the text (not frozen: a frozen dataclass is made five times more
    slowly, and a report has a candidate heading per line; none is changed once made)."""

    level: int
    number: int
    marker: str
    title: str
    start: int
    heading_end: int
    inline: bool = False  # stands inside a line (its line break was lost)
    before: int = -1  # where the section before it ends, when inline (spaces left out)


@lru_cache(maxsize=512)  # a report writes the same few markers again and again (一、 (二) 3.)
def _number(marker: str) -> int:
    digits = marker.strip("()、.")
    return int(digits) if digits.isdigit() else int(parse_chinese(digits))


def _title(text: str, shadow: str, start: int, end: int) -> tuple[str, int]:
    """First sentence of a heading line, and where it ends in the text."""
    cut = end
    for ch in _SENTENCE_END:
        pos = shadow.find(ch, start, cut)
        if pos != -1:
            cut = pos
    title = text[start:cut].strip().rstrip(_TRAILING).strip()
    return title, min(end, cut + 1)


def _match_heading(text: str, shadow: str, start: int, end: int,
                   inline: bool = False) -> Heading | None:
    m = HEADING.match(shadow, start, end)
    if not m:
        return None
    level = int(m.lastgroup[1])  # type: ignore[index]
    body = m.end()
    while body < end and shadow[body] == " ":
        body += 1
    if _NOT_TITLE_START.match(shadow, body, end):
        return None
    title, heading_end = _title(text, shadow, body, end)
    if not title:
        return None
    marker = text[m.start():m.end()]
    before = start
    while inline and shadow[before - 1] == " ":
        before -= 1
    return Heading(level, _number(m.group(0)), marker, title, start, heading_end, inline, before)


def _boundary(shadow: str, line_start: int, m: re.Match) -> str:
    """What ends before a possible heading: the stop character, " " for a space, or ""."""
    c = m.group()[0]
    if c in "。!?;":
        return c
    if c == ":":
        return ":" if re.match(rf"[{_CN}]{{1,3}}、", shadow[m.end():m.end() + 4]) else ""
    return " " if m.start() > line_start and shadow[m.start() - 1] not in " 第" else ""


def _in_a_list(shadow: str, line_start: int, h: Heading, after: str) -> bool:
    """True when a marker after a ; goes on from one earlier in the same sentence."""
    if after != ";":
        return False
    stop = max((m.end() for m in _SENTENCE_STOP.finditer(shadow, line_start, h.start)),
               default=line_start)
    return any(_level_of(m) == h.level for m in HEADING.finditer(shadow, stop, h.start))


def _inline_ok(shadow: str, line: tuple[int, int], h: Heading, after: str, top: int) -> bool:
    """Whether a marker inside a line is a heading, not a list item of running text.

    A 1. or (1) inside a paragraph is mostly a list: it counts only under a higher heading
    on the same line, or in a line as long as a page that lost its breaks.
    """
    if _in_a_list(shadow, line[0], h, after):
        return False
    if h.level < 3:
        return True
    return shadow[h.heading_end - 1] != ";" and (top < h.level or line[1] - line[0] >= _COLLAPSED)


def _level_of(m: re.Match) -> int:
    return int(m.lastgroup[1])  # type: ignore[index]


class _Numbering:
    """The last number of each level, and whether a parent began since the last of a level."""

    def __init__(self) -> None:
        self.last = {1: 0, 2: 0, 3: 0, 4: 0}
        self.opened = {1: True, 2: True, 3: True, 4: True}

    def follows(self, h: Heading, inline: bool) -> bool:
        if h.number == self.last[h.level] + 1:
            return True
        return h.number == 1 and (self.opened[h.level] if inline else h.level > 1)

    def take(self, h: Heading) -> None:
        self.last[h.level] = h.number
        self.opened[h.level] = False
        for deeper in range(h.level + 1, 5):
            self.opened[deeper] = True


def _cut_title(text: str, h: Heading, at: int) -> Heading:
    """`h` with its title ending where a sub-heading that ran into it starts."""
    title = text[h.start + len(h.marker):at].strip().rstrip(_TRAILING).strip()
    return replace(h, title=title or h.title, heading_end=at)


def _run_into(text: str, shadow: str, h: Heading) -> Heading:
    """An inline heading whose title ran into its paragraph (二、存在的主要问题一年来,我省…): cut there."""
    body = h.start + len(h.marker)
    m = _PARAGRAPH_START.search(shadow, body + 2, h.heading_end) if h.inline else None
    return _cut_title(text, h, m.start()) if m else h


def _inner(text: str, shadow: str, h: Heading, end: int, numbering: _Numbering) -> Heading | None:
    """A deeper heading that ran into `h`'s title with no break (一、情况(一)学思想…)."""
    for m in HEADING.finditer(shadow, h.start + len(h.marker), h.heading_end):
        if _level_of(m) > h.level and shadow[m.start() - 1] != "第":
            sub = _match_heading(text, shadow, m.start(), end, inline=True)
            if sub and numbering.follows(sub, inline=True):
                return sub
    return None


def _opens_excerpt(found: list[Heading], line_no: int, h: Heading) -> bool:
    """An excerpt cut mid-report opens with its first heading at any number ((七)争议化解…).

    Only a heading on one of the first lines, at the start of its line, of level 1 or 2, with a
    heading's short title, and before any other heading.
    """
    return (not found and line_no < 3 and not h.inline and h.level <= 2 and len(h.title) <= 40
            and h.number > 1)


_CELL_ENDS = ("|", "｜")


def find_headings(text: str, shadow: str) -> list[Heading]:
    """Headings in document order whose numbering is consistent.

    Args:
        text: the cleaned report text, one paragraph per line.
        shadow: its shadow (normalize.shadow).
    """
    numbering = _Numbering()
    found: list[Heading] = []
    inside = _BOUNDARY.finditer(shadow)  # one scan of the whole text, taken line by line
    m = next(inside, None)
    pos = 0
    for n, line in enumerate(text.split("\n")):
        end = pos + len(line)
        starts = [(pos, "")]
        while m is not None and m.start() < end:
            if m.start() >= pos and m.end() <= end and (b := _boundary(shadow, pos, m)):
                starts.append((m.end(), b))
            m = next(inside, None)
        done, top = pos, 5  # top: the highest level found on this line so far
        if line.endswith(_CELL_ENDS) or line.rstrip().endswith(_CELL_ENDS):
            starts = []  # (一)予以公开 | : a row of a table flattened one cell a line
        for start, after in starts:
            if start < done:
                continue
            h = _match_heading(text, shadow, start, end, bool(after))
            if h is None or not (numbering.follows(h, bool(after)) or _opens_excerpt(found, n, h)) or (
                    after and not _inline_ok(shadow, (pos, end), h, after, top)):
                continue
            while h is not None:
                numbering.take(h)
                top = min(top, h.level)
                sub = _inner(text, shadow, h, end, numbering)
                found.append(_cut_title(text, h, sub.start) if sub else _run_into(text, shadow, h))
                done, h = found[-1].heading_end, sub
        pos = end + 1
    return found


def build_tree(headings: list[Heading], text_len: int) -> list[Section]:
    """Nest headings into sections with ids 1, 1.2, 1.2.3 and whole-text spans."""
    roots: list[Section] = []
    stack: list[Section] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop().end = h.before if h.inline else h.start - 1
        siblings = stack[-1].children if stack else roots
        prefix = stack[-1].id + "." if stack else ""
        sec = Section(f"{prefix}{len(siblings) + 1}", h.level, h.marker, h.title,
                      h.start, text_len, h.heading_end)
        siblings.append(sec)
        stack.append(sec)
    return roots
