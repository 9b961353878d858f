"""Invisible characters never change a figure: they are removed before anything reads the text.

A zero-width space inside 4034件 used to split it into 4 and 034 (read as 34件);
a word joiner in 21.56% gave 6%. The text a report keeps is the text without them,
so every offset stays an offset into it.
"""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_gui.core.extract.normalize import INVISIBLE, split_lines
from tests.core.helpers import figures, report_of

# (case, text with an invisible character, the figure as read)
FIGURES = [
    ("zero-width-space", "收到行政复议申请4\u200b034件", ("4034件", 4034.0, "件")),
    ("zero-width-joiner", "化解争议1\u200d967件", ("1967件", 1967.0, "件")),
    ("word-joiner", "纠错率为21.5\u20606%", ("21.56%", 21.56, "%")),
    ("after-thousands-comma", "减轻负担3,\u200b456万元", ("3,456万元", 34560000.0, "元")),
    ("before-the-point", "同比增长82\u200c.37%", ("82.37%", 82.37, "%")),
    ("bom-inside", "办结12\ufeff3件", ("123件", 123.0, "件")),
    ("soft-hyphen", "抽查案卷56\u00ad0件", ("560件", 560.0, "件")),
    ("bidi-marks", "共\u202a1\u202c2\u200e3\u200f4件", ("1234件", 1234.0, "件")),
    ("variation-selector", "受理7\ufe0f8件", ("78件", 78.0, "件")),
    ("before-the-unit", "下降2.3\u2063个百分点", ("2.3个百分点", 2.3, "个百分点")),
    ("chinese-numeral", "新增两\u200b千\u200b余件", ("两千余件", 2000.0, "件")),
]


@pytest.mark.parametrize(("text", "figure"), [c[1:] for c in FIGURES], ids=[c[0] for c in FIGURES])
def test_an_invisible_character_never_splits_a_figure(text: str, figure: tuple) -> None:
    report = report_of(text)
    assert [(i.text, i.value, i.unit) for i in report.indicators] == [figure]
    ind = report.indicators[0]
    assert report.text[ind.start:ind.end] == ind.text
    assert not INVISIBLE.search(report.text)


def test_every_format_character_is_invisible() -> None:
    """The pattern holds all of Unicode category Cf, as this Python knows it."""
    cf = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert len(cf) > 150
    assert all(INVISIBLE.fullmatch(ch) for ch in cf), [
        f"U+{ord(ch):04X}" for ch in cf if not INVISIBLE.fullmatch(ch)]


@pytest.mark.parametrize("ch", ["\u200b", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_are_not_spaces(ch: str) -> None:
    assert split_lines(f"一、总体{ch}情况\n全年{ch}{ch}办理") == ["一、总体情况", "全年办理"]


def test_real_spaces_still_fold() -> None:
    assert split_lines("全年\u2002\u3000 办理\u00a0案件") == ["全年 办理 案件"]


_INVISIBLES = st.sampled_from(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u202a\u202c"
    "\u2066\u2069\u061c\u180e\ufe0f\u034f\U000e0001")
_FIGURES = st.sampled_from([
    "4034件", "1,967件", "21.56%", "3,456万元", "82.37%", "2.2万余件", "100%", "12.03%",
    "7.04个百分点", "300余万户", "1.3亿次", "86.11%", "15项", "61.9万户"])


@settings(max_examples=300, deadline=None)
@given(figure=_FIGURES, inserts=st.lists(st.tuples(st.integers(0, 20), _INVISIBLES),
                                         min_size=1, max_size=6))
def test_inserting_format_characters_never_changes_a_figure(figure: str, inserts) -> None:
    text = f"全年共办理{figure}，较上年有所变化。"
    start = text.index(figure)
    chars = list(text)
    for at, ch in sorted(inserts, reverse=True):  # anywhere in the figure, even at its ends
        chars.insert(start + at % (len(figure) + 1), ch)
    expected = [(i.text, i.value, i.unit, i.qualifier, i.kind) for i in report_of(text).indicators]
    assert figures("".join(chars)) == expected
    assert len(expected) == 1


def test_a_mirrors_pinyin_after_each_character_is_dropped() -> None:
    from lawgov_gui.core.extract.normalize import split_lines

    assert split_lines("通過調(diào)解、和解方式結(jié)案16.79萬件(PM2.5)") == ["通過調解、和解方式結案16.79萬件(PM2.5)"]
