"""Changes: before→after pairs as dumbbells, each labelled with its periods.

Percentages share a 0–100 % axis; counts and amounts, whose values run from a
handful to billions, share a logarithmic axis. Pairs the report states
(由21.56%下降至13.21%) are drawn solid; pairs derived from a year-on-year change
(4034件, 同比增长82.37%) are dashed, in a lighter colour and labelled 推算. Rows named
alike get their year. The printed chart puts each pair's values on one line above it
("2022年 21.56% → 13.21%", `set_inline`).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt

from ...core.analysis.figures import Pair
from ...core.analysis.marks import pair_labels
from ..common.describe import format_number
from .base import Chart
from .rows import Label, RowPlot
from .style import Palette, set_title, style_plot, tr

TICK_INSET = 0.06  # the share of a log axis at either end that has no named tick
DOT_PX = 11  # a point's diameter
INLINE_LINES = 1.4  # an inline row's height in value lines: its values' line and the points


def _x(value: float, log: bool) -> float:
    return math.log10(max(value, 0.5)) if log else value


def _count(value: int) -> str:
    """A count as an official writes it: 100, 1,000, 10万, 1亿."""
    if value < 10 ** 4:
        return f"{value:,}"
    return f"{value / 10 ** 4:,g}万" if value < 10 ** 8 else f"{value / 10 ** 8:,g}亿"


def _log_ticks(lo: float, hi: float) -> list[list[tuple[float, str]]]:
    """Named ticks of a log axis from 10**lo to 10**hi: the powers of ten (every other
    one over a wide range), or 1, 2 and 5 times them when fewer than two are in range; none
    at the very ends, where the axis would drop its text."""
    lo, hi = lo + (hi - lo) * TICK_INSET, hi - (hi - lo) * TICK_INSET
    powers = [d for d in range(max(0, math.ceil(lo)), math.floor(hi) + 1) if lo < d < hi]
    if len(powers) >= 2:
        named = powers[:: 1 if len(powers) <= 6 else 2]
        return [[(d, _count(10 ** d)) for d in named], [(d, "") for d in powers]]
    decades = range(max(0, math.floor(lo)), math.ceil(hi) + 1)
    steps = [m * 10 ** d for d in decades for m in (1, 2, 5)]
    return [[(math.log10(v), _count(v)) for v in steps if lo < math.log10(v) < hi], []]


def _value_text(pair: Pair, before: bool, known_year: str | None = None) -> str:
    """A pair's earlier or later value, with its year unless it is `known_year`."""
    value = pair.before if before else pair.after
    period = pair.before_period if before else pair.after_period
    period = None if period == known_year else period
    approx = tr("约") if before and pair.derived else ""
    number = format_number(round(value, 2) if pair.unit == "%" else round(value))
    text = f"{approx}{number}{pair.unit}"
    return f"{period}{tr('年')} {text}" if period else text


