"""What an indicator counts or measures, as a row label that reads alone.

Reports write a figure either after its subject (调解涉企纠纷2.2万余件) or as a
classifier before it (在964个乡镇(街道)部署…). When a noun follows the unit, that
noun is the subject, and a short one takes the verb phrase that says which ones
are counted ("部署审批系统的乡镇(街道)"). Otherwise the subject is what precedes the
figure in its clause, without scope words (全省, 其中, 累计) and linking verbs (达,
为, 保持); a list (A、B和C) is one clause, and the previous figure's end bounds it.

A clause that holds no subject of its own speaks of the figure before it (同比增长82.37%
is "X同比增长"): subject_previous.py; a list read with 分别 gives each figure the subject its
place names: subject_lists.py. Both need what a figure before says, which this module reads
(recursively, to a depth of _DEPTH); it hands them that reading as a function.
"""

from __future__ import annotations

import re

from ..model import Kind
from .patterns import OPENING_QUOTES
from .subject_after import noun_after
from .subject_lists import LIST_JOINS, paired, respectively
from .subject_previous import (
    CHANGE_HEADS,
    LASTING,
    SHAPE_HEADS,
    Said,
    may_speak_of_previous,
    of_previous,
    outside_parens,
    share_subject,
)
from .subject_text import (
    DELIM,
    EDGE,
    MAX_BACK,
    RECENT,
    capped,
    clause_start,
    last_figure,
    nearness,
    object_of,
    previous_clause,
    row_label,
    strip_trailing,
    trim,
    vp_after,
)
from .subject_verbs import completed, is_bare
from .subject_words import ACTION_VERB, DELIMS, DELTA, GENERIC, LEAD, VP_VERB

__all__ = ["clause_start", "subject_for"]

_CAP, _DEPTH = 36, 3
_PERCENT, _CHANGE_PP = Kind.PERCENT, Kind.CHANGE_PP  # read once
_SCOPE_ONLY = re.compile(r"(?:全省|全市|全区|全县|全州|全国|全年|省级|市级|区级|县级|我省|我市|我区|我县|各级|共|在)*")
_SCOPE_HEADS = frozenset("全省市区县州国我各共在")
_EDGE_HEADS = frozenset(EDGE)


def _previous(text: str, shadow: str, floor: int, depth: int) -> Said | None:
    """What the figure ending at `floor` says (its subject and base), when one ends there."""
    known = RECENT.get(text, floor)
    if known is not None:
        return known
    fig = last_figure(shadow, floor - 24, floor)
    if fig is None or fig[1] != floor:
        return None
    start, end, kind = fig
    before = last_figure(shadow, start - MAX_BACK, start)
    return _say(text, shadow, start, end, kind, before[1] if before else 0, depth + 1)


def _before(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int,
            depth: int) -> Said:
    """What the figure says by the words before it in its clause, or by the figure before."""
    cs = clause_start(shadow, start, floor)
    if depth == 0 and cs == start - MAX_BACK and "分别" in shadow[cs:start]:
        cs = clause_start(shadow, start, floor, 2 * MAX_BACK)  # a long list before 分别
    seg = shadow[cs:start]
    begin = first = len(seg) - len(seg.lstrip(EDGE)) if seg[:1] in _EDGE_HEADS else 0
    lead = LEAD.match(seg, begin)
    if lead:
        begin = lead.end()
    raw_stop = len(seg.rstrip(" ")) if seg[-1:] == " " else len(seg)
    stop = strip_trailing(seg, raw_stop)
    core = text[cs + begin:cs + stop] if stop > begin else ""
    if core and not core.isalnum():  # only CJK and digits need no trimming
        core = trim(core)
    if "为" in core:
        m = _UNIT_NAMED.match(core)  # 居前列的单位为市公安局30件: 市公安局
        if m:
            core = core[m.end():]
    if core[:1] == "占" or (not core and kind == _PERCENT and floor):
        said = share_subject(text, shadow, core, cs, floor, kind, depth, _previous)
        if said:
            return said
    if depth == 0 and "分别" in seg:
        said = respectively(text, shadow, cs, seg, first, begin, raw_stop, end, floor, _say)
        if said:
            return said
    elif depth == 0 and "、" in core and shadow[end:end + 1] in LIST_JOINS:
        said = paired(text, shadow, cs, begin, stop, end)
        if said:
            return said
    near = 0
    if (depth < _DEPTH and floor and floor <= cs and cs - floor <= MAX_BACK
            and may_speak_of_previous(seg, begin, core, cs - floor)):
        near = nearness(shadow, floor, cs)
    if near:
        outer = outside_parens(shadow, floor)
        if outer != floor and not shadow[floor:cs].strip(DELIMS + " )）"):
            near = 2  # 85件(其中网上申请8件),受理70件: right after 85件 and its breakdown
        said = of_previous(text, shadow, seg[begin:raw_stop], text[cs + begin:cs + raw_stop],
                           core, end, outer, depth, near == 2, kind, _previous)
        if said:
            return said
    elif (core and depth < _DEPTH and floor and 0 < cs - floor <= 12 and len(core) <= 4
          and "\n" not in shadow[floor:cs] and ACTION_VERB.fullmatch(core)):
        prev = _previous(text, shadow, floor, depth)  # 不予受理6件。现已审结67件: the same cases
        obj = object_of(prev[1]) if prev else ""
        if obj and obj != prev[1]:
            return (core + obj, core + obj)
    if len(core) <= 6 and core[:1] in _SCOPE_HEADS and _SCOPE_ONLY.fullmatch(core):
        core = ""
    if not core:
        vp = vp_after(text, shadow, end)
        core = vp or row_label(text, shadow, cs) or previous_clause(text, shadow, cs, floor)
    elif core in LASTING:
        vp = vp_after(text, shadow, end)
        core = "连续" + vp if vp else core  # 连续3年获评先进单位: 连续获评先进单位
    elif core in GENERIC or len(core) == 1 or (core[0] in CHANGE_HEADS and DELTA.fullmatch(core)):
        core = previous_clause(text, shadow, cs, floor) + core  # 同比增长 with nothing before
    if len(core) > _CAP:
        core = capped(core)
    return (core, core)


