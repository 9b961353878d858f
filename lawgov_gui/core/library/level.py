"""Where a report comes from: the administrative level and the region, read from the issuer's name.

吉林省人民政府 → 省, 吉林省; 宝鸡市凤县人民政府 → 县, 宝鸡市凤县; 塘栖镇人民政府 → 乡镇, 塘栖镇;
贺州市生态环境局 → 部门, 贺州市. The four municipalities (北京, 天津, 上海, 重庆) are provinces.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Level(StrEnum):
    """The administrative level of an issuer; the values are what the user reads and types."""

    PROVINCE = "省"
    CITY = "市"
    COUNTY = "县"
    TOWN = "乡镇"
    DEPARTMENT = "部门"
    UNKNOWN = "未知"


_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# one place: the longest name of 1–7 hanzi ending in an administrative suffix (城乡 and
# 市场 are not places)
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,7}(?:自治区|自治州|自治县|特别行政区|省|市(?!场)|州|盟|地区|县"
                    r"|旗|区|街道|镇|(?<!城)乡)")
_DEPARTMENT = re.compile(r"(?:部|局|厅|委|委员会|办|办公室|署|院|中心|所|队)$")
_GOVERNMENT = re.compile(r"(?:人民政府|政府|街道办事处|办事处|管理委员会|管委会)$")
_SUFFIX_LEVEL = (
    (("自治区", "省", "特别行政区"), Level.PROVINCE),
    (("自治州", "市", "州", "盟", "地区"), Level.CITY),
    (("自治县", "县", "旗", "区"), Level.COUNTY),
    (("街道", "镇", "乡"), Level.TOWN),
)


def region_of(issuer: str | None) -> str:
    """The places the issuer's name begins with, joined ("" when it names none)."""
    if not issuer:
        return ""
    pos, out = 0, []
    while m := _PLACE.match(issuer, pos):
        out.append(m.group())
        pos = m.end()
    return "".join(out)


def level_of(issuer: str | None) -> Level:
    """The level of the body named `issuer`: a department when its name goes on past the
    places and the word for a government, else the level of its last place."""
    region = region_of(issuer)
    if not issuer:
        return Level.UNKNOWN
    if not region:
        return Level.DEPARTMENT if _DEPARTMENT.search(issuer) else Level.UNKNOWN
    rest = issuer[len(region):]
    if rest and not _GOVERNMENT.fullmatch(rest):
        return Level.DEPARTMENT
    if region in _MUNICIPALITIES:
        return Level.PROVINCE
    return _place_level(region)


def _place_level(region: str) -> Level:
    for suffixes, level in _SUFFIX_LEVEL:
        if region.endswith(suffixes):
            return level
    return Level.UNKNOWN
