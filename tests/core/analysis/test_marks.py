"""The names of a chart's marks: none twice, told apart by their year or their figure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lawgov_gui.core.analysis import figures as an
from lawgov_gui.core.analysis import marks


def test_two_bars_never_read_the_same(seed_report) -> None:
    labels = marks.distinct_labels(an.rates(seed_report.indicators))
    assert len(set(labels)) == len(labels)
    assert "复议后起诉率（2022年）" in labels and "复议后起诉率" in labels  # labels.py: the earlier


@pytest.mark.parametrize(("names", "years", "texts", "labels"), [
    (["完成率", "整改率"], [2023, 2023], ["74%", "100%"], ["完成率", "整改率"]),
    (["起诉率（2022年）", "起诉率"], [2022, 2023], ["21%", "13%"], ["起诉率（2022年）", "起诉率"]),
    (["起诉率", "起诉率"], [2022, 2023], ["21%", "13%"], ["起诉率（2022年）", "起诉率（2023年）"]),
    (["完成率", "完成率"], [2023, 2023], ["74%", "90%"], ["完成率（74%）", "完成率（90%）"]),
    (["完成率", "完成率"], [None, 2023], ["74%", "90%"], ["完成率（74%）", "完成率（90%）"]),
    (["完成率", "完成率"], [2023, 2023], ["90%", "90%"], ["完成率（90%）", "完成率（90%）（第2项）"]),
])
def test_marks_that_read_the_same_get_their_year_or_figure(names, years, texts, labels) -> None:
    assert marks.distinct_names(names, years, texts) == labels


def test_pairs_named_alike_get_their_year(seed_report) -> None:
    pair = an.change_pairs(seed_report, seed_report.indicators)[0]
    other = replace(pair, after_period="2022", after=pair.before)
    assert marks.pair_labels([pair, other]) == [f"{pair.label}（2023年）", f"{pair.label}（2022年）"]
