"""Table-driven cases for dropping site chrome and keeping the report's own lines."""

from __future__ import annotations

import pytest

from tests.core.helpers import report_of

BODY = "2023年,全市坚持以习近平法治思想为指导,推动法治政府建设取得新成效,办理案件120件。"
HEAD = "一、主要举措和成效"

CHROME = [
    "站群导航", "AQI", "• 轻度污染", "• 严重污染", "[ 纠错 ]", "返回手机端",
    "今天是:2019年10月31日 星期三 农历十月初七", "您所在的位置:政务公开 > 工作报告",
    "首页 > 政务公开 > 法治政府建设", "打印本页 关闭窗口", "分享到:", "字号 大 中 小",
    "【打印】【关闭】", "来源:市司法局 发布日期:2024-03-15", "2024-03-15来源:",
    "文章来源:司法局 更新时间:2021/03/29 11:30:01", "上一篇", "扫一扫在手机打开当前页",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_before_body_is_dropped(line: str) -> None:
    text = report_of(f"{line}\n{BODY}\n{HEAD}").text
    assert line not in text
    assert text.startswith(BODY)


@pytest.mark.parametrize("line", ["[ 纠错 ]", "返回手机端", "打印本页 关闭窗口", "分享到:",
                                  "(责编:赵欣悦、袁勃)"])
def test_chrome_after_body_is_dropped(line: str) -> None:
    assert report_of(f"{BODY}\n{HEAD}\n{line}").text.endswith(HEAD)


@pytest.mark.parametrize("line", ["[ 纠错 ]", "打印本页", "发布时间:2024-04-28 02:36:39 来源: sp2024"])
def test_chrome_inside_body_is_dropped(line: str) -> None:
    text = report_of(f"{BODY}\n{line}\n{HEAD}\n{BODY}").text
    assert line not in text


@pytest.mark.parametrize("line", [
    "吉林省2023年法治政府建设情况报告", "省委、省政府:", "（一）强化监督", "三、下步工作打算",
    "全年办理120件", "全市受理行政复议申请1967件"])
def test_report_lines_are_kept(line: str) -> None:
    text = report_of(f"{line}\n{BODY}\n{HEAD}\n{line}").text
    assert text.count(line) >= 1


def test_signature_after_body_is_kept() -> None:
    text = report_of(f"{BODY}\n{HEAD}\n吉林省人民政府\n2024年3月15日\n返回顶部").text
    assert text.endswith("吉林省人民政府\n2024年3月15日")


def test_body_characters_are_kept_as_written() -> None:
    line = "全省受理（诉前）行政争议１９６７件，化解1702件；化解率86.53%。"
    assert line in report_of(f"站群导航\n{line}\n{HEAD}").text


def test_whitespace_is_normalised_only() -> None:
    r = report_of("　　2023年，全市 \t 办理案件120件，同比增长5%。\r\n\r\n\r\n一、 主要举措")
    assert r.text == "2023年，全市 办理案件120件，同比增长5%。\n一、 主要举措"


@pytest.mark.parametrize(("line", "title"), [
    ("Page 2 - 政府工作报告", "政府工作报告"),
    ("P. 3 - 2024年政府工作报告", "2024年政府工作报告"),
    ("司法局2022年度法治政府建设工作报告-23篇(第26/40页)", "司法局2022年度法治政府建设工作报告"),
    ("某县2023年法治政府建设情况报告(第2页)", "某县2023年法治政府建设情况报告"),
    ("2023年度工作总结范文-12篇", "2023年度工作总结范文"),
    ("关于第二页的报告", "关于第二页的报告"),  # 页 inside the title stays
    ("十三篇文章的报告", "十三篇文章的报告"),
])
def test_title_chrome(line: str, title: str) -> None:
    from lawgov_gui.core.extract.chrome import strip_title_chrome
    assert strip_title_chrome(line) == title
