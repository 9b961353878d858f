"""Search as a list: the line above the hits, the hit marked, the rows as text."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import Hit
from lawgov_gui.gui.library.search_model import (
    SearchModel,
    find,
    marked_html,
    plain,
    split_mark,
)


def _hit(snippet: str, start: int = 10, end: int = 12, heading: str = "一、行政复议") -> Hit:
    return Hit(1, "/r/a.txt", "吉林省人民政府", 2023, "1", heading, start, end, snippet, -3.0)


@pytest.mark.parametrize(("snippet", "parts"), [
    ("…收到行政【复议】申请…", ("…收到行政", "复议", "申请…")),
    ("【附件一】行政【复议】申请", ("【附件一】行政", "复议", "申请")),  # the report's own 【】
    ("no mark", ("no mark", "", "")),
    ("a\n【复议】b", ("a ", "复议", "b")),
])
def test_split_mark(snippet: str, parts: tuple[str, str, str]) -> None:
    assert split_mark(_hit(snippet)) == parts


def test_the_hit_is_bold_and_marked_and_text_is_escaped() -> None:
    html = marked_html(_hit("<b>行政【复议】&"), "#c9e3ff", "#6b6b6b")
    assert '&lt;b&gt;行政<b style="background-color:#c9e3ff">复议</b>&amp;' in html
    assert html.startswith("<b>吉林省人民政府</b>") and '<span style="color:#6b6b6b">一、行政复议' in html


def test_a_row_reads_as_two_lines_with_the_hit_in_brackets(qapp) -> None:
    model = SearchModel()
    model.set_hits([_hit("行政【复议】", heading="")])
    assert model.index(0).data() == "吉林省人民政府  2023年  （正文开头）\n行政【复议】"
    assert plain(model.hit(0)) == model.index(0).data()


@pytest.mark.parametrize(("query", "filters", "count", "message"), [
    ("", {}, 0, "输入要搜索的词语"),
    ("   ", {}, 0, "输入要搜索的词语"),
    ("、，", {}, 0, "搜索词中没有可检索的汉字"),
    ("量子纠缠", {}, 0, "没有找到“量子纠缠”。"),
    ("复议", {"year": 1999}, 0, "没有找到“复议”（在所选的层级、地区、年度或类型中）。"),
    ("复议", {}, 2, "2 份报告含有“复议”，按相关程度排列。"),
    ("质量提升", {"level": "省"}, 1, "1 份报告含有“质量提升”"),
])
def test_find_says_what_it_found(filled_model, query: str, filters: dict, count: int,
                                 message: str) -> None:
    found = find(filled_model, query, filters)
    assert len(found.hits) == count and message in found.message
    assert all(not h.snippet or "【" in h.snippet for h in found.hits)


def test_find_on_a_damaged_file_says_so(qtbot, tmp_path) -> None:
    from lawgov_gui.gui.common.library_model import LibraryModel

    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"not a library" * 20)
    model = LibraryModel(path)
    with qtbot.waitSignal(model.damaged):
        found = find(model, "复议", {})
    assert found.hits == [] and "重建" in found.message

