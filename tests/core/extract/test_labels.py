"""Labels that read alone: the catalogue's name, else the subject, with the year when it differs."""

from __future__ import annotations

import pytest

from lawgov_gui.core.extract.labels import label_for

CASES = [
    # subject, canonical name, period, report year, fallback -> label
    ("出庭率", "行政机关负责人出庭应诉率", 2023, 2023, "100%", "行政机关负责人出庭应诉率"),
    ("复议后提起诉讼案件比例", "复议后起诉率", 2022, 2023, "21.56%", "复议后起诉率（2022年）"),
    ("一体化政务服务全程网办事项", None, 2023, 2023, "8.1万项", "一体化政务服务全程网办事项"),
    ("空气质量优良率", None, 2019, 2020, "91.5%", "空气质量优良率（2019年）"),
    ("统筹规范督查检查事项", None, None, 2023, "108项", "统筹规范督查检查事项"),
    ("", None, 2023, 2023, "16件", "16件"),
    ("新登记经营主体", None, 2022, None, "61.9万户", "新登记经营主体"),
    # what a row label never carries, and a bracket the figure cut open
    ("去年北京市共审结行政复议案件", None, 2021, 2022, "2.1万件", "北京市共审结行政复议案件（2021年）"),
    ("我办开办的“某市人民政府”微信公众号全年发布信息", None, 2023, 2023, "120条",
     "“某市人民政府”微信公众号全年发布信息"),
    ("因对停车收费争议引发的交通处罚类行政复议案件", None, 2024, 2024, "316件", "交通处罚类行政复议案件"),
    ("新收因对停车收费争议引发的交通处罚类行政复议案件", None, 2024, 2024, "316件", "新收交通处罚类行政复议案件"),
    ("行政不作为类案件(尤其是未履行补偿职责)同比增长", None, 2024, 2024, "12%", "行政不作为类案件同比增长"),
    ("行政事业性收费（本年收费金额(单位:万元)）", None, 2023, 2023, "0", "行政事业性收费（本年收费金额）"),
    ("行政处罚类案件持续增长(案件占比", None, 2020, 2024, "21.8%", "行政处罚类案件持续增长（案件占比）（2020年）"),
    # a table cell: the row's counting rule and the column's parent go, 其他 keeps its parent
    ("部分公开(区分处理的,只计这一情形,不计其他情形)（总计）", None, 2024, 2024, "0", "部分公开（总计）"),
    ("予以公开（法人或其他组织·商业企业）", None, 2024, 2024, "3", "予以公开（商业企业）"),
    ("予以公开（法人或其他组织·其他）", None, 2024, 2024, "1", "予以公开（法人或其他组织·其他）"),
    # kept: a bracket that names, 去年同期 and 今年以来 (the words are the measure), 本办法…
    ("部署审批系统的乡镇(街道)", None, 2023, 2023, "964个", "部署审批系统的乡镇(街道)"),
    ("去年同期受理", None, 2022, 2023, "312件", "去年同期受理（2022年）"),
    ("今年以来受理复议申请", None, 2023, 2023, "80件", "今年以来受理复议申请"),
    ("本办法规定的事项", None, 2023, 2023, "12项", "本办法规定的事项"),
    ("我办理", None, 2023, 2023, "12件", "我办理"),
    # a list marker before, a conjunction the cut left after, the end of a bracket opened before
    ("③政策解读稿件发布数", None, 2023, 2023, "6篇", "政策解读稿件发布数"),
    ("(2)在线访谈次数", None, 2023, 2023, "2次", "在线访谈次数"),
    ("县管领导干部以", None, 2023, 2023, "30名", "县管领导干部"),
    ("申请人撤回结案)、行政诉讼", None, 2023, 2023, "0件", "行政诉讼"),
    ("县(区)", None, 2023, 2023, "5个", "县(区)"),
    ("截止2024年12月31日我局通过门户网站发布政务信息", None, 2024, 2024, "86条", "通过门户网站发布政务信息"),
    ("截至2024年底全县执业律师", None, 2024, 2024, "52名", "全县执业律师"),
    ("2.5亿元", None, 2023, 2023, "3项", "2.5亿元"),
]


@pytest.mark.parametrize(("subject", "name", "period", "year", "fallback", "want"), CASES)
def test_label(subject, name, period, year, fallback, want) -> None:
    assert label_for(subject, name, period, year, fallback) == want


def test_two_years_of_one_quantity_never_read_the_same() -> None:
    before = label_for("复议后提起诉讼案件比例", "复议后起诉率", 2022, 2023, "21.56%")
    after = label_for("复议后提起诉讼案件比例", "复议后起诉率", 2023, 2023, "13.21%")
    assert before != after


def test_an_id_whose_name_is_narrower_than_it_is_labelled_by_what_it_covers() -> None:
    """lead.study_sessions also counts a 街道主任办公会学法: labelled 学法次数, never 政府常务会议学法次数."""
    from lawgov_gui.core.extract.catalogue import entry
    from tests.core.helpers import report_of

    fig = report_of("2023年，街道主任办公会集体学法12次。").indicators[0]
    assert (fig.canonical, fig.label) == ("lead.study_sessions", "学法次数")
    assert entry("lead.study_sessions").name == "政府常务会议学法次数"  # the catalogue's own name stays


def test_two_figures_of_one_sentence_with_one_label_say_whose_they_are() -> None:
    from tests.core.helpers import report_of

    r = report_of("完成县政府规范性文件备案6件,县政府部门规范性文件备案2件。")
    assert [i.label for i in r.indicators] == ["行政规范性文件备案审查数（县政府）",
                                               "行政规范性文件备案审查数（县政府部门）"]
    same = report_of("完成县政府规范性文件备案6件。县政府部门规范性文件备案2件。")  # two sentences
    assert {i.label for i in same.indicators} == {"行政规范性文件备案审查数"}


@pytest.mark.parametrize(("text", "want"), [
    # a rate that says only how it relates is named by the figure it is of
    ("2023年，本县收到行政复议申请88件，同比上涨12.5%。", ["收到行政复议申请数", "收到行政复议申请数同比上涨"]),
    ("2023年，全县新收行政复议申请210件，比上年增加40件，增幅为23.5%。",
     ["收到行政复议申请数", "全县新收行政复议申请比上年增加", "收到行政复议申请数增幅"]),
    # another sentence: nothing to name it by
    ("2023年，本县收到行政复议申请88件。同比上涨12.5%。", ["收到行政复议申请数", "同比上涨"]),
])
def test_a_bare_rate_is_named_by_its_figure(text: str, want: list[str]) -> None:
    from tests.core.helpers import report_of

    assert [i.label for i in report_of(text).indicators] == want
