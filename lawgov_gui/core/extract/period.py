"""The year a figure is about, whose figure it is, and whether it is a rate of change.

The pipeline calls `annotate` once, after `relations.link_changes`, for all indicators (or `read`
/ `period_of` / `scope_of` / `is_growth` for one). Each figure reads the sentence before it in the
shadow text (back to 。；！？ or a line break, at most `_BACK` characters); scope.py and growth.py
hold the other two rules.

The period: time words are read left to right and the last one before the figure decides: a year
(2023年), a point (截至2023年底, 目前, 今年以来), the year before (去年, 上年) or a span of years
(累计, 自2018年以来, 近年来, “十三五”期间, 2019—2023年, 年均增长: None). 累计 keeps a year the
sentence named before it (a year-to-date figure: 2020年…累计为95.9%); 以来 keeps it only when
it is the report's year. A figure right after 同比去年 / 比2019年 is the baseline (that year); a
gap to 去年全国均值 is the year before's; 由A至B takes its years from relations.py (A: 由2022年
or 自2018年, else none said; B: 至2023年, else now). A sentence with no time word takes the one
of its 一、 or （一） heading (二、2018年发展主要预期目标), else the report's year. In a
政府工作报告 (genre gov_work_report) 今年 is the year after the one reported on.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache, partial
from typing import NamedTuple

from ..model import ChangeType, Indicator, Kind, Role
from .growth import DOWN as _DOWN
from .growth import UP as _UP
from .growth import is_change
from .period_words import FROM as _FROM
from .period_words import UNSET as _UNSET
from .period_words import YEARS as _YEARS
from .period_words import Word as _Word
from .period_words import Y as _Y
from .period_words import before_year, respective_year
from .period_words import fold as _fold
from .period_words import minus as _minus
from .period_words import words as _words
from .relations import changes_take_their_figures_years
from .scope import Scope, benchmark, scope_in

__all__ = ["Reading", "Scope", "annotate", "is_growth", "period_of", "read", "scope_of"]


class Reading(NamedTuple):
    """What `read` finds for one indicator."""

    period: int | None
    scope: Scope
    growth: bool


# enum members read once: a class attribute look-up per figure costs as much as a rule
_FROM_TO, _BEFORE, _PERCENT, _OWN = ChangeType.FROM_TO, Role.BEFORE, Kind.PERCENT, Scope.OWN
_BACK = 200
_LAST_YEAR = re.compile("上一年|上年")  # a table column about the year before the report's
# Reading((p, s, g)) made by tuple.__new__ in C: the NamedTuple's own __new__ is a Python
# function, called once per figure
_reading = partial(tuple.__new__, Reading)
_bisect_left = bisect.bisect_left  # read once, as the enum members
# a 一、 or （一） heading at a line start (after its \n: a literal the engine skips to in C)
_HEAD = re.compile(r"\n(?:([一二三四五六七八九十]{1,3}、)|\([一二三四五六七八九十]{1,3}\))[^\n。]{0,60}")
_END = re.compile("[。；;！!？?\n]")
_TO_AHEAD = re.compile(rf"[^,，。;；\d]{{0,8}}?(?:{_UP}|{_DOWN})了?(?:至|到|为)")
_BASELINE_GAP = re.compile(r"(?:的|为|是|的为)?$")
_TO_LEVEL = re.compile(rf"(?:{_UP}|{_DOWN})了?(?:至|到|为)(?:({_Y})年)?(?:的)?$")
_LIST_ENDS = ("、", "和", "及", "与")
_LIST = re.compile(r"(?:[\d.]+(?:%|‰|倍)(?:以上|左右)?[、和及与])+$")


def read(text: str, shade: str, ind: Indicator, report_year: int | None,
         issuer: str | None = None, genre: str | None = None) -> Reading:
    """Period, scope and growth of `ind` at once (the sentence is read once).

    Args:
        text: the report's text (unused: every pattern reads `shade`).
        shade: the normalized shadow of `text` (same length).
        ind: the indicator, after `relations.link_changes` has filled `change`.
        report_year: the year the report covers (meta.year), or None.
        issuer: the report's issuer (meta.issuer), which says what 全省/全市 is.
        genre: meta.genre; in a "gov_work_report" 今年 is the year after report_year.
    """
    return _index(shade).read(ind, report_year, _now(report_year, genre), issuer)


def annotate(text: str, shade: str, indicators: list[Indicator], report_year: int | None,
             issuer: str | None = None, genre: str | None = None,
             published: str | None = None) -> list[Reading]:
    """`read` for every indicator of a report, in order (what the pipeline calls); a change then
    takes the year of the figure it changes.

    `published` (meta.published, YYYY-MM-DD) is when a news article was written: its 去年 and
    今年 count from that year, not from the year of the report it tells of.
    """
    ix, now = _Index(shade), _now(report_year, genre, published)  # not cached: none kept alive
    readings = [ix.read(ind, report_year, now, issuer) for ind in indicators]
    periods = [r.period for r in readings]
    changed = changes_take_their_figures_years(indicators, periods)
    if changed is not periods:  # most reports: no change takes another year
        readings = [r if r.period == p else Reading(p, r.scope, r.growth)
                    for r, p in zip(readings, changed, strict=True)]
    return readings


def period_of(text: str, shade: str, ind: Indicator, report_year: int | None,
              genre: str | None = None) -> int | None:
    """The year the value of `ind` is about, or None when it spans years."""
    return read(text, shade, ind, report_year, None, genre).period


def scope_of(text: str, shade: str, ind: Indicator, issuer: str | None = None) -> Scope:
    """BENCHMARK for a national or other region's figure quoted for comparison, else OWN."""
    return read(text, shade, ind, None, issuer).scope


