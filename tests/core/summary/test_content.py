"""The summary's detail: every figure of a section, labelled to read alone; the parents of an
included section kept; every heading in full-width punctuation."""

from __future__ import annotations

import re

import pytest

from lawgov_gui.core.summary.content import build_summary
from tests.core.helpers import report_of

_ASCII_MARKS = re.compile(r"[(),:;!?]")


def test_a_section_lists_all_its_figures(seed_report) -> None:
    summary = build_summary(seed_report)
    detail = {d.id: d for d in summary.sections}
    inds = [i for i in seed_report.indicators if i.section == "1.6"]
    assert len(detail["1.6"].figures) == len(inds) - 1  # 108项 rides on 15项's row (108项→15项)
    assert detail["1.6"].figures is detail["1.6"].figures


@pytest.mark.parametrize(("iid", "subject", "canonical", "year", "relation"), [
    ("i36", "收到行政复议申请数", "收到行政复议申请数", "2023年", "同比增长82.37%"),
    ("i40", "复议后起诉率", "复议后起诉率", "2023年", "21.56%→13.21%"),
    ("i46", "行政诉讼败诉率", "行政诉讼败诉率", "2023年", "同比下降11.63个百分点；低于去年全国均值6.88个百分点"),
    ("i22", "法律顾问、公职律师出具法律意见数", "法律顾问、公职律师出具法律意见数", "2023年", ""),
    ("i4", "细化重点任务", "", "2023年", ""),
    ("i8", "部署全省一体化全流程审批系统的乡镇（街道）", "", "2023年", ""),
    ("i51", "压缩比例", "", "", ""),
])
def test_a_figure_reads_alone(seed_report, iid: str, subject: str, canonical: str, year: str,
                              relation: str) -> None:
    rows = {f.indicator: f for d in build_summary(seed_report).sections for f in d.figures}
    row = rows[iid]
    assert (row.subject, row.canonical, row.year, row.relation) == (subject, canonical, year, relation)


@pytest.mark.parametrize(("include", "ids", "with_figures"), [
    ({"1.5"}, ["1", "1.5"], ["1.5"]),
    ({"1.5", "1.2"}, ["1", "1.2", "1.5"], ["1.2", "1.5"]),
    ({"1"}, ["1"], []),  # 一、 states no figure of its own
    ({"3.2"}, [], []),   # the plans are a list of points, not a section of figures
])
def test_the_parents_of_an_included_section_are_kept(seed_report, include: set[str], ids: list[str],
                                                     with_figures: list[str]) -> None:
    sections = build_summary(seed_report, include).sections
    assert [d.id for d in sections] == ids
    assert [d.id for d in sections if d.figures] == with_figures
    if ids[:2] == ["1", "1.5"]:
        assert [d.heading for d in sections[:2]] == ["一、全省法治政府建设情况", "（五）防风险、解纠纷，护航效能不断提高"]


def test_every_printed_heading_is_full_width(seed_report) -> None:
    summary = build_summary(seed_report)
    assert summary.digest is not None
    headings = [d.heading for d in summary.sections] + [line.heading for line in summary.digest.lines]
    headings += [summary.problems_heading, summary.plans_heading]
    assert all(not _ASCII_MARKS.search(h) for h in headings), headings
    assert "（二）抓改革、优服务，营商环境持续优化" in headings


def test_the_summary_has_its_digest_and_box(seed_report) -> None:
    summary = build_summary(seed_report)
    assert summary.digest is not None and summary.compliance is not None
    assert len(summary.digest.lines) == 6 and len(summary.compliance.checks) == 5


@pytest.mark.parametrize(("text", "problems", "plans"), [
    ("一、聚焦群众关心问题,推进依法行政\n办理12件。\n二、存在的不足\n力量不足。\n三、下一步工作安排\n继续推进。",
     "二、存在的不足", "三、下一步工作安排"),
    ("一、主要成效\n办理12件。\n二、问题\n力量不足。\n三、2024年工作计划\n继续推进。", "二、问题", "三、2024年工作计划"),
])
def test_the_problems_and_plans_sections(text: str, problems: str, plans: str) -> None:
    summary = build_summary(report_of("某县2023年法治政府建设情况报告\n" + text))
    assert (summary.problems_heading, summary.plans_heading) == (problems, plans)


def test_the_points_print_full_width(seed_report) -> None:
    summary = build_summary(seed_report)
    assert summary.problems and summary.plans
    assert all("," not in p and ";" not in p for p in (*summary.problems, *summary.plans))
    assert "法治政府建设不够均衡，" in summary.problems[0]  # the seed writes ASCII commas
