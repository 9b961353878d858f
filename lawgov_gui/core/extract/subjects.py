"""What an indicator counts or measures, as a row label that reads alone.

Reports write a figure either after its subject (调解涉企纠纷2.2万余件) or as a
classifier before it (在964个乡镇(街道)部署…). When a noun follows the unit, that
noun is the subject, and a short one takes the verb phrase that says which ones
are counted ("部署审批系统的乡镇(街道)"). Otherwise the subject is what precedes the
figure in its clause, without scope words (全省, 其中, 累计) and linking verbs (达,
为, 保持); a list (A、B和C) is one clause, and the previous figure's end bounds it.

A clause that holds no subject of its own speaks of the figure before it:
同比增长82.37% is "X同比增长", 下降至13.21% and 同比去年91.5% are X again, 化解1702件
(after 受理诉前行政争议1967件) is "化解诉前行政争议", 低于全国均值6.88个百分点 is
"X低于全国均值".
"""

from __future__ import annotations

import re

from ..model import Kind
from .patterns import QUANTITY
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
from .subject_words import (
    ACTION_VERB,
    ACTION_VERBS,
    BASELINE,
    DELIMS,
    DELTA,
    GENERIC,
    LEAD,
    LEVEL,
    SENTENCE_ENDS,
    SHARE,
    VERSUS,
    VP_VERB,
)

__all__ = ["clause_start", "subject_for"]

_CAP, _DEPTH = 36, 3
_PERCENT, _DURATION, _CHANGE_PP = Kind.PERCENT, Kind.DURATION, Kind.CHANGE_PP  # read once
_SCOPE_ONLY = re.compile(r"(?:全省|全市|全区|全县|全州|全国|全年|省级|市级|区级|县级|我省|我市|我区|我县|各级|共|在)*")
_NOT_NOUN_START = re.compile(
    r"同比|较|比|为|达|占|均|已|是|的|增长|下降|提高|减少|上升|降低|提升|至|到|和|及|与|或|等|中|内|后|前|"
    r"间|来|之|次|同|共|累计|分别|实现|完成|以|逐|持续|连续|稳定|大幅|明显|压缩|压减|精简|削减|缩减|缩短|"
    r"递减|递增|增加|扩大|回落|下滑|攀升|保持|稳定|维持|" + VP_VERB.pattern)
_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,12}?(?=的|和|及|与|实现|纳入|参加|参与|推行|部署|完成|被|分别|进行|开展|获得|得到|"
    r"已|均|全部|积极|主动|认真|及时|共|等|中|上线|入驻|接入|覆盖|通过|办理|受理|签订|建成|设立|达到|获|受到|列入|开通|提供|"
    r"审核|出具|涉及|占|荣获|获评|入选|建立|配备|落实|应用|使用|启用|[^\u4e00-\u9fffA-Za-z]|$)")
_PAREN = re.compile(r"[(（][^()（）\n]{1,8}[)）]")
# The characters a clause about the figure before it can open with (同比, 下降至, 占比, 化解…).
_SHAPE_HEADS = frozenset("连和及以同环比较与分增上提减扩攀下降回递压精削缩逐持进大稳明高低超优少多占"
                         + "".join(v[0] for v in ACTION_VERBS))
# Those of a change, level, baseline or share, which may also follow a classifier's noun.
_CHANGE_HEADS = frozenset("和及以同环比较与分增上提减扩攀下降回递压精削缩逐持进大稳明高低超优少多占")
_SCOPE_HEADS = frozenset("全省市区县州国我各共在")
_EDGE_HEADS = frozenset(EDGE)
_LIST_JOINS = frozenset("和及与、,，")
_JOIN_WORDS = frozenset(("和", "及", "与", "以及"))
_LASTING = frozenset(("连续", "已连续"))
_LIST_SPLIT = re.compile("[、和及与]")


# What a figure says: (subject, base). The subject is the row label; the base is what is
# measured, the subject without a change phrase (X of "X同比增长"). A plain tuple: one is
# made for every figure.
_Said = tuple[str, str]


