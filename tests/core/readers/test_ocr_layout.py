"""Recognised boxes to lines: what is kept, how boxes make lines, the reading order.

The boxes are written here as the recogniser gives them (pixels of the prepared page,
corners clockwise from the top left); the page maps 2 pixels to one unit across and 1
down (a squeezed page), so the lines' units are checked too.
"""

from __future__ import annotations

import math

import pytest

from lawgov_gui.core.readers.ocr_engine import Box
from lawgov_gui.core.readers.ocr_image import Prepared
from lawgov_gui.core.readers.ocr_layout import page_lines

PAGE = Prepared(None, 2.0, 1.0, 600.0, 800.0)


def _box(text: str, x: float, y: float, w: float, h: float = 20.0, score: float = 0.99,
         turn: float = 0.0) -> Box:
    """A box of `text` at (x, y) in prepared pixels, turned `turn` degrees about its corner."""
    c, s = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    corners = [(0, 0), (w, 0), (w, h), (0, h)]
    return Box(text, score, tuple((x + px * c - py * s, y + px * s + py * c) for px, py in corners))


def _texts(boxes: list[Box]) -> list[str]:
    return [line.text for line in page_lines(boxes, PAGE, 0)]


BODY = [_box(f"第{n}行正文内容", 100, 100 + 40 * n, 700) for n in range(6)]


@pytest.mark.parametrize(("extra", "why"), [
    (_box("签名潦草", 300, 500, 200, score=0.4), "low confidence"),
    (_box("印", 300, 500, 8, 6), "tiny"),
    (_box("吉林省人民政府", 300, 520, 300, turn=35), "turned away from the lines"),
])
def test_not_body_text_is_dropped(extra: Box, why: str) -> None:
    assert _texts([*BODY, extra]) == _texts(BODY), why


def test_boxes_side_by_side_are_one_line_in_page_units() -> None:
    lines = page_lines([_box("来源：", 340, 100, 120), _box("2024-03-15", 100, 102, 180),
                        _box("省政府", 480, 101, 120)], PAGE, 3)
    assert [(ln.text, ln.left, ln.right, ln.page) for ln in lines] == [
        ("2024-03-15 来源：省政府", 50.0, 300.0, 3)]  # a gap wider than 0.8 em is a space
    assert (lines[0].top, lines[0].bottom) == (700.0, 678.0)  # y upwards, as pdfium's


def test_two_columns_read_left_column_first() -> None:
    title = _box("通栏标题横跨两栏的文字内容", 100, 40, 1000)
    left = [_box(f"左栏第{n}行的正文内容", 60, 100 + 40 * n, 440) for n in range(4)]
    right = [_box(f"右栏第{n}行的正文内容", 640, 100 + 40 * n, 440) for n in range(4)]
    footer = _box("通栏结尾横跨两栏的文字内容", 100, 300, 1000)
    boxes = [footer, *right, title, *left]
    assert _texts(boxes) == [
        "通栏标题横跨两栏的文字内容", *(f"左栏第{n}行的正文内容" for n in range(4)),
        *(f"右栏第{n}行的正文内容" for n in range(4)), "通栏结尾横跨两栏的文字内容"]


def test_a_turned_photograph_is_set_straight() -> None:
    """Lines turned 2°: the far end of a line is lower than the next line's start."""
    boxes = [_box(f"第{n}行正文内容很长很长", 100, 100 + 24 * n, 1000, turn=2.0) for n in range(5)]
    assert _texts(boxes) == [f"第{n}行正文内容很长很长" for n in range(5)]


def test_nothing_recognised() -> None:
    assert page_lines([], PAGE, 0) == []
    assert page_lines([_box("模糊", 10, 10, 40, score=0.2)], PAGE, 0) == []
