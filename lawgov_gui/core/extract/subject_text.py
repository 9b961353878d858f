"""Reading the words of a clause for subjects.py: where a clause starts, its linking words,
its edges, the figure before a place, the verb phrase after one, a table row's label.

Pure functions of the text, and RECENT, the memo of what the last figures said; the
rules that choose a subject are in subjects.py.
"""

from __future__ import annotations

import re

from ..model import Kind
from .patterns import QUANTITY, UNITS
from .subject_words import (
    ACTION_VERB,
    AGENT_TAIL,
    DELIMS,
    LEAD,
    SENTENCE_ENDS,
    TRAIL_WORDS,
    VP_VERB,
    YUE_WORD_HEADS,
)

DELIM = re.compile("[" + re.escape(DELIMS.replace("、", "")) + "]")
MAX_BACK = 48
EDGE = " 、，,()（）“”\"‘’|"
_CAP = 36
_VP_MAX = 26
_TRAIL_BY_LAST: dict[str, list[str]] = {}
for _w in TRAIL_WORDS:
    _TRAIL_BY_LAST.setdefault(_w[-1], []).append(_w)
_TRAIL_YEAR = re.compile(r"\d{4}年的?$")
_DONE_VERB = re.compile(r"(?:已|均|全部)?(" + ACTION_VERB.pattern + ")")
_BREAK = re.compile("[、和及的]")
_PAIRED = re.compile("[()（）“”‘’\"]")


def clause_start(shadow: str, pos: int, floor: int = 0, back: int = MAX_BACK) -> int:
    """Offset just after the last clause delimiter before `pos` (not below floor).

    A list (A、B和C, A、B等5项) counts as one clause: 、 ends no clause, and the
    end of the figure before (floor) keeps the words of that figure out.
    """
    lo = max(floor, pos - back)
    m = DELIM.search(shadow[lo:pos][::-1])  # the nearest delimiter, searching backwards
    return pos - m.start() if m else lo


def strip_trailing(seg: str, stop: int) -> int:
    """Where `seg[:stop]` ends without its trailing linking words (达, 为, 由2022年…)."""
    while stop:
        last = seg[stop - 1]
        word = ""
        for w in _TRAIL_BY_LAST.get(last, ()):
            if seg.endswith(w, 0, stop):
                word = w
                break
        if word:
            if word == "约" and stop >= 2 and seg[stop - 2] in YUE_WORD_HEADS:
                break  # 村规民约, 公约: a noun, not "about"
            if word == "在" and stop >= 2 and seg[stop - 2] in "存现所实正内潜自":
                break  # 不存在, 所在: a word, not the preposition
            if word == "为" and stop >= 2 and seg[stop - 2] in "行作认成因以":
                break  # 原行政行为, 不作为: a word, not 为 (is)
            if word == "计" and stop >= 2 and seg[stop - 2] in "统设会审估预":
                break  # 报告统计, 设计: a word, not 计 (totalling)
            stop -= len(word)
            continue
        m = _TRAIL_YEAR.search(seg, max(0, stop - 6), stop) if last in "年的" else None
        if not m:
            break
        stop = m.start()
    return stop


def trim(s: str) -> str:
    """`s` without the spaces, separators and unbalanced brackets or quotes at its edges."""
    s = s.strip(" 、，,|")
    if not _PAIRED.search(s):
        return s
    for left, right in ("(（", ")）"), ("“‘\"", "”’\""):
        opened = sum(s.count(c) for c in left)
        closed = sum(s.count(c) for c in right)
        if left[0] == "“" and "\"" in left:
            opened, closed = opened - s.count("\""), closed - s.count("\"")
        if opened < closed:
            s = s.rstrip(right)
        elif opened > closed:  # an opener left at either edge: 占全年天数(|366天
            s = s.rstrip(left) if s[-1:] in left else s.lstrip(left)
    return s.strip(" 、，,|")


def capped(s: str) -> str:
    """`s` cut to _CAP characters at a list or phrase boundary, keeping its end (the head noun)."""
    if len(s) <= _CAP:
        return s
    for m in _BREAK.finditer(s, len(s) - _CAP):
        return trim(s[m.end():]) or s[-_CAP:]
    return s[-_CAP:]


