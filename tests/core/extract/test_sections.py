"""Table-driven cases for the section tree."""

from __future__ import annotations

import pytest

from tests.core.helpers import report_of


def outline(text: str) -> list[tuple[int, str, str]]:
    """(level, marker, title) of every section, depth first."""
    return [(s.level, s.marker, s.title) for s in report_of(text).iter_sections()]


CASES = [
    ("standalone lines",
     "一、主要举措\n（一）深化改革\n正文。\n（二）强化监督\n正文。\n二、存在问题\n正文。",
     [(1, "一、", "主要举措"), (2, "（一）", "深化改革"), (2, "（二）", "强化监督"),
      (1, "二、", "存在问题")]),
    ("run-in heading takes its first sentence",
     "一、情况\n(一)学思想、落责任,党的领导全面加强。坚持把党的领导贯穿始终。",
     [(1, "一、", "情况"), (2, "(一)", "学思想、落责任,党的领导全面加强")]),
    ("space after the marker",
     "一、 主要举措和成效\n（一） 加强统筹。正文。",
     [(1, "一、", "主要举措和成效"), (2, "（一）", "加强统筹")]),
    ("all four levels, full- and half-width",
     "一、总体\n（一）领导\n1．学习。正文。\n（1）集中学习。正文。\n(2)专题学习。正文。\n2、考核。正文。",
     [(1, "一、", "总体"), (2, "（一）", "领导"), (3, "1．", "学习"), (4, "（1）", "集中学习"),
      (4, "(2)", "专题学习"), (3, "2、", "考核")]),
    ("numbering runs on across parents",
     "一、举措\n(一)学习\n1.高标准学习。正文。\n2.高质量推进。正文。\n(二)改革\n3.承接赋权。正文。",
     [(1, "一、", "举措"), (2, "(一)", "学习"), (3, "1.", "高标准学习"),
      (3, "2.", "高质量推进"), (2, "(二)", "改革"), (3, "3.", "承接赋权")]),
    ("traditional characters",
     "一、主要舉措\n（一）深化行政審批改革。全年辦理許可事項。",
     [(1, "一、", "主要舉措"), (2, "（一）", "深化行政審批改革")]),
    ("一是/二是 are not sections",
     "一、举措\n一是加强领导。二是完善制度。\n三是强化监督。",
     [(1, "一、", "举措")]),
    ("numbers inside sentences and decimals are not sections",
     "一、成效\n全年办理1.5万件,其中2.行政复议案件。\n2.3万件已办结。",
     [(1, "一、", "成效")]),
    ("a stray number out of sequence is not a section",
     "一、成效\n1.加强领导。正文。\n5.这一行是正文里的编号。\n2.完善制度。正文。",
     [(1, "一、", "成效"), (3, "1.", "加强领导"), (3, "2.", "完善制度")]),
    ("一、二季度 is not a heading",
     "一、成效\n二、问题\n一、二季度开展专项检查。",
     [(1, "一、", "成效"), (1, "二、", "问题")]),
    ("a table flattened one cell a line has no headings in its rows",
     "一、总体情况\n正文。\n二、收到和处理申请情况\n申请人情况 |\n自然人 |\n总计 |\n"
     "一、本年新收申请数量 |\n|\n0 |\n三、本年度办理结果 |\n(一)予以公开 |\n|\n0 |\n"
     "三、存在的主要问题\n（一）公开质量有待提高。正文。",
     [(1, "一、", "总体情况"), (1, "二、", "收到和处理申请情况"), (1, "三、", "存在的主要问题"),
      (2, "（一）", "公开质量有待提高")]),
    ("trailing colon and space dropped",
     "三、下步工作打算： \n（一）深入学习。正文。",
     [(1, "三、", "下步工作打算"), (2, "（一）", "深入学习")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_outline(name: str, text: str, expected: list) -> None:
    if name == "trailing colon and space dropped":
        text = "一、成效\n二、问题\n" + text
        expected = [(1, "一、", "成效"), (1, "二、", "问题"), *expected]
    assert outline(text) == expected


# Copies from document-sharing sites drop the line breaks: headings stand mid-line.
INLINE = [
    ("一、 after a sentence end",
     "前言工作。一、坚持党的领导，加强统筹。正文。二、存在问题。正文。",
     [(1, "一、", "坚持党的领导，加强统筹"), (1, "二、", "存在问题")]),
    ("（一） after a sentence end, under its 一、",
     "一、主要举措\n正文。（一）加强领导。正文。（二）完善制度。正文。",
     [(1, "一、", "主要举措"), (2, "（一）", "加强领导"), (2, "（二）", "完善制度")]),
    ("a standalone heading runs into its first sub-heading",
     "前言。一、主要举措(一)加强领导。正文。(二)完善制度。正文。二、存在问题。正文。",
     [(1, "一、", "主要举措"), (2, "(一)", "加强领导"), (2, "(二)", "完善制度"),
      (1, "二、", "存在问题")]),
    ("numbering runs on into a sub-heading title",
     "一、举措\n(一)学习\n1.学习。正文。(二)改革2.承接赋权。正文。",
     [(1, "一、", "举措"), (2, "(一)", "学习"), (3, "1.", "学习"), (2, "(二)", "改革"),
      (3, "2.", "承接赋权")]),
    ("the spaces a copy leaves for the breaks",
     "前言。 一、总体情况 (一)加强领导 1.健全机制。正文。 2.强化审查。正文。",
     [(1, "一、", "总体情况"), (2, "(一)", "加强领导"), (3, "1.", "健全机制"),
      (3, "2.", "强化审查")]),
    ("a standalone heading runs into its paragraph: the title stops where the paragraph starts",
     "一、成效\n正文。二、存在的主要问题一年来，我省法治政府建设取得成效。三、总体情况2020年，在县委领导下"
     "推进。四、主要做法我局全面落实部署。",
     [(1, "一、", "成效"), (1, "二、", "存在的主要问题"), (1, "三、", "总体情况"), (1, "四、", "主要做法")]),
    ("after 如下：",
     "现将工作情况总结如下：一、总体情况。正文。二、存在问题。正文。",
     [(1, "一、", "总体情况"), (1, "二、", "存在问题")]),
    ("第二十条第(一)项 is not a section",
     "一、总体情况\n全年主动公开政府信息12190余条，依法推进政府信息公开。二、主动公开政府信息情况\n"
     "第二十条第(一)项 | |||\n规章 | 0 | 0 | 0\n第二十条第(五)项 | |||\n行政许可 | 12 | 13 | 14",
     [(1, "一、", "总体情况"), (1, "二、", "主动公开政府信息情况")]),
    ("（一）项 at a line start or after a sentence end is not a section",
     "一、情况\n（一）项规定的信息。依据第二十条。（二）项规定的信息。",
     [(1, "一、", "情况")]),
    ("一是/二是 mid-line are not sections",
     "一、举措\n主要做法。一是加强领导。二是完善制度。三是强化监督。",
     [(1, "一、", "举措")]),
    ("a list inside a sentence is not sections",
     "一、举措\n主要包括：（一）制度建设；（二）队伍建设；（三）平台建设。正文。",
     [(1, "一、", "举措")]),
    ("a list inside a sentence after a real (一) is not sections",
     "一、举措\n（一）加强建设。主要包括：（一）制度建设；（二）队伍建设。（二）完善制度。正文。",
     [(1, "一、", "举措"), (2, "（一）", "加强建设"), (2, "（二）", "完善制度")]),
    ("a list that starts after a sentence end is not sections",
     "一、举措\n（一）加强建设。主要包括以下内容。(1)制度建设；(2)队伍建设。正文。",
     [(1, "一、", "举措"), (2, "（一）", "加强建设")]),
    ("a numbered list after a colon is not sections",
     "一、举措\n重点是：1.制度建设；2.队伍建设。正文。",
     [(1, "一、", "举措")]),
    ("a marker out of order mid-line is not a section",
     "一、成效\n正文。三、这不是标题。正文。二、问题。正文。",
     [(1, "一、", "成效"), (1, "二、", "问题")]),
    ("decimals and dates after a sentence end are not sections",
     "一、成效\n（一）落实。2.3万件已办结。3、4月份开展检查。1.加强领导。正文。",
     [(1, "一、", "成效"), (2, "（一）", "落实"), (3, "1.", "加强领导")]),
    ("a numbered list in an ordinary paragraph is not sections",
     "一、成效\n（一）落实\n全年重点抓好以下工作。1.加强领导，压实责任。2.完善制度，规范程序。",
     [(1, "一、", "成效"), (2, "（一）", "落实")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), INLINE, ids=[c[0] for c in INLINE])
def test_inline_headings(name: str, text: str, expected: list) -> None:
    assert outline(text) == expected


def test_inline_sections_start_at_their_marker_and_end_before_the_next() -> None:
    text = "前言工作。一、主要举措(一)加强领导。正文一。 (二)完善制度。正文二。二、存在问题。正文三。"
    r = report_of(text)
    spans = {s.id: r.text[s.start:s.end] for s in r.iter_sections()}
    assert spans == {"1": "一、主要举措(一)加强领导。正文一。 (二)完善制度。正文二。",
                     "1.1": "(一)加强领导。正文一。", "1.2": "(二)完善制度。正文二。",
                     "2": "二、存在问题。正文三。"}
    assert r.text[r.sections[0].heading_end:].startswith("(一)")


@pytest.mark.parametrize("glue", ["", " "])
def test_the_seed_without_line_breaks_has_the_same_tree(seed_report, glue: str) -> None:
    flat = glue.join(seed_report.text.split("\n"))
    got = [(s.level, s.marker, s.title) for s in report_of(flat).iter_sections()]
    assert got == [(s.level, s.marker, s.title) for s in seed_report.iter_sections()]


def test_spans_cover_whole_sections_and_nest() -> None:
    text = "前言。\n一、举措\n（一）学习\n正文一。\n（二）改革\n正文二。\n二、问题\n正文三。"
    r = report_of(text)
    one, two = r.sections
    assert r.text[one.start:one.end].startswith("一、举措")
    assert r.text[one.start:one.end].endswith("正文二。")
    assert r.text[two.start:two.end] == "二、问题\n正文三。"
    for parent in r.iter_sections():
        for child in parent.children:
            assert parent.start <= child.start <= child.end <= parent.end
    assert [s.id for s in r.iter_sections()] == ["1", "1.1", "1.2", "2"]


def test_indicator_section_is_the_innermost() -> None:
    r = report_of("一、举措\n（一）学习\n培训100人次。\n（二）改革\n下放30项。")
    assert [(i.text, i.section) for i in r.indicators] == [("100人次", "1.1"), ("30项", "1.2")]


# An excerpt cut mid-report (a collection page's second page, a PDF page) opens at any number.
EXCERPTS = [
    ("opens at (七)",
     "司法局2022年度法治政府建设工作报告\n(七)争议化解助和谐,充分发挥复议职能。\n正文85件。\n"
     "(八)强素质提能力,锻造司法行政队伍铁军。\n正文。",
     [(2, "(七)", "争议化解助和谐,充分发挥复议职能"), (2, "(八)", "强素质提能力,锻造司法行政队伍铁军")]),
    ("opens at 三、",
     "三、下一步工作打算\n（一）深入学习。正文。\n四、其他事项\n正文。",
     [(1, "三、", "下一步工作打算"), (2, "（一）", "深入学习"), (1, "四、", "其他事项")]),
    ("a number out of sequence deeper in the text is still no section",
     "全年办理案件120件,同比增长5%,各项工作稳步推进。\n正文。\n正文。\n(三)这一行不是标题。\n正文。", []),
    ("an excerpt's list item is no section",
     "(3)组织培训12次。\n正文。", []),
]


@pytest.mark.parametrize(("name", "text", "expected"), EXCERPTS, ids=[c[0] for c in EXCERPTS])
def test_excerpt_openings(name: str, text: str, expected: list) -> None:
    assert outline(text) == expected