def _after(text: str, shadow: str, end: int, kind: Kind) -> str:
    if end >= len(shadow) or not ("\u4e00" <= shadow[end] <= "\u9fff"):
        return ""
    share_of = kind == _PERCENT and shadow[end] == "的"  # 80%的事项实现网上办理
    if share_of:
        end += 1
    elif _NOT_NOUN_START.match(shadow, end):
        return ""
    m = _AFTER.match(shadow, end, min(len(shadow), end + 16))
    if not m:
        return ""
    stop = m.end()
    if shadow[stop:stop + 1] in "(（":
        p = _PAREN.match(shadow, stop)
        if p:
            stop = p.end()
    noun = text[end:stop]
    if m.end() - end <= 6:
        vp = vp_after(text, shadow, stop)
        if vp:
            return vp + "的" + noun + ("比例" if kind == _PERCENT else "")
    return "" if share_of else noun


def _previous(text: str, shadow: str, floor: int, depth: int) -> _Said | None:
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
            depth: int) -> _Said:
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
        said = _share(text, shadow, core, cs, floor, kind, depth)
        if said:
            return said
    if depth == 0 and "分别" in seg:
        said = _respectively(text, shadow, cs, seg, first, begin, raw_stop, end, floor)
        if said:
            return said
    near = 0
    if (depth < _DEPTH and floor and floor <= cs and cs - floor <= MAX_BACK
            and _may_speak_of_previous(seg, begin, core, cs - floor)):
        near = nearness(shadow, floor, cs)
    if near:
        outer = _outside_parens(shadow, floor)
        if outer != floor and not shadow[floor:cs].strip(DELIMS + " )）"):
            near = 2  # 85件(其中网上申请8件),受理70件: right after 85件 and its breakdown
        said = _of_previous(text, shadow, seg[begin:raw_stop], text[cs + begin:cs + raw_stop],
                            core, end, outer, depth, near == 2, kind)
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
    elif core in _LASTING:
        vp = vp_after(text, shadow, end)
        core = "连续" + vp if vp else core  # 连续3年获评先进单位: 连续获评先进单位
    elif core in GENERIC or len(core) == 1 or (core[0] in _CHANGE_HEADS and DELTA.fullmatch(core)):
        core = previous_clause(text, shadow, cs, floor) + core  # 同比增长 with nothing before
    if len(core) > _CAP:
        core = capped(core)
    return (core, core)


_UNIT_NAMED = re.compile(r".{0,10}的(?:单位|部门|地区|乡镇|街道|机关)(?:为|是)(?=..)")
_SHARE_OF = re.compile(r"占([^\d,，。;；:：()（）]{2,16}?)的?(?:比例|比重)?(?:最高|最低|最大)?")


def _share(text: str, shadow: str, core: str, cs: int, floor: int, kind: Kind,
           depth: int) -> _Said | None:
    """A share written 占X的N%: "<the figure before>占X比例". The words may stand before a
    bracketed whole (占全年天数(366天)的96.7%: 366天 is that whole) or in the clause before
    (占受理案件数比例最高,达92.71%)."""
    if not core:
        if shadow[floor:floor + 1] in ")）":
            op = max(shadow.rfind("(", max(0, floor - 24), floor), shadow.rfind("（", max(0, floor - 24), floor))
            if op <= 0 or shadow[op + 1:floor].strip("0123456789.") == shadow[op + 1:floor]:
                return None
            cs = clause_start(shadow, op, 0)
            core = trim(text[cs:op])
        else:  # 占受理案件数比例最高,达92.71%: the words are the clause before
            if cs - 1 <= floor:
                return None
            pcs = clause_start(shadow, cs - 1, floor)
            core, cs = trim(text[pcs:cs - 1]), pcs
    m = _SHARE_OF.fullmatch(core) if core[:1] == "占" else None
    if not m:
        return None
    of = m.group(1)
    if kind != _PERCENT:
        return (of, of)  # 占全年监测有效天数(366天): the whole
    fig = last_figure(shadow, cs - MAX_BACK, cs)
    if fig is None or any(ch in SENTENCE_ENDS for ch in shadow[fig[1]:cs]):
        return None
    prev = _previous(text, shadow, fig[1], depth)
    if not prev or not prev[1]:
        return None
    said = capped(prev[1]) + "占" + of + "比例"
    return (said, said)


