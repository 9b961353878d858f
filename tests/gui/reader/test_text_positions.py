"""Positions in a laid-out document: the block at a height from any hint, the character
under a point, the top of a line, and which blocks may be measured now."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from lawgov_gui.gui.reader.text_positions import (
    SMALL,
    block_at,
    block_rect,
    line_top,
    measurable,
    position_in,
)

LINES = 40


@pytest.fixture
def doc(qapp) -> QTextDocument:
    """Forty paragraphs, the third long enough to wrap over several lines."""
    doc = QTextDocument()
    doc.setTextWidth(200)
    paragraphs = [f"第{n}段" for n in range(LINES)]
    paragraphs[2] = "长" * 60
    doc.setPlainText("\n".join(paragraphs))
    return doc


@pytest.mark.parametrize("hint", [0, 1, 5, 20, LINES - 1, LINES + 10])
@pytest.mark.parametrize("number", [0, 2, 3, 19, LINES - 1])
def test_block_at_finds_the_block_from_any_hint(doc: QTextDocument, number: int,
                                                 hint: int) -> None:
    rect = block_rect(doc.findBlockByNumber(number))
    for y in (rect.top(), rect.center().y(), rect.bottom() - 0.5):
        assert block_at(doc, y, hint).blockNumber() == number


@pytest.mark.parametrize(("y", "number"), [(-50.0, 0), (1e6, LINES - 1)])
def test_block_at_outside_the_text_is_the_first_or_last(doc: QTextDocument, y: float,
                                                        number: int) -> None:
    assert block_at(doc, y, LINES // 2).blockNumber() == number


def test_position_and_line_top_agree_on_each_line_of_a_wrapped_block(
        doc: QTextDocument) -> None:
    block = doc.findBlockByNumber(2)
    layout, top = block.layout(), block_rect(block).top()
    assert layout.lineCount() > 2
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        position = position_in(block, 0, top + line.y() + line.height() / 2)
        assert position == block.position() + line.textStart()
        assert line_top(block, position) == top + line.y()


def test_a_point_below_a_block_is_its_last_character(doc: QTextDocument) -> None:
    block = doc.findBlockByNumber(5)
    assert position_in(block, 0, 1e6) == block.position() + block.length() - 1


@pytest.mark.parametrize(("characters", "laid_out", "expected"),
                         [(100, False, True), (SMALL + 10, False, False),
                          (SMALL + 10, True, True)])
def test_measurable_when_laid_out_or_small(qapp, characters: int, laid_out: bool,
                                           expected: bool) -> None:
    doc = QTextDocument()
    doc.setPlainText("\n".join(["字" * 99] * (characters // 100 + 1)))
    block = doc.lastBlock()
    if laid_out:
        block_rect(block)
    assert measurable(block) is expected
