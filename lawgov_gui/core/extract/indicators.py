"""Find every stated quantity in a report's text.

`find_quantities` runs the QUANTITY pattern over the shadow text and keeps the
candidates that state an amount: it drops dates, ordinals, numerals inside names
and slogans, and idioms such as 一年来 or 千家万户. Subjects, sections and relations
are added afterwards by subjects.py and relations.py.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from dataclasses import dataclass
from operator import attrgetter

from .. import limits
from ..model import Kind
from .glued import glued_markers
from .numerals import MAGNITUDES, parse_arabic, parse_chinese, parse_number
from .patterns import (
    ARABIC_ONLY,
    NAMED_SPAN,
    OPENING_QUOTES,
    ORDINAL_TAIL,
    POST_QUALIFIERS,
    PREFIX_QUALIFIERS,
    QUANTITY,
    SLOGAN_TAIL,
    UNITS,
)
from .subject_words import YUE_WORD_HEADS
from .unitless import unitless_figures

_CN_CHARS = set("零一二两三四五六七八九十百千万亿")
_NOT_BEFORE_CN = _CN_CHARS | set("第数几上每前")
_NOT_BEFORE_AR = set("0123456789.第") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DURATION, _PERCENT, _COUNT = Kind.DURATION, Kind.PERCENT, Kind.COUNT


@dataclass(slots=True)
class Quantity:
    """A quantity found in the text, before subject, section and relation."""

    start: int
    end: int
    value: float
    unit: str
    qualifier: str | None
    kind: Kind


def named_spans(shadow: str) -> tuple[list[int], list[int]]:
    """Starts and ends of quoted labels and book titles, for bisect lookups. A quoted statement
    of a figure (news quoting a report: “排查整改执法突出问题2330个”) is no name."""
    found = [m for m in NAMED_SPAN.finditer(shadow)
             if not (m.group()[0] in OPENING_QUOTES and _STATED.search(m.group()))]
    return list(map(re.Match.start, found)), list(map(re.Match.end, found))


# words, then an Arabic figure counting something: a statement quoted, not a slogan (“1+N”, “4个一”),
# that ends the quote (“…实质性化解5项机制” names a programme)
_STATED = re.compile(r"[\u4e00-\u9fff]{4}\d+(?:\.\d+)?[万亿]?(?:个|件|项|条|人|次|家|场|所|名|户|起|宗|份|篇|批|期|类|%)[”\"]$")


def _inside(spans: tuple[list[int], list[int]], pos: int) -> bool:
    i = bisect.bisect_right(spans[0], pos) - 1
    return i >= 0 and pos < spans[1][i]


_QUALIFIER_ENDS = {q[-1] for q in PREFIX_QUALIFIERS}


def _prefix_qualifier(shadow: str, start: int) -> str | None:
    if not start or shadow[start - 1] not in _QUALIFIER_ENDS:
        return None
    window = shadow[max(0, start - 3):start]
    for q in PREFIX_QUALIFIERS:
        if window.endswith(q):
            if q == "近" and window[-2:-1] in ("最", "附", "接", "将"):
                return None
            if q == "约" and window[-2:-1] in YUE_WORD_HEADS:
                return None  # 村规民约2项, 公约: the word ends in 约, nothing is "about"
            return q
    return None


def _is_date_or_name(g: dict, shadow: str, start: int, end: int) -> bool:
    """True when the candidate is a year, a version label or a loose numeral."""
    num, unit = g["num"], g["unit"]
    if unit == "年" and num and num[0].isdigit() and (len(num) >= 4 or num[0] == "0"
                                                     or len(g["num2"] or "") >= 4):
        return True
    if unit is None:
        return not (num and num[0].isdigit() and g["mag"]) or bool(_CJK.match(shadow, end))
    return False


def _is_idiom(g: dict) -> bool:
    """Chinese-numeral candidates that are words, not amounts (一年来, 千家万户, 五期)."""
    num = g["num"]
    if g["bmag"]:
        return not (g["approx2"] or g["post"] or UNITS.get(g["unit"] or "") == Kind.MONEY)
    if not num or num[0].isdigit():
        return False
    if g["unit"] is None or g["unit"] in ARABIC_ONLY:
        return True
    loose = not (g["approx1"] or g["approx2"] or g["post"])
    if num == "一" and not g["mag"]:
        return True
    return loose and set(num) <= {"百", "千"}


def _bad_left(g: dict, shadow: str, start: int) -> bool:
    prev = shadow[start - 1] if start else ""
    if prev == " " and start >= 2:  # PDF text: 第 3 条
        prev = shadow[start - 2]
    if g["num"] and g["num"][0].isdigit():
        if prev in _NOT_BEFORE_AR:
            return True
    elif prev in _NOT_BEFORE_CN or (g["bmag"] and _UNIT_NOTE.search(shadow, max(0, start - 4), start)):
        return True  # (单位:万元): a table's unit, not an amount
    lo = start - 12 if start > 12 else 0
    return shadow.find("第", lo, start) >= 0 and bool(ORDINAL_TAIL.search(shadow, lo, start))


_SENTENCE_ENDS = "。；;！!？?\n"
_UNIT_NOTE = re.compile(r"(?:单位|金额)[:为]? ?$|[(/]$")
_METRIC_HOURS = re.compile("滑动|平均|均值")
_PAGE_CHROME = re.compile(r"[(（]第\d+/\d+页[)）]")
_ENUMERATION = re.compile(r"方面|部分|[^\d,，。;；:：]{0,8}[:：]\s*(?:一是|一、|\(一\)|（一）|1\.|1、|第一)")
_DURATION_WORD = re.compile("时间|时限|用时|周期|工期|期限|压缩|缩短|提速|提前")


def _tallies_days(shadow: str, start: int) -> bool:
    """Whether days are counted (污染天数15天, 同比2019年31天减少16天), not a length of time.

    A tally names 天数 earlier in its sentence; 办理时间压缩9天 is a duration.
    """
    lo = max(0, start - 60)
    cut = max(shadow.rfind(ch, lo, start) for ch in _SENTENCE_ENDS)
    sentence = shadow[max(lo, cut + 1):start]
    at = sentence.rfind("天数")
    return at >= 0 and not _DURATION_WORD.search(sentence, at)


def _measure(g: dict, arabic: bool) -> tuple[float, Kind]:
    """Value and kind of an accepted candidate (`arabic`: its number is written in digits)."""
    if g["pnum"]:
        return parse_number(g["pnum"]), _PERCENT
    num, mag = g["num"], g["mag"] or g["bmag"]
    value = (parse_arabic(num) if arabic else parse_chinese(num)) if num else 1.0
    if mag:
        value *= MAGNITUDES[mag]
    if not math.isfinite(value):
        raise ValueError("number too large")
    return value, UNITS.get(g["unit"] or "", _COUNT)


def _as_written(text: str, m: re.Match, group: str, shadowed: str) -> str:
    """A group's characters as the source writes them (full-width folded); `shadowed` is the
    group's match in the shadow."""
    a, b = m.span(group)
    written = text[a:b]
    return written if written.isascii() or written == shadowed else unicodedata.normalize(
        "NFKC", written)


