"""By section: how many figures each section states, and its largest counts.

Two plots, one above the other, scroll together over the same section rows: a
bar of the number of figures, and the section's largest counts on a logarithmic
axis (values run from 2 to 4500亿).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from ...core import Section
from ...core.analysis.figures import SectionStat
from .base import Chart
from .rows import Label, RowPlot
from .style import elide, set_title, style_plot, tr


def section_label(section: Section, parents: dict[str, Section]) -> str:
    """一(五) 防风险… : the chain of markers, then the start of the title."""
    chain, sid = [], section.id
    while sid:
        s = parents.get(sid)
        if s is None:
            break
        chain.append(s.marker.rstrip("、.． "))
        sid = sid.rpartition(".")[0]
    return "".join(reversed(chain)) + " " + elide(section.title, 8)


class SectionsChart(Chart):
    """Figures per section, and each section's largest counts.

    Signals:
        indicatorActivated(str): inherited; a point was clicked (its indicator id).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.counts = self.layout_widget.addPlot(row=0, col=0)
        self.largest = self.layout_widget.addPlot(row=1, col=0)
        self.largest.setYLink(self.counts)
        self.largest.getAxis("bottom").setLogMode(True)
        set_title(self.counts, tr("各节的指标个数"))
        set_title(self.largest, tr("各节最大的数量（对数刻度）"))
        self.rows = RowPlot(self.counts, self._count_labels, row_limit=9)
        self.points_rows = RowPlot(self.largest, self._point_labels, row_limit=9, label_lines=2)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[])
        self.points = pg.PlotDataItem(pen=None)
        self.counts.addItem(self.bars)
        self.largest.addItem(self.points)
        self.stats: list[SectionStat] = []

    def show_stats(self, stats: list[SectionStat], labels: list[str]) -> None:
        """Draw one row per section statistic."""
        self.stats = stats
        for plot in (self.counts, self.largest):
            style_plot(plot, self.colors)
        n = np.array([s.count for s in stats], dtype=float)
        self.bars.setOpts(x0=np.zeros(len(stats)), y=np.arange(len(stats)), width=n,
                          height=0.6, brush=self.colors.bar, pen=pg.mkPen(None))
        self.counts.setXRange(0, max(1.0, float(n.max()) if len(n) else 1.0) * 1.2, padding=0)
        xs, ys = self._point_data()
        self.points.setData(xs, ys, symbol="o", symbolSize=9, symbolBrush=self.colors.accent,
                            symbolPen=pg.mkPen(self.colors.accent))
        self.largest.setXRange(-0.2, (max(xs) if xs else 3) + 1.4, padding=0)
        self.rows.set_rows(labels, self.colors)
        self.points_rows.set_rows(labels, self.colors)
        self.set_note(None if stats else tr("本范围内没有数字。"))

    def _point_data(self) -> tuple[list[float], list[float]]:
        """log10 x and row y of every section's largest counts."""
        xs, ys = [], []
        for row, stat in enumerate(self.stats):
            for ind in stat.largest:
                xs.append(math.log10(max(ind.value, 1)))
                ys.append(row)
        return xs, ys

    def _count_labels(self, visible: range) -> list[Label]:
        """Each section's number of figures, right of its bar."""
        return [(self.stats[r].count, r, f" {self.stats[r].count}", (0, 0.5))
                for r in visible if r < len(self.stats)]

    def _point_labels(self, visible: range) -> list[Label]:
        """Each section's largest count, beside its point and kept inside the plot."""
        out = []
        for r in visible:
            top = self.stats[r].largest[:1] if r < len(self.stats) else []
            for ind in top:
                x = math.log10(max(ind.value, 1))
                anchor = self.points_rows.edge_anchor(x, ind.text)
                text = f" {ind.text} " if anchor != 0.5 else ind.text
                out.append((x, r, text, (anchor, 0.5 if anchor != 0.5 else 1.1)))
        return out

    def hit(self, scene_pos: QPointF) -> str | None:
        found = self.points_rows.row_at(scene_pos)
        if found is None:
            return None
        row, x = found
        near = [i for i in self.stats[row].largest if abs(math.log10(max(i.value, 1)) - x) < 0.25]
        return near[0].id if near else None