_UNIT_NAMED = re.compile(r".{0,10}的(?:单位|部门|地区|乡镇|街道|机关)(?:为|是)(?=..)")


_EVENT_UNITS = frozenset("次人")
_EVENT_VERB_TAILS = frozenset("召开 开展 举办 举行 组织 参加 参与 培训 配备 接待 进行 听取 研究 深入 "
                              "先后 累计 共计 开设 安排 派出".split())


def _counted_before(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int,
                    depth: int) -> Said | None:
    """The noun before N次/N人 when the clause names one: in 配备工作人员2人负责具体业务 and
    召开县政府常务会议3次专题研究…, the words after the figure say what for, not what."""
    if start - clause_start(shadow, start, floor) < 4:
        return None  # the clause has no words of its own before the figure
    if floor and shadow[start - 1] == "、" and start - floor <= 12:
        return None  # 15次行政辅导、11次行政约谈: the words before are the figure before's noun
    said = _before(text, shadow, start, end, kind, floor, depth)
    core = said[0]
    if len(core) >= 4 and core[-2:] not in _EVENT_VERB_TAILS and not ACTION_VERB.fullmatch(core):
        return said
    return None


def _say(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int, depth: int) -> Said:
    """What the figure text[start:end] says: the noun after it, else the words before it."""
    if kind != _CHANGE_PP:
        after = noun_after(text, shadow, end, kind)
        if after[:1] in OPENING_QUOTES:  # a quoted name after: the words before name it (上线“一件事”套餐)
            said = _before(text, shadow, start, end, kind, floor, depth)
            if said[0] and (VP_VERB.fullmatch(said[0]) or ACTION_VERB.fullmatch(said[0])):
                return (said[0] + after, said[0] + after)  # 建成5个“枫桥式”司法所
            return said if said[0] else (after, after)
        if after:
            if shadow[end - 1] in _EVENT_UNITS:
                said = _counted_before(text, shadow, start, end, kind, floor, depth)
                if said:
                    return said
            if after in _GENERIC_AFTER:
                said = _generic_after(text, shadow, start, end, kind, floor, depth, after)
                if said:
                    return said
            return (after, after)
    return _before(text, shadow, start, end, kind, floor, depth)


_DATE_HEAD = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?")  # 3月29日印发了15家单位的…
_GENERIC_AFTER = frozenset("工作 项目 指标 任务 地区 单位 措施".split())


def _generic_after(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int,
                   depth: int, noun: str) -> Said | None:
    """A generic noun after the figure (部署推进25项工作, 1个项目被…推荐…) takes the verb
    before it or the passive after it: 部署推进工作, 被…推荐…的项目."""
    stop = end + len(noun)
    if shadow[stop:stop + 1] == "被":
        m = DELIM.search(shadow, stop, min(len(shadow), stop + 40))
        if m:
            said = capped(text[stop:m.start()] + "的" + noun)
            return (said, said)
    if start - clause_start(shadow, start, floor) < 2:
        return None
    verb = _DATE_HEAD.sub("", _before(text, shadow, start, end, kind, floor, depth)[0])
    if 2 <= len(verb) <= 8 and not verb.endswith(noun):
        said = verb + noun
        return (said, said)
    return None


def subject_for(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int = 0) -> str:
    """The subject of the figure text[start:end].

    Args:
        text: the report text.
        shadow: its shadow.
        start, end: the figure's span.
        kind: its kind; changes in points always take the preceding words.
        floor: end of the previous figure, so its words are not reused.
    """
    if RECENT.told[1]:  # a 分别 list before handed this figure its subject
        told = RECENT.assigned(text, end)
        if told:
            return told
    said = _say(text, shadow, start, end, kind, floor, 0)
    after = shadow[end:end + 1]
    if (after in SHAPE_HEADS or after in LIST_JOINS or after in "(（"
            or shadow[end + 1:end + 2] in SHAPE_HEADS):
        RECENT.put(text, end, said)  # the next clause may speak of this figure
    return completed(text, shadow, start, end, said[0]) if is_bare(said[0]) else said[0]
