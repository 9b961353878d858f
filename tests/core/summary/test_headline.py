"""A section's sentence quotes its headline figures in the source's own words."""

from __future__ import annotations

import pytest

from lawgov_gui.core.summary.headline import MAX_SENTENCE, headline
from tests.core.helpers import report_of


def _line(seed_report, section: str) -> str:
    return headline(seed_report, [i for i in seed_report.indicators if i.section == section])[0]


def test_the_seeds_reconsideration_figures_are_quoted_in_prose(seed_report) -> None:
    sentence = _line(seed_report, "1.5")
    assert sentence == ("全省各级行政复议机关收到行政复议申请4034件，同比增长82.37%，直接纠错率9.93%，"
                        "复议后提起诉讼案件比例由2022年21.56%下降至2023年的13.21%")


@pytest.mark.parametrize(("section", "quoted"), [
    ("1.1", ("示范地区8个", "任务完成率74.14%")),
    ("1.2", ("新登记经营主体61.9万户",)),
    ("1.4", ("梳理问题线索1448条，整改率100%",)),  # 整改率 alone does not say of what
    ("1.6", ("从108项逐年递减至15项", "依申请公开155件，答复率100%")),
])
def test_every_seed_section_quotes_figures_with_their_nouns(seed_report, section: str,
                                                            quoted: tuple[str, ...]) -> None:
    sentence = _line(seed_report, section)
    assert 0 < len(sentence) <= MAX_SENTENCE
    assert all(q in sentence for q in quoted), sentence
    assert "," not in sentence and "(" not in sentence


@pytest.mark.parametrize(("body", "sentence"), [
    # a figure that does not name what it counts brings the clause before it
    ("全省受理诉前行政争议1967件,化解1702件,化解率86.53%。",
     "全省受理诉前行政争议1967件，化解1702件，化解率86.53%"),
    # a clause the text cuts off is not quoted
    ("办理行政复议案件120件。全年共受理行政诉讼案件45", "办理行政复议案件120件"),
    # a figure of an earlier year comes last; 同比…减少 does not say what is counted
    ("累计污染天数15天,同比2019年31天减少16天。", "累计污染天数15天，同比2019年31天减少16天"),
    # a zero is no headline
    ("上年度结转申请0件,新收申请37件。", "新收申请37件"),
    # the same clause said twice is quoted once
    ("直接纠错率13.4%。直接纠错率13.4%。", "直接纠错率13.4%"),
])
def test_what_is_quoted(body: str, sentence: str) -> None:
    report = report_of(f"某县2023年法治政府建设情况报告\n一、主要举措和成效\n{body}")
    assert headline(report, list(report.indicators))[0] == sentence


def test_clauses_apart_in_the_text_are_joined_by_a_semicolon() -> None:
    report = report_of("某县2023年法治政府建设情况报告\n一、主要举措和成效\n"
                       "2024年新受理行政复议案件151件,同比增长128.78%,2023年总共需办理复议案件66件,"
                       "2024年总共需办理复议案件151件,其中2024年已办结案件135件。")
    sentence, ids = headline(report, list(report.indicators))
    assert "66件；2024年已办结案件135件" in sentence  # not "66件，已办结…": whose 135件 it is stays
    assert len(ids) >= 3


def test_a_section_without_figures_has_no_sentence() -> None:
    report = report_of("某县2023年法治政府建设情况报告\n一、主要举措和成效\n坚持依法行政。")
    assert headline(report, list(report.indicators)) == ("", ())
