"""The numbers behind the indicator panels: rates, before→after pairs, checks."""

from __future__ import annotations

import pytest

from lawgov_gui.core import Kind
from lawgov_gui.core.analysis import figures as an
from tests.core.helpers import report_of


def test_rates_are_the_shares_not_the_rates_of_change(seed_report) -> None:
    rates = an.rates(seed_report.indicators)
    assert len(rates) == 10
    assert [r.text for r in rates[:3]] == ["74.14%", "42.01%", "100%"]
    assert not {"82.37%", "86.11%"} & {r.text for r in rates}  # 同比增长, 压缩比例: changes


def test_the_year_s_shares_leave_growth_points_and_earlier_values_out(seed_report) -> None:
    shares = an.year_rates(seed_report.indicators)
    every = {i.text for i in an.rates(seed_report.indicators)}
    assert {i.text for i in shares} == every - {"21.56%"}
    assert all(i.kind == Kind.PERCENT and not i.growth and i.unit == "%" for i in shares)
    assert not {"82.37%", "86.11%", "7.04个百分点", "11.63个百分点"} & {i.text for i in shares}


@pytest.mark.parametrize(("ids", "count"), [
    (None, 60), ({"1.5"}, 15), ({"1"}, 60), ({"1.5", "1.6"}, 27), ({"2"}, 0), (set(), 0),
])
def test_in_sections_keeps_the_figures_of_the_sections_and_their_subsections(
        seed_report, ids, count) -> None:
    inside = an.in_sections(seed_report.indicators, ids)
    assert len(inside) == count
    assert ids is None or all(any(i.section == s or i.section.startswith(s + ".") for s in ids)
                              for i in inside)


def test_stated_pairs_keep_their_periods(seed_report) -> None:
    pairs = {(p.before, p.after): p for p in an.change_pairs(seed_report, seed_report.indicators)}
    rate = pairs[21.56, 13.21]
    assert (rate.before_period, rate.after_period, rate.derived) == ("2022", "2023", False)
    items = pairs[108, 15]
    assert (items.before_period, items.unit, items.derived) == ("2018", "项", False)


@pytest.mark.parametrize(("after", "before"), [(4034, 2212), (86.53, 79.49), (12.03, 23.66)])
def test_year_on_year_statements_give_derived_pairs(seed_report, after, before) -> None:
    pair = next(p for p in an.change_pairs(seed_report, seed_report.indicators)
                if p.after == after)
    assert pair.derived and pair.before_period == "2022"
    assert pair.before == pytest.approx(before, abs=0.5 if after > 100 else 0.005)


def test_rates_recomputed_from_their_parts_agree(seed_report) -> None:
    checks = {c.rate.text: c for c in an.checks(seed_report, seed_report.indicators)}
    assert set(checks) == {"86.53%", "86.11%"}
    assert checks["86.53%"].agrees and "1702件 ÷ 1967件" in checks["86.53%"].formula
    assert checks["86.11%"].agrees and "108项" in checks["86.11%"].formula


def test_a_rate_that_does_not_add_up_is_flagged() -> None:
    r = report_of("2023年全市受理行政争议200件,化解150件,化解率80%。")
    (check,) = an.checks(r, r.indicators)
    assert check.computed == pytest.approx(75.0)
    assert not check.agrees


def test_rounding_is_tolerated_to_the_stated_decimals() -> None:
    r = report_of("2023年全市受理行政争议3件,化解2件,化解率66.7%。")
    (check,) = an.checks(r, r.indicators)
    assert check.agrees


def test_section_stats_count_figures_and_keep_largest(seed_report) -> None:
    stats = {s.section.marker + s.section.title[:3]: s for s in an.section_stats(seed_report)}
    five = stats["(五)防风险"]
    assert five.count == 15
    assert [i.text for i in five.largest] == ["4034件", "1967件", "1702件"]
    assert stats["二、存在的"].count == 0


def test_in_section_narrows_to_its_span(seed_report) -> None:
    five = next(s for s in seed_report.iter_sections() if s.id == "1.5")
    inside = an.in_section(seed_report, five)
    assert len(inside) == 15
    assert all(five.start <= i.start < five.end for i in inside)


def test_sentence_of_an_indicator(seed_report) -> None:
    ind = next(i for i in seed_report.indicators if i.text == "82.37%")
    sentence = an.sentence_of(seed_report, ind)
    assert sentence.startswith("坚持刀刃向内") and sentence.endswith("13.21%。")