def _outside_parens(shadow: str, floor: int) -> int:
    """The end of the figure a breakdown in brackets follows (85件(通过网上申请8件),受理70件:
    85件's), or `floor` when the figure ending there is not in brackets."""
    if shadow[floor:floor + 1] not in ")）":
        return floor
    op = max(shadow.rfind("(", max(0, floor - 24), floor), shadow.rfind("（", max(0, floor - 24), floor))
    fig = last_figure(shadow, op - 24, op) if op > 0 else None
    return op if fig and fig[1] == op else floor


def _may_speak_of_previous(seg: str, begin: int, core: str, gap: int) -> bool:
    """A cheap test before _of_previous: could this clause be about the figure `gap` before?"""
    if not core:
        return gap <= 3
    if core[-1] in "率例":  # a rate or a share names its own subject (化解率, 压缩比例)
        return False
    head = seg[begin]
    if head in _CHANGE_HEADS:
        return gap <= MAX_BACK
    return gap <= 3 and head in _SHAPE_HEADS and len(core) <= 4  # a bare verb: 化解, 维持


def _of_previous(text: str, shadow: str, tail: str, phrase: str, core: str, end: int, floor: int,
                 depth: int, tight: bool, kind: Kind) -> _Said | None:
    """The subject of a clause that speaks of the figure ending at `floor`, or None.

    `tail` is the clause before the figure (shadow), `phrase` the same as written,
    `core` its subject words once linking words are stripped; `tight`: only
    delimiters stand between that figure and this clause (an empty clause or a bare
    verb speaks of the figure before only then).
    """
    if (core and tail[:1] not in _SHAPE_HEADS) or not (core or tight):
        return None
    same = not core or tail in _JOIN_WORDS or core in _LASTING or LEVEL.fullmatch(tail) or BASELINE.fullmatch(tail)
    change = not same and (DELTA.fullmatch(tail) or VERSUS.fullmatch(tail))
    share = not (same or change) and SHARE.fullmatch(tail)
    verb = not (same or change or share) and tight and ACTION_VERB.fullmatch(core)
    if not (same or change or share or verb):
        return None
    prev = _previous(text, shadow, floor, depth)
    if prev is None:
        return None
    if core in ("连续", "已连续") and kind == _DURATION:
        return (prev[1] + "连续年数", prev[1])  # 95.6万吨,连续10年稳定在90万吨以上
    if tight and tail in _JOIN_WORDS:
        return prev  # 提高2.1个百分点和1.5个百分点: the second reads as the first
    if same:
        vp = "" if core else vp_after(text, shadow, end)
        if vp:
            return (vp + "的" + object_of(prev[1]), prev[1])
        return (prev[1], prev[1])
    if change:
        return (prev[1] + phrase.rstrip("了达到为"), prev[1])
    if share:
        return (prev[1] + "占比", prev[1])
    if core.endswith("成功") and len(core) > 2:
        core = "成功" + core[:-2]  # 调解成功8420件 -> 成功调解矛盾纠纷
    obj = object_of(prev[1])
    if obj == prev[1] and ACTION_VERB.fullmatch(obj):
        return None  # the figure before names no object either
    said = core + obj
    return (said, said)


def _respectively(text: str, shadow: str, cs: int, seg: str, first: int, begin: int, stop: int,
                  end: int, floor: int) -> _Said | None:
    """The first figure of a 分别 list: each figure takes the subject its place names.

    "一审、二审败诉率分别为5.2%和3.1%": the nouns before 分别, in order;
    "城镇…4.8万元,农村…2.3万元,分别增长5.1%和7.2%": the figures before, in order,
    with the change phrase. The later figures' subjects are handed to subject_for.
    """
    at = seg.find("分别", first)
    if at < 0 or at >= stop:
        return None
    verb = seg[at + 2:stop]
    phrase = text[cs + at + 2:cs + stop].rstrip("了达到为是") if DELTA.fullmatch(verb) else ""
    ends = [end]
    while len(ends) < 8 and shadow[ends[-1]:ends[-1] + 1] in _LIST_JOINS:
        m = QUANTITY.match(shadow, ends[-1] + 1)
        if not (m and (m.group("unit") or m.group("pnum"))):
            break
        ends.append(m.end())
    if len(ends) < 2:
        return None
    if verb[:1] == "占":
        phrase = "占比"  # 分别占比30.6%、23.5%
    if at > begin:
        bases = [trim(w) for w in _LIST_SPLIT.split(text[cs + begin:cs + at])]
    else:
        bases = _listed_before(text, shadow, cs, floor, len(ends)) or _bases_before(
            text, shadow, floor, len(ends))
    if len(bases) != len(ends) or not all(bases):
        return None
    if at > begin:
        bases = _shared_tail(bases)
    subjects = [b + phrase for b in bases]
    RECENT.assign(text, ends[1:], subjects[1:])
    return (subjects[0], bases[0])


