"""The reports table's model, without widgets: cells, headings, sorting and filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.core.library import Entry
from lawgov_gui.gui.library.reports_model import (
    Column,
    ReportsFilter,
    ReportsModel,
    cell,
    header,
    matches,
)

JILIN = Entry(1, "a" * 64, "/r/jilin-2023.txt", "吉林省2023年法治政府建设情况报告",
              "吉林省人民政府", "省", "吉林省", 2023, "fazhi_report", 60)
TANGQI = Entry(2, "b" * 64, "/r/tangqi.txt", None, "塘栖镇人民政府", "乡镇", "塘栖镇", 2024,
               "other", 7)
NOBODY = Entry(3, "c" * 64, "/r/x.html", None, None, "未知", "", None, "news", 120)


@pytest.mark.parametrize(("entry", "column", "text"), [
    (JILIN, Column.ISSUER, "吉林省人民政府"),
    (NOBODY, Column.ISSUER, "（未识别）"),
    (JILIN, Column.LEVEL, "省"),
    (JILIN, Column.REGION, "吉林省"),
    (JILIN, Column.YEAR, "2023"),
    (NOBODY, Column.YEAR, ""),
    (JILIN, Column.GENRE, "法治政府建设报告"),
    (NOBODY, Column.GENRE, "新闻稿"),
    (TANGQI, Column.TITLE, ""),
    (JILIN, Column.INDICATORS, "60"),
    (JILIN, Column.FILE, "jilin-2023.txt"),
])
def test_cells(entry: Entry, column: Column, text: str) -> None:
    assert cell(entry, column) == text


def test_headings_are_the_columns_in_order() -> None:
    model = ReportsModel()
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert shown == ["发布机关", "层级", "地区", "年度", "类型", "标题", "指标数", "文件"]
    assert shown == [header(c) for c in Column]


def test_the_file_column_tells_the_whole_path() -> None:
    model = ReportsModel()
    model.set_entries([JILIN])
    index = model.index(0, Column.FILE)
    assert index.data() == "jilin-2023.txt"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "/r/jilin-2023.txt"


@pytest.mark.parametrize(("column", "order", "issuers"), [
    (Column.INDICATORS, Qt.SortOrder.AscendingOrder, ["塘栖镇人民政府", "吉林省人民政府", "（未识别）"]),
    (Column.INDICATORS, Qt.SortOrder.DescendingOrder, ["（未识别）", "吉林省人民政府", "塘栖镇人民政府"]),
    (Column.YEAR, Qt.SortOrder.AscendingOrder, ["（未识别）", "吉林省人民政府", "塘栖镇人民政府"]),
])
def test_counts_and_years_sort_as_numbers(column: Column, order: Qt.SortOrder,
                                          issuers: list[str]) -> None:
    model = ReportsModel()
    model.set_entries([JILIN, TANGQI, NOBODY])
    shown = ReportsFilter(model)
    shown.sort(column, order)
    assert [shown.index(r, Column.ISSUER).data() for r in range(3)] == issuers


@pytest.mark.parametrize(("filters", "text", "kept"), [
    ({}, "", True),
    ({"level": "省"}, "", True),
    ({"level": "市"}, "", False),
    ({"year": 2023, "genre": "fazhi_report"}, "", True),
    ({"year": 2022}, "", False),
    ({"region": None}, "吉林", True),
    ({}, "  JILIN-2023 ", True),  # the file name, case and spaces ignored
    ({}, "法治政府建设情况", True),  # the title
    ({}, "塘栖", False),
])
def test_matches(filters: dict, text: str, kept: bool) -> None:
    assert matches(JILIN, filters, text) is kept


def test_names_sort_by_pinyin_and_a_refresh_keeps_the_order(qapp) -> None:  # zh_CN
    beijing = Entry(4, "d" * 64, "/r/bj.txt", None, "北京市人民政府", "省", "北京市", 2022,
                    "fazhi_report", 3)
    baoji = Entry(5, "e" * 64, "/r/fx.txt", None, "宝鸡市凤县人民政府", "县", "宝鸡市凤县", 2020,
                  "fazhi_report", 9)
    model = ReportsModel()
    model.set_entries([JILIN, beijing, baoji])
    shown = ReportsFilter(model)
    shown.sort(Column.REGION, Qt.SortOrder.AscendingOrder)
    pinyin = ["宝鸡市凤县", "北京市", "吉林省"]  # bao, bei, ji (not the order of the code points)
    assert [shown.entry(r).region for r in range(3)] == pinyin
    model.set_entries([baoji, JILIN, beijing])
    assert [shown.entry(r).region for r in range(3)] == pinyin


def test_the_filter_keeps_the_matching_rows() -> None:
    model = ReportsModel()
    model.set_entries([JILIN, TANGQI, NOBODY])
    shown = ReportsFilter(model)
    shown.set_filters({"level": "乡镇"}, "")
    assert shown.rowCount() == 1 and shown.entry(0) == TANGQI
    shown.set_filters({}, "")
    assert shown.rowCount() == 3 and shown.entry(3) is None