def is_growth(text: str, shade: str, ind: Indicator) -> bool:
    """True when `ind` is a rate of change (同比增长82.37%), not a share or a level."""
    return read(text, shade, ind, None).growth


def _now(year: int | None, genre: str | None, published: str | None = None) -> int | None:
    """The writer's 今年: a 政府工作报告 is given the year after the one it reports on; a news
    article is written in the year it was published (人民日报 2024-04-02: 去年 is 2023)."""
    if genre == "news" and published and published[:4].isdigit():
        return int(published[:4])
    return year + 1 if year is not None and genre == "gov_work_report" else year


@lru_cache(maxsize=1)
def _index(shade: str) -> _Index:
    """The index of the shadow the one-figure functions were last called with."""
    return _Index(shade)


class _Index:
    """One shadow's sentence ends, time words and headings, found once."""

    def __init__(self, shade: str) -> None:
        self.shade = shade
        self.ends = list(map(re.Match.start, _END.finditer(shade)))  # map: no Python loop
        self.words = _words(shade, 0, len(shade))  # no time word runs over a sentence end
        self.word_starts = [w[0] for w in self.words]
        self.governs: dict[tuple[int, int | None, int | None], int | None] = {}
        first = _HEAD.match("\n" + shade[:64])
        heads = [(0, first.end() - 1, 1 if first.group(1) else 2)] if first else []
        heads += [(m.start() + 1, m.end(), 1 if m.group(1) else 2) for m in _HEAD.finditer(shade)]
        self.heads = heads
        self.head_words: list[list[_Word] | None] = [None] * len(heads)  # read when first asked
        self.head_starts = [h[0] for h in heads]

    def read(self, ind: Indicator, year: int | None, now: int | None,
             issuer: str | None) -> Reading:
        """The sentence before `ind` (at most _BACK back), without a list of figures just before
        it (同比分别增长77.76%、65.78%), read for the three answers."""
        if ind.table is not None and ind.table.column and _LAST_YEAR.search(ind.table.column):
            return _reading((_minus(year, 1), _OWN, False))  # 行政许可 | 上一年项目数量 | 本年增/减
        pos, ends = ind.start, self.ends
        k = _bisect_left(ends, pos)
        first = ends[k - 1] + 1 if k else 0
        lo = first if pos - first <= _BACK else pos - _BACK
        lead = whole = self.shade[lo:pos]
        if lead.endswith(_LIST_ENDS) and (cut := _LIST.search(lead, len(lead) - 40)):
            lead = lead[:cut.start()]
        if "分别" in whole and (each := respective_year(whole)):
            return _reading((each, scope_in(lead, issuer, None), is_change(lead, ind)))
        t = lead[-24:]  # cheap tests first: most figures need none of the three rules below
        cmp = "于" in t or "比" in t or "超" in t or "领先" in t or ind.change is not None
        base = benchmark(lead, ind) if cmp else None
        period = self.period(lo, lead, ind, year, now, base)
        near = base is not None or "均" in t or "全" in t[-6:]
        scope = scope_in(lead, issuer, base) if near else _OWN
        rate = (ind.kind is _PERCENT or ind.unit == "倍") and is_change(lead, ind)
        return _reading((period, scope, rate))

    def period(self, lo: int, lead: str, ind: Indicator, year: int | None, now: int | None,
               base: str | None) -> int | None:
        """The year of `ind`: a pair's own years, a benchmark's, a level's, else the context's."""
        ch = ind.change
        if ch is not None and ch.type is _FROM_TO:
            if ch.role is _BEFORE:
                return int(ch.period) if ch.period and ch.period.isdigit() else before_year(lead)
            return self.after(lo, lead, year, now)
        t = lead[-10:]
        if ("由" in t or "从" in t) and _FROM.search(t) and _TO_AHEAD.match(self.shade, ind.end):
            return before_year(lead)
        if base is not None and ((y := _YEARS.search(base)) or "去年" in base or "上年" in base):
            return int(y.group()) if y else _minus(now, 1)
        t = lead[-14:]
        if ("至" in t or "到" in t or "为" in t) and _TO_LEVEL.search(t):
            return self.after(lo, lead, year, now)
        found = self.context(lo, lo + len(lead), year, now)
        return self.heading(lo + len(lead), year, now) if found is _UNSET else found

    def heading(self, pos: int, year: int | None, now: int | None) -> int | None:
        """The year the headings over `pos` name (二、2018年发展主要预期目标; 过去五年工作回顾: None),
        the nearer of the (一) and the 一、 heading; else the report's year."""
        k = bisect.bisect_right(self.head_starts, pos)
        key = (k, year, now)
        found = self.governs.get(key, _UNSET)
        if found is _UNSET:
            found = self.governs[key] = self.heading_of(k, year, now)
        return found

    def heading_of(self, k: int, year: int | None, now: int | None) -> int | None:
        """What the headings before the k-th say: the nearest (一) that names a time, else 一、."""
        level = 3
        for n in range(k - 1, max(0, k - 40) - 1, -1):
            a, b, lv = self.heads[n]
            if lv < level:
                words = self.head_words[n]
                if words is None:
                    words = self.head_words[n] = _words(self.shade, a, b)
                found = _fold(words, year, now) if words else _UNSET
                if found is not _UNSET or lv == 1:
                    return year if found is _UNSET else found
                level = lv
        return year

    def after(self, lo: int, lead: str, year: int | None, now: int | None) -> int | None:
        """The year of a level reached (下降至2023年的13.21%, 压缩至5天): a span ends now."""
        to = _TO_LEVEL.search(lead[-14:])
        if to and to.group(1):
            return int(to.group(1))
        cut = lead.rfind("由")
        cut = max(cut, lead.rfind("从"))
        found = self.context(lo, lo + (cut if cut >= 0 else len(lead)), year, now)
        return year if found is None or found is _UNSET else found

    def context(self, lo: int, hi: int, year: int | None, now: int | None) -> int | None:
        """The year set by the last time word in shade[lo:hi]; a baseline takes its comparison's.
        A word running past hi (a bracket round the figure) is read again up to hi."""
        i = _bisect_left(self.word_starts, lo)
        j = _bisect_left(self.word_starts, hi, i)
        if i == j:
            return _UNSET
        found = self.words[i:j]
        if found[-1][1] > hi:
            found[-1:] = _words(self.shade, found[-1][0], hi)
        state = _fold(found, year, now)
        if found and found[-1][2] == "cmp" and _BASELINE_GAP.fullmatch(self.shade, found[-1][1],
                                                                         hi):
            ys, word = found[-1][3], found[-1][4]
            ref = now if state is _UNSET or state is None else state
            return ys[0] if ys else _minus(ref, 2 if "前年" in word else 1)
        return state
