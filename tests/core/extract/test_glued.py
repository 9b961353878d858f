"""List numbers glued to the first figure of their lines (a saved page's <ol>)."""

from __future__ import annotations

import pytest

from lawgov_gui.core.extract.glued import glued_markers
from tests.core.helpers import figures

_LIST = ("全省新收行政复议申请5422件。其中:\n12020年,省政府新收行政复议申请188件。\n"
         "22020年,省直部门共收到行政复议申请376件。\n313个市州新收行政复议申请4377件。\n"
         "4103个县级政府中,9个县级政府收到申请超过40件。")


@pytest.mark.parametrize(("text", "markers"), [
    (_LIST, ["1", "2", "3", "4"]),
    # no count from 1: a report's own figures at the start of lines
    ("313个市州完成任务。\n412个乡镇完成任务。\n5个部门完成任务。", []),
    # two items only: not enough to tell a list
    ("12020年,甲。\n22020年,乙。", []),
    # a separator after the number: nothing glued
    ("1.总体情况\n2.主要做法\n3.存在问题", []),
    # items too far apart
    ("12020年,甲。\n一\n二\n三\n四\n五\n22020年,乙。\n32021年,丙。", []),
])
def test_markers(text: str, markers: list[str]) -> None:
    found = sorted(glued_markers(text))
    assert [text[i] for i in found] == markers
    assert all(i == 0 or text[i - 1] == "\n" for i in found)


def test_the_figure_after_a_marker_is_read_without_it() -> None:
    texts = [f[0] for f in figures(_LIST)]
    assert texts == ["5422件", "188件", "376件", "13个", "4377件", "103个", "9个", "40件"]
