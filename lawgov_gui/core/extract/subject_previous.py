"""Clauses that speak of the figure before them, for subjects.py.

A clause that holds no subject of its own speaks of the figure before it:
同比增长82.37% is "X同比增长", 下降至13.21% and 同比去年91.5% are X again, 化解1702件
(after 受理诉前行政争议1967件) is "化解诉前行政争议", 低于全国均值6.88个百分点 is
"X低于全国均值"; a share 占X的N% is "X' 占X比例", X' what the figure before measures.

What the figure before says is found by subjects.py, which reads the clauses back
recursively; it hands that reading in as `previous` (a `Previous`), so that this
module needs nothing from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Kind
from .subject_text import MAX_BACK, capped, clause_start, last_figure, object_of, trim, vp_after
from .subject_words import (
    ACTION_VERB,
    ACTION_VERBS,
    BASELINE,
    DELTA,
    LEVEL,
    SENTENCE_ENDS,
    SHARE,
    VERSUS,
)

__all__ = [
    "CHANGE_HEADS",
    "LASTING",
    "SHAPE_HEADS",
    "Previous",
    "Said",
    "may_speak_of_previous",
    "of_previous",
    "outside_parens",
    "share_subject",
]

# What a figure says: (subject, base). The subject is the row label; the base is what is
# measured, the subject without a change phrase (X of "X同比增长"). A plain tuple: one is
# made for every figure.
Said = tuple[str, str]
# What the figure ending at an offset says, or None when none ends there:
# previous(text, shadow, floor, depth) (subjects.py reads it, one level deeper).
Previous = Callable[[str, str, int, int], Said | None]

_PERCENT, _DURATION = Kind.PERCENT, Kind.DURATION  # read once
# The characters a clause about the figure before it can open with (同比, 下降至, 占比, 化解…).
SHAPE_HEADS = frozenset("连和及以同环比较与分增上提减扩攀下降回递压精削缩逐持进大稳明高低超优少多占"
                        + "".join(v[0] for v in ACTION_VERBS))
# Those of a change, level, baseline or share, which may also follow a classifier's noun.
CHANGE_HEADS = frozenset("和及以同环比较与分增上提减扩攀下降回递压精削缩逐持进大稳明高低超优少多占")
# The words of a figure that lasts (连续3年…).
LASTING = frozenset(("连续", "已连续"))
_JOIN_WORDS = frozenset(("和", "及", "与", "以及"))
_SHARE_OF = re.compile(r"占([^\d,，。;；:：()（）]{2,16}?)的?(?:比例|比重)?(?:最高|最低|最大)?")


def share_subject(text: str, shadow: str, core: str, cs: int, floor: int, kind: Kind,
                  depth: int, previous: Previous) -> Said | None:
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
    if floor > 0 and cs - MAX_BACK <= floor <= cs:
        before = floor  # the figure before, as found (行政处罚2100,占…: no unit to find it by)
    else:
        fig = last_figure(shadow, cs - MAX_BACK, cs)
        before = fig[1] if fig else -1
    if before < 0 or any(ch in SENTENCE_ENDS for ch in shadow[before:cs]):
        return None
    prev = previous(text, shadow, before, depth)
    if not prev or not prev[1]:
        return None
    said = capped(prev[1]) + "占" + of + "比例"
    return (said, said)


def outside_parens(shadow: str, floor: int) -> int:
    """The end of the figure a breakdown in brackets follows (85件(通过网上申请8件),受理70件:
    85件's), or `floor` when the figure ending there is not in brackets."""
    if shadow[floor:floor + 1] not in ")）":
        return floor
    op = max(shadow.rfind("(", max(0, floor - 24), floor), shadow.rfind("（", max(0, floor - 24), floor))
    fig = last_figure(shadow, op - 24, op) if op > 0 else None
    return op if fig and fig[1] == op else floor


_MEASURE_TAIL = re.compile(r"(?:数量|数)?(?:增幅|降幅|增速|增长率|占比|比例|比重)$")


def may_speak_of_previous(seg: str, begin: int, core: str, gap: int) -> bool:
    """A cheap test before of_previous: could this clause be about the figure `gap` before?"""
    if not core:
        return gap <= 3
    if core[-1] in "率例":  # a rate or a share names its own subject (化解率, 压缩比例)
        return False
    head = seg[begin]
    if head in CHANGE_HEADS:
        return gap <= MAX_BACK
    return gap <= 3 and head in SHAPE_HEADS and len(core) <= 4  # a bare verb: 化解, 维持


def of_previous(text: str, shadow: str, tail: str, phrase: str, core: str, end: int, floor: int,
                depth: int, tight: bool, kind: Kind, previous: Previous) -> Said | None:
    """The subject of a clause that speaks of the figure ending at `floor`, or None.

    `tail` is the clause before the figure (shadow), `phrase` the same as written,
    `core` its subject words once linking words are stripped; `tight`: only
    delimiters stand between that figure and this clause (an empty clause or a bare
    verb speaks of the figure before only then).
    """
    if (core and tail[:1] not in SHAPE_HEADS) or not (core or tight):
        return None
    same = not core or tail in _JOIN_WORDS or core in LASTING or LEVEL.fullmatch(tail) or BASELINE.fullmatch(tail)
    change = not same and (DELTA.fullmatch(tail) or VERSUS.fullmatch(tail))
    share = not (same or change) and SHARE.fullmatch(tail)
    verb = not (same or change or share) and tight and ACTION_VERB.fullmatch(core)
    if not (same or change or share or verb):
        return None
    prev = previous(text, shadow, floor, depth)
    if prev is None:
        return None
    if core in LASTING and kind == _DURATION:
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
    if kind is not _PERCENT:  # …案件数量增幅超3.6倍(新收2758件): the 2758 are 案件
        obj = _MEASURE_TAIL.sub("", obj) or obj
    said = core + obj
    return (said, said)
