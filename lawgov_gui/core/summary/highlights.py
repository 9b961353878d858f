"""The firsts and highlights of a report (全国首个, 第一方阵, 率先, 首批…), each a short phrase.

A highlight is the clause that states it, quoted from the achievement part of the report
(not from its problems or plans), at most MAX_CHARS characters: a longer clause is cut to
its 、-separated piece holding the mark, or left out. Stronger marks come first (全国首个
before 率先 before 首次); at most MAX_HIGHLIGHTS, none that repeats another, in report order.
An aim (争创全国示范, 力争率先) is not an achievement and is left out.
"""

from __future__ import annotations

import re

from . import wording

MAX_HIGHLIGHTS = 5
MAX_CHARS = 30
_TIERS = (  # strongest first
    re.compile(r"(?:全国|国内|全省|全市)(?:首个|首家|首创|唯一|第一(?!方阵|责任|批|次)|首批)"),
    re.compile(r"第一方阵|率先|首批|首家|首创|首个|唯一|全国先进|(?:全国|国家级?)[^，。；]{0,10}示范"
               r"(?!引领|带动|作用)|获评|荣获|入选"),
    re.compile(r"首次"),
)
_AIM = re.compile(r"争创|力争|争取|努力|争当|打造|^将|计划|拟")
_REPEAT = 0.6  # share of a shorter phrase's character pairs another holds, to count as a repeat


def highlights(text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The highlights stated in text[lo:hi] for the (lo, hi) in `spans`."""
    found: list[tuple[int, int, str]] = []  # (tier, position, phrase)
    for tier, mark in enumerate(_TIERS):
        for lo, hi in spans:
            for m in mark.finditer(text, lo, hi):
                phrase = _phrase(text, m.start(), m.end())
                if phrase:
                    found.append((tier, m.start(), phrase))
    kept: list[tuple[int, str]] = []
    for _tier, pos, phrase in sorted(found):
        if len(kept) < MAX_HIGHLIGHTS and not any(_repeats(phrase, k) for _, k in kept):
            kept.append((pos, phrase))
    return tuple(phrase for _, phrase in sorted(kept))


def _phrase(text: str, start: int, end: int) -> str:
    """The clause stating a highlight, or its 、-piece holding the mark ("" when too long)."""
    lo, hi, closed = wording.clause_span(text, start, end)
    if not closed:
        return ""
    lo, hi = wording.balanced(text, lo, hi)
    clause = wording.trim_clause(text[lo:hi])
    mark = wording.full_width(text[start:end])
    if len(clause) > MAX_CHARS:
        clause = next((p for p in clause.split("、") if mark in p), "")
    if not clause or len(clause) > MAX_CHARS or _AIM.search(clause) or len(clause) <= len(mark) + 1:
        return ""
    return clause


def _repeats(phrase: str, other: str) -> bool:
    """True when one phrase holds the other, or most of the shorter one's character pairs."""
    short, long_ = sorted((phrase, other), key=len)
    if short in long_:
        return True
    pairs = {short[n:n + 2] for n in range(len(short) - 1)}
    return sum(p in long_ for p in pairs) >= _REPEAT * len(pairs)
