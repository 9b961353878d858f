"""A breakdown by body after 其中 names its whole: 现行有效规范性文件86件，其中县政府60件、乡镇13件.

Out of its sentence, "县政府 60件" says nothing of what was counted. A figure whose subject
is only a body or a place (县政府, 乡镇, 县政府部门, 市本级), after 其中 in the sentence of a
figure of the same unit, is named by that whole with the body in brackets:
现行有效规范性文件（县政府）. Counts of bodies (39个部门, 20余家单位) are left alone: there the
body is what is counted.
"""

from __future__ import annotations

import re

from ..model import Indicator, Kind

_BODY = re.compile(r"[\u4e00-\u9fff]{0,6}(?:政府|部门|单位|乡镇|街道|局|委|办|中心|法院|检察院|县|区|市|镇|乡"
                   r"|村|社区|本级|县区|县市区)")
_BODY_ENDS = frozenset("府门位镇道局委办心院县区市乡村级")  # the last characters _BODY can end in
_BODY_UNITS = frozenset("家个所名处")  # these count the bodies themselves
_SENTENCE_END = "。；;！!？?\n"
_REACH = 80  # characters between the whole and the part, at most


def name_breakdowns(shade: str, indicators: list[Indicator]) -> None:
    """Give each part of a 其中 breakdown by body its whole's subject (in place)."""
    for n, ind in enumerate(indicators):
        s = ind.subject
        if len(s) > 12 or s[-1:] not in _BODY_ENDS or ind.kind is not Kind.COUNT \
                or ind.table is not None or ind.unit in _BODY_UNITS or not _BODY.fullmatch(s):
            continue  # the cheap tests first: most subjects end in no body's last character
        whole = _whole(shade, indicators, n)
        if whole is not None:
            ind.subject = f"{whole.subject}（{ind.subject}）"


def _whole(shade: str, indicators: list[Indicator], n: int) -> Indicator | None:
    """The figure the n-th figure is a part of: the nearest one before it in its sentence, of
    the same unit and not itself a part, with 其中 or a bracket between them; or None."""
    part = indicators[n]
    lo = max(0, part.start - _REACH)
    for k in range(n - 1, -1, -1):
        cand = indicators[k]
        if cand.end < lo:
            return None
        between = shade[cand.end:part.start]
        if any(ch in _SENTENCE_END for ch in between):
            return None
        if cand.unit != part.unit or _BODY.fullmatch(cand.subject) or "（" in cand.subject:
            continue  # another part of the same breakdown, or a figure of something else
        opens = "其中" in between or "(" in between or "（" in between
        return cand if cand.subject and opens else None
    return None