class _PairPlot:
    """One dumbbell plot (percent or log-scale counts) with its rows.

    Args:
        plot: the pyqtgraph plot to draw in.
        log: whether the x axis is logarithmic (counts and amounts).
    """

    def __init__(self, plot: pg.PlotItem, log: bool) -> None:
        self.plot, self.log = plot, log
        self.pairs: list[tuple[str, Pair]] = []  # (id of the after figure, pair)
        self.inline = False  # one line of values per pair (set_inline)
        self.year: str | None = None  # inline: the year the values go without
        self.rows = RowPlot(plot, self._labels, row_limit=7, label_lines=3)
        self.solid = pg.PlotDataItem(connect="pairs")
        self.dashed = pg.PlotDataItem(connect="pairs")
        # (derived, after) -> points drawn alike: one item each keeps drawing fast
        self.points = {(d, a): pg.PlotDataItem(pen=None) for d in (False, True) for a in (False, True)}
        for item in (self.solid, self.dashed, *self.points.values()):
            plot.addItem(item)
        if log:
            plot.getAxis("bottom").setLogMode(True)
        if log:  # a percent axis says % on its ticks
            plot.setLabel("bottom", tr("数量（对数刻度）"))

    def show(self, pairs: list[tuple[str, Pair]], colors: Palette, labels: list[str]) -> None:
        """Draw (id of the after figure, pair) items, one row each, named by `labels`."""
        self.pairs = pairs
        style_plot(self.plot, colors)
        lines, points = self._geometry(pairs)
        self._draw(lines, points, colors)
        self._fit_x(lines[False][0] + lines[True][0])
        derived = "" if self.inline else tr("·推算")  # inline: its values say 约
        self.rows.set_rows([label + (derived if p.derived else "")
                            for label, (_, p) in zip(labels, pairs, strict=True)], colors)

    def _geometry(self, pairs: list[tuple[str, Pair]]) -> tuple[dict, dict]:
        """The x, y of each pair's line (by derived) and of its two points (by derived, after)."""
        lines: dict[bool, tuple[list, list]] = {False: ([], []), True: ([], [])}
        points: dict[tuple[bool, bool], tuple[list, list]] = {k: ([], []) for k in self.points}
        for row, (_, p) in enumerate(pairs):
            a, b = _x(p.before, self.log), _x(p.after, self.log)
            lines[p.derived][0].extend([a, b])
            lines[p.derived][1].extend([row, row])
            for x, after in ((a, False), (b, True)):
                points[p.derived, after][0].append(x)
                points[p.derived, after][1].append(row)
        return lines, points

    def _draw(self, lines: dict, points: dict, colors: Palette) -> None:
        """Stated pairs solid, derived ones dashed; the earlier point hollow, the later filled."""
        self.solid.setData(*lines[False], pen=pg.mkPen(colors.bar, width=3))
        self.dashed.setData(*lines[True], pen=pg.mkPen(colors.derived, width=3,
                                                          style=Qt.PenStyle.DashLine))
        for (derived, after), (xs, ys) in points.items():
            color = colors.derived if derived else colors.bar
            self.points[derived, after].setData(
                xs, ys, symbol="o", symbolSize=DOT_PX, symbolPen=pg.mkPen(color, width=2),
                symbolBrush=pg.mkBrush(color if after else colors.background),
                useCache=False)  # drawn as shapes: sharp in print too

    def _fit_x(self, xs: list[float]) -> None:
        if self.log:
            lo, hi = min(xs, default=0.0), max(xs, default=3.0)
            self.plot.setXRange(lo - 0.4, hi + 0.4, padding=0)
            self.plot.getAxis("bottom").setTicks(_log_ticks(lo - 0.4, hi + 0.4))
        else:
            top = max(100.0, max(xs, default=0.0))
            self.plot.setXRange(0, top * 1.04, padding=0)
            steps = range(0, int(top) + 1, 10)
            self.plot.getAxis("bottom").setTicks([[(v, f"{v}%") for v in steps if v % 20 == 0],
                                                  [(v, "") for v in steps if v % 20]])

    def set_inline(self, year: str | None) -> None:
        """Label each pair with one line above it, "earlier → later" (the printed chart),
        without `year` (the report's, which the page names); no axis title."""
        self.inline, self.year = True, year
        self.rows.label_lines = INLINE_LINES
        self.rows.top_room = 0.85  # the first row's values
        self.plot.getAxis("bottom").showLabel(False)  # the caption says 对数刻度

    def _labels(self, visible: range) -> list[Label]:
        """The earlier value above its point, the later one below: they never collide.
        Inline: "earlier → later" above the pair, over its middle as far as it fits."""
        if self.inline:
            return [self._inline_label(r) for r in visible]
        out = []
        for r in visible:
            p = self.pairs[r][1]
            a, b = _x(p.before, self.log), _x(p.after, self.log)
            for x, before, up in ((a, True, 1.1), (b, False, -0.1)):
                text = _value_text(p, before)
                out.append((x, r, text, (self.rows.edge_anchor(x, text), up)))
        return out


    def _inline_label(self, row: int) -> Label:
        p = self.pairs[row][1]
        text = f"{_value_text(p, True)} → {_value_text(p, False, self.year)}"
        middle = (_x(p.before, self.log) + _x(p.after, self.log)) / 2
        return self.rows.clamped(middle, text), row - 0.06, text, (0.5, 1.0)


class ChangesChart(Chart):
    """Dumbbells for before→after pairs, percentages above, counts below.

    Signals:
        indicatorActivated(str): inherited; a pair was clicked (the id of its "after" figure).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.percent = _PairPlot(self.layout_widget.addPlot(row=0, col=0), log=False)
        self.counts = _PairPlot(self.layout_widget.addPlot(row=1, col=0), log=True)
        set_title(self.percent.plot, tr("比率的变化"))
        set_title(self.counts.plot, tr("数量的变化"))

    def show_pairs(self, pairs: list[tuple[str, Pair]]) -> None:
        """Draw (id of the after figure, pair) items, no two rows named the same."""
        named = list(zip(pair_labels([p for _, p in pairs]), pairs, strict=True))
        for sub, percent in ((self.percent, True), (self.counts, False)):
            mine = [(label, item) for label, item in named if (item[1].unit == "%") == percent]
            sub.show([item for _, item in mine], self.colors, [label for label, _ in mine])
        for sub in (self.percent, self.counts):
            sub.plot.setVisible(bool(sub.pairs))
        self.set_note(None if pairs else tr("本范围内没有前后对比的数字（同比、由……至……）。"))

    def hit(self, scene_pos: QPointF) -> str | None:
        for sub in (self.percent, self.counts):
            found = sub.rows.row_at(scene_pos)
            if found is not None:
                return sub.pairs[found[0]][0]
        return None

    def highlight(self, iid: str | None) -> bool:
        """Scroll to the pair of indicator `iid`; False if it has none."""
        for sub in (self.percent, self.counts):
            row = next((r for r, (i, _) in enumerate(sub.pairs) if i == iid), None)
            if row is not None:
                sub.rows.show_row(row)
                return True
        return False
