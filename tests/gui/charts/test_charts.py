"""The charts on their own, without the window: their marks are keyed by indicator id, a click
or a hover at a mark finds its id, highlight scrolls to it, and only the rows in view are labelled.

pyqtgraph is imported inside the tests, as the window loads it: imported while the
tests are collected, before the application is made, it fixes Qt's system locale
too early (and the file dialog's dates come out in the C locale).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPointF, Qt

from lawgov_gui.core.analysis import figures as an

if TYPE_CHECKING:
    from lawgov_gui.gui.charts.changes import ChangesChart
    from lawgov_gui.gui.charts.rates import RatesChart
    from lawgov_gui.gui.charts.rows import RowPlot


def shown(qtbot, chart):
    chart.resize(600, 500)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def rates(qtbot, seed_report) -> RatesChart:
    from lawgov_gui.gui.charts.rates import RatesChart

    chart = shown(qtbot, RatesChart())
    chart.show_items([(i.id, i) for i in an.rates(seed_report.indicators)], by_value=True)
    return chart


@pytest.fixture
def changes(qtbot, seed_report) -> ChangesChart:
    from lawgov_gui.gui.charts.changes import ChangesChart

    chart = shown(qtbot, ChangesChart())
    chart.show_pairs([(p.source, p) for p in an.change_pairs(seed_report, seed_report.indicators)])
    return chart


def scene_point(rows: RowPlot, x: float, row: int) -> QPointF:
    return rows.plot.getViewBox().mapViewToScene(QPointF(x, row))


def test_a_bar_is_found_by_its_indicator_id(rates: RatesChart, seed_report) -> None:
    values = [ind.value for _, ind in rates.items]
    assert values == sorted(values, reverse=True)
    for row, (iid, ind) in enumerate(rates.items[:3]):
        assert seed_report.indicator(iid) is ind
        assert rates.hit(scene_point(rates.rows, ind.value / 2, row)) == iid
    assert rates.hit(scene_point(rates.rows, 0, -5)) is None


def test_a_click_on_a_bar_says_its_id(qtbot, rates: RatesChart) -> None:
    iid, ind = rates.items[1]
    at = rates.layout_widget.mapFromScene(scene_point(rates.rows, ind.value / 2, 1))
    with qtbot.waitSignal(rates.indicatorActivated, timeout=3000) as blocker:
        qtbot.mouseClick(rates.layout_widget.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [iid]


def test_highlight_marks_the_bar_of_an_id_and_nothing_for_another(rates: RatesChart,
                                                                  seed_report) -> None:
    iid, ind = rates.items[-1]
    assert rates.highlight(iid)
    assert rates.mark.opts["width"] == [ind.value]
    assert len(rates.items) - 1 in rates.rows.visible()
    count = next(i for i in seed_report.indicators if i.unit != "%")
    assert not rates.highlight(count.id)
    assert list(rates.mark.opts["width"]) == []


def test_pairs_are_keyed_by_the_id_of_their_after_figure(changes: ChangesChart, seed_report) -> None:
    for sub in (changes.percent, changes.counts):
        assert sub.pairs
        for iid, pair in sub.pairs:
            assert iid == pair.source and seed_report.indicator(iid) is not None
    iid, _ = changes.counts.pairs[0]
    assert changes.hit(scene_point(changes.counts.rows, 1, 0)) == iid
    last, _ = changes.counts.pairs[-1]
    assert changes.highlight(last)
    assert len(changes.counts.pairs) - 1 in changes.counts.rows.visible()
    assert not changes.highlight("no such id")


def test_only_the_rows_in_view_are_labelled(qtbot, seed_report) -> None:
    import pyqtgraph as pg

    from lawgov_gui.gui.charts.rates import RatesChart

    chart = shown(qtbot, RatesChart())
    many = [(i.id, i) for i in an.rates(seed_report.indicators)] * 20
    chart.show_items(many)
    rows = chart.rows
    assert rows.rows == len(many) > rows.rows_in_view()
    labelled = [i for i in chart.plot.items if isinstance(i, pg.TextItem) and i.isVisible()]
    assert 0 < len(labelled) <= rows.rows_in_view() + 2
    rows.show_row(len(many) - 1)
    assert len(many) - 1 in rows.visible()


def test_palettes_and_elided_labels() -> None:
    from lawgov_gui.gui.charts.style import PALETTES, elide

    assert PALETTES[False].background != PALETTES[True].background
    assert elide("一二三", 5) == "一二三"
    assert elide("一二三四五六", 5) == "一二三四…"


@pytest.mark.parametrize(("text", "chars", "lines", "wrapped"), [
    ("行政复议直接纠错率", 12, 2, "行政复议直接纠错率"),
    ("行政机关负责人出庭应诉率", 8, 2, "行政机关负责\n人出庭应诉率"),  # balanced lines
    ("行政机关负责人出庭应诉率", 8, 1, "…人出庭应诉率"),
    ("行政机关一审行政诉讼案件败诉率同比下降", 6, 2, "行政机关一审\n…同比下降"),
])
def test_long_labels_wrap_then_shorten_from_the_left(qapp, text, chars, lines, wrapped) -> None:
    from PySide6.QtGui import QFontMetrics

    from lawgov_gui.gui.charts.rows import wrap_label
    from lawgov_gui.gui.charts.style import chart_font

    metrics = QFontMetrics(chart_font())
    width = metrics.horizontalAdvance("行" * chars)
    out = wrap_label(text, metrics, width, lines)
    assert all(metrics.horizontalAdvance(line) <= width for line in out.split("\n"))
    assert out == wrapped


def test_a_long_label_takes_the_lines_its_row_has_room_for(qtbot, seed_report) -> None:
    """On screen a few tall rows show long labels whole on several lines; many rows, one line."""
    from dataclasses import replace

    from PySide6.QtGui import QFontMetrics

    from lawgov_gui.gui.charts.rates import RatesChart
    from lawgov_gui.gui.charts.rows import AUTO_LINES
    from lawgov_gui.gui.charts.style import chart_font

    rates = an.rates(seed_report.indicators)
    long = replace(rates[0], label="行政处罚与投诉举报处理类案件占新收行政复议案件比例")
    chart = shown(qtbot, RatesChart())
    metrics = QFontMetrics(chart_font())
    chart.show_items([(long.id, long), (rates[1].id, rates[1])])
    assert chart.rows.label_room(metrics) == AUTO_LINES
    shown_label = chart.rows.shown_labels()[0]
    assert "\n" in shown_label and "…" not in shown_label
    assert shown_label.replace("\n", "") == long.label
    chart.show_items([(i.id, i) for i in rates] * 5)
    assert chart.rows.label_room(metrics) == 1


@pytest.mark.parametrize(("lo", "hi", "named"), [
    (0.8, 3.6, ["10", "100", "1,000"]),
    (2.9, 4.0, ["1,000", "2,000", "5,000"]),  # within one decade: 1, 2 and 5 times
    (0.5, 11.8, ["100", "1万", "100万", "1亿", "100亿"]),  # wide: every other
    (4.1, 8.5, ["10万", "100万", "1,000万", "1亿"]),
])
def test_a_log_axis_names_its_ticks_as_officials_write_them(lo, hi, named) -> None:
    from lawgov_gui.gui.charts.changes import _log_ticks

    major, _minor = _log_ticks(lo, hi)
    assert [text for _, text in major] == named
    assert all(lo < x < hi for x, _ in major)


def test_value_labels_stay_inside_the_plot(rates: RatesChart, changes: ChangesChart) -> None:
    import pyqtgraph as pg

    for plot in (rates.plot, changes.percent.plot, changes.counts.plot):
        inside = plot.getViewBox().sceneBoundingRect()
        for item in plot.items:
            if isinstance(item, pg.TextItem) and item.isVisible() and item.textItem.toPlainText():
                box = item.sceneBoundingRect()
                assert inside.left() - 1 <= box.left() and box.right() <= inside.right() + 1


def test_pairs_named_alike_get_their_year_in_the_chart(changes: ChangesChart, seed_report) -> None:
    from dataclasses import replace

    pairs = [(p.source, p) for p in an.change_pairs(seed_report, seed_report.indicators)]
    iid, first = next((i, p) for i, p in pairs if not p.derived)
    changes.show_pairs([*pairs, (iid, replace(first, after_period="2022"))])
    labels = changes.percent.rows.labels + changes.counts.rows.labels
    assert len(set(labels)) == len(labels)
    assert f"{first.label}（2023年）" in labels and f"{first.label}（2022年）" in labels


def test_inline_pairs_say_earlier_then_later_in_one_line(changes: ChangesChart) -> None:
    sub = changes.counts
    sub.set_inline("2023")
    sub.show(sub.pairs, changes.colors, [p.label for _, p in sub.pairs])
    texts = [text for _, _, text, _ in sub._labels(range(len(sub.pairs)))]
    assert "2018年 108项 → 15项" in texts and "2022年 约2,212件 → 4,034件" in texts
    assert sub.rows.labels == [p.label for _, p in sub.pairs]  # 推算 is said by 约 and the dashes


def test_a_chart_with_nothing_to_draw_says_so_and_exports_nothing(qtbot, rates: RatesChart, changes,
                                                                 tmp_path) -> None:
    from lawgov_gui.core.writers.atomic import WriteFailed
    from lawgov_gui.gui.charts.sections import SectionsChart

    assert not rates.note.isVisible() and rates.layout_widget.isVisible()
    rates.show_items([])
    assert rates.note.isVisible() and not rates.layout_widget.isVisible()
    assert rates.note.text() == "本范围内没有占比、比率类的百分比。"
    with pytest.raises(WriteFailed, match="没有可导出的内容"):
        rates.export(tmp_path / "rates.png")
    assert not (tmp_path / "rates.png").exists()
    changes.show_pairs([])
    assert changes.note.text().startswith("本范围内没有前后对比的数字")
    sections = shown(qtbot, SectionsChart())
    sections.show_stats([], [])
    assert sections.note.text() == "本范围内没有数字。"


def test_a_chart_drawn_again_hides_its_note(rates: RatesChart, seed_report, tmp_path) -> None:
    rates.show_items([])
    rates.show_items([(i.id, i) for i in an.rates(seed_report.indicators)])
    assert not rates.note.isVisible() and rates.layout_widget.isVisible()
    rates.export(tmp_path / "rates.png")
    assert (tmp_path / "rates.png").stat().st_size > 1000
