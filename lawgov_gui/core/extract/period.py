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
from functools import lru_cache
from typing import NamedTuple

from ..model import ChangeType, Indicator, Kind, Role
from .growth import DOWN as _DOWN
from .growth import UP as _UP
from .growth import is_change
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
_Y = r"(?:19|20)\d\d"
_E = "。；;\n"
_RATIO = r"(?<![是为达]{0})(?<!相当于{0})"  # 是上年的2.3倍, 为2019年的3倍 compare: they name no year
_YEAR_TAIL = r"\d\d年(?!\d{1,2}月\d{0,2}日?起?施行|[^，,。；]{0,4}?(?:出台|印发|颁布|发布|修订)的)"
_RANGE_TAIL = rf"\d\d年?(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?起? ?[-—–~～至到] ?{_Y}年"
_CMP_TAIL = rf"(?:{_Y}年|去年|上年度?|上一年度?|前年)(?:同期)?"
# The time words, each (kind, first character, rest): a literal first character lets the
# regex engine skip every other place in C. No word runs over a sentence end.
_WORDS = [
    ("skip", "《", rf"[^《》{_E}]{{0,80}}+》"),
    ("skip", r"\(", rf"[^()（）{_E}]{{0,30}}+[)）]"), ("skip", "（", rf"[^()（）{_E}]{{0,30}}+[)）]"),
    ("skip", "“", rf"[^“”\"\d{_E}]{{0,20}}+\d{{4}}年[^“”\"{_E}]{{0,20}}+[”\"]"),
    ("range", "1", rf"(?<![\d.]1)9{_RANGE_TAIL}"), ("range", "2", rf"(?<![\d.]2)0{_RANGE_TAIL}"),
    ("plan", "十", r"[一二三四五六七八九]五[”\"’]?(?:期间|以来|时期)"),  # not “十四五”规划, 开局之年
    ("plan", "过", "去[两二三四五六七八九十]年"), ("plan", "近", r"[两二三四五六七八九十\d]{1,2}年"),
    *[("cmp", w[0], w[1:] + _CMP_TAIL) for w in ("同比", "对比", "相比", "比", "较之?", "与")],
    ("cmp", "于", f"(?<=[高低多少优好快慢等]于){_CMP_TAIL}"),  # 低于去年, not 于2023年3月
    ("until", "截", f"[至止]到?{_Y}年"), ("until", "到", f"{_Y}年"),
    ("now", "截", "[至止]到?(?:目前|今年|本年|年底|年末)"), ("now", "到", "(?:年底|年末|目前)"),
    *[("now", w[0], w[1:]) for w in ("至目前", "目前", "当前", "现有", "现已", "过去一年", "近一年")],
    ("this", "今", "年(?:以来|来)?"), ("this", "年", "初以来"), ("this", "本", "年度?"),
    ("next", "明", "年"),
    ("since", "自", rf"{_Y}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:起|开始|以来)"),
    ("year", "1", rf"(?<![\d.]1){_RATIO.format(1)}9{_YEAR_TAIL}"),
    ("year", "2", rf"(?<![\d.]2){_RATIO.format(2)}0{_YEAR_TAIL}"),
    ("last", "去", _RATIO.format("去") + "年(?!结转)"),
    ("last", "上", _RATIO.format("上") + "一?年度?(?!结转)"),  # 上年结转 is this year's table row
    ("prev", "前", _RATIO.format("前") + "年"), ("cum", "累", "(?<!全年累)(?<!当年累)[计积]"),
    ("span", "以", "来"), ("span", "年", "(?<!一年)来"), ("span", "至", "今"),
    ("span", "年", r"均(?=[增降减提上下涨漲\d约近超])"),  # 年均增长, 年均1270万人; not 年均浓度
]
_MARK = re.compile("|".join(f"{first}(?P<w{n}>{rest})"
                            for n, (_, first, rest) in enumerate(_WORDS)))
_KIND = {f"w{n}": kind for n, (kind, _, _) in enumerate(_WORDS)}
_YEARS = re.compile(_Y)
_DATED = {"range", "cmp", "until", "since", "year"}  # the kinds that can write a year
# a 一、 or （一） heading at a line start (after its \n: a literal the engine skips to in C)
_HEAD = re.compile(r"\n(?:([一二三四五六七八九十]{1,3}、)|\([一二三四五六七八九十]{1,3}\))[^\n。]{0,60}")
_UNSET: int | None = -1  # what context() gives when no time word decides (no year is -1)
_END = re.compile("[。；;！!？?\n]")
_FROM = re.compile(rf"(?:由|从)(?:(?<!\d)({_Y})年)?(?:的)?$")
_TO_AHEAD = re.compile(rf"[^,，。;；\d]{{0,8}}?(?:{_UP}|{_DOWN})了?(?:至|到|为)")
_SINCE = re.compile(rf"自({_Y})年")
_RESPECTIVELY = re.compile(rf"((?:{_Y}年[、和及与])+{_Y}年)[^。;]{{0,30}}?分别[为是达有]?([^。;]*)$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
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
             issuer: str | None = None, genre: str | None = None) -> list[Reading]:
    """`read` for every indicator of a report, in order (what the pipeline calls)."""
    ix, now = _Index(shade), _now(report_year, genre)  # not cached: no report is kept alive
    return [ix.read(ind, report_year, now, issuer) for ind in indicators]


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


def _now(year: int | None, genre: str | None) -> int | None:
    """The writer's 今年: a 政府工作报告 is given the year after the one it reports on."""
    return year + 1 if year is not None and genre == "gov_work_report" else year


@lru_cache(maxsize=1)
def _index(shade: str) -> _Index:
    """The index of the shadow the one-figure functions were last called with."""
    return _Index(shade)


