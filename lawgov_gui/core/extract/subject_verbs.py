"""A subject that is only a verb: what the verb does, from the words after the figure or before.

Reports often put the figure between a verb and its object (先后6次学习《宪法》等法律法规), or
leave the object to the sentence before (坚持每周组织开展专题集中学习,全年累计开展20余次). The
words before such a figure are only the verb (学习, 开展), which reads nothing as a row label.
`completed` gives the verb its object: the phrase right after the figure, else the object the
same verb took in the words just before.
"""

from __future__ import annotations

import re

BARE = frozenset("学习 开展 组织 举办 召开 进行 开设 参加 连续 完成 实现 落实 培训 宣传 上线".split())


_ONLY_VERBS = frozenset("召开 举办 组织 开展 进行 参加 上线 开设".split())  # never a noun's end


def is_bare(subject: str) -> bool:
    """Whether `subject` says only what was done: a verb of BARE (学习), a short phrase ending in
    one (主持召开), or a longer one ending in a word that is only a verb (市长主持召开)."""
    return subject[-2:] in BARE and (len(subject) <= 4 or subject[-2:] in _ONLY_VERBS)
_AFTER = re.compile(r"[《“\u4e00-\u9fff][^，,。；;：:、\n]{1,24}")
_BACK = 160  # characters before the figure that the verb's object is looked for in
_MAX = 20


def completed(text: str, shadow: str, start: int, end: int, subject: str) -> str:
    """`subject` with its object when it is a bare verb (BARE), else as it is.

    Args:
        text: the report text; shadow: its shadow (same offsets).
        start, end: the figure's span.
        subject: the subject found for it.
    """
    after = _AFTER.match(shadow, end)
    short = len(subject) <= 4  # 市长主持召开: the verb alone goes before the object
    if after and not shadow.startswith(("的", "和", "及", "同比", "较", "比", "占"), end):
        verb = "" if subject == "连续" or shadow.startswith(subject[-2:], end) else (
            subject if short else subject[-2:])
        return _capped(verb + text[end:after.end()])
    if subject == "连续" or not short:
        return subject
    at = shadow.rfind(subject, max(0, start - _BACK), start - len(subject))
    obj = _AFTER.match(shadow, at + len(subject)) if at >= 0 else None
    return _capped(subject + text[obj.start():obj.end()]) if obj else subject


def _capped(label: str) -> str:
    """A label of more than _MAX characters cut after a closing 》 or before 等 (as it is when
    neither stands there)."""
    if len(label) <= _MAX:
        return label
    cut = max(label.rfind("》", 0, _MAX), label.rfind("等", 0, _MAX) - 1)
    return label[:cut + 1] if cut > 4 else label
