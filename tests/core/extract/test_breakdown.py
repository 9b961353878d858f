"""A breakdown by body after 其中 names its whole (core/extract/breakdown.py)."""

from __future__ import annotations

import pytest

from tests.core.helpers import report_of


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("现行有效行政规范性文件86件,其中县政府60件、乡镇13件、县政府部门13件。",
     ["现行有效行政规范性文件", "现行有效行政规范性文件（县政府）", "现行有效行政规范性文件（乡镇）",
      "现行有效行政规范性文件（县政府部门）"]),
    ("全年收到行政复议申请85件,其中市本级30件,县区55件。",
     ["收到行政复议申请", "收到行政复议申请（市本级）", "收到行政复议申请（县区）"]),
    # a breakdown in brackets belongs to the figure right before it
    ("直接纠错行政行为6件(部门2件,乡镇街道4件)。",
     ["直接纠错行政行为", "直接纠错行政行为（部门）", "直接纠错行政行为（乡镇街道）"]),
])
def test_a_part_by_body_is_named_by_its_whole(sentence: str, subjects: list[str]) -> None:
    assert [i.subject for i in report_of(sentence).indicators] == subjects


@pytest.mark.parametrize("sentence", [
    "39个部门参加培训,其中10个部门获评优秀。",  # the bodies are what is counted
    "全年收到行政复议申请85件。县政府12件。",  # no 其中, another sentence
    "办理案件85件,其中县政府60人次。",  # another unit: no part of the 85件
])
def test_what_is_no_breakdown_is_left_alone(sentence: str) -> None:
    assert not any("（" in i.subject for i in report_of(sentence).indicators)
