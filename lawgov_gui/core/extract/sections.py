"""The section tree: 一、 → 1, （一） → 2, 1. / 1、 → 3, （1） → 4.

A heading starts a line. It may stand alone or run into its paragraph, in which
case its title is the first sentence. A marker counts only when its number goes on
from the last one of its level (or starts again at 1), so a stray "5." in running
text never becomes a section. Numbering may run on across parents (4. after (二)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Section
from .numerals import parse_chinese

_CN = "一二三四五六七八九十"
HEADING = re.compile(
    rf"(?P<l1>[{_CN}]{{1,3}}、)"
    rf"|(?P<l2>\([{_CN}]{{1,3}}\))"
    r"|(?P<l4>\(\d{1,2}\))"
    r"|(?P<l3>\d{1,2}(?:\.(?!\d)|、))"
)
_NOT_TITLE_START = re.compile(rf"[{_CN}]+[、季月年是]|$")
_SENTENCE_END = "。!?;"
_TRAILING = " :;,.、。：；，．"


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line found in the text."""

    level: int
    number: int
    marker: str
    title: str
    start: int
    heading_end: int


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


def _match_heading(text: str, shadow: str, start: int, end: int) -> Heading | None:
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
    return Heading(level, _number(m.group(0)), marker, title, start, heading_end)


def find_headings(text: str, shadow: str) -> list[Heading]:
    """Headings in document order whose numbering is consistent.

    Args:
        text: the cleaned report text, one paragraph per line.
        shadow: its shadow (normalize.shadow).
    """
    last = {1: 0, 2: 0, 3: 0, 4: 0}
    found: list[Heading] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        h = _match_heading(text, shadow, pos, end)
        if h and (h.number == last[h.level] + 1 or (h.number == 1 and h.level > 1)):
            last[h.level] = h.number
            found.append(h)
        pos = end + 1
    return found


def build_tree(headings: list[Heading], text_len: int) -> list[Section]:
    """Nest headings into sections with ids 1, 1.2, 1.2.3 and whole-text spans."""
    roots: list[Section] = []
    stack: list[Section] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop().end = h.start - 1
        siblings = stack[-1].children if stack else roots
        prefix = stack[-1].id + "." if stack else ""
        sec = Section(f"{prefix}{len(siblings) + 1}", h.level, h.marker, h.title,
                      h.start, text_len, h.heading_end)
        siblings.append(sec)
        stack.append(sec)
    return roots
