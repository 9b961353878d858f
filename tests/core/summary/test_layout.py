"""The layout spec: the 公文 版心 and grid, spacing in whole lines, the font lists."""

from __future__ import annotations

import pytest

from lawgov_gui.core.summary.layout import (
    KAI_FALLBACK,
    MM,
    SERIF_FALLBACK,
    TITLE_FALLBACK,
    Layout,
    Paper,
    paper_mm,
    spec,
)

GBT, COMPACT = spec(Layout.GBT), spec(Layout.COMPACT)


@pytest.mark.parametrize(("paper", "margins"), [
    (Paper.A4, (37, 35, 28, 26)),
    (Paper.LETTER, (37, 279.4 - 37 - 225, 28, 215.9 - 28 - 156)),
])
def test_the_gbt_text_block_is_156_by_225_mm_on_any_paper(paper: Paper, margins) -> None:
    got = GBT.margins_on(paper)
    assert got == pytest.approx(margins)
    width, height = paper_mm(paper)
    assert (width - got[2] - got[3], height - got[0] - got[1]) == pytest.approx((156, 225))


def test_the_compact_margins_do_not_depend_on_the_paper() -> None:
    assert COMPACT.margins_on(Paper.LETTER) == COMPACT.margins_on(Paper.A4) == COMPACT.margins


def test_the_gbt_grid_is_22_lines_of_28_characters() -> None:
    assert int(225 * MM / GBT.line_pt) == 22
    assert GBT.char_pt() * 28 == pytest.approx(156 * MM)
    assert COMPACT.char_pt() == COMPACT.body_pt


@pytest.mark.parametrize(("asked", "lines"), [(0, 0), (2, 0), (6, 0), (8, 1), (12, 1), (16, 1),
                                              (30, 2)])
def test_spacing_comes_in_whole_lines_on_the_grid(asked: float, lines: int) -> None:
    assert GBT.spacing(asked) == pytest.approx(lines * GBT.line_pt)
    assert COMPACT.spacing(asked) == asked


@pytest.mark.parametrize(("families", "first", "fallback"), [
    (GBT.body, "仿宋", SERIF_FALLBACK),
    (GBT.title, "方正小标宋简体", TITLE_FALLBACK),
    (GBT.heading(1).families, "黑体", None),  # the bundled sans, in bold, stands in
    (GBT.heading(2).families, "楷体", KAI_FALLBACK),
    (GBT.page_number.families, "宋体", SERIF_FALLBACK),
    (COMPACT.body, "宋体", SERIF_FALLBACK),
])
def test_font_lists_start_with_the_windows_name_and_end_with_the_bundled_font(
        families: tuple[str, ...], first: str, fallback: str | None) -> None:
    assert families[0] == first  # the name the Word file gives
    assert (families[-1] == fallback) if fallback else not families[-1].startswith("Lawgov")


@pytest.mark.parametrize("layout", list(Layout))
def test_heading_levels_one_and_two_differ_in_typeface(layout: Layout) -> None:
    style = spec(layout)
    assert style.heading(1).families != style.heading(2).families != style.body