_PREDICATE = re.compile("达到|超过|低于|高于|优于")
_MEASURE_ENDS = frozenset("率例数量额度值")


def _shared_tail(bases: list[str]) -> list[str]:
    """Coordinated nouns that share the last one's tail: 一审、二审败诉率 -> 一审败诉率;
    城、乡居民收入 -> 城居民收入; 二氧化硫、…臭氧平均浓度达到二级标准天数比例 ->
    二氧化硫达到二级标准天数比例."""
    last, heads = bases[-1], bases[:-1]
    k = len(heads[0])
    if (k < 4 and k < len(last) - 1 and all(len(b) == k for b in heads)
            and not any(b[-1] in _MEASURE_ENDS for b in heads)):
        return [b + last[k:] for b in heads] + [last]
    m = _PREDICATE.search(last, 1)
    if m and not any(_PREDICATE.search(b) for b in heads):
        return [b + last[m.start():] for b in heads] + [last]
    return bases


_NAMED_AS = re.compile(r".{0,12}?(?:主要为|主要是|为|是)")


def _listed_before(text: str, shadow: str, cs: int, floor: int, n: int) -> list[str]:
    """The `n` nouns listed in the clause before a 分别 (主要为行政处罚和举报投诉处理,分别占比…)."""
    words = previous_clause(text, shadow, cs, floor)
    m = _NAMED_AS.match(words)
    parts = [trim(w) for w in _LIST_SPLIT.split(words[m.end():] if m else words)]
    return parts if len(parts) == n and all(parts) else []


def _bases_before(text: str, shadow: str, floor: int, n: int) -> list[str]:
    """What the `n` figures before `floor` (the last ending there, one sentence) measure."""
    figs: list[tuple[int, int, Kind]] = []
    pos = floor
    while len(figs) < n:
        fig = last_figure(shadow, pos - MAX_BACK, pos)
        if fig is None or (not figs and fig[1] != floor) or any(
                ch in SENTENCE_ENDS for ch in shadow[fig[1]:pos]):
            return []
        figs.append(fig)
        pos = fig[0]
    figs.reverse()
    bases = []
    for i, (start, end, kind) in enumerate(figs):
        said = RECENT.get(text, end)
        if said is None:
            before = figs[i - 1][1] if i else 0
            said = _say(text, shadow, start, end, kind, before, 1)
        bases.append(said[1])
    return bases


_EVENT_UNITS = frozenset("次人")
_EVENT_VERB_TAILS = frozenset("召开 开展 举办 举行 组织 参加 参与 培训 配备 接待 进行 听取 研究 深入 "
                              "先后 累计 共计 开设 安排 派出".split())


def _counted_before(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int,
                    depth: int) -> _Said | None:
    """The noun before N次/N人 when the clause names one: in 配备工作人员2人负责具体业务 and
    召开县政府常务会议3次专题研究…, the words after the figure say what for, not what."""
    if start - clause_start(shadow, start, floor) < 4:
        return None  # the clause has no words of its own before the figure
    said = _before(text, shadow, start, end, kind, floor, depth)
    core = said[0]
    if len(core) >= 4 and core[-2:] not in _EVENT_VERB_TAILS and not ACTION_VERB.fullmatch(core):
        return said
    return None


def _say(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int, depth: int) -> _Said:
    if kind != _CHANGE_PP:
        after = _after(text, shadow, end, kind)
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


_GENERIC_AFTER = frozenset("工作 项目 指标 任务 地区 单位 措施".split())


def _generic_after(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int,
                   depth: int, noun: str) -> _Said | None:
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
    verb = _before(text, shadow, start, end, kind, floor, depth)[0]
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
    if (after in _SHAPE_HEADS or after in _LIST_JOINS or after in "(（"
            or shadow[end + 1:end + 2] in _SHAPE_HEADS):
        RECENT.put(text, end, said)  # the next clause may speak of this figure
    return said[0]
