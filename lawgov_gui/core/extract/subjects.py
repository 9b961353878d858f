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
from .patterns import QUANTITY, UNITS
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
    TRAIL_WORDS,
    VERSUS,
    VP_VERB,
    YUE_WORD_HEADS,
)

_DELIM = re.compile("[" + re.escape(DELIMS.replace("、", "")) + "]")
_MAX_BACK = 48
_CAP = 36
_DEPTH = 3
_TRAIL_BY_LAST: dict[str, list[str]] = {}
for _w in TRAIL_WORDS:
    _TRAIL_BY_LAST.setdefault(_w[-1], []).append(_w)
_TRAIL_YEAR = re.compile(r"\d{4}年的?$")
_SCOPE_ONLY = re.compile(r"(?:全省|全市|全区|全县|全州|全国|全年|省级|市级|区级|县级|我省|我市|我区|我县|各级|共|在)*")
_NOT_NOUN_START = re.compile(
    r"同比|较|比|为|达|占|均|已|是|的|增长|下降|提高|减少|上升|降低|提升|至|到|和|及|与|或|等|中|内|后|前|"
    r"间|来|之|次|同|共|累计|分别|实现|完成|以|逐|持续|连续|稳定|大幅|明显|压缩|压减|精简|削减|缩减|缩短|"
    r"递减|递增|增加|扩大|回落|下滑|攀升|" + VP_VERB.pattern)
_AFTER = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,12}?(?=的|和|及|与|实现|纳入|参加|参与|推行|部署|完成|被|分别|进行|开展|获得|得到|"
    r"已|均|全部|共|等|中|上线|入驻|接入|覆盖|通过|办理|受理|签订|建成|设立|达到|获|受到|列入|开通|提供|"
    r"审核|出具|涉及|占|荣获|获评|入选|建立|配备|落实|应用|使用|启用|[^\u4e00-\u9fffA-Za-z]|$)")
_PAREN = re.compile(r"[(（][^()（）\n]{1,8}[)）]")
_VP_MAX = 26
_DONE_VERB = re.compile(r"(?:已|均|全部)?(" + ACTION_VERB.pattern + ")")
_EDGE = " 、，,()（）“”\"‘’|"
_BREAK = re.compile("[、和及的]")
# The characters a clause about the figure before it can open with (同比, 下降至, 占比, 化解…).
_SHAPE_HEADS = frozenset("同环比较与分增上提减扩攀下降回递压精削缩逐持进大稳明高低超优少多占"
                         + "".join(v[0] for v in ACTION_VERBS))
_SCOPE_HEADS = frozenset("全省市区县州国我各共在")
_EDGE_HEADS = frozenset(_EDGE)
_PAIRED = re.compile("[()（）“”‘’\"]")


# What a figure says: (subject, base). The subject is the row label; the base is what is
# measured, the subject without a change phrase (X of "X同比增长"). A plain tuple: one is
# made for every figure.
_Said = tuple[str, str]


def clause_start(shadow: str, pos: int, floor: int = 0) -> int:
    """Offset just after the last clause delimiter before `pos` (not below floor).

    A list (A、B和C, A、B等5项) counts as one clause: 、 ends no clause, and the
    end of the figure before (floor) keeps the words of that figure out.
    """
    lo = max(floor, pos - _MAX_BACK)
    m = _DELIM.search(shadow[lo:pos][::-1])  # the nearest delimiter, searching backwards
    return pos - m.start() if m else lo


def _strip_trailing(seg: str, stop: int) -> int:
    """Where `seg[:stop]` ends without its trailing linking words (达, 为, 由2022年…)."""
    while stop:
        word = next((w for w in _TRAIL_BY_LAST.get(seg[stop - 1], ()) if seg.endswith(w, 0, stop)),
                    None)
        if word == "约" and stop >= 2 and seg[stop - 2] in YUE_WORD_HEADS:
            break  # 村规民约, 公约: a noun, not "about"
        if word:
            stop -= len(word)
            continue
        m = _TRAIL_YEAR.search(seg, max(0, stop - 6), stop) if seg[stop - 1] in "年的" else None
        if not m:
            break
        stop = m.start()
    return stop


