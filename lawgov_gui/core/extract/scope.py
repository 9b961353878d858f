"""Whose figure it is: the report's own, or a benchmark quoted for comparison.

BENCHMARK for a national or another region's figure: the gap to one (低于去年全国均值6.88个百分点,
高于全省平均水平, 比全市平均快3天), an average of one (全国行政复议纠错率平均为12.6%) or one stated
beside the report's own (全国为25%). A region word is the issuer's own area when the issuer is of
that level: 全省平均 is a province's own figure, a benchmark in a city's report; 全国 is one except
in a national body's report (an issuer with no 省/市/县… in its name, 水利部). Without an issuer only 全国/全省/全市 averages and gaps count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import ChangeType, Indicator, Scope
from .growth import DOWN as _DOWN
from .growth import UP as _UP

_OWN, _BENCH, _VS_CHANGE = Scope.OWN, Scope.BENCHMARK, ChangeType.VS
_VS = re.compile(r"(?:高于|低于|超过|超出|优于|好于|少于|多于|快于|慢于|领先于?|落后于?)"
                 r"([^,，。;；\d]{1,14})$"
                 rf"|比([^,，。;；\d]{{1,14}}?)(?:高|低|多|少|快|慢|{_UP}|{_DOWN})[出了]?$")
_REGION = re.compile(r"全国|全省|全市|全区|全县|全州|全盟|全镇|全乡|国家|^[省市](?=平均|均值)"
                     r"|[\u4e00-\u9fff]{2,6}[省市]")
_AVERAGE = re.compile(r"(全国|全省|全市|全区|全县|全州|国家|同类城市|其他地区|兄弟地市|(?:^|(?<=[于比较]))[省市])"
                      r"[^,，。;；\d]{0,10}?(?:均值|平均值|平均水平|平均数|平均)[^,，。;；\d]{0,12}$")
_REGION_IS = re.compile(r"(全国|全省|全市|全区|全县|全州)(?:平均|均值)?(?:为|是|达到?|仅)?$")
_UNITS = ("省", "自治区", "市", "州", "盟", "地区", "县", "区", "旗", "镇", "乡", "街道")
_MUNICIPALITY = ("北京市", "天津市", "上海市", "重庆市")


def benchmark(lead: str, ind: Indicator) -> str | None:
    """The benchmark a comparison measures against (去年全国均值 in 低于去年全国均值6.88个百分点),
    from the sentence before the figure or from the change relations.py linked; None if none."""
    t = lead[-24:]
    m = _VS.search(t) if ("于" in t or "比" in t or "超" in t or "领先" in t) else None
    base = (m.group(1) or m.group(2)) if m else None
    if base is None and ind.change is not None and ind.change.type is _VS_CHANGE:
        base = ind.change.baseline
    return base if base and _REGION.search(base) else None


def scope_in(lead: str, issuer: str | None, base: str | None) -> Scope:
    """BENCHMARK when the figure after `lead` is compared with, or is, a benchmark region's.

    Args:
        lead: the shadow of the sentence up to the figure.
        issuer: the report's issuer; its level says whether 全省/全市 is its own area.
        base: what `benchmark` found for the figure.
    """
    region = _REGION.search(base) if base is not None else None
    if region and not _is_home(region.group(), issuer):
        return _BENCH
    clause = lead[lead.rfind(",") + 1:][-32:]  # the shadow writes every ， as ,
    avg = _AVERAGE.search(clause) if "均" in clause else None
    if avg and not _is_home(avg.group(1), issuer):
        return _BENCH
    stated = _REGION_IS.search(clause[-10:]) if issuer and "全" in clause[-6:] else None
    if stated and not _is_home(stated.group(1), issuer):
        return _BENCH
    return _OWN


def _is_home(region: str, issuer: str | None) -> bool:
    """Whether `region` (全省, 全市, 省…) is the issuer's own area."""
    if not issuer:
        return False
    unit = _home_unit(issuer)
    if region in ("全国", "国家"):
        return unit is None  # a national body's (水利部, 司法部) 全国 is its own
    word = region.removeprefix("全")
    if word == unit or (unit == "自治区" and word == "区"):
        return True
    return word == "市" and unit == "省" and issuer.startswith(_MUNICIPALITY)


@lru_cache(maxsize=64)
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
