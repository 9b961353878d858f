"""The compare chart on its own: bars by region, a line by year, shares from 0 to a round value
above the largest, counts in their unit, benchmarks as dashed lines in the legend, names fitted under the bars, clicks to keys, export.

pyqtgraph is imported inside the tests, as in tests/gui/charts (it must come after the application).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPointF, Qt

from lawgov_gui.core.library import Library
from lawgov_gui.gui.library.compare_axis import Scale, scale_of
from lawgov_gui.gui.library.compare_model import figure_key
from lawgov_gui.gui.library.compare_series import ChartMode, chart_unit

if TYPE_CHECKING:
    from lawgov_gui.gui.library.compare_chart import CompareChart


@pytest.fixture(scope="module")
def rows(library_path: Path) -> dict[str, list]:
    with Library(library_path) as lib:
        return {cid: lib.compare(cid) for cid in ("lit.loss_rate", "recon.direct_correction_rate",
                                                   "recon.applications")}


@pytest.fixture
def chart(qtbot) -> CompareChart:
    from lawgov_gui.gui.library.compare_chart import CompareChart

    chart = CompareChart()
    chart.resize(640, 480)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def draw(chart: CompareChart, rows: list, cid: str, mode: ChartMode = ChartMode.BY_REGION,
         choice: int | str = 2023, name: str = "指标") -> None:
    """Draw `rows` of `cid` as the compare view does: on the axis for what `cid` is."""
    chart.show_rows(rows, mode, choice, name, scale_of(cid, chart_unit(rows)))


def _bar_point(chart: CompareChart, n: int):
    """Where on the chart's viewport the middle of bar `n` is."""
    mark = chart.marks[n]
    scene = chart.plot.getViewBox().mapViewToScene(QPointF(chart.xs[n], mark.value / 2))
    return chart.layout_widget.mapFromScene(scene)


@pytest.mark.parametrize(("cid", "mode", "choice", "marks", "axis", "guides"), [
    ("recon.direct_correction_rate", ChartMode.BY_REGION, 2023, 3, "百分比（%）", []),
    ("recon.direct_correction_rate", ChartMode.BY_YEAR, "松原市人民政府", 2, "百分比（%）", []),
    ("lit.loss_rate", ChartMode.BY_REGION, 2023, 1, "百分比（%）", [18.91]),
    ("recon.applications", ChartMode.BY_REGION, 2022, 2, "数量（件）", []),
])
def test_what_each_mode_draws(chart: CompareChart, rows, cid: str, mode: ChartMode, choice,
                              marks: int, axis: str, guides: list[float]) -> None:
    draw(chart, rows[cid], cid, mode, choice)
    assert len(chart.marks) == marks
    assert chart.plot.getAxis("left").labelText == axis
    assert [g.value() for g in chart.guides] == guides
    assert len(chart.legend.items) == len(guides)
    region = mode is ChartMode.BY_REGION
    assert len(chart.bars.opts["x"]) == (marks if region else 0)
    assert len(chart.line.xData if chart.line.xData is not None else []) == (0 if region else marks)


@pytest.mark.parametrize(("cid", "high"), [
    ("recon.direct_correction_rate", 15),  # 8.5–9.93 %: two thirds of the height, not a tenth
    ("lit.loss_rate", 25),  # the benchmark's 18.91 % in view too
    ("recon.applications", 4034 * 1.18),  # a count: from 0 to above the largest
])
def test_a_share_runs_to_a_round_value_above_the_largest(chart: CompareChart, rows, cid: str,
                                                        high: float) -> None:
    draw(chart, rows[cid], cid)
    assert chart.plot.getViewBox().viewRange()[1] == pytest.approx([0, high])


def test_a_rate_of_change_is_not_drawn_as_a_share(chart: CompareChart, rows) -> None:
    row = rows["lit.loss_rate"][0]
    cut = [row._replace(value=v, issuer=i) for v, i in ((-20.0, "甲市"), (150.0, "乙市"))]
    chart.show_rows(cut, ChartMode.BY_REGION, 2023, "办理时限压缩", Scale.CHANGE)
    lo, hi = chart.plot.getViewBox().viewRange()[1]
    assert lo < -20 and hi > 150
    assert chart.plot.getAxis("left").labelText == "变化幅度（%）"


