"""The digest of page 1: overview, one sentence per section, highlights, problems, plans, source;
bounded so that the seed's fits one A4 page in the compact layout."""

from __future__ import annotations

import dataclasses

import pytest

from lawgov_gui.core.model import Genre, Meta
from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.digest import Digest
from lawgov_gui.core.summary.digest_build import MAX_CHARS, MAX_LINES, overview, source
from tests.core.helpers import report_of


def _digest(report, include=None) -> Digest:
    digest = build_summary(report, include).digest
    assert digest is not None
    return digest


def _printed(d: Digest) -> list[str]:
    return [d.overview, *(f"{line.heading}：{line.sentence}" for line in d.lines),
            "；".join(d.highlights), *d.problems, *d.plans, d.source]


def test_the_seeds_digest_quotes_its_headline_figures(seed_report) -> None:
    d = _digest(seed_report)
    assert [line.section for line in d.lines] == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]
    line = next(line for line in d.lines if line.section == "1.5")
    assert line.heading == "（五）防风险、解纠纷，护航效能不断提高"
    for figure in ("行政复议申请4034件", "同比增长82.37%", "直接纠错率9.93%", "下降至2023年的13.21%"):
        assert figure in line.sentence
    assert line.figures == ("i36", "i37", "i38", "i39", "i40")


def test_the_seeds_digest_fits_one_page(seed_report) -> None:
    d = _digest(seed_report)
    printed = _printed(d)
    assert sum(map(len, printed)) <= MAX_CHARS
    assert sum(-(-len(p) // 48) for p in printed) <= 26  # lines of 48 characters


def test_the_seeds_problems_plans_and_highlights(seed_report) -> None:
    d = _digest(seed_report)
    assert d.problems == ("法治政府建设不够均衡", "法治思维运用不够充分", "基层法治力量不够充足", "智慧法治建设不够高效")
    assert d.plans == ("压实法治政府建设责任", "完善依法行政制度体系", "加强基层法治能力建设", "提高法治政府建设质效")
    assert any("全国首个" in h and "公平竞争审查" in h for h in d.highlights)
    assert any("第一方阵" in h for h in d.highlights)


def test_the_seeds_overview_and_source(seed_report) -> None:
    d = _digest(seed_report)
    assert d.overview == ("吉林省人民政府报告2023年法治政府建设情况，分“全省法治政府建设情况”“存在的主要问题”"
                          "“下步工作打算”三部分，文中列出数据60项。")
    assert d.source == "来源：吉林省人民政府，2024年3月15日发布；文件：jilin-2023-fazhi-zhengfu-report.txt"


@pytest.mark.parametrize(("meta", "start", "end"), [
    (Meta(issuer="某县人民政府", year=2023, genre=Genre.FAZHI_REPORT), "某县人民政府报告2023年法治政府建设情况", ""),
    (Meta(year=2022, genre=Genre.RECONSIDERATION_REPORT), "本报告介绍2022年行政复议工作情况", ""),
    (Meta(issuer="司法部", genre=Genre.NEWS), "本文报道有关情况", ""),
    (Meta(issuer="某县人民政府", published="2024-03-20", signed="2024-03-20"), "", "，2024年3月20日落款"),
])
def test_overview_and_source_say_what_is_known(seed_report, meta: Meta, start: str, end: str) -> None:
    report = dataclasses.replace(seed_report, meta=meta)
    assert overview(report).startswith(start)
    assert source(report).split("；")[0].endswith(end or meta.issuer or "")


@pytest.mark.parametrize(("text", "lines"), [
    # a section with no figure is said in its subsections' titles
    ("一、主要举措\n(一)加强组织领导\n坚持依法行政。\n(二)推进依法决策\n审查文件12件。",
     [("（一）加强组织领导", "坚持依法行政"), ("（二）推进依法决策", "审查文件12件")]),
    # a report with no sections gets one line from all its figures
    ("全年办理行政复议案件120件,同比增长12%。", [("主要情况", "全年办理行政复议案件120件，同比增长12%")]),
    # a sentence that only repeats its heading is left out
    ("1、国内生产总值增长6.5%左右\n2、居民消费价格涨幅3%左右\n", []),
])
def test_lines(text: str, lines: list[tuple[str, str]]) -> None:
    d = _digest(report_of("某县2023年法治政府建设情况报告\n" + text))
    assert [(line.heading, line.sentence) for line in d.lines] == lines


def test_only_the_achievements_give_highlights() -> None:
    report = report_of("某县2023年法治政府建设情况报告\n一、主要举措和成效\n发布全省首个地方标准。\n"
                       "二、下一步工作打算\n建成全国首个智慧平台。")
    assert _digest(report).highlights == ("发布全省首个地方标准",)


def test_a_report_of_many_sections_shares_the_page() -> None:
    parts = "".join(f"({m})第{m}类案件\n全市办理第{m}类行政复议案件{100 + n}件,同比增长{n}%,"
                    f"直接纠错率{n}.5%,复议后起诉率由{20 + n}.1%下降至{10 + n}.2%。\n"
                    for n, m in enumerate("一二三四五六七八九", start=1))
    d = _digest(report_of("某市2023年法治政府建设情况报告\n一、主要举措和成效\n" + parts))
    assert len(d.lines) == MAX_LINES
    assert sum(map(len, _printed(d))) <= MAX_CHARS + 100
    assert all(line.figures for line in d.lines)
