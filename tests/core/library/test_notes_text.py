"""A report's notes as text: the panel's filter, the Markdown export, the summary's lines."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import Note, NoteKind
from lawgov_gui.core.library.notes_text import matching, printed, to_markdown
from lawgov_gui.core.model import Section
from lawgov_gui.core.summary import NoteLine

SHA = "b" * 64
SECTIONS = [Section("1", 1, "一、", "行政复议工作", 20, 80, 27,
                    [Section("1.1", 2, "（一）", "案件办理", 40, 80, 47)])]
NOTES = [
    Note(SHA, NoteKind.NOTE, 50, 56, "纠错率9.93%", "比上年高\n要问原因", "2024-03-15T08:00:00+00:00", 2),
    Note(SHA, NoteKind.HIGHLIGHT, 2, 6, "Annual 报告", "", "2024-03-14T08:00:00+00:00", 1),
    Note(SHA, NoteKind.NOTE, 30, 34, "复议申请\n4034件", "Check", "", 3),
]

GOLDEN = """# 批注：吉林省2023年报告

## 开头部分

> Annual 报告

*高亮 · 2024-03-14*

## 一、行政复议工作

> 复议申请
> 4034件

Check

*批注*

## （一）案件办理

> 纠错率9.93%

比上年高
要问原因

*批注 · 2024-03-15*
"""


def test_markdown_golden() -> None:
    assert to_markdown(NOTES, "吉林省2023年报告", SECTIONS) == GOLDEN


def test_markdown_without_sections_has_no_section_headings() -> None:
    text = to_markdown(NOTES[:1], "报告")
    assert text == "# 批注：报告\n\n> 纠错率9.93%\n\n比上年高\n要问原因\n\n*批注 · 2024-03-15*\n"


@pytest.mark.parametrize(("query", "ids"), [
    ("", [2, 1, 3]),
    ("annual", [1]),       # case ignored, in the marked text
    ("CHECK", [3]),        # and in the words
    ("原因", [2]),
    ("4034", [3]),
    ("没有的词", []),
])
def test_matching(query: str, ids: list[int]) -> None:
    assert [n.id for n in matching(NOTES, query)] == ids


def test_printed_lines_are_in_text_order_under_their_section() -> None:
    assert printed(NOTES, SECTIONS) == [
        NoteLine("", "Annual 报告", ""),
        NoteLine("一、行政复议工作", "复议申请\n4034件", "Check"),
        NoteLine("（一）案件办理", "纠错率9.93%", "比上年高\n要问原因"),
    ]
