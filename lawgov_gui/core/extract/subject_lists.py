"""Lists read with 分别, for subjects.py: each figure of the list takes the subject its place names.

"一审、二审败诉率分别为5.2%和3.1%": the nouns before 分别, in order, sharing the last one's
tail (一审败诉率, 二审败诉率); "主要为行政处罚和举报投诉处理,分别占比…": the nouns of the
clause before; "城镇…4.8万元,农村…2.3万元,分别增长5.1%和7.2%": what the figures before
measure, in order, with the change phrase. The first figure's subject is returned; the
later ones' are handed on through RECENT.

What a figure before says is read by subjects.py, recursively; it hands that reading in
as `say` (a `Say`), so that this module needs nothing from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Kind
from .patterns import QUANTITY
from .subject_previous import Said
from .subject_text import MAX_BACK, RECENT, last_figure, previous_clause, trim
from .subject_words import ACTION_VERB, DELTA, SENTENCE_ENDS

__all__ = ["HEAD_VERB", "LIST_JOINS", "Say", "paired", "respectively"]

# What the figure text[start:end] says: say(text, shadow, start, end, kind, floor, depth).
Say = Callable[[str, str, int, int, Kind, int, int], Said]

# What joins the figures of a list (5.2%和3.1%, 30.6%、23.5%).
LIST_JOINS = frozenset("和及与、,，")
_LIST_SPLIT = re.compile("[、和及与]")
_PREDICATE = re.compile("达到|超过|低于|高于|优于")
_MEASURE_ENDS = frozenset("率例数量额度值")
_DIGIT = re.compile(r"\d")
# a verb governing each of a list of objects (清理规章、规范性文件)
HEAD_VERB = re.compile(f"(?:{ACTION_VERB.pattern}|制定|出台|发放|举办|开展|组织|起草|取消|下放|"
                        "精简|承接|报备|公开|新增|新建|培训)")
_NAMED_AS = re.compile(r".{0,12}?(?:主要为|主要是|为|是)")


def respectively(text: str, shadow: str, cs: int, seg: str, first: int, begin: int, stop: int,
                 end: int, floor: int, say: Say) -> Said | None:
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
    ends = _list_ends(shadow, end)
    if len(ends) < 2:
        return None
    if verb[:1] == "占":
        phrase = "占比"  # 分别占比30.6%、23.5%
    if at > begin:
        bases = [trim(w) for w in _LIST_SPLIT.split(text[cs + begin:cs + at])]
    else:
        bases = _listed_before(text, shadow, cs, floor, len(ends)) or _bases_before(
            text, shadow, floor, len(ends), say)
    if len(bases) != len(ends) or not all(bases):
        return None
    if at > begin:
        bases = _shared_head(_shared_tail(bases))
    subjects = [b + phrase for b in bases]
    RECENT.assign(text, ends[1:], subjects[1:])
    return (subjects[0], bases[0])


def paired(text: str, shadow: str, cs: int, begin: int, stop: int, end: int) -> Said | None:
    """The first figure of a list that follows a list of as many words, without 分别: in
    "受理、审结行政复议案件120件、115件" each figure takes the words its place names (受理行政复议
    案件, 审结行政复议案件). The later figures' subjects are handed to subject_for."""
    words = text[cs + begin:cs + stop]
    if "、" not in words or _DIGIT.search(words):
        return None
    ends = _list_ends(shadow, end)
    bases = [trim(w) for w in _LIST_SPLIT.split(words)]
    if len(ends) < 2 or len(bases) != len(ends) or not all(bases):
        return None
    bases = _shared_head(_shared_tail(bases))
    RECENT.assign(text, ends[1:], bases[1:])
    return (bases[0], bases[0])


def _list_ends(shadow: str, end: int) -> list[int]:
    """The ends of the figures listed from the one ending at `end` (5.2%和3.1%, 120件、115件)."""
    ends = [end]
    while len(ends) < 8 and shadow[ends[-1]:ends[-1] + 1] in LIST_JOINS:
        m = QUANTITY.match(shadow, ends[-1] + 1)
        if not (m and (m.group("unit") or m.group("pnum"))):
            break
        ends.append(m.end())
    return ends


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


def _shared_head(bases: list[str]) -> list[str]:
    """Coordinated objects that share the first one's verb: 审核规范性文件、重大行政决策 ->
    审核重大行政决策; 清理规章、规范性文件 -> 清理规范性文件 (not 受理、审结…: verbs, no object)."""
    m = HEAD_VERB.match(bases[0])
    if m is None or m.end() == len(bases[0]) or any(HEAD_VERB.match(b) for b in bases[1:]):
        return bases
    return [bases[0]] + [m.group() + b for b in bases[1:]]


def _listed_before(text: str, shadow: str, cs: int, floor: int, n: int) -> list[str]:
    """The `n` nouns listed in the clause before a 分别 (主要为行政处罚和举报投诉处理,分别占比…)."""
    words = previous_clause(text, shadow, cs, floor)
    m = _NAMED_AS.match(words)
    parts = [trim(w) for w in _LIST_SPLIT.split(words[m.end():] if m else words)]
    return parts if len(parts) == n and all(parts) else []


def _bases_before(text: str, shadow: str, floor: int, n: int, say: Say) -> list[str]:
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
            said = say(text, shadow, start, end, kind, before, 1)
        bases.append(said[1])
    return bases