def last_figure(shadow: str, lo: int, hi: int) -> tuple[int, int, Kind] | None:
    """The last figure in shadow[lo:hi] with a unit that is not a year (2019年)."""
    last = None
    for m in QUANTITY.finditer(shadow, max(0, lo), hi):
        num, unit = m.group("num"), m.group("unit")
        if m.group("pnum"):
            last = (m.start(), m.end(), Kind.PERCENT)
        elif unit and not (unit == "年" and num and len(num) >= 4) and shadow[m.start() - 1:m.start()] != "第":
            last = (m.start(), m.end(), UNITS.get(unit, Kind.COUNT))
    return last


def object_of(base: str) -> str:
    """The object of a subject that opens with a verb: 受理诉前行政争议 -> 诉前行政争议."""
    for m in ACTION_VERB.finditer(base):
        if m.end() < len(base) and not AGENT_TAIL.match(base, m.end()):
            return base[m.end():]
    return base


def vp_after(text: str, shadow: str, pos: int) -> str:
    """The verb phrase at `pos` up to its clause's end (部署审批系统), or "" when there is none."""
    v = VP_VERB.match(shadow, pos) or _DONE_VERB.match(shadow, pos)
    if not v:
        return ""
    m = DELIM.search(shadow, pos, min(len(shadow), pos + _VP_MAX + 1))
    stop = m.start() if m else -1
    if stop < 0:
        return ""
    return trim(text[v.start(1):stop])


def nearness(shadow: str, floor: int, cs: int) -> int:
    """How the figure ending at `floor` stands to the clause at `cs`: 2 right before it
    (only delimiters between), 1 in the same sentence not far before (its noun between:
    1286项政务服务事项实现一网通办,占比95%), 0 otherwise."""
    gap = shadow[floor:cs]
    if any(ch in SENTENCE_ENDS for ch in gap):
        return 0
    return 1 if gap.strip(DELIMS + " ") else 2


def row_label(text: str, shadow: str, cs: int) -> str:
    """The first cell of a `|`-separated table row holding `cs` (规章 | 0 | 0)."""
    line_start = shadow.rfind("\n", 0, cs) + 1
    bar = shadow.find("|", line_start, cs + 1)
    if bar < 0:
        return ""
    label = trim(text[line_start:bar])
    return "" if any(ch.isdigit() for ch in label) else label


def previous_clause(text: str, shadow: str, cs: int, floor: int) -> str:
    """The words of the clause before `cs` (for a clause that has none of its own)."""
    if cs - 1 <= floor:
        return ""
    pcs = clause_start(shadow, cs - 1, floor)
    seg = shadow[pcs:cs - 1]
    if any(ch.isdigit() for ch in seg):
        return ""
    lead = LEAD.match(seg)
    begin = lead.end() if lead else 0
    stop = strip_trailing(seg, len(seg))
    return trim(text[pcs + begin:pcs + stop]) if stop > begin else ""


class Recent:
    """What the last figures of one text said, by their end: the clause after a figure
    often speaks of it (同比增长…), and the caller asks for figures in order.

    One (text, {end: said}) pair, replaced as a whole, so that threads at worst miss;
    it keeps the last text alive until another one is read.
    """

    def __init__(self) -> None:
        self.state: tuple[str | None, dict[int, tuple[str, str]]] = (None, {})
        self.told: tuple[str | None, dict[int, str]] = (None, {})

    def assigned(self, text: str, end: int) -> str | None:
        """The subject a 分别 list gave the figure ending at `end`, once."""
        known, told = self.told
        return told.pop(end, None) if known is text and told else None

    def assign(self, text: str, ends: list[int], subjects: list[str]) -> None:
        self.told = (text, dict(zip(ends, subjects, strict=True)))

    def get(self, text: str, end: int) -> tuple[str, str] | None:
        known, said = self.state
        return said.get(end) if known is text else None

    def put(self, text: str, end: int, said: tuple[str, str]) -> None:
        known, recent = self.state
        if known is not text or len(recent) > 8:
            recent = {}
            self.state = (text, recent)
        recent[end] = said


RECENT = Recent()
