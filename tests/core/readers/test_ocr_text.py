"""The recogniser's systematic confusions undone, and nothing else changed."""

from __future__ import annotations

import pytest

from lawgov_gui.core.readers.ocr_text import em_units, tidy


@pytest.mark.parametrize(("read", "meant"), [
    ("完成率７４．１４％", "完成率74.14%"),
    ("共计1O5件", "共计105件"),
    ("2〇23年", "2023年"),
    ("3l8项", "318项"),
    ("(-)学思想、落责任", "(一)学思想、落责任"),
    ("（—）学思想", "（一）学思想"),
    ("—、全省法治政府建设情况", "一、全省法治政府建设情况"),
    ("-、总体情况", "一、总体情况"),
])
def test_confusions_undone(read: str, meant: str) -> None:
    assert tidy(read) == meant


@pytest.mark.parametrize("text", [
    "二〇二三年", "OCR识别", "Oracle数据库", "(二)抓改革", "— 3 —", "2024-2027年", "l号楼",
    "一规划两纲要",
])
def test_words_stay_as_read(text: str) -> None:
    assert tidy(text) == text


@pytest.mark.parametrize(("text", "ems"), [("法治", 2.0), ("74.14%", 3.0), ("共8个", 2.5), ("", 0.0)])
def test_em_units(text: str, ems: float) -> None:
    assert em_units(text) == ems
