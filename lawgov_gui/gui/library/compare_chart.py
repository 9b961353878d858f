"""The compare chart: one indicator across issuers (按地区) or across years (按年度).

按地区 draws a bar per issuer for one year, the highest first; 按年度 a line with points through one
issuer's years. A share is drawn from 0 to a round value above the largest (at most 100 %), a rate
of change takes in 0 and all its values, a count is drawn in its own unit from 0 (compare_axis.py).
Benchmarks
(全国均值…) are dashed horizontal lines named in the legend, never bars. Issuer names under the
bars wrap to two lines and are shortened with … when still too long; the full name is in the
tooltip of the bar and of its name; 人民政府 is left out under the bars (松原市). Marks are keyed by figure_key, so a click finds the table row.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics

from ...core.library import CompareRow
from ..charts.base import Chart
from ..charts.style import VALUE_PT, chart_font, set_title, style_plot, tr, value_label
from ..common.describe import format_number
from .compare_axis import Axis, Scale, axis_for
from .compare_model import figure_key, issuer_text, sentence_html, value_text, year_text
from .compare_series import ChartMode, benchmarks, by_region, by_year, chart_unit

BAR_WIDTH = 0.62
BARS_IN_VIEW = 12  # more bars are reached by dragging the chart sideways
NAME_LINES = 2
DOT_PX = 10
HIT_PX = 12  # how near a point the pointer must be
LABELLED = 60  # the most marks that carry their value as text


def short_name(issuer: str) -> str:
    """The name under a bar: 松原市人民政府 → 松原市 (the tooltip has the full name)."""
    short = issuer.removesuffix("人民政府")
    return short if len(short) >= 2 else issuer


def fit_name(text: str, metrics: QFontMetrics, width: int, lines: int = NAME_LINES) -> str:
    """`text` broken into at most `lines` lines of `width` pixels, the last shortened with …"""
    out, rest = [], text
    while rest and len(out) < lines - 1 and metrics.horizontalAdvance(rest) > width:
        cut = next((n for n in range(1, len(rest)) if metrics.horizontalAdvance(rest[:n + 1])
                    > width), len(rest))
        out.append(rest[:cut])
        rest = rest[cut:]
    out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(width, 1)))
    return "\n".join(out)


class CountAxis(pg.AxisItem):
    """A value axis that names its ticks as officials write numbers (4,034)."""

    def tickStrings(self, values, scale, spacing) -> list[str]:
        return [format_number(round(v * scale, 6)) for v in values]


class CompareChart(Chart):
    """The chart of one compared indicator.

    Signals:
        indicatorActivated(str): inherited; the figure_key of the bar or point clicked.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # no stop for Tab: the chart has no keys (its figures are the table's rows)
        self.layout_widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.plot = self.layout_widget.addPlot(axisItems={"left": CountAxis("left")})
        self.plot.setMouseEnabled(x=True, y=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.mark = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.line = pg.PlotDataItem()
        self.spot = pg.ScatterPlotItem()
        for item in (self.bars, self.mark, self.line, self.spot):
            self.plot.addItem(item)
        self.layout_widget.nextRow()  # the legend under the plot, where it covers no bar
        self.legend = pg.LegendItem(labelTextSize=f"{VALUE_PT}pt", colCount=2)
        self.layout_widget.addItem(self.legend)
        self.layout_widget.ci.layout.setRowStretchFactor(0, 1)
        self.layout_widget.ci.layout.setRowStretchFactor(1, 0)
        self.guides: list[pg.InfiniteLine] = []
        self.labels: list[pg.TextItem] = []
        self.mode = ChartMode.BY_REGION
        self.marks: list[CompareRow] = []
        self.xs: list[float] = []
        self.tooltip_for = self.tooltip
        self.plot.getViewBox().sigResized.connect(self._name_bars)

    def show_rows(self, rows: list[CompareRow], mode: ChartMode, choice: int | str, name: str,
                  scale: Scale) -> None:
        """Draw indicator `name`'s `rows` for year `choice` (按地区) or issuer `choice` (按年度), on
        a value axis for `scale`."""
        self.mode = mode
        region = mode is ChartMode.BY_REGION
        self.marks = by_region(rows, int(choice)) if region else by_year(rows, str(choice))
        self.xs = [float(n) for n in range(len(self.marks))] if region else [
            float(r.period or 0) for r in self.marks]
        style_plot(self.plot, self.colors)
        set_title(self.plot, self._title(name, choice) if self.marks else name,
                  self.colors.foreground)
        self._draw_marks(region)
        self._draw_benchmarks(benchmarks(rows, mode, choice))
        self._fit_axes(scale, chart_unit(rows) or "")
        self._label_values()
        self.highlight(None)

    def _title(self, name: str, choice: int | str) -> str:
        if self.mode is ChartMode.BY_REGION:
            return tr("{0}：{1}各地区").format(name, year_text(int(choice)))
        return tr("{0}：{1}历年").format(name, choice)

    def _draw_marks(self, region: bool) -> None:
        values = [r.value for r in self.marks]
        brush, pen = self.colors.bar, pg.mkPen(None)
        self.bars.setOpts(x=self.xs if region else [], height=values if region else [],
                          width=BAR_WIDTH, brush=brush, pen=pen)
        self.line.setData(x=[] if region else self.xs, y=[] if region else values,
                          pen=pg.mkPen(self.colors.bar, width=2), symbol="o", symbolSize=DOT_PX,
                          symbolBrush=self.colors.bar, symbolPen=pg.mkPen(self.colors.background))
        self.mark.setOpts(x=[], height=[], brush=self.colors.accent, pen=pen)

    def _draw_benchmarks(self, found: list[CompareRow]) -> None:
        """A dashed horizontal line for each benchmark, named in the legend."""
        for guide in self.guides:
            self.plot.removeItem(guide)
        self.legend.clear()
        self.legend.setLabelTextColor(self.colors.foreground)
        pen = pg.mkPen(self.colors.foreground, width=2, style=Qt.PenStyle.DashLine)
        self.guides = [pg.InfiniteLine(pos=r.value, angle=0, pen=pen, movable=False) for r in found]
        for guide, r in zip(self.guides, found, strict=True):
            self.plot.addItem(guide, ignoreBounds=True)
            name = tr("{0}（{1}）{2}").format(r.baseline or tr("对照基准"), year_text(r.period),
                                            value_text(r))
            self.legend.addItem(pg.PlotDataItem(pen=pen), name)
        self.legend.setVisible(bool(found))

    def _fit_axes(self, scale: Scale, unit: str) -> None:
        """The value axis for `scale` over the marks and the benchmarks; x to the marks."""
        axis = axis_for(scale, [r.value for r in self.marks] + [g.value() for g in self.guides])
        self._label_axis(scale, unit, axis)
        vb = self.plot.getViewBox()
        vb.setLimits(yMin=axis.low, yMax=axis.high, xMin=None, xMax=None)
        self.plot.setYRange(axis.low, axis.high, padding=0)
        lo, hi = (min(self.xs, default=0) - 0.6, max(self.xs, default=0) + 0.6)
        shown = hi if self.mode is ChartMode.BY_YEAR else min(hi, lo + BARS_IN_VIEW)
        vb.setLimits(xMin=lo, xMax=hi)
        self.plot.setXRange(lo, shown, padding=0)
        self._name_bars()

    def _label_axis(self, scale: Scale, unit: str, axis: Axis) -> None:
        """The value axis's name, and its ticks when `axis` places them."""
        left = self.plot.getAxis("left")
        ticks = axis.ticks()
        left.setTicks([[(v, format_number(v)) for v in ticks], []] if ticks else None)
        if scale is Scale.SHARE:
            self.plot.setLabel("left", tr("百分比（%）"))
        elif scale is Scale.CHANGE:
            self.plot.setLabel("left", tr("变化幅度（%）"))
        else:
            self.plot.setLabel("left", tr("数量（{0}）").format(unit) if unit else tr("数值"))

    def _name_bars(self) -> None:
        """The issuers (按地区) or years (按年度) under the marks, fitted to their room."""
        bottom = self.plot.getAxis("bottom")
        bottom.setTickFont(chart_font())
        metrics = QFontMetrics(chart_font())
        if self.mode is ChartMode.BY_YEAR:
            bottom.setTicks([[(x, year_text(int(x))) for x in self.xs], []])
            bottom.setHeight(metrics.height() + 20)
            return
        vb = self.plot.getViewBox()
        lo, hi = vb.viewRange()[0]
        pitch = int(vb.width() / max(hi - lo, 1) * 0.96) if vb.width() > 0 else 90
        names = [fit_name(short_name(issuer_text(r)), metrics, pitch) for r in self.marks]
        bottom.setTicks([list(zip(self.xs, names, strict=True)), []])
        lines = max((n.count("\n") + 1 for n in names), default=1)
        bottom.setHeight(lines * metrics.height() + 20)

    def _label_values(self) -> None:
        """Each mark's value as written, above it."""
        for item in self.labels:
            self.plot.removeItem(item)
        shown = list(zip(self.xs, self.marks, strict=True))[:LABELLED]
        region = self.mode is ChartMode.BY_REGION
        anchor = (0.5, 1.1) if region else (0.5, 1.4)  # clear of the point
        self.labels = [value_label(r.text, self.colors, anchor=anchor) for _, r in shown]
        for item, (x, r) in zip(self.labels, shown, strict=True):
            if region:  # a benchmark's line passes behind the text, not through it
                item.fill = pg.mkBrush(self.colors.background)
                item.setZValue(5)
            item.setPos(x, r.value)
            self.plot.addItem(item, ignoreBounds=True)

    def index_at(self, scene_pos: QPointF) -> int | None:
        """The mark under a scene position (a bar, a point or a name under a bar), if any."""
        vb = self.plot.getViewBox()
        in_names = self.plot.getAxis("bottom").sceneBoundingRect().contains(scene_pos)
        if not self.marks or not (in_names or vb.sceneBoundingRect().contains(scene_pos)):
            return None
        p = vb.mapSceneToView(scene_pos)
        n = int(np.argmin([abs(x - p.x()) for x in self.xs]))
        if abs(self.xs[n] - p.x()) > BAR_WIDTH / 2:
            return None
        if in_names and self.mode is ChartMode.BY_REGION:
            return n
        if self.mode is ChartMode.BY_REGION:
            return n if 0 <= p.y() <= max(self.marks[n].value, vb.viewRange()[1][1] * 0.03) else None
        at = vb.mapViewToScene(QPointF(self.xs[n], self.marks[n].value))
        return n if (at - scene_pos).manhattanLength() <= HIT_PX * 1.5 else None

    def hit(self, scene_pos: QPointF) -> str | None:
        n = self.index_at(scene_pos)
        return figure_key(self.marks[n]) if n is not None else None

    def tooltip(self, key: str) -> str:
        """A mark's details: the full issuer name, the years, the value and its sentence."""
        row = next((r for r in self.marks if figure_key(r) == key), None)
        if row is None:
            return ""
        return (f"<b>{issuer_text(row)}</b><br>"
                + tr("{0}数据（{1}报告）：{2}").format(year_text(row.period), year_text(row.year),
                                                  value_text(row))
                + sentence_html(row))

    def highlight(self, key: str | None) -> bool:
        """Mark the bar or point of figure `key` and bring it into view; False if none has it."""
        n = next((i for i, r in enumerate(self.marks) if figure_key(r) == key), None)
        region = self.mode is ChartMode.BY_REGION
        if n is None:
            self.mark.setOpts(x=[], height=[])
            self.spot.setData([], [])
            return False
        if region:
            self.mark.setOpts(x=[self.xs[n]], height=[self.marks[n].value], width=BAR_WIDTH)
            self._show_x(self.xs[n])
        else:
            self.spot.setData([self.xs[n]], [self.marks[n].value], size=DOT_PX + 6,
                              brush=self.colors.accent, pen=pg.mkPen(self.colors.background))
        return True

    def _show_x(self, x: float) -> None:
        """Drag the bars sideways so that the bar at `x` is in view."""
        lo, hi = self.plot.getViewBox().viewRange()[0]
        if not lo + 0.4 <= x <= hi - 0.4:
            span = hi - lo
            start = min(max(x - span / 2, self.xs[0] - 0.6), self.xs[-1] + 0.6 - span)
            self.plot.setXRange(start, start + span, padding=0)
