"""The compare chart's value axis on its own: shares from 0 to a round value above the largest
(never past 100 %), rates of change with all their values, counts from 0."""

from __future__ import annotations

import pytest

from lawgov_gui.gui.library.compare_axis import Axis, Scale, axis_for, round_step, scale_of


@pytest.mark.parametrize(("cid", "unit", "scale"), [
    ("lit.head_appearance_rate", "%", Scale.SHARE),
    ("recon.direct_correction_rate", "%", Scale.SHARE),
    ("func.time_cut", "%", Scale.CHANGE),  # a cut: the catalogue lets it take growth figures
    ("func.time_cut", "个工作日", Scale.AMOUNT),
    ("recon.applications", "件", Scale.AMOUNT),
    ("no.such_rate", "%", Scale.CHANGE),  # not known to be a share: not drawn as one
])
def test_the_scale_follows_the_catalogue(cid: str, unit: str, scale: Scale) -> None:
    assert scale_of(cid, unit) is scale


@pytest.mark.parametrize(("span", "step"), [
    (11, 5), (10, 2), (100, 20), (55, 20), (49.5, 10), (0.55, 0.2), (4034, 1000)])
def test_round_steps(span: float, step: float) -> None:
    assert round_step(span) == pytest.approx(step)


@pytest.mark.parametrize(("values", "high", "ticks"), [
    ([7.2, 8.5, 10.4], 15, [0, 5, 10, 15]),  # small rates fill two thirds of the height
    ([8.5, 9.93, 18.91], 25, [0, 5, 10, 15, 20, 25]),
    ([95, 98.5], 98.5 * 1.12, [0, 20, 40, 60, 80, 100]),  # room for the label, ticks to 100
    ([100], 112, [0, 20, 40, 60, 80, 100]),
    ([45], 50.4, [0, 10, 20, 30, 40, 50]),
    ([0.3, 0.5], 1, [0, 0.2, 0.4, 0.6, 0.8, 1]),  # under 1 %: 0–1 %
    ([], 1, [0, 0.2, 0.4, 0.6, 0.8, 1]),
])
def test_a_share_runs_from_0_to_a_round_value_above_the_largest(values, high, ticks) -> None:
    axis = axis_for(Scale.SHARE, values)
    assert (axis.low, axis.high) == (0, pytest.approx(high))
    assert axis.ticks() == pytest.approx(ticks)
    assert max(axis.ticks()) <= 100


@pytest.mark.parametrize(("values", "low", "high"), [
    ([-20, 150], -20 * 1.18, 150 * 1.18),  # below 0 and past 100 %: all in view
    ([30, 60], 0, 60 * 1.18),
    ([-5, -1], -5 * 1.18, 0),  # falls only: down from 0
    ([0, 0], 0, 1),
])
def test_a_rate_of_change_takes_in_0_and_every_value(values, low: float, high: float) -> None:
    axis = axis_for(Scale.CHANGE, values)
    assert (axis.low, axis.high) == (pytest.approx(low), pytest.approx(high))
    assert axis.step is None and axis.ticks() == []


def test_a_count_runs_from_0_above_its_largest() -> None:
    assert axis_for(Scale.AMOUNT, [2212, 4034]) == Axis(0.0, pytest.approx(4034 * 1.18))