def _trim(s: str) -> str:
    """`s` without the spaces, separators and unbalanced brackets or quotes at its edges."""
    s = s.strip(" 、，,|")
    if not _PAIRED.search(s):
        return s
    for left, right in ("(（", ")）"), ("“‘\"", "”’\""):
        opened = sum(s.count(c) for c in left)
        closed = sum(s.count(c) for c in right)
        if left[0] == "“" and "\"" in left:
            opened, closed = opened - s.count("\""), closed - s.count("\"")
        if opened < closed:
            s = s.rstrip(right)
        elif opened > closed:
            s = s.lstrip(left)
    return s.strip(" 、，,|")


def _capped(s: str) -> str:
    """`s` cut to _CAP characters at a list or phrase boundary, keeping its end (the head noun)."""
    if len(s) <= _CAP:
        return s
    for m in _BREAK.finditer(s, len(s) - _CAP):
        return _trim(s[m.end():]) or s[-_CAP:]
    return s[-_CAP:]


def _last_figure(shadow: str, lo: int, hi: int) -> tuple[int, int, Kind] | None:
    """The last figure in shadow[lo:hi] with a unit that is not a year (2019年)."""
    last = None
    for m in QUANTITY.finditer(shadow, max(0, lo), hi):
        num, unit = m.group("num"), m.group("unit")
        if m.group("pnum"):
            last = (m.start(), m.end(), Kind.PERCENT)
        elif unit and not (unit == "年" and num and len(num) >= 4) and shadow[m.start() - 1:m.start()] != "第":
            last = (m.start(), m.end(), UNITS.get(unit, Kind.COUNT))
    return last


def _object_of(base: str) -> str:
    """The object of a subject that opens with a verb: 受理诉前行政争议 -> 诉前行政争议."""
    m = ACTION_VERB.search(base)
    return base[m.end():] if m and m.end() < len(base) else base


def _vp_after(text: str, shadow: str, pos: int) -> str:
    """The verb phrase at `pos` up to its clause's end (部署审批系统), or "" when there is none."""
    v = VP_VERB.match(shadow, pos) or _DONE_VERB.match(shadow, pos)
    if not v:
        return ""
    m = _DELIM.search(shadow, pos, min(len(shadow), pos + _VP_MAX + 1))
    stop = m.start() if m else -1
    if stop < 0:
        return ""
    return _trim(text[v.start(1):stop])


def _after(text: str, shadow: str, end: int, kind: Kind) -> str:
    if end >= len(shadow) or not ("\u4e00" <= shadow[end] <= "\u9fff"):
        return ""
    if _NOT_NOUN_START.match(shadow, end):
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
        vp = _vp_after(text, shadow, stop)
        if vp:
            return vp + "的" + noun + ("比例" if kind == Kind.PERCENT else "")
    return noun


def _adjacent(shadow: str, floor: int, cs: int) -> bool:
    """Whether the figure ending at `floor` stands right before the clause at `cs`, same sentence."""
    if not floor or floor > cs or cs - floor > 3:
        return False
    gap = shadow[floor:cs]
    return not any(ch in SENTENCE_ENDS for ch in gap) and not gap.strip(DELIMS + " ")


class _Recent:
    """What the last figures of one text said, by their end: the clause after a figure
    often speaks of it (同比增长…), and the caller asks for figures in order.

    One (text, {end: said}) pair, replaced as a whole, so that threads at worst miss;
    it keeps the last text alive until another one is read.
    """

    def __init__(self) -> None:
        self.state: tuple[str | None, dict[int, _Said]] = (None, {})

    def get(self, text: str, end: int) -> _Said | None:
        known, said = self.state
        return said.get(end) if known is text else None

    def put(self, text: str, end: int, said: _Said) -> None:
        known, recent = self.state
        if known is not text or len(recent) > 8:
            recent = {}
            self.state = (text, recent)
        recent[end] = said


_RECENT = _Recent()


def _previous(text: str, shadow: str, floor: int, depth: int) -> _Said | None:
    """What the figure ending at `floor` says (its subject and base), when one ends there."""
    known = _RECENT.get(text, floor)
    if known is not None:
        return known
    fig = _last_figure(shadow, floor - 24, floor)
    if fig is None or fig[1] != floor:
        return None
    start, end, kind = fig
    before = _last_figure(shadow, start - _MAX_BACK, start)
    return _say(text, shadow, start, end, kind, before[1] if before else 0, depth + 1)


