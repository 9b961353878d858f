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
    r"|^我(?:局|办(?![理法公])|委|厅)(?:开办的|主办的|运营的)?"  # 我办开办的“…”微信公众号
    r"|(?:^|(?<=^..))因[^，,。；;的]{2,24}?(?:引发|引起|导致|产生)的(?=.{4})"  # (新收)因对…引发的
    r"|[(（](?:尤其是|特别是|包括|主要是|主要为|其中|如|含)[^()（）]{1,30}[)）]"
    r"|[(（]单位[:：][^()（）]{1,8}[)）]"
    r"|[(（][^()（）]{0,20}[,，][^()（）]{1,30}[)）]"  # a rule in brackets: (区分处理的,只计这一情形,…)
    r"|(?<=[(（])[^()（）·]{2,12}·(?=[^()（）·]{3,}[)）])")  # a column's parent: （法人或其他组织·商业企业）
_MIN_LEFT = 4  # what is left must still say something


def readable(subject: str) -> str:
    """`subject` as a row label: the noise above taken out, an open bracket closed."""
    if not subject or (subject[0] not in _NOISE_HEADS and "(" not in subject and "（" not in subject
                       and "因" not in subject[1:3]):
        return subject  # most subjects: nothing to take out (a check per figure, kept cheap)
    shorter = _ROW_LABEL_NOISE.sub("", subject)
    if len(shorter) < _MIN_LEFT:
        shorter = subject
    return _closed(shorter) if "(" in shorter or "（" in shorter else shorter


_NOISE_HEADS = frozenset("去今我因")  # every table cell's label has its column in （）


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
