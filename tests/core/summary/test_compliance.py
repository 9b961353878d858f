"""The 核查 box: the parts an annual report must have, and whether it was published in time."""

from __future__ import annotations

import dataclasses

import pytest

from lawgov_gui.core.model import Genre, Meta
from lawgov_gui.core.summary.compliance import ON_TIME, PARTS, compliance, on_time
from lawgov_gui.core.summary.digest import Check, Verdict
from tests.core.helpers import report_of


def test_the_seed_has_every_part(seed_report) -> None:
    checks = {c.name: c for c in compliance(seed_report).checks}
    assert [c.verdict for c in checks.values()] == [Verdict.PRESENT] * 5
    assert checks["存在的不足和原因"].detail == "见“二、存在的主要问题”，未见“原因”字样"
    assert checks["下一年度工作安排"].detail == "见“三、下步工作打算”"
    duty = checks["党政主要负责人履行第一责任人职责情况"].detail
    assert duty == "无专门标题；（一）党的领导全面加强中有“第一责任人职责”"  # in 1.1, not in the plans
    assert "不评判内容是否充分" in compliance(seed_report).note


@pytest.mark.parametrize(("meta", "check"), [
    (Meta(year=2023, published="2024-03-15"),
     Check(ON_TIME, Verdict.PRESENT, "发布日期2024年3月15日，在2024年4月1日前")),
    (Meta(year=2023, published="2024-03-31", signed="2024-03-31"),
     Check(ON_TIME, Verdict.PRESENT, "落款日期2024年3月31日，在2024年4月1日前")),
    (Meta(year=2023, published="2024-04-01"),
     Check(ON_TIME, Verdict.MISSING, "发布日期2024年4月1日，未在2024年4月1日前")),
    (Meta(year=2023, published="2024-06-20"),
     Check(ON_TIME, Verdict.MISSING, "发布日期2024年6月20日，未在2024年4月1日前")),
    (Meta(year=2023), Check(ON_TIME, Verdict.UNKNOWN, "报告未写明发布日期或落款日期，无法核查")),
    (Meta(published="2024-03-15"), Check(ON_TIME, Verdict.UNKNOWN, "报告未写明所报年度，无法核查")),
])
def test_on_time(meta: Meta, check: Check) -> None:
    assert on_time(meta) == check


REPORT = "某县人民政府2023年法治政府建设情况报告\n"


@pytest.mark.parametrize(("body", "verdicts"), [
    ("一、主要举措和成效\n办理案件12件。\n二、存在的不足和原因\n原因是力量不足。\n"
     "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头述法。\n四、2024年工作安排\n继续推进。",
     ["见“一、主要举措和成效”", "见“二、存在的不足和原因”", "见“三、党政主要负责人履行推进法治建设第一责任人职责情况”",
      "见“四、2024年工作安排”"]),
    ("一、主要举措和成效\n办理案件12件。存在的问题是基层力量薄弱。下一步,我县将继续推进。",
     ["见“一、主要举措和成效”", "无专门标题；一、主要举措和成效中有“存在的问题”", "未找到相应标题或表述",
      "无专门标题；一、主要举措和成效中有“下一步”"]),
])
def test_parts_are_found_as_headings_then_as_wording(body: str, verdicts: list[str]) -> None:
    checks = compliance(report_of(REPORT + body)).checks
    assert [c.name for c in checks] == [p.name for p in PARTS] + [ON_TIME]
    assert [c.detail for c in checks[:4]] == verdicts
    assert [c.verdict for c in checks[:4]] == [Verdict.MISSING if d.startswith("未找到") else Verdict.PRESENT
                                               for d in verdicts]


def test_the_duty_said_only_in_the_plans_is_not_found() -> None:
    body = "一、主要举措和成效\n办理案件12件。\n二、下一步工作打算\n督促领导干部履行推进法治建设第一责任人职责。"
    check = compliance(report_of(REPORT + body)).checks[2]
    assert check.verdict == Verdict.MISSING


@pytest.mark.parametrize("genre", [Genre.INFO_DISCLOSURE_REPORT, Genre.RECONSIDERATION_REPORT, Genre.NEWS,
                                   Genre.GOV_WORK_REPORT])
def test_another_genre_is_not_checked(seed_report, genre: Genre) -> None:
    box = compliance(dataclasses.replace(seed_report, meta=Meta(year=2023, genre=genre)))
    assert box.checks == () and "不是法治政府建设年度报告" in box.note