def test_a_benchmark_is_a_dashed_line_named_in_the_legend(chart: CompareChart, rows) -> None:
    draw(chart, rows["lit.loss_rate"], "lit.loss_rate", name="行政诉讼败诉率")
    (guide,) = chart.guides
    assert guide.pen.style() == Qt.PenStyle.DashLine and guide.angle == 0
    (_sample, label), = chart.legend.items
    assert label.text == "去年全国均值（2022年）约18.91%"
    assert [r.benchmark for r in chart.marks] == [False]


def test_a_click_on_a_bar_says_its_key(qtbot, chart: CompareChart, rows) -> None:
    draw(chart, rows["recon.direct_correction_rate"], "recon.direct_correction_rate")
    with qtbot.waitSignal(chart.indicatorActivated, timeout=3000) as blocker:
        qtbot.mouseClick(chart.layout_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=_bar_point(chart, 1))
    assert blocker.args == [figure_key(chart.marks[1])]
    assert "<b>" + chart.marks[1].issuer + "</b>" in chart.tooltip(blocker.args[0])


def test_a_name_under_a_bar_leads_to_its_bar(chart: CompareChart, rows) -> None:
    draw(chart, rows["recon.direct_correction_rate"], "recon.direct_correction_rate")
    names = chart.plot.getAxis("bottom").sceneBoundingRect()
    x = chart.plot.getViewBox().mapViewToScene(QPointF(chart.xs[1], 0)).x()
    key = chart.hit(QPointF(x, names.center().y()))
    assert key == figure_key(chart.marks[1])
    assert chart.marks[1].issuer in chart.tooltip(key)
    assert chart.hit(QPointF(x + names.width(), names.center().y())) is None


def test_highlight_marks_a_bar_and_nothing_for_another_key(chart: CompareChart, rows) -> None:
    draw(chart, rows["recon.direct_correction_rate"], "recon.direct_correction_rate")
    assert chart.highlight(figure_key(chart.marks[2]))
    assert list(chart.mark.opts["x"]) == [2.0]
    assert not chart.highlight("0:no such report")
    assert list(chart.mark.opts["x"]) == []


@pytest.mark.parametrize(("name", "chars", "fitted"), [
    ("松原市", 6, "松原市"),
    ("延边朝鲜族自治州", 6, "延边朝鲜族自\n治州"),
    ("长白山保护开发区管理委员会", 5, "长白山保护\n开发区…"),
])
def test_long_names_wrap_then_shorten(qapp, name: str, chars: int, fitted: str) -> None:
    from PySide6.QtGui import QFontMetrics

    from lawgov_gui.gui.charts.style import chart_font
    from lawgov_gui.gui.library.compare_chart import fit_name

    metrics = QFontMetrics(chart_font())
    width = metrics.horizontalAdvance("行" * chars)
    out = fit_name(name, metrics, width)
    assert out == fitted
    assert all(metrics.horizontalAdvance(line) <= width for line in out.split("\n"))


@pytest.mark.parametrize(("issuer", "short"), [
    ("松原市人民政府", "松原市"), ("长白山保护开发区管理委员会", "长白山保护开发区管理委员会"), ("人民政府", "人民政府")])
def test_names_under_bars_leave_out_renmin_zhengfu(issuer: str, short: str) -> None:
    from lawgov_gui.gui.library.compare_chart import short_name

    assert short_name(issuer) == short


def test_exported_chart_is_a_whole_picture(chart: CompareChart, rows, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    draw(chart, rows["recon.direct_correction_rate"], "recon.direct_correction_rate")
    out = tmp_path / "chart.png"
    chart.export(out)
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() > 600
    bar = QColor(chart.colors.bar).rgb()
    middle = chart.layout_widget.mapFromScene(chart.plot.getViewBox().mapViewToScene(
        QPointF(0, chart.marks[0].value / 2)))
    scale = image.width() / chart.layout_widget.width()
    assert image.pixel(round(middle.x() * scale), round(middle.y() * scale)) == bar
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17)
               for y in range(0, image.height(), 17)}
    assert len(colours) > 3  # background, bars, text and axes: not blank
