"""The year a figure is about, whose figure it is, and whether it is a rate of change.

Run once per indicator after `relations.link_changes`; each reads only the
sentence before the figure (back to 。；！？ or a line break, at most `_BACK`
characters) in the shadow text:

* `period_of` — the year the value is about, or None when it spans years.
  Time words are read left to right and the last one before the figure decides:
  a year (2023年), a point (截至2023年底, 目前, 今年以来), the year before
  (去年, 上年) or a span (累计, 自2018年以来, 近年来, “十三五”期间, 2019—2023年 →
  None). 累计 keeps a year named earlier in the sentence (a year-to-date
  figure: 2020年…累计为95.9%); 以来 keeps it only when it is the report's year.
  A figure right after 同比去年 / 比2019年 is the baseline (that year); a gap to
  去年全国均值 is about the year before; the pair 由A至B takes its years from
  `relations`. With no time word the figure is the report's.
* `scope_of` — BENCHMARK for a national or another region's figure quoted for
  comparison (全国均值, 高于全省平均, 全国为19.6%), else OWN. 全省/全市 is the
  report's own area when the issuer is of that level.
* `is_growth` — True for a rate of change in % or 倍 (同比增长82.37%, 下降9.09%,
  增幅12%, 压缩比例达86.11%): a reduction ratio compares two states, so it is a
  change, not a share. A level reached (提高到95%), a share (占…%), a baseline,
  a 由…至… figure and 个百分点 are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ..model import ChangeType, Indicator, Kind, Role


class Scope(StrEnum):
    """Whose figure it is: the report's own, or a benchmark quoted for comparison."""

    OWN = "own"
    BENCHMARK = "benchmark"


_BACK = 200
_ENDS = "。；;！!？?\n"


def _y(name: str) -> str:
    """A four-digit year (19xx, 20xx) not inside a longer number, as the named group `name`."""
    return rf"(?<![\d.])(?P<{name}>(?:19|20)\d{{2}})"


_UP = "增长|增加|上升|提高|提升|攀升|扩大|递增|增"
_DOWN = "下降|降低|减少|下滑|回落|递减|缩减|缩短|缩小|压缩|压减|精简|节约|节省|降|减"
_MARK = re.compile(
    r"(?P<skip>《[^《》]{0,80}》|[(（][^()（）]{0,30}[)）]|[“\"][^“”\"]{0,20}\d{4}年[^“”\"]{0,20}[”\"]"
    r"|(?:是|为|相当于|达到?)(?:去年|上一?年度?|前年|\d{4}年)(?:同期)?的)"
    rf"|(?P<range>{_y('ra')}年?(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?起?\s*[-—–~～至到]\s*{_y('rb')}年)"
    r"|(?P<plan>十[一二三四五六七八九]五[”\"’]?(?!开局|收官|首年|第一年|最后一年|的?[第最])(?:期间|以来|时期)?"
    r"|过去[两二三四五六七八九十]年|近[两二三四五六七八九十\d]{1,2}年)"
    rf"|(?P<cmp>(?:同比|环比|对比|相比|比|较|与|于)(?:{_y('cy')}年|去年|上年度?|上一年度?|前年)(?:同期)?)"
    rf"|(?P<until>(?:截至|截止|截止到|截至到|到){_y('uy')}年)"
    r"|(?P<this>今年以来|年初以来|今年来|本年度|今年|本年)"
    r"|(?P<now>截至目前|截止目前|至目前|目前|当前|现有|现已|一年来|过去一年|近一年)"
    r"|(?P<within>当年|年内|全年)"
    rf"|(?P<since>自{_y('sy')}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:起|开始|以来))"
    rf"|(?P<year>{_y('yy')}年(?!\d{{1,2}}月\d{{0,2}}日?起?施行|[^，,。；]{{0,4}}?(?:出台|印发|颁布|发布|修订)的))"
    r"|(?P<last>去年|上一?年度?)|(?P<prev>前年)|(?P<cum>累计|累积)|(?P<span>以来|(?<!一)年来|至今)")
_YEAR = re.compile(_y("y"))
_FROM = re.compile(rf"(?:由|从)(?:{_y('fy')}年)?(?:的)?$")
_TO_AHEAD = re.compile(rf"[^,，。;；\d]{{0,8}}?(?:{_UP}|{_DOWN})了?(?:至|到|为)")
_SINCE = re.compile(rf"自{_y('sy')}年")
_BASELINE_GAP = re.compile(r"(?:的|为|是|的为)?$")
_TO_LEVEL = re.compile(rf"(?:{_UP}|{_DOWN})了?(?:至|到|为)(?:{_y('ty')}年)?(?:的)?$")
_LIST = re.compile(r"(?:[\d.]+(?:%|‰|倍)(?:以上|左右)?[、和及与])+$")
_VS = re.compile(r"(?:高于|低于|超过|超出|优于|好于|少于|多于|快于|慢于|领先于?|落后于?)"
                 r"(?P<base>[^,，。;；\d]{1,14})$"
                 rf"|比(?P<base2>[^,，。;；\d]{{1,14}}?)(?:高|低|多|少|快|慢|{_UP}|{_DOWN})[出了]?$")
