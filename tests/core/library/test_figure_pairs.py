"""对照's figures: one canonical id in two reports, and the change written as an official would."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library.figure_pairs import Figure, FigurePair, pair_figures
from lawgov_gui.core.model import Direction


def figure(text: str, value: float, unit: str, period: int | None = 2023, start: int = 0) -> Figure:
    return Figure("i1", text, value, unit, period, start, start + len(text), "")


@pytest.mark.parametrize(("a", "b", "text", "direction"), [
    (figure("95%", 95, "%"), figure("98.5%", 98.5, "%"), "+3.5个百分点", Direction.UP),
    (figure("9.93%", 9.93, "%"), figure("8.5%", 8.5, "%"), "-1.43个百分点", Direction.DOWN),
    (figure("2212件", 2212, "件"), figure("4034件", 4034, "件"), "+1822件（+82.4%）", Direction.UP),
    (figure("12次", 12, "次"), figure("12次", 12, "次"), "持平", None),
    (figure("0件", 0, "件"), figure("3件", 3, "件"), "+3件", Direction.UP),
    (figure("2.5天", 2.5, "天"), figure("2天", 2, "天"), "-0.5天（-20.0%）", Direction.DOWN),
    (figure("1.8万件", 18000, "件"), figure("2.25万件", 22500, "件"), "+0.45万件（+25.0%）", Direction.UP),
    (figure("1.2亿元", 1.2e8, "元"), figure("1.5亿元", 1.5e8, "元"), "+0.3亿元（+25.0%）", Direction.UP),
    (figure("18000件", 18000, "件"), figure("2.2万件", 22000, "件"), "+4000件（+22.2%）", Direction.UP),
    (figure("82.37%", 82.37, "%"), figure("82.4%", 82.4, "%"), "+0.03个百分点", Direction.UP),
])
def test_delta(a, b, text, direction):
    delta = FigurePair("x", "x", a, b).delta
    assert (delta.text(), delta.direction) == (text, direction)


@pytest.mark.parametrize(("a", "b"), [
    (None, figure("5件", 5, "件")),
    (figure("5件", 5, "件"), None),
    (figure("5件", 5, "件"), figure("5万元", 5, "万元")),
])
def test_no_delta(a, b):
    assert FigurePair("x", "x", a, b).delta is None


def test_pair_figures_prefers_the_reports_own_year_and_keeps_lone_ids():
    left = {"recon.applications": [figure("2100件", 2100, "件", 2021, 5), figure("2212件", 2212, "件", 2022, 9)],
            "lit.head_appearance_rate": [figure("95%", 95, "%", 2022)]}
    right = {"recon.applications": [figure("4034件", 4034, "件", 2023)]}
    pairs = pair_figures(left, right, 2022, 2023)
    assert [(p.canonical, p.left and p.left.text, p.right and p.right.text) for p in pairs] == [
        ("recon.applications", "2212件", "4034件"), ("lit.head_appearance_rate", "95%", None)]
    assert pairs[0].name == "收到行政复议申请数"
