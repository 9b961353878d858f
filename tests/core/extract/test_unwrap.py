"""Texts broken at a page's width are joined back into paragraphs (core/extract/unwrap.py)."""

from __future__ import annotations

import pytest

from lawgov_gui.core.extract.unwrap import page_width, unwrap, width

# A paragraph as a 范文 site breaks it: every line 35 characters (70 columns) wide.
PARAGRAPH = ("2024年，全县共收到行政复议申请126件，同比增长21.2%，其中受理112件，不予受理",
             "9件，已审结108件。在审结的案件中，维持原行政行为59件，驳回申请22件，撤销、确",
             "认违法等直接纠错决定15件，纠错率达13.9%；另有12件因申请人自愿撤回申请而终止",
             "审理。全县行政机关负责人出庭应诉率保持100%，行政诉讼案件败诉率持续下降，依法",
             "行政水平进一步提升，行政复议化解行政争议的主渠道作用日益凸显，群众满意度稳步",
             "提高，全年开展行政执法案卷评查两次，评查案卷386卷，发现并督促整改问题47个，",
             "为法治政府建设提供了有力保障。")


def test_width_counts_a_chinese_character_as_two_columns() -> None:
    assert width("行政复议") == 8 and width("126件") == 5 and width("13.9%；") == 7


def test_a_broken_paragraph_is_joined() -> None:
    lines = ["一、行政复议工作情况", *PARAGRAPH, "二、存在的问题", "个别单位依法行政意识不强。"]
    assert page_width(lines) is not None
    assert unwrap(lines) == ["一、行政复议工作情况", "".join(PARAGRAPH), "二、存在的问题",
                             "个别单位依法行政意识不强。"]


@pytest.mark.parametrize(("following", "joined"), [
    ("（一）收案情况", False),  # a numbered heading opens a new paragraph
    ("县司法局 王某某", False),  # a short line that ends no sentence: a name, a title
    ("现将有关情况报告如下。", True),  # a paragraph's last line
])
def test_what_follows_a_full_line(following: str, joined: bool) -> None:
    lines = [*PARAGRAPH[:6], PARAGRAPH[1], following]  # the 7th line is full and runs on
    out = unwrap(lines)
    assert (out[-1] != following) is joined


@pytest.mark.parametrize("lines", [
    # a web page's paragraphs: one line each, of every length
    ["2023年，在市委的坚强领导下，市政府坚持以习近平法治思想为指导，全面推进依法行政。" * n
     for n in (1, 3, 2, 5, 4, 1, 6, 2)],
    # a table one cell a line
    ["信息内容 |", "本年制发件数 |", "规章 |", "0 |", "行政规范性文件 |", "5 |"] * 4,
])
def test_texts_not_broken_at_a_width_are_left_as_they_are(lines: list[str]) -> None:
    assert page_width(lines) is None
    assert unwrap(lines) == lines
