"""Property tests: whatever text comes in, the report's offsets and ids hold together.

Profiles: "lawgov-ci" (few examples, fast), "lawgov-dev" (the default, ≤100 examples
a test) and "lawgov-thorough"; pick one with LAWGOV_HYPOTHESIS_PROFILE. The profile
is applied per test, so loading this module changes no global Hypothesis setting.
"""

from __future__ import annotations

import json
import math
import os

import cn2an
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lawgov_gui.core import Report, ReportError, build_report
from lawgov_gui.core.extract.numerals import parse_chinese
from lawgov_gui.core.model import Section, Source
from lawgov_gui.core.readers.text import Decoded
from lawgov_gui.core.writers.contract import to_csv, to_json
from tests.conftest import SEED

settings.register_profile("lawgov-ci", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("lawgov-dev", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("lawgov-thorough", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
_DEFAULT = "lawgov-ci" if os.environ.get("CI") else "lawgov-dev"
PROFILE = settings.get_profile(os.environ.get("LAWGOV_HYPOTHESIS_PROFILE", _DEFAULT))
# The seed mutations build a whole report per example; keep them to a fraction.
SLOW = settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 2))

SEED_TEXT = SEED.read_text(encoding="utf-8")
SOURCE = Source("x", "text", "utf-8", "0")

# --- strategies ------------------------------------------------------------------------------

_PIECES = [
    *"0123456789", *"零〇一二两三四五六七八九十百千万亿点", *"件项个户名条次人家%‰元天年月日",
    *"万亿余多以上下左右近约超逾不足第", *"，。、；：（）()“”《》,.;:-—",
    "\n", "\n\n", " ", "\u3000", "\r\n",
    "一、", "二、", "三、", "十一、", "（一）", "（二）", "(三)", "1.", "2.", "3、", "（1）", "(2)",
    "同比增长", "下降", "个百分点", "百分之", "由", "至", "全省", "办理", "案件", "行政复议",
    "法治政府建设", "报告", "人民政府", "2023年", "2022年", "来源:", "纠错", "返回手机端",
    "高于全国", "比上年", "增长", "提高", "降低", "万余件", "亿元以上", "1,234", "74.14%",
]
report_ish_text = st.lists(st.sampled_from(_PIECES), max_size=400).map("".join)
any_text = st.text(max_size=2000)
texts = st.one_of(any_text, report_ish_text,
                  st.lists(st.one_of(any_text, report_ish_text), max_size=4).map("\n".join))


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """The seed with a few random deletions, insertions, duplications and swaps."""
    text = SEED_TEXT
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "swap"]))
        n = len(text)
        i = draw(st.integers(0, n))
        if op == "delete":
            j = draw(st.integers(i, min(n, i + 400)))
            text = text[:i] + text[j:]
        elif op == "insert":
            piece = draw(st.one_of(st.text(max_size=30), report_ish_text.map(lambda s: s[:60])))
            text = text[:i] + piece + text[i:]
        elif op == "duplicate":
            j = draw(st.integers(i, min(n, i + 400)))
            k = draw(st.integers(0, n))
            text = text[:k] + text[i:j] + text[k:]
        elif n >= 2:
            a, b = sorted((min(i, n - 1), draw(st.integers(0, n - 1))))
            text = text[:a] + text[b] + text[a + 1:b] + text[a] + text[b + 1:]
    return text


# --- the invariants ---------------------------------------------------------------------------

def _build(text: str) -> Report | None:
    """build_report on `text`; None when it refuses with a ReportError (allowed)."""
    try:
        return build_report(Decoded("text", "utf-8", text), SOURCE)
    except ReportError as e:
        assert e.message.strip()
        return None


def _check_sections(sections: list[Section], text_len: int, parent: Section | None) -> None:
    prev_end = parent.start if parent else 0
    for s in sections:
        assert 0 <= s.start <= s.end <= text_len, s
        assert s.start >= prev_end, ("siblings overlap", s)
        prev_end = s.end
        if parent is not None:
            assert parent.start <= s.start and s.end <= parent.end, ("child outside", parent, s)
            assert s.level > parent.level
            assert s.id.startswith(parent.id + ".")
        _check_sections(s.children, text_len, s)


