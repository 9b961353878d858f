"""Rates: a horizontal bar for every stated percentage, on a 0–100 % axis.

Bars are labelled by their subject (完成率, 整改率, 败诉率…; two alike by their year)
and show their value as written, with room for it right of the longest bar. They can
be sorted by value or kept in report order.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics

from ...core import Indicator
from ...core.analysis.marks import distinct_labels
from ..common.ui_scale import ui_factor
from .base import Chart
from .rows import Label, RowPlot
from .style import VALUE_PT, chart_font, style_plot, tr

BAR_HEIGHT = 0.62
NARROW_PX = 180  # a plot narrower than this names every 50 % only
MAX_LABEL_SHARE = 0.6  # however narrow the plot, its bars keep 40 % of it
LABEL_MARGIN = 14  # pixels a value label takes beyond its text (the text item's own margins)


class RatesChart(Chart):
    """One bar per percent indicator, labelled with its value as written.

    Signals:
        indicatorActivated(str): inherited; a bar was clicked (its indicator id).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = self.layout_widget.addPlot()
        self.plot.setLabel("bottom", tr("百分比（%）"))
        self.rows = RowPlot(self.plot, self._labels, axis_width=184)  # 12 characters of name
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[])
        self.mark = pg.BarGraphItem(x0=[], y=[], height=BAR_HEIGHT, width=[])
        self.plot.addItem(self.bars)
        self.plot.addItem(self.mark)
        self.items: list[tuple[str, Indicator]] = []
        self.by_value = False

    def show_items(self, items: list[tuple[str, Indicator]], by_value: bool | None = None) -> None:
        """Draw `items` ((id, indicator) pairs of percent indicators)."""
        if by_value is not None:
            self.by_value = by_value
        if self.by_value:
            items = sorted(items, key=lambda p: p[1].value, reverse=True)
        self.items = items
        style_plot(self.plot, self.colors)
        values = np.array([ind.value for _, ind in items], dtype=float)
        rows = np.arange(len(items), dtype=float)
        self.bars.setOpts(x0=np.zeros(len(items)), y=rows, width=values, height=BAR_HEIGHT,
                          brush=self.colors.bar, pen=pg.mkPen(None))
        self.mark.setOpts(x0=[], y=[], width=[], brush=self.colors.accent, pen=pg.mkPen(None))
        self._fit_x(values)
        self.rows.set_rows(distinct_labels([ind for _, ind in items]), self.colors)
        self.set_note(None if items else tr("本范围内没有占比、比率类的百分比。"))

    def _fit_x(self, values: np.ndarray) -> None:
        """0 to 100 % (or the largest value), with room for the value labels right of the
        bars; ticks every 20 % (50 % on a narrow plot) up to the top of the scale, none past it."""
        top = max(100.0, float(values.max()) if len(values) else 100.0)
        room = max([top, *(v / (1 - share) for v, share in zip(values, self._label_shares(),
                                                                 strict=True))])
        self.plot.getViewBox().setLimits(xMin=0, xMax=room)  # first: the old limit would clamp
        self.plot.setXRange(0, room, padding=0)
        major = 20 if self.plot.getViewBox().width() >= NARROW_PX else 50
        steps = range(0, int(top) + 1, 10)
        self.plot.getAxis("bottom").setTicks([[(v, f"{v}") for v in steps if v % major == 0],
                                              [(v, "") for v in steps if v % major]])

    def _label_shares(self) -> list[float]:
        """The share of the plot's width each bar's value label takes (with a margin)."""
        pixels = self.plot.getViewBox().width()
        metrics = QFontMetrics(chart_font(VALUE_PT))
        widths = [metrics.horizontalAdvance(f" {ind.text}") + LABEL_MARGIN for _, ind in self.items]
        if pixels <= 0:  # not laid out yet: a fifth of the plot
            return [0.18 * ui_factor() / (1 + 0.18 * ui_factor())] * len(widths)
        return [min(MAX_LABEL_SHARE, w / pixels) for w in widths]

    def _labels(self, visible: range) -> list[Label]:
        """Each bar's value as written, right of the bar."""
        return [(self.items[r][1].value, r, " " + self.items[r][1].text, (0, 0.5))
                for r in visible]

    def hit(self, scene_pos: QPointF) -> str | None:
        found = self.rows.row_at(scene_pos)
        if found is None:
            return None
        row, x = found
        value = self.items[row][1].value
        return self.items[row][0] if -1 <= x <= max(value, 3) else None

    def highlight(self, iid: str | None) -> bool:
        """Mark the bar of indicator `iid` and scroll to it; False if it has none."""
        row = next((r for r, (i, _) in enumerate(self.items) if i == iid), None)
        if row is None:
            self.mark.setOpts(x0=[], y=[], width=[])
            return False
        self.mark.setOpts(x0=[0], y=[row], width=[self.items[row][1].value], height=BAR_HEIGHT)
        self.rows.show_row(row)
        return True