_REGION = re.compile(r"全国|全省|全市|全区|全县|全州|全盟|全镇|全乡|国家|[\u4e00-\u9fff]{2,6}[省市]")
_AVERAGE = re.compile(r"(全国|全省|全市|全区|全县|全州|国家|省|市|同类城市|其他地区|兄弟地市)[^,，。;；\d]{0,10}?"
                      r"(?:均值|平均值|平均水平|平均数|平均)[^,，。;；\d]{0,12}$")
_REGION_IS = re.compile(r"(全国|全省|全市|全区|全县|全州)(?:平均|均值)?(?:为|是|达到?|仅)?$")
_GROWTH = re.compile(
    rf"(?:(?:{_UP}|{_DOWN})了?(?:约|近|超过?|逾|达到?)?"
    rf"|(?:{_UP}|{_DOWN})了?[^\d,，。;；至到为占达比的]{{0,9}}[^\d,，。;；至到为占达比的率]"
    r"|(?:增幅|降幅|涨幅|减幅|增速|增长率|下降率|(?:增长|下降|降低|提升|减少|压缩|压减|缩减|精简)(?:幅度|比例|率)"
    r"|提速|提效)(?:为|达到?|是|约|近|超过?|了)?)$")
_UNITS = ("省", "自治区", "市", "州", "盟", "地区", "县", "区", "旗", "镇", "乡", "街道")
_MUNICIPALITY = ("北京市", "天津市", "上海市", "重庆市")


@dataclass(frozen=True, slots=True)
class Reading:
    """What `read` finds for one indicator."""

    period: int | None
    scope: Scope
    growth: bool


@dataclass(frozen=True, slots=True)
class _Years:
    """The report's year and the writer's 今年 (a 政府工作报告 is given the year after)."""

    report: int | None
    now: int | None


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
    lead = _lead(shade, ind.start)
    return Reading(_period(shade, lead, ind, _years(report_year, genre)),
                   _scope(lead, ind, issuer), _growth(lead, ind))


def period_of(text: str, shade: str, ind: Indicator, report_year: int | None,
              genre: str | None = None) -> int | None:
    """The year the value of `ind` is about, or None when it spans years."""
    return _period(shade, _lead(shade, ind.start), ind, _years(report_year, genre))


def scope_of(text: str, shade: str, ind: Indicator, issuer: str | None = None) -> Scope:
    """BENCHMARK for a national or other region's figure quoted for comparison, else OWN."""
    return _scope(_lead(shade, ind.start), ind, issuer)


def is_growth(text: str, shade: str, ind: Indicator) -> bool:
    """True when `ind` is a rate of change (同比增长82.37%), not a share or a level."""
    return _growth(_lead(shade, ind.start), ind)


def _years(year: int | None, genre: str | None) -> _Years:
    return _Years(year, year + 1 if year is not None and genre == "gov_work_report" else year)


def _lead(shade: str, pos: int) -> str:
    """The sentence before `pos` (back to 。；！？ or a line break, at most _BACK chars),
    without a list of figures just before it (同比分别增长77.76%、65.78%)."""
    lo = max(0, pos - _BACK)
    lead = shade[max(max(shade.rfind(c, lo, pos) for c in _ENDS) + 1, lo):pos]
    cut = _LIST.search(lead) if lead.endswith(("、", "和", "及", "与")) else None
    return lead[:cut.start()] if cut else lead


def _period(shade: str, lead: str, ind: Indicator, years: _Years) -> int | None:
    ch = ind.change
    if ch is not None and ch.type == ChangeType.FROM_TO:
        return (_int(ch.period) or _before(lead)) if ch.role == Role.BEFORE else _after(lead, years)
    if _FROM.search(lead) and _TO_AHEAD.match(shade, ind.end):
        return _before(lead)
    base = _benchmark_base(lead, ind)
    if base is not None:
        named = _YEAR.search(base)
        if named or "去年" in base or "上年" in base:
            return int(named["y"]) if named else _minus(years.now, 1)
    if _TO_LEVEL.search(lead):
        return _after(lead, years)
    return _context(lead, years)


