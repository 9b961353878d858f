"""The time words period.py reads, and what a run of them says: the table, its index, the fold.

A time word is a year (2023年), a point (截至2023年底, 目前, 今年以来), the year before (去年, 上年), a
span (累计, 自2018年以来, “十三五”期间, 2019—2023年, 年均增长) or a comparison (同比去年, 比2019年)
and the brackets and titles whose years are no figure's (《2023年…》, （2022年修订）). `words`
finds them in a stretch of the shadow; `fold` reads a run of them left to right for the year
they leave set (period.py says which run a figure reads).
"""

from __future__ import annotations

import re

__all__ = ["FROM", "UNSET", "YEARS", "Word", "Y", "before_year", "fold", "minus", "respective_year", "words"]

Y = r"(?:19|20)\d\d"
_E = "。；;\n"
_RATIO = r"(?<![是为达]{0})(?<!相当于{0})"  # 是上年的2.3倍, 为2019年的3倍 compare: they name no year
_YEAR_TAIL = r"\d\d年(?!\d{1,2}月\d{0,2}日?起?施行|[^，,。；]{0,4}?(?:出台|印发|颁布|发布|修订)的)"
_RANGE_TAIL = rf"\d\d年?(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?起? ?[-—–~～至到] ?{Y}年"
_CMP_TAIL = rf"(?:{Y}年|去年|上年度?|上一年度?|前年)(?:同期)?"
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
    ("until", "截", f"[至止]到?{Y}年"), ("until", "到", f"{Y}年"),
    ("now", "截", "[至止]到?(?:目前|今年|本年|年底|年末)"),
    ("month", "截", "[至止]到?[1-9]\\d?月(?:底|末|份)?"),  # 截至11月: so far this year
    ("now", "到", "(?:年底|年末|目前)"),
    *[("now", w[0], w[1:]) for w in ("至目前", "目前", "当前", "现有", "现已", "过去一年", "近一年")],
    ("this", "今", "年(?:以来|来)?"), ("this", "年", "初以来"), ("this", "本", "年度?"),
    ("this", "年", "内(?![容涵])"),  # 年内,…累计举办培训10期: this year's total
    ("next", "明", "年"),
    ("since", "自", rf"{Y}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:起|开始|以来)"),
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
YEARS = re.compile(Y)
_DATED = {"range", "cmp", "until", "since", "year"}  # the kinds that can write a year
UNSET: int | None = -1  # what fold gives when no time word decides (no year is -1)


# A time word as read: (start, end, kind, the years it writes, its text)
Word = tuple[int, int, str, tuple[int, ...], str]


def words(shade: str, lo: int, hi: int) -> list[Word]:
    """The time words in shade[lo:hi], in order (none runs over hi)."""
    out = []
    for m in _MARK.finditer(shade, lo, hi):
        kind, word = _KIND[m.lastgroup or ""], m.group()
        years = tuple(map(int, YEARS.findall(word))) if kind in _DATED else ()
        out.append((m.start(), m.end(), kind, years, word))
    return out


def fold(found: list[Word], year: int | None, now: int | None) -> int | None:
    """The year the words say, read left to right; UNSET when none decides."""
    state, named = UNSET, False
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
        elif kind == "month":  # 截至11月: so far in the year named, else the report's; a span stays
            if state is not None and not named:
                state, named = year, True
        else:
            state, named = _point(kind, ys, year, now), True
    return state


def _point(kind: str, ys: tuple[int, ...], year: int | None, now: int | None) -> int | None:
    """The year a point word names: 2023年, 截至2023年, 今年, 目前 (the report's), 去年, 前年."""
    if kind == "year" or kind == "until":
        return ys[0]
    if kind == "now":
        return year
    if kind == "next":
        return None if now is None else now + 1
    return now if kind == "this" else minus(now, 1 if kind == "last" else 2)


def minus(year: int | None, n: int) -> int | None:
    return year - n if year is not None else None


# 由2019年的A…, 自2018年…, 2019年、2020年分别为X、Y: the years a before→after pair or a list names
FROM = re.compile(rf"(?:由|从)(?:原来|原先)?(?:(?<!\d)({Y})年)?(?:的)?$")
_SINCE = re.compile(rf"自({Y})年")
_RESPECTIVELY = re.compile(rf"((?:{Y}年[、和及与])+{Y}年)[^。;]{{0,30}}?分别[为是达有]?([^。;]*)$")
_RANGE_EACH = re.compile(rf"({Y})年(?:至|到|—|-|~)({Y})年[^。;]{{0,30}}?分别[为是达有]?([^。;]*)$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def respective_year(lead: str) -> int | None:
    """2019年、2020年分别为X、Y (or 2019年至2021年,…分别达到X、Y、Z): the year in the place the
    figure has in its list."""
    m = _RESPECTIVELY.search(lead)
    if m:
        years = [int(y) for y in YEARS.findall(m.group(1))]
    else:
        m = _RANGE_EACH.search(lead)
        if not m or not 0 < int(m.group(2)) - int(m.group(1)) < 12:
            return None
        years = list(range(int(m.group(1)), int(m.group(2)) + 1))
    n = len(_NUMBER.findall(m.group(m.lastindex or 0)))  # the figures before this one in the list
    return years[n] if n < len(years) else None


def before_year(lead: str) -> int | None:
    """The year of the first figure of 由A至B: 由2019年的A, or 自2018年…由A; else none is said."""
    frm = FROM.search(lead[-10:])
    if frm and frm.group(1):
        return int(frm.group(1))
    since = _SINCE.findall(lead)
    return int(since[-1]) if since else None