def check_invariants(report: Report) -> None:
    text = report.text
    n = len(text)
    _check_sections(report.sections, n, None)
    for s in report.iter_sections():
        assert s.title, s

    sec_ids = [s.id for s in report.iter_sections()]
    assert len(sec_ids) == len(set(sec_ids))
    ind_ids = [i.id for i in report.indicators]
    assert len(ind_ids) == len(set(ind_ids))

    spans = {s.id: s for s in report.iter_sections()}
    prev_end = 0
    for ind in report.indicators:
        assert 0 <= ind.start < ind.end <= n, ind
        assert text[ind.start:ind.end] == ind.text, ind
        assert ind.start >= prev_end, ("indicators out of order or overlapping", ind)
        prev_end = ind.end
        if ind.section is not None:
            sec = spans[ind.section]
            assert sec.start <= ind.start < max(sec.end, sec.start + 1), (ind, sec)
        if ind.change is not None and ind.change.of is not None:
            assert ind.change.of in ind_ids and ind.change.of != ind.id


@settings(PROFILE)
@given(texts)
def test_any_text_gives_a_consistent_report(text: str) -> None:
    report = _build(text)
    if report is not None:
        check_invariants(report)


@settings(PROFILE)
@given(report_ish_text)
def test_report_ish_text_gives_a_consistent_report(text: str) -> None:
    report = _build(text)
    if report is not None:
        check_invariants(report)


@SLOW
@given(mutated_seed())
def test_mutated_seed_gives_a_consistent_report(text: str) -> None:
    report = _build(text)
    assert report is not None  # the seed's text survives any mutation as text
    check_invariants(report)


def test_unmutated_seed_satisfies_the_invariants() -> None:
    report = _build(SEED_TEXT)
    assert report is not None
    assert len(report.indicators) == 60
    check_invariants(report)


@settings(PROFILE)
@given(st.one_of(report_ish_text, any_text))
@example("全年办理案件" + "9" * 400 + "件。")  # a digit run too long for a float
def test_report_always_serialises(text: str) -> None:
    """JSON out is strict JSON (no NaN/Infinity) and CSV has a row per indicator."""
    report = _build(text)
    if report is None:
        return

    def bad_constant(name: str):
        raise ValueError(name)

    assert all(math.isfinite(i.value) for i in report.indicators)
    d = json.loads(to_json(report), parse_constant=bad_constant)
    assert len(d["indicators"]) == len(report.indicators)
    assert to_csv(report).count("\r\n") >= len(report.indicators) + 1


# --- the numeral reader against cn2an ----------------------------------------------------------

@settings(PROFILE, max_examples=max(PROFILE.max_examples, 300))
@given(st.integers(0, 99_999_999))
def test_parse_chinese_agrees_with_cn2an(n: int) -> None:
    s = cn2an.an2cn(n)
    assert cn2an.cn2an(s, "normal") == n  # the oracle reads its own output
    assert parse_chinese(s) == n


@settings(PROFILE)
@given(st.integers(0, 99_999), st.integers(1, 99))
def test_parse_chinese_decimals_agree_with_cn2an(whole: int, cents: int) -> None:
    s = cn2an.an2cn(f"{whole}.{cents:02d}".rstrip("0"))
    expected = cn2an.cn2an(s, "normal")
    assert math.isclose(parse_chinese(s), expected, rel_tol=1e-12, abs_tol=1e-12), (s, expected)


def test_parse_chinese_spot_checks() -> None:
    for s, n in [("零", 0), ("十", 10), ("十万零一十", 100_010), ("一千零一", 1001),
                 ("九千九百九十九万九千九百九十九", 99_999_999), ("两千", 2000)]:
        assert parse_chinese(s) == n, s


@pytest.mark.parametrize("text", ["一点百", "百分之点百分之", "三点五万", "二点零点一"])
def test_parse_chinese_refuses_a_fraction_that_is_not_digits(text: str) -> None:
    # Hypothesis found '百分之点百分之' raising KeyError (a bare lookup of 百 among the digits)
    with pytest.raises(ValueError):
        parse_chinese(text)
