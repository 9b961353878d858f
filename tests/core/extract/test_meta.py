"""Table-driven cases for report metadata."""

from __future__ import annotations

import pytest

from tests.core.helpers import report_of

BODY = "坚持以习近平法治思想为指导,全面推进依法行政,办理案件120件。\n一、主要举措\n正文。"


@pytest.mark.parametrize(("text", "title", "inferred", "issuer", "year"), [
    (f"2023年,吉林省人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n{BODY}",
     "吉林省2023年法治政府建设情况报告", True, "吉林省人民政府", 2023),
    (f"北京市2022年法治政府建设年度情况报告\n2022年,北京市{BODY}",
     "北京市2022年法治政府建设年度情况报告", False, "北京市人民政府", 2022),
    (f"2020年静海区法治政府建设情况报告\n2020年,静海区{BODY}",
     "2020年静海区法治政府建设情况报告", False, "静海区人民政府", 2020),
    (f"司法部2023年法治政府建设年度报告\n2023年,司法部{BODY}",
     "司法部2023年法治政府建设年度报告", False, "司法部", 2023),
    (f"武汉市司法局关于2023年度法治政府建设情况的报告\n2023年,市司法局{BODY}",
     "武汉市司法局关于2023年度法治政府建设情况的报告", False, "武汉市司法局", 2023),
    (f"通州区{BODY.replace('一、主要举措', '一、2022年法治政府建设主要举措和成效')}",
     "通州区2022年法治政府建设情况报告", True, "通州区人民政府", 2022),
    (f"城关镇2023年法治政府建设工作情况报告\n2023年,城关镇{BODY}",
     "城关镇2023年法治政府建设工作情况报告", False, "城关镇人民政府", 2023),
])
def test_title_issuer_year(text: str, title: str, inferred: bool, issuer: str, year: int) -> None:
    meta = report_of(text).meta
    assert (meta.title, meta.title_inferred, meta.issuer, meta.year) == (
        title, inferred, issuer, year)


@pytest.mark.parametrize(("line", "published"), [
    ("2024-03-15来源:", "2024-03-15"),
    ("发布日期:2024年3月5日", "2024-03-05"),
    ("文章来源:司法局 更新时间:2021/03/29 11:30:01", "2021-03-29"),
    ("来源:市政府办公室 发布时间:2024.03.28 09:18", "2024-03-28"),
    ("今天是:2019年10月31日 星期三 农历十月初七", None),
    ("天津市静海区人民政府 2019年12月3日星期二", None),
])
def test_published(line: str, published: str | None) -> None:
    assert report_of(f"{line}\n2023年,全市{BODY}").meta.published == published


def test_html_meta_hints_win() -> None:
    meta = report_of(f"2023年,全市{BODY}", {"published": "2024-03-28 09:18:00",
                                             "title": "某市2023年法治政府建设情况报告"}).meta
    assert meta.published == "2024-03-28"
    assert meta.title == "某市2023年法治政府建设情况报告" and not meta.title_inferred