def _before(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int,
            depth: int) -> _Said:
    cs = clause_start(shadow, start, floor)
    seg = shadow[cs:start]
    begin = len(seg) - len(seg.lstrip(_EDGE)) if seg[:1] in _EDGE_HEADS else 0
    lead = LEAD.match(seg, begin)
    if lead:
        begin = lead.end()
    raw_stop = len(seg.rstrip(" ")) if seg[-1:] == " " else len(seg)
    stop = _strip_trailing(seg, raw_stop)
    core = text[cs + begin:cs + stop] if stop > begin else ""
    if core and not core.isalnum():  # only CJK and digits need no trimming
        core = _trim(core)
    if (depth < _DEPTH and floor and cs - 3 <= floor <= cs and (not core or seg[begin] in _SHAPE_HEADS)
            and _adjacent(shadow, floor, cs)):
        said = _of_previous(text, shadow, seg[begin:raw_stop], text[cs + begin:cs + raw_stop],
                            core, end, floor, depth)
        if said:
            return said
    if len(core) <= 6 and core[:1] in _SCOPE_HEADS and _SCOPE_ONLY.fullmatch(core):
        core = ""
    if not core:
        vp = _vp_after(text, shadow, end)
        core = vp or _row_label(text, shadow, cs) or _previous_clause(text, shadow, cs, floor)
    elif core in GENERIC or len(core) == 1:
        core = _previous_clause(text, shadow, cs, floor) + core
    if len(core) > _CAP:
        core = _capped(core)
    return (core, core)


def _of_previous(text: str, shadow: str, tail: str, phrase: str, core: str, end: int, floor: int,
                 depth: int) -> _Said | None:
    """The subject of a clause that speaks of the figure ending at `floor`, or None.

    `tail` is the clause before the figure (shadow), `phrase` the same as written,
    `core` its subject words once linking words are stripped.
    """
    if core and tail[:1] not in _SHAPE_HEADS:
        return None
    same = not core or LEVEL.fullmatch(tail) or BASELINE.fullmatch(tail)
    change = not same and (DELTA.fullmatch(tail) or VERSUS.fullmatch(tail))
    share = not (same or change) and SHARE.fullmatch(tail)
    verb = not (same or change or share) and ACTION_VERB.fullmatch(core)
    if not (same or change or share or verb):
        return None
    prev = _previous(text, shadow, floor, depth)
    if prev is None:
        return None
    if same:
        vp = "" if core else _vp_after(text, shadow, end)
        if vp:
            return (vp + "的" + _object_of(prev[1]), prev[1])
        return (prev[1], prev[1])
    if change:
        return (prev[1] + phrase.rstrip("了达到为"), prev[1])
    if share:
        return (prev[1] + "占比", prev[1])
    said = core + _object_of(prev[1])
    return (said, said)


def _row_label(text: str, shadow: str, cs: int) -> str:
    """The first cell of a `|`-separated table row holding `cs` (规章 | 0 | 0)."""
    line_start = shadow.rfind("\n", 0, cs) + 1
    bar = shadow.find("|", line_start, cs + 1)
    if bar < 0:
        return ""
    label = _trim(text[line_start:bar])
    return "" if any(ch.isdigit() for ch in label) else label


def _previous_clause(text: str, shadow: str, cs: int, floor: int) -> str:
    """The words of the clause before `cs` (for a clause that has none of its own)."""
    if cs - 1 <= floor:
        return ""
    pcs = clause_start(shadow, cs - 1, floor)
    seg = shadow[pcs:cs - 1]
    if any(ch.isdigit() for ch in seg):
        return ""
    lead = LEAD.match(seg)
    begin = lead.end() if lead else 0
    stop = _strip_trailing(seg, len(seg))
    return _trim(text[pcs + begin:pcs + stop]) if stop > begin else ""


def _say(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int, depth: int) -> _Said:
    if kind != Kind.CHANGE_PP:
        after = _after(text, shadow, end, kind)
        if after:
            return (after, after)
    return _before(text, shadow, start, end, kind, floor, depth)


def subject_for(text: str, shadow: str, start: int, end: int, kind: Kind, floor: int = 0) -> str:
    """The subject of the figure text[start:end].

    Args:
        text: the report text.
        shadow: its shadow.
        start, end: the figure's span.
        kind: its kind; changes in points always take the preceding words.
        floor: end of the previous figure, so its words are not reused.
    """
    after = _after(text, shadow, end, kind) if kind != Kind.CHANGE_PP else ""
    said = (after, after) if after else _before(text, shadow, start, end, kind, floor, 0)
    if shadow[end:end + 1] in _SHAPE_HEADS or shadow[end + 1:end + 2] in _SHAPE_HEADS:
        _RECENT.put(text, end, said)  # the next clause may speak of this figure
    return said[0]