def _before(lead: str) -> int | None:
    """The year of the first figure of 由A至B: 由2019年的A, or 自2018年…由A; else none is said."""
    frm = _FROM.search(lead)
    if frm and frm["fy"]:
        return int(frm["fy"])
    since = list(_SINCE.finditer(lead))
    return int(since[-1]["sy"]) if since else None


def _after(lead: str, years: _Years) -> int | None:
    """The year of a level reached (…下降至2023年的13.21%, 压缩至5天): a span ends now."""
    to = _TO_LEVEL.search(lead)
    if to and to["ty"]:
        return int(to["ty"])
    cut = max(lead.rfind("由"), lead.rfind("从"))
    found = _context(lead[:cut] if cut >= 0 else lead, years)
    return years.report if found is None else found


def _context(lead: str, years: _Years) -> int | None:
    """The year set by the last time word of the lead; a baseline takes its comparison's year."""
    state, named, last = years.report, False, None
    for m in _MARK.finditer(lead):
        kind, last = m.lastgroup, m
        if kind in ("skip", "cmp") or (kind == "within" and named):
            continue
        if kind == "range":
            a, b = int(m["ra"]), int(m["rb"])
            state, named = (a if a == b else None), a == b
        elif kind == "plan":
            state, named = None, False
        elif kind == "since":
            state, named = (state, True) if int(m["sy"]) == years.report else (None, False)
        elif kind == "span":
            keep = named and state == years.report and m.group() != "年来"
            state, named = (state if keep else None), False
        elif kind == "cum":
            state = state if named else None
        else:
            state, named = _point(m, years), True
    if last is not None and last.lastgroup == "cmp" and _BASELINE_GAP.fullmatch(lead, last.end()):
        return int(last["cy"]) if last["cy"] else _minus(state or years.now, 2 if "前年" in last.group() else 1)
    return state


def _point(m: re.Match[str], years: _Years) -> int | None:
    """The year a point marker names: 2023年, 截至2023年, 今年, 目前 (the report's), 去年, 前年."""
    kind = m.lastgroup
    if kind in ("year", "until"):
        return int(m["yy"] if kind == "year" else m["uy"])
    if kind in ("now", "within"):
        return years.report
    return years.now if kind == "this" else _minus(years.now, 1 if kind == "last" else 2)


def _minus(year: int | None, n: int) -> int | None:
    return year - n if year is not None else None


def _int(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def _benchmark_base(lead: str, ind: Indicator) -> str | None:
    """The benchmark a comparison measures against (去年全国均值 in 低于去年全国均值6.88个百分点)."""
    m = _VS.search(lead)
    base = (m.group("base") or m.group("base2")) if m else None
    if base is None and ind.change is not None and ind.change.type == ChangeType.VS:
        base = ind.change.baseline
    return base if base and _REGION.search(base) else None


def _scope(lead: str, ind: Indicator, issuer: str | None) -> Scope:
    clause = lead[max(lead.rfind(","), lead.rfind("，")) + 1:]
    base = _benchmark_base(lead, ind)
    if base is not None and not _is_home(_REGION.search(base).group(), issuer):
        return Scope.BENCHMARK
    avg = _AVERAGE.search(clause)
    if avg and not _is_home(avg.group(1), issuer):
        return Scope.BENCHMARK
    region = _REGION_IS.search(clause)
    if region and issuer is not None and not _is_home(region.group(1), issuer):
        return Scope.BENCHMARK
    return Scope.OWN


def _is_home(region: str, issuer: str | None) -> bool:
    """Whether `region` (全省, 全市, 省…) is the issuer's own area."""
    if not issuer or region in ("全国", "国家"):
        return False
    unit = _home_unit(issuer)
    if unit is None:
        return False
    word = region.removeprefix("全")
    if word == unit or (unit == "自治区" and word == "区"):
        return True
    return word == "市" and unit == "省" and issuer.startswith(_MUNICIPALITY)


def _home_unit(issuer: str) -> str | None:
    """The issuer's own administrative unit: 省, 市, 县, 区, 镇… (北京市 counts as 省)."""
    best, unit = -1, None
    for u in _UNITS:
        pos = issuer.rfind(u)
        if pos > best and not (u == "区" and issuer.endswith("自治区", 0, pos + 1)):
            best, unit = pos, u
    if unit == "市" and issuer.startswith(_MUNICIPALITY) and best == 2:
        return "省"
    return unit


def _growth(lead: str, ind: Indicator) -> bool:
    if ind.kind != Kind.PERCENT and ind.unit != "倍":
        return False
    ch = ind.change
    if ch is not None and ch.type == ChangeType.FROM_TO:
        return False
    if ch is not None and ch.type == ChangeType.YOY and ind.kind == Kind.PERCENT:
        return True
    return bool(_GROWTH.search(lead))
