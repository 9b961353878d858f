"""What an indicator counts or measures, taken from its own clause.

Reports write a figure either after its subject (调解涉企纠纷2.2万余件) or as a
classifier before it (在964个乡镇部署…). When a noun follows the unit directly,
that noun is the subject; otherwise it is what precedes the figure in the same
clause, without scope words (全省, 其中, 累计) and linking verbs (达, 为, 保持).
"""

from __future__ import annotations

import re

from ..model import Kind

_DELIMS = "，,。；;：:！!？?、\n"
_DELIM_ANY = re.compile("[" + re.escape(_DELIMS) + "]")
_DELIM_NO_LIST = re.compile("[" + re.escape(_DELIMS.replace("、", "")) + "]")
_MAX_BACK = 40
_LEAD = re.compile(
    r"^(?:其中|同时|此外|另外|目前|截至目前|全年|今年|当年|年内|共计|共|累计|合计|总计|先后|分别|并|还|已|均|"
    r"\d{4}年(?:度)?(?:\d{1,2}月)?(?:以来|底)?|在|对|向|将|把|通过|经)+")
_TRAIL_WORDS = tuple(sorted((
    "达到 达 为 是 共计 共 累计 合计 总计 大约 约 超过 超 突破 逾 将近 接近 近 不足 不到 不少于 不低于 至少 "
    "保持 由 从 至 到 分别为 分别 有 已 的 了 计 均 各 在 增至 降至 提升至 提高至 提高到 上升至 下降至 "
    "减少至 增长至 去年 上年 等").split(), key=len, reverse=True))
_TRAIL_BY_LAST: dict[str, list[str]] = {}
for _w in _TRAIL_WORDS:
    _TRAIL_BY_LAST.setdefault(_w[-1], []).append(_w)
_TRAIL_YEAR = re.compile(r"\d{4}年的?$")
_SCOPE_ONLY = re.compile(r"(?:全省|全市|全区|全县|全州|全国|全年|省级|市级|区级|县级|我省|我市|我区|我县|各级|共|在)*")
_NOT_NOUN_START = re.compile(
    r"同比|较|比|为|达|占|均|已|是|的|增长|下降|提高|减少|上升|降低|提升|至|到|和|及|与|或|等|中|内|后|前|"
    r"间|来|之|次|同|共|累计|分别|实现|完成|以|逐|持续|连续|稳定|大幅|明显")
_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,12}?(?=的|和|及|与|实现|纳入|参加|参与|推行|部署|完成|被|分别|进行|开展|获得|得到|"
    r"已|均|全部|共|等|中|上线|入驻|接入|覆盖|通过|办理|受理|签订|建成|设立|达到|获|受到|列入|开通|提供|"
    r"审核|出具|涉及|占|荣获|获评|入选|[^\u4e00-\u9fffA-Za-z]|$)")
_CAP = 24


def clause_start(shadow: str, pos: int, floor: int = 0) -> int:
    """Offset just after the last clause delimiter before `pos` (not below floor).

    A list closed by 等 (A、B、C等5项) counts as one clause.
    """
    lo = max(floor, pos - _MAX_BACK)
    pattern = _DELIM_NO_LIST if shadow[pos - 1:pos] == "等" else _DELIM_ANY
    m = pattern.search(shadow[lo:pos][::-1])  # the nearest delimiter, searching backwards
    return pos - m.start() if m else lo


def _strip_trailing(seg: str) -> int:
    """Length of `seg` without its trailing linking words (达, 为, 由2022年…)."""
    stop = len(seg)
    while stop:
        word = next((w for w in _TRAIL_BY_LAST.get(seg[stop - 1], ()) if seg.endswith(w, 0, stop)),
                    None)
        if word:
            stop -= len(word)
            continue
        m = _TRAIL_YEAR.search(seg, max(0, stop - 6), stop) if seg[stop - 1] in "年的" else None
        if not m:
            break
        stop = m.start()
    return stop


def _before(text: str, shadow: str, start: int, floor: int) -> str:
    cs = clause_start(shadow, start, floor)
    seg = shadow[cs:start]
    stop = _strip_trailing(seg)
    lead = _LEAD.match(seg, 0, stop)
    begin = lead.end() if lead else 0
    if _SCOPE_ONLY.fullmatch(seg, begin, stop):
        return ""
    begin = max(begin, stop - _CAP)
    return text[cs + begin:cs + stop].strip(" ()（）“”\"")


def _after(text: str, shadow: str, end: int) -> str:
    if end >= len(shadow) or not ("\u4e00" <= shadow[end] <= "\u9fff"):
        return ""
    if _NOT_NOUN_START.match(shadow, end):
        return ""
    m = _AFTER.match(shadow, end, min(len(shadow), end + 16))
    return text[m.start():m.end()] if m else ""


def subject_for(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int = 0) -> str:
    """The subject of the figure text[start:end].

    Args:
        text: the report text.
        shadow: its shadow.
        start, end: the figure's span.
        kind: its kind; changes in points always take the preceding words.
        floor: end of the previous figure, so its words are not reused.
    """
    if kind != Kind.CHANGE_PP:
        after = _after(text, shadow, end)
        if after:
            return after
    return _before(text, shadow, start, floor)
