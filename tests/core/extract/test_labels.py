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
]


@pytest.mark.parametrize(("subject", "name", "period", "year", "fallback", "want"), CASES)
def test_label(subject, name, period, year, fallback, want) -> None:
    assert label_for(subject, name, period, year, fallback) == want


def test_two_years_of_one_quantity_never_read_the_same() -> None:
    before = label_for("复议后提起诉讼案件比例", "复议后起诉率", 2022, 2023, "21.56%")
    after = label_for("复议后提起诉讼案件比例", "复议后起诉率", 2023, 2023, "13.21%")
    assert before != after