# A time word as read: (start, end, kind, the years it writes, its text)
_Word = tuple[int, int, str, tuple[int, ...], str]


def _words(shade: str, lo: int, hi: int) -> list[_Word]:
    out = []
    for m in _MARK.finditer(shade, lo, hi):
        kind, word = _KIND[m.lastgroup or ""], m.group()
        years = tuple(map(int, _YEARS.findall(word))) if kind in _DATED else ()
        out.append((m.start(), m.end(), kind, years, word))
    return out


class _Index:
    """One shadow's sentence ends, time words and headings, found once."""

    def __init__(self, shade: str) -> None:
        self.shade = shade
        self.ends = [m.start() for m in _END.finditer(shade)]
        self.words = _words(shade, 0, len(shade))  # no time word runs over a sentence end
        self.word_starts = [w[0] for w in self.words]
        self.governs: dict[tuple[int, int | None, int | None], int | None] = {}
        first = _HEAD.match("\n" + shade[:64])
        heads = [(0, first.end() - 1, 1 if first.group(1) else 2)] if first else []
        heads += [(m.start() + 1, m.end(), 1 if m.group(1) else 2) for m in _HEAD.finditer(shade)]
        self.heads = [(a, b, level, _words(shade, a, b)) for a, b, level in heads]
        self.head_starts = [h[0] for h in self.heads]

    def read(self, ind: Indicator, year: int | None, now: int | None,
             issuer: str | None) -> Reading:
        """The sentence before `ind` (at most _BACK back), without a list of figures just before
        it (同比分别增长77.76%、65.78%), read for the three answers."""
        pos = ind.start
        k = bisect.bisect_left(self.ends, pos)
        first = self.ends[k - 1] + 1 if k else 0
        lo = first if pos - first <= _BACK else pos - _BACK
        lead = whole = self.shade[lo:pos]
        if lead.endswith(_LIST_ENDS) and (cut := _LIST.search(lead, len(lead) - 40)):
            lead = lead[:cut.start()]
        if "分别" in whole and (each := _respective(whole)):
            return Reading(each, scope_in(lead, issuer, None), is_change(lead, ind))
        t = lead[-24:]  # cheap tests first: most figures need none of the three rules below
        cmp = "于" in t or "比" in t or "超" in t or "领先" in t or ind.change is not None
        base = benchmark(lead, ind) if cmp else None
        period = self.period(lo, lead, ind, year, now, base)
        near = base is not None or "均" in t or "全" in t[-6:]
        scope = scope_in(lead, issuer, base) if near else _OWN
        rate = (ind.kind is _PERCENT or ind.unit == "倍") and is_change(lead, ind)
        return Reading(period, scope, rate)

    def period(self, lo: int, lead: str, ind: Indicator, year: int | None, now: int | None,
               base: str | None) -> int | None:
        """The year of `ind`: a pair's own years, a benchmark's, a level's, else the context's."""
        ch = ind.change
        if ch is not None and ch.type is _FROM_TO:
            if ch.role is _BEFORE:
                return int(ch.period) if ch.period and ch.period.isdigit() else _before(lead)
            return self.after(lo, lead, year, now)
        t = lead[-10:]
        if ("由" in t or "从" in t) and _FROM.search(t) and _TO_AHEAD.match(self.shade, ind.end):
            return _before(lead)
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
        for _, _, lv, words in reversed(self.heads[max(0, k - 40):k]):
            if lv < level:
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
        i = bisect.bisect_left(self.word_starts, lo)
        j = bisect.bisect_left(self.word_starts, hi, i)
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


def _fold(found: list[_Word], year: int | None, now: int | None) -> int | None:
    """The year the words say, read left to right; _UNSET when none decides."""
    state, named = _UNSET, False
    for _, _, kind, ys, word in found:
        if kind == "skip" or kind == "cmp":
            continue
        if kind == "range":
            state, named = (ys[0] if ys[0] == ys[1] else None), ys[0] == ys[1]
        elif kind == "plan":
            state, named = None, False
        elif kind == "since":
            state, named = (year, True) if ys[0] == year else (None, False)
        elif kind == "span":  # 以来 keeps the report's own year named before it (2023年以来)
            state, named = (state if named and state == year and word != "年来" else None), False
        elif kind == "cum":  # 累计 keeps a year named before it (2020年…累计为95.9%)
            state = state if named else None
        else:
            state, named = _point(kind, ys, year, now), True
    return state


def _respective(lead: str) -> int | None:
    """2019年、2020年分别为X、Y: the year in the place the figure has in its list."""
    m = _RESPECTIVELY.search(lead)
    if not m:
        return None
    years = _YEARS.findall(m.group(1))
    n = len(_NUMBER.findall(m.group(2)))  # the figures before this one in the list
    return int(years[n]) if n < len(years) else None


def _point(kind: str, ys: tuple[int, ...], year: int | None, now: int | None) -> int | None:
    """The year a point word names: 2023年, 截至2023年, 今年, 目前 (the report's), 去年, 前年."""
    if kind == "year" or kind == "until":
        return ys[0]
    if kind == "now":
        return year
    if kind == "next":
        return None if now is None else now + 1
    return now if kind == "this" else _minus(now, 1 if kind == "last" else 2)


def _minus(year: int | None, n: int) -> int | None:
    return year - n if year is not None else None


def _before(lead: str) -> int | None:
    """The year of the first figure of 由A至B: 由2019年的A, or 自2018年…由A; else none is said."""
    frm = _FROM.search(lead[-10:])
    if frm and frm.group(1):
        return int(frm.group(1))
    since = _SINCE.findall(lead)
    return int(since[-1]) if since else None