def _qualifier(text: str, m: re.Match, g: dict, shadow: str, start: int) -> str | None:
    pre = _prefix_qualifier(shadow, start) if start and shadow[start - 1] in _QUALIFIER_ENDS else None
    if pre:
        return text[start - len(pre):start]
    if not (g["post"] or g["approx1"] or g["approx2"]):
        return None  # most figures: no group to look at
    for group in ("post", "approx1", "approx2"):
        if g[group] and (group != "post" or g[group] in POST_QUALIFIERS):
            return _as_written(text, m, group, g[group])
    return None


def _skip(g: dict, shadow: str, start: int, end: int, arabic: bool) -> bool:
    """The context rules that drop a candidate which is not a year, name or idiom."""
    unit = g["unit"]
    if unit in _LIST_UNITS and not arabic and g["num"] and _ENUMERATION.match(shadow, end):
        return True  # 从五个方面回顾, 做好八项工作:一是…: the count of a list that follows
    if shadow[end:end + 1] in "(（" and _PAGE_CHROME.match(shadow, end):
        return True  # -23篇(第26/40页): a page counter, not an amount
    if unit == "次" and not arabic and (_PLENUM.match(shadow, end) or (
            shadow.startswith("会", end) and "届" in shadow[max(0, start - 8):start])):
        return True  # 六届七次、八次全会, 十四届人大二次会议: which session, not how many
    if unit == "分" and (shadow[start - 1:start] in ("时", "点", ":", "-") or shadow[end - 2] == " "):
        return True  # 8时30分: a time of day; 2025-05229 分 类: an index number, then a field
    return unit in _HOURS and (bool(_METRIC_HOURS.match(shadow, end))
                               or shadow.endswith("最大", 0, start)  # 臭氧日最大8小时平均浓度
                               or bool(_NAMED_HOURS.match(shadow, end)))  # 24小时智慧政务服务中心


