"""A hand-made digest and 核查 box for the seed's summary, to test the renderers against.

The real ones are built from the report (core/summary); the renderers only need
their shape: an overview, a line per section, highlights, problems, plans, the
source, and checks of every verdict.
"""

from __future__ import annotations

import dataclasses

from lawgov_gui.core.summary import Summary
from lawgov_gui.core.summary.digest import Check, Compliance, Digest, DigestLine, Verdict

OVERVIEW = "吉林省2023年法治政府建设稳步推进，六个方面取得新进展，营商环境、行政复议和争议化解数据向好。"
LINES = (
    DigestLine("1.1", "（一）党的领导", "命名法治政府建设示范地区8个、示范项目4个，“一规划两纲要”法治政府建设任务完成率74.14%。"),
    DigestLine("1.2", "（二）营商环境", "新登记经营主体61.9万户，建立法律服务团队329个，调解涉企纠纷2.2万余件。"),
    DigestLine("1.5", "（五）行政复议", "收到行政复议申请4034件、同比增长82.37%，诉前行政争议化解率86.53%。"),
)
HIGHLIGHTS = ("发布全国首个省级公平竞争审查工作地方性标准", "一体化政务服务能力保持在全国第一方阵")
PROBLEMS = ("法治政府建设不够均衡", "基层法治力量不够充足")
PLANS = ("进一步压实法治政府建设责任", "进一步加强基层法治能力建设")
SOURCE = "吉林省人民政府　2024-03-15发布　jilin-2023-fazhi-zhengfu-report.txt"
CHECKS = (
    Check("主要举措和成效", Verdict.PRESENT, "见“一、全省法治政府建设情况”"),
    Check("存在的不足和原因", Verdict.PRESENT, "见“二、存在的主要问题”"),
    Check("党政主要负责人履行第一责任人职责情况", Verdict.MISSING, "未见专门段落"),
    Check("按时公开（4月1日前）", Verdict.UNKNOWN, "报告未写明发布日期"),
)
NOTE = "据《法治政府建设与责任落实督察工作规定》第二十五条核查；发布日期以报告所写为准。"


def sample_digest() -> Digest:
    """The hand-made digest of the seed report."""
    return Digest(OVERVIEW, LINES, HIGHLIGHTS, PROBLEMS, PLANS, SOURCE)


def sample_compliance() -> Compliance:
    """The hand-made 核查 box: one check of each verdict (and one more present)."""
    return Compliance(CHECKS, NOTE)


def with_digest(summary: Summary) -> Summary:
    """`summary` with the hand-made digest and 核查 box, and a figure with a canonical name."""
    first = next(n for n, d in enumerate(summary.sections) if d.figures)
    digest = summary.sections[first]
    named = dataclasses.replace(digest.figures[0], canonical="法治政府建设示范创建数", year="2023年")
    sections = list(summary.sections)
    sections[first] = dataclasses.replace(digest, figures=[named, *digest.figures[1:]])
    return dataclasses.replace(summary, digest=sample_digest(), compliance=sample_compliance(),
                               sections=sections)


def bare(summary: Summary) -> Summary:
    """`summary` as a caller without the digest sees it: no digest, no 核查 box, no years or names."""
    sections = [dataclasses.replace(d, figures=[dataclasses.replace(f, canonical="", year="")
                                                for f in d.figures]) for d in summary.sections]
    return dataclasses.replace(summary, digest=None, compliance=None, sections=sections)
