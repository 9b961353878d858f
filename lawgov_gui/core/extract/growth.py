"""Whether a figure is a rate of change (同比增长82.37%) rather than a share or a level.

True for a percentage or a multiple (倍) stated as a change: 同比增长82.37%, 下降9.09%,
降低企业成本30%, 增幅12%, 增长1.5倍, and a reduction ratio such as 压缩比例达86.11% (it compares
two states, 108项 then 15项, so it is a change, not a part of a whole). Not: a level reached
(提高到95%), a share (占…%, 比例达42%), a baseline (同比去年91.5%), either figure of 由A至B, and
个百分点 (a change_pp, already its own kind).
"""

from __future__ import annotations

import re

from ..model import ChangeType, Indicator, Kind

UP = "增长|增加|上升|上涨|上漲|提高|提升|攀升|扩大|递增|增|涨|漲"
DOWN = "下降|降低|减少|下滑|回落|递减|缩减|缩短|缩小|压缩|压减|精简|节约|节省|降|减"
_CHANGE = re.compile(
    rf"(?:(?:{UP}|{DOWN})了?(?:约|近|超过?|逾|达到?)?"
    rf"|(?:{UP}|{DOWN})了?[^\d,，。;；至到为占达比的]{{0,9}}[^\d,，。;；至到为占达比的率]"
    r"|(?:增幅|降幅|涨幅|漲幅|减幅|增速|增长率|下降率"
    r"|(?:增长|下降|降低|提升|减少|压缩|压减|缩减|精简)(?:幅度|比例|率)|提速|提效)"
    r"(?:为|达到?|是|约|近|超过?|了)?)$")
_FROM_TO, _YOY, _PERCENT = ChangeType.FROM_TO, ChangeType.YOY, Kind.PERCENT


def is_change(lead: str, ind: Indicator) -> bool:
    """Whether `ind`, after the sentence text `lead`, is a rate of change.

    Args:
        lead: the shadow of the sentence up to the figure.
        ind: the indicator, its `change` linked by relations.py.
    """
    if ind.kind is not _PERCENT and ind.unit != "倍":
        return False
    ch = ind.change
    if ch is not None and ch.type is _FROM_TO:
        return False
    if ch is not None and ch.type is _YOY and ind.kind is _PERCENT:
        return True
    return bool(_CHANGE.search(lead[-16:]))
