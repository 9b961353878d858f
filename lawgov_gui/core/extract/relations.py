"""How figures relate: year-on-year changes, comparisons, before→after pairs.

Three statements are recognised inside one sentence:

* 同比增长82.37% — the growth of the figure before it (type "yoy");
* 低于全国均值6.88个百分点 — a comparison with a benchmark (type "vs");
* 由2022年21.56%下降至2023年的13.21%, 从108项逐年递减至15项 — a pair (type
  "from_to"), the first figure with role "before", the second with role "after".
"""

from __future__ import annotations

import re

from ..model import Change, ChangeType, Direction, Indicator, Kind, Role
from .normalize import shadow as _shadow

_UP = "增长|上升|提高|增加|提升|递增|扩大|攀升|增"
_DOWN = "下降|降低|减少|下滑|回落|递减|压缩|压减|精简|缩减|缩短|提速|降|减"  # 提速: a time made shorter
_YOY = re.compile(
    r"(?:同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期|与上年同期相比|环比|比(?P<y>\d{4})年(?:同期)?)"
    rf"[^,，。;；]{{0,4}}?(?P<dir>{_UP}|{_DOWN})了?(?:达)?$")
_VS = re.compile(r"(?P<dir>高于|低于|超过|超出|优于|少于|多于)(?P<base>[^,，。;；\d]{1,12}?)$")
_FROM = re.compile(r"(?:由|从)(?:原来|原先)?(?:(?P<y>\d{4})年)?(?:的)?$")  # 由原来的30个工作日
_FROM_NAMED = re.compile(r"(?:由|从)(?P<y>)[^,，。;；\d由从]{1,12}$")  # 从法定平均办理时间20.86天提速至6.44天
_TO = re.compile(
    rf"^[^,，。;；]{{0,8}}?(?P<dir>{_UP}|{_DOWN})了?(?:至|到|为)(?:(?P<y>\d{{4}})年)?(?:的)?$")
_SINCE = re.compile(r"自(\d{4})年")
_SENTENCE_END = "。；;!！?？\n"
_PAIR_GAP = 16  # at most this many characters between the figures of 由A至B
_CHANGE_PHRASE = re.compile(rf"^(?:同比|比上年|较上年|比去年|较去年|环比)?(?:{_UP}|{_DOWN})?$")


def _direction(word: str) -> Direction:
    return Direction.DOWN if re.fullmatch(_DOWN + "|低于|少于", word) else Direction.UP


_SENTENCE_BREAK = re.compile("[" + re.escape(_SENTENCE_END) + "]")
_CLAUSE_BREAK = re.compile("[，,]")


def _same_sentence(shadow: str, a: Indicator, b: Indicator) -> bool:
    return _SENTENCE_BREAK.search(shadow, a.end, b.start) is None


def _sentence_start(shadow: str, pos: int) -> int:
    """Start of the sentence holding `pos`, looking back at most 400 characters."""
    lo = max(0, pos - 400)
    ends = [shadow.rfind(ch, lo, pos) for ch in _SENTENCE_END]
    return max(max(ends) + 1, lo)


def _pair(shadow: str, a: Indicator, b: Indicator, year: int | None) -> bool:
    """Mark a and b as a before→after pair if the text says 由 a 下降至 b."""
    if b.start - a.end > _PAIR_GAP:
        return False
    lo = max(0, a.start - 8)
    near = shadow[max(0, a.start - 16):a.start]
    frm = (_FROM.search(shadow, lo, a.start) or _FROM_NAMED.search(near)) \
        if "由" in near or "从" in near else None  # most: neither
    to = _TO.match(shadow[a.end:b.start]) if frm else None
    if not (to and frm):
        return False
    direction = _direction(to["dir"])
    before = frm["y"] or None
    if before is None:
        since = _SINCE.findall(shadow, _sentence_start(shadow, a.start), a.start)
        before = since[-1] if since else None
    after = to["y"] or (str(year) if year else None)
    a.change = Change(ChangeType.FROM_TO, direction, b.id, None, before, Role.BEFORE)
    b.change = Change(ChangeType.FROM_TO, direction, a.id, before, after, Role.AFTER)
    b.subject = a.subject
    return True


def _reference(shadow: str, found: list[Indicator], i: int) -> Indicator | None:
    """The figure a change at index i refers to: the nearest earlier plain one."""
    b = found[i]
    for a in reversed(found[max(0, i - 4):i]):
        if not _same_sentence(shadow, a, b):
            return None
        if a.kind != Kind.CHANGE_PP and (a.change is None or a.change.type == ChangeType.FROM_TO):
            return a
    return None


def _compare(shadow: str, found: list[Indicator], i: int, year: int | None) -> None:
    b = found[i]
    lead = shadow[max(0, b.start - 24):b.start]
    yoy = _YOY.search(lead) if "比" in lead else None
    vs = _VS.search(lead) if not yoy and ("于" in lead or "超" in lead) else None
    if not (yoy or vs):
        return
    ref = _reference(shadow, found, i)
    phrase = yoy.group(0) if yoy else vs.group(0) if vs else ""
    said = _shadow(b.subject)  # 同比增長 is 同比增长
    own = said[:-len(phrase)] if phrase and said.endswith(phrase) else said
    if ref and len(own) >= 2 and not _shadow(ref.subject).endswith(own) and _CLAUSE_BREAK.search(
            shadow, ref.end, b.start):
        ref = None  # 满意率达100%,行政复议案件同比增长118.4%: the growth of the 案件, unstated
    if yoy:
        base = yoy["y"] or (str(year - 1) if year else "上年")
        b.change = Change(ChangeType.YOY, _direction(yoy["dir"]), ref.id if ref else None, base)
    else:
        assert vs is not None
        b.change = Change(ChangeType.VS, _direction(vs["dir"]), ref.id if ref else None, vs["base"])
    if ref and (not b.subject or _CHANGE_PHRASE.match(b.subject) or b.subject.endswith(phrase)):
        b.subject = ref.subject + phrase


def link_changes(shadow: str, found: list[Indicator], year: int | None) -> None:
    """Fill `change` (and refine `subject`) on the indicators, in place."""
    for i, b in enumerate(found):
        if b.change is not None:
            continue
        a = found[i - 1] if i else None
        if (a and a.change is None and b.start - a.end <= _PAIR_GAP and _same_sentence(shadow, a, b)
                and _pair(shadow, a, b, year)):
            continue
        _compare(shadow, found, i, year)


def changes_take_their_figures_years(found: list[Indicator],
                                     periods: list[int | None]) -> list[int | None]:
    """`periods` (one per figure of `found`) with each change given the year of the figure it
    changes (比2019年增加12家 after a 上一年度 that names a report, not the figure); not when the
    figure it points to is the baseline itself (同比2019年31天减少16天). The figure a change
    points to stands at most four figures before it (see _reference)."""
    out = periods
    for n, ind in enumerate(found):
        ch = ind.change
        if ch is None or ch.type is not ChangeType.YOY or ch.of is None:
            continue
        for k in range(n - 1, max(-1, n - 5), -1):
            if found[k].id == ch.of:
                own = out[k]
                if own is not None and own != out[n] and str(own) != ch.baseline:
                    out = out if out is not periods else list(periods)
                    out[n] = own
                break
    return out
