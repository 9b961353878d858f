"""The label of a figure: what an official would write as its row in a table of figures.

A figure with a canonical id is labelled with the catalogue's name for it
(行政机关负责人出庭应诉率), so that the same quantity reads the same in every report;
other figures with their subject, less what a row label never carries: a leading
去年/今年 (the year is said apart), 我局/我办 (the report's own voice), a cause
(因对…引发的), an aside in brackets (尤其是…) and a column's unit note (单位:万元). A
bracket the figure cut open is closed. The year is added when the value is about
another year than the report's (复议后起诉率（2022年）), so that two figures of one
quantity never read the same.
"""

from __future__ import annotations

import re

from ..model import Indicator

_ROW_LABEL_NOISE = re.compile(
    r"^(?:去年|今年)(?![以同底末度初])"  # 去年依法办结…案件: the year goes in its own brackets
    r"|^截[至止](?:目前|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?|底|末)?)[,，]?(?:我(?:局|办|委|厅))?"  # 截止…日我局
    r"|^我(?:局|办(?![理法公])|委|厅)(?:开办的|主办的|运营的)?"  # 我办开办的“…”微信公众号
    r"|(?:^|(?<=^..))因[^，,。；;的]{2,24}?(?:引发|引起|导致|产生)的(?=.{4})"  # (新收)因对…引发的
    r"|[(（](?:尤其是|特别是|包括|主要是|主要为|其中|如|含)[^()（）]{1,30}[)）]"
    r"|[(（]单位[:：][^()（）]{1,8}[)）]"
    r"|[(（][^()（）]{0,20}[,，][^()（）]{1,30}[)）]"  # a rule in brackets: (区分处理的,只计这一情形,…)
    r"|(?<=[(（])[^()（）·]{2,12}·(?=[^()（）·]{3,}[)）])")  # a column's parent: （法人或其他组织·商业企业）
_MIN_LEFT = 4  # what is left must still say something


def readable(subject: str) -> str:
    """`subject` as a row label: the noise above taken out, an open bracket closed."""
    if not subject:
        return subject
    if subject[0] in _MARKER_HEADS or subject[-1] in _DANGLING or ")" in subject or "）" in subject:
        subject = _trimmed(subject)
    if subject[0] not in _NOISE_HEADS and "(" not in subject and "（" not in subject \
            and "因" not in subject[1:3]:
        return subject  # most subjects: nothing to take out (a check per figure, kept cheap)
    shorter = _ROW_LABEL_NOISE.sub("", subject)
    if len(shorter) < _MIN_LEFT:
        shorter = subject
    return _closed(shorter) if "(" in shorter or "（" in shorter else shorter


_NOISE_HEADS = frozenset("去今我因截")  # every table cell's label has its column in （）
_MARKER_HEADS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳(（0123456789")
_DANGLING = frozenset("以及和与并或、")
_MARKER = re.compile(r"^(?:[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}[.、．](?!\d))\s*")  # ①参加…, (2)…, 3.…
_TAIL = re.compile(r"(?:以|及|和|与|并|或|、)+$")  # 市管领导干部以(及…): the list the cut broke
_CLOSED_FIRST = re.compile(r"^[^()（）]*[)）][、,，和及]*")  # 申请人撤回结案)、行政诉讼: the bracket's end


def _trimmed(subject: str) -> str:
    """`subject` without a list marker before it, a conjunction after it, or the end of a bracket
    opened before it began; as it is when too little would be left."""
    out = _TAIL.sub("", _MARKER.sub("", subject))
    first = _CLOSED_FIRST.match(out)
    if first and first.end() < len(out):
        out = out[first.end():]
    return out if len(out) >= 2 else subject


def _closed(label: str) -> str:
    """行政处罚类案件持续增长(案件占比 → …（案件占比）: the figure ended inside the bracket."""
    opened = label.count("(") + label.count("（") - label.count(")") - label.count("）")
    if opened <= 0:
        return label
    at = max(label.rfind("("), label.rfind("（"))
    return label[:at] + "（" + label[at + 1:] + "）" if at < len(label) - 1 else label[:at]


def label_for(subject: str, name: str | None, period: int | None, report_year: int | None,
              fallback: str) -> str:
    """The label of one figure.

    Args:
        subject: the figure's subject (what is counted or measured), maybe "".
        name: the catalogue's name of the figure's canonical id, or None.
        period: the year the value is about, or None (累计, 自…以来).
        report_year: the year the report is about, or None.
        fallback: what to show when there is neither name nor subject (the figure as written).
    """
    base = name or readable(subject) or fallback
    if period is not None and report_year is not None and period != report_year:
        return f"{base}（{period}年）"
    return base


# who a figure is of, when its subject opens with a body (县政府部门规范性文件备案2件)
_WHOSE = re.compile(r"[省市县区州旗乡镇][\u4e00-\u9fff]{0,4}?(?:政府部门|政府|部门|乡镇|街道|本级|县区|县市区)")
_SENTENCE_END = frozenset("。；;！!？?\n")


def tell_apart(shade: str, indicators: list[Indicator]) -> None:
    """Give two figures of one sentence that read the same label the body each is of (in place):
    县政府规范性文件备案6件 and 县政府部门…2件 are both 行政规范性文件备案审查数, one 县政府's, one
    县政府部门's."""
    for n in range(1, len(indicators)):
        a, b = indicators[n - 1], indicators[n]
        if a.label != b.label or a.subject == b.subject or a.value == b.value \
                or any(ch in _SENTENCE_END for ch in shade[a.end:b.start]):
            continue
        whose_a, whose_b = _WHOSE.search(a.subject[:12]), _WHOSE.search(b.subject[:12])
        if whose_a and whose_b and whose_a.group() != whose_b.group():
            label = a.label
            a.label, b.label = f"{label}（{whose_a.group()}）", f"{label}（{whose_b.group()}）"


# a label that says only how a rate relates to a figure: 同比上涨, 增幅, 占总量
_RELATION_ONLY = re.compile(r"(?:同比|环比|较上年|比上年|较去年|比去年)?(?:分别)?(?:上涨|增长|上升|下降|减少|提高|降低|增加)"
                            r"|增幅|降幅|涨幅|占(?:总量|总数|全部|比|比例)?")
_OWN_YEAR = re.compile(r"（\d{4}年）$")
_RELATION_END = re.compile(r"(?:上涨|增长|上升|下降|减少|提高|降低|增加|增幅|降幅|涨幅|占比|比例)$")


def name_relations(shade: str, indicators: list[Indicator]) -> None:
    """Name a rate whose label says only how it relates (同比上涨, 占总量) by the figure it is of
    (in place): the one its change points to, else the figure just before it in its sentence."""
    by_id: dict[str, Indicator] | None = None
    for n, ind in enumerate(indicators):
        if ind.canonical or not ind.label or len(ind.label) > 8 or not _RELATION_ONLY.fullmatch(ind.label):
            continue
        of = ind.change.of if ind.change is not None else None
        if of is not None:
            by_id = by_id or {i.id: i for i in indicators}
            base = by_id.get(of)
        else:
            base = indicators[n - 1] if n else None
            if base is not None and any(ch in _SENTENCE_END for ch in shade[base.end:ind.start]):
                base = None
        if base is not None and base.change is not None and base.change.of is not None:
            by_id = by_id or {i.id: i for i in indicators}  # 增加842件,增幅为18.38%: of the 5422件
            base = by_id.get(base.change.of)
        if base is not None and base.label and not _RELATION_END.search(base.label):
            ind.label = _OWN_YEAR.sub("", base.label) + ind.label