_LIST_UNITS = frozenset(("个", "项", "大"))
_PLENUM = re.compile(r"(?:[、和及][一二三四五六七八九十]+次)*(?:全会|全体会议|会议精神)")
# what follows N小时 in a name (24小时智慧政务服务中心, 24小时自助服务区), not in a time (24小时内办结)
_NAMED_HOURS = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:中心|服务区|服务站|服务厅|大厅|窗口|专线|热线|平台)")
_HOURS = frozenset(("小时", "个小时"))


def find_quantities(text: str, shadow: str) -> list[Quantity]:
    """Every quantity stated in `text`, in order.

    Args:
        text: the report text.
        shadow: its shadow (normalize.shadow), where the patterns match.

    Returns:
        Quantities with offsets into the text, value with magnitude applied.

    Raises:
        ReportError: more than limits.MAX_FIGURES of them (not a report).
    """
    spans, glued = named_spans(shadow), glued_markers(shadow)
    found: list[Quantity] = []
    for m in QUANTITY.finditer(shadow):
        after_marker = bool(glued) and m.start() in glued
        if after_marker:  # 313个市州: item 3's number before 13个
            m = QUANTITY.match(shadow, m.start() + 1)
            if m is None:
                continue
        g = m.groupdict()
        start, end = m.span()
        num, pnum = g["num"], g["pnum"]
        arabic = bool(num) and num[0].isdigit()
        if not pnum and (_is_date_or_name(g, shadow, start, end) or (
                (g["bmag"] or (num and not arabic)) and _is_idiom(g))):  # else never an idiom
            continue
        if num and not arabic and SLOGAN_TAIL.match(shadow, end):
            continue
        if (not after_marker and _bad_left(g, shadow, start)) or _inside(spans, start) or _skip(g, shadow, start, end, arabic):
            continue
        try:
            value, kind = _measure(g, arabic)
        except ValueError:
            continue
        unit = "%" if pnum else _as_written(text, m, "unit", g["unit"]) if g["unit"] else ""
        if kind is _DURATION and g["unit"] == "天" and _tallies_days(shadow, start):
            kind = _COUNT
        found.append(Quantity(start, end, value, unit, _qualifier(text, m, g, shadow, start), kind))
        if len(found) > limits.MAX_FIGURES:
            raise limits.too_many_figures()
    return _with_unitless(shadow, found)


def _with_unitless(shadow: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the figures written without a unit (unitless.py) added, in order."""
    more = unitless_figures(shadow)
    if not more:  # most reports: no set of starts to build
        return found
    taken = {q.start for q in found}
    more = [Quantity(a, b, value, "", None, kind) for a, b, value, kind in more if a not in taken]
    return sorted(found + more, key=attrgetter("start")) if more else found
