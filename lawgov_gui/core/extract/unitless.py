"""Figures written without a unit: a ratio named by its measure, a count before its share.

find_quantities reads a number only with its unit (12件, 85.6%). Two kinds of figure go
without one and are still figures: a measure that has no unit (复议诉讼比值达2.6,
营商环境指数为89.5) and a count whose unit the writer left out, named just before it, with its
share or rate right after it (行政处罚2100,占收到申请总数的33.9%). `unitless_figures` finds them.
"""

from __future__ import annotations

import re

from ..model import Kind
from .numerals import parse_arabic

# 复议诉讼比值达2.6, 营商环境指数为89.5: a measure that has no unit, named just before its number
_RATIO = re.compile(r"(?:比值|诉讼比|系数|指数)(?:[^，,。；;:：\d]{0,6}?(?:达到|达|为|是))?"
                    r"(?P<n>\d+(?:\.\d+)?)(?![\d.:：%‰年月日号])")  # 该比值大幅提升为1.62


# 行政处罚2100,占收到申请总数的33.9% / 审结复议案件4696,审结率为83.4%: a count whose unit the
# writer left out, named just before it, its share or rate right after it
_BARE_COUNT = re.compile(r"(?P<n>[1-9]\d{1,6})(?=[,，](?:占|[\u4e00-\u9fff]{1,4}率))")
_NOT_BEFORE_BARE = frozenset("第号令年月日")


def unitless_figures(shadow: str) -> list[tuple[int, int, float, Kind]]:
    """(start, end, value, kind) of every ratio and bare count in `shadow`, in order of kind."""
    named = [(m, Kind.OTHER) for m in _RATIO.finditer(shadow)] + [
        (m, Kind.COUNT) for m in _BARE_COUNT.finditer(shadow) if m.start() and _names_it(shadow, m.start())]
    return [(m.start("n"), m.end("n"), parse_arabic(m["n"]), kind) for m, kind in named]


def _names_it(shadow: str, start: int) -> bool:
    """Whether a noun stands right before a bare count (行政处罚2100), not an ordinal or a date."""
    prev = shadow[start - 1]
    return "\u4e00" <= prev <= "\u9fff" and prev not in _NOT_BEFORE_BARE

