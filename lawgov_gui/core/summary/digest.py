"""The digest (要点摘编) on page 1 of every summary, and the 核查 box: their types.

A careful human briefing of an annual report is one page: an overview sentence; one
sentence per achievement section, in prose, with its two or three headline figures
quoted in the source's own wording; one line of firsts and highlights (全国首个,
第一方阵, 率先, 首批…); the problems and the next steps, one line each; the source
and date. `Digest` holds that page; `Compliance` holds the 核查 box: whether the
report has the parts the 2019 《法治政府建设与责任落实督察工作规定》 asks of an
annual report and whether it was published by 1 April of the following year.
Both are built from the report model without Qt, and rendered by the PDF painter
and the Word writer alike.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

DIGEST_HEADING = "要点摘编"
HIGHLIGHTS_LEAD = "亮点："
PROBLEMS_LEAD = "问题："
PLANS_LEAD = "下步："
COMPLIANCE_HEADING = "核查"
DETAIL_HEADING = "分项指标"
DETAIL_HEAD = ("指标", "数值", "年份", "关系")  # the columns of a section's table of figures
CANONICAL_NOTE = "（统一指标：{0}）"  # after a figure's label when the catalogue names it otherwise
COMPLIANCE_HEAD = ("核查项", "结果", "说明")
SHA256_LABEL = "SHA-256"  # the source file's digest, in the document's properties


@dataclass(frozen=True, slots=True)
class DigestLine:
    """One achievement section in one prose sentence.

    Attributes:
        section: the section's id.
        heading: its heading as printed (marker + short title: "（三）行政复议").
        sentence: the prose, quoting the source ("复议申请4034件、同比增长82.37%，…").
        figures: the ids of the indicators the sentence quotes, in order.
    """

    section: str
    heading: str
    sentence: str
    figures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Digest:
    """Page 1 of the summary.

    Attributes:
        overview: one sentence about the whole report.
        lines: one per achievement section, in report order.
        highlights: the firsts and highlights, each a short phrase from the text.
        problems: the problems, one line each.
        plans: the next steps, one line each.
        source: who issued it, when, and the file it was read from.
    """

    overview: str
    lines: tuple[DigestLine, ...]
    highlights: tuple[str, ...]
    problems: tuple[str, ...]
    plans: tuple[str, ...]
    source: str


class Verdict(enum.StrEnum):
    """What a check found."""

    PRESENT = "present"     # the part is there (or the date is in time)
    MISSING = "missing"     # looked for and not found (or published late)
    UNKNOWN = "unknown"     # could not be checked (say why in the detail)


VERDICT_MARKS = {Verdict.PRESENT: "✓ 有", Verdict.MISSING: "✗ 缺", Verdict.UNKNOWN: "？ 无法核查"}


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the 核查 box.

    Attributes:
        name: what is checked ("存在的不足和原因", "按时公开（4月1日前）").
        verdict: what was found.
        detail: where, or why it could not be checked ("见“三、存在的问题”", "报告未写明发布日期").
    """

    name: str
    verdict: Verdict
    detail: str


@dataclass(frozen=True, slots=True)
class Compliance:
    """The 核查 box: the checks, then a note on what could not be checked."""

    checks: tuple[Check, ...]
    note: str = ""
