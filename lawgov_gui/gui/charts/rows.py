"""Rows of a chart: one labelled row per item, scrolled by the wheel, found under the pointer.

Every chart draws its items as rows from top to bottom, labelled on the left
axis. `RowPlot` keeps at most a screenful of rows in view, draws the value labels
of those rows only (from a small pool of text items, so a report with thousands
of figures still draws at once), and maps a scene position back to its row.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics

from ..common.ui_scale import room_factor, ui_factor
from .style import PALETTES, VALUE_PT, Palette, chart_font, value_label

ROW_LIMIT = 22  # rows in view at once; the rest are reached by scrolling

AUTO_LINES = 3  # the most lines a row's label takes on screen, when its row has the room
AXIS_PAD = 14  # pixels between a row's label and the plot, at 100 % interface size

Label = tuple[float, float, str, tuple[float, float]]  # x, y (a row), text, anchor


def wrap_label(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """`text` on at most `lines` lines of `width` pixels, balanced, the rest of a
    label still too long shortened from the left (its end names the quantity)."""
    count = min(lines, max(1, math.ceil(metrics.horizontalAdvance(text) / max(width, 1))))
    out, rest = [], text
    for _ in range(count - 1):
        target = min(width, metrics.horizontalAdvance(rest) / (count - len(out)))
        cut = next((n for n in range(1, len(rest)) if metrics.horizontalAdvance(rest[:n + 1])
                    > target), len(rest))
        out.append(rest[:cut])
        rest = rest[cut:]
    out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideLeft, width))
    return "\n".join(line for line in out if line)


class RowPlot:
    """A plot whose rows (top to bottom) are labelled on the left axis.

    At most `row_limit` rows are in view; the mouse wheel scrolls through the rest.

    Args:
        plot: the pyqtgraph plot to manage.
        labels_for: returns the (x, row, text, anchor) value labels of the rows in a range.
        row_limit: the most rows in view at once, at 100 % interface size.
        axis_width: the width of the label axis in pixels, at 100 % interface size.
        label_lines: how many lines of value labels a row carries.
    """

    def __init__(self, plot: pg.PlotItem, labels_for: Callable[[range], list[Label]],
                 row_limit: int = ROW_LIMIT, axis_width: int = 150, label_lines: int = 1) -> None:
        self.plot = plot
        self.label_lines = label_lines
        self.rows = 0
        self.colors = PALETTES[False]
        self._labels: list[str] = []
        self._elided: dict[int, str] = {}  # row -> its label shortened to fit the axis
        self._elided_lines = 0  # the lines the labels in _elided were fitted to
        self.row_limit = row_limit
        self.axis_width = axis_width
        self.wrap_lines: int | None = None  # lines a row's label may take; None: as its row has room
        self.top_room = 0.6  # rows of room above the first row's middle
        plot.getAxis("left").setWidth(axis_width)
        self._scale = 1.0  # the interface size the axis and labels were sized for
        self._labels_for = labels_for
        self._pool: list[pg.TextItem] = []
        plot.invertY(True)
        plot.setMouseEnabled(x=False, y=True)
        plot.getViewBox().sigYRangeChanged.connect(lambda *_: self.refresh())
        plot.getViewBox().sigResized.connect(lambda *_: self.refresh())  # rows taller: more lines

    @property
    def labels(self) -> list[str]:
        """The rows' labels, the first one at the top."""
        return list(self._labels)

    def set_rows(self, labels: list[str], colors: Palette) -> None:
        """Show `labels` as the rows, the first one at the top."""
        self.rows = len(labels)
        self.colors = colors
        self._labels = labels
        self._elided = {}
        self._fit_scale()
        visible = min(max(self.rows, 1), self.rows_in_view())
        vb = self.plot.getViewBox()
        top = -self.top_room
        vb.setLimits(yMin=top - 0.1, yMax=max(self.rows, 1) - 0.3, minYRange=1,
                     maxYRange=visible - 0.4 - top)
        self.plot.setYRange(top, visible - 0.4, padding=0)
        self.refresh()

    def rows_in_view(self) -> int:
        """How many rows fit at once: at most `row_limit`, fewer as the interface size
        grows and as few as the plot's height leaves room for their labels."""
        limit = max(2, round(self.row_limit / self._scale))
        height = self.plot.getViewBox().height()
        if height > 0:
            need = self.label_lines * QFontMetrics(chart_font(VALUE_PT)).height() * 1.2
            limit = min(limit, max(2, int(height // need)))
        return limit

    def _fit_scale(self) -> None:
        """Size the label axis and the value labels for the interface size in force."""
        scale = ui_factor()
        if scale != self._scale:
            self._scale = scale
            self.plot.getAxis("left").setWidth(round(self.axis_width * room_factor()))
            for item in self._pool:
                item.setFont(chart_font(VALUE_PT))

    def _tick_labels(self, rows: range) -> list[tuple[int, str]]:
        """Labels of the rows in view, fitted to the axis (cached): on up to `label_room()`
        lines, what is still too long shortened from the left."""
        metrics = QFontMetrics(chart_font())
        width = round((self.axis_width - AXIS_PAD) * room_factor())
        lines = self.label_room(metrics)
        if lines != self._elided_lines:
            self._elided, self._elided_lines = {}, lines
        for n in rows:
            if n not in self._elided:
                self._elided[n] = wrap_label(self._labels[n], metrics, width, lines)
        return [(n, self._elided[n]) for n in rows]

    def shown_labels(self) -> list[str]:
        """The labels of the rows in view as the axis draws them (wrapped, maybe shortened)."""
        return [text for _, text in self._tick_labels(self.visible() if self.rows else range(0))]

    def label_room(self, metrics: QFontMetrics) -> int:
        """Lines a row's label may take: `wrap_lines` when set (the printed charts), else as
        many as the height of a row in view leaves room for, at most AUTO_LINES."""
        if self.wrap_lines is not None:
            return self.wrap_lines
        vb = self.plot.getViewBox()
        top, bottom = vb.viewRange()[1]
        row_px = vb.height() / max(bottom - top, 1.0)
        return max(1, min(AUTO_LINES, int(row_px * 0.85 // max(metrics.height(), 1))))

    def label_width(self) -> float:
        """The label axis's width in pixels that shows the widest label on one line."""
        metrics = QFontMetrics(chart_font())
        widest = max((metrics.horizontalAdvance(t) for t in self._labels), default=0)
        return widest + AXIS_PAD * room_factor() + 2

    def set_axis_width(self, width: float) -> int:
        """Make the label axis `width` pixels wide.

        Returns:
            The most lines a label of the rows takes (wider ones wrap, see `wrap_lines`).
        """
        self.axis_width = width / room_factor()
        self.plot.getAxis("left").setWidth(round(width))
        self._elided = {}
        labels = self._tick_labels(range(self.rows))
        self.refresh()
        return max((t.count("\n") + 1 for _, t in labels), default=1)

    def visible(self) -> range:
        """The rows in view (the last one may be partly in view)."""
        top, bottom = self.plot.getViewBox().viewRange()[1]
        return range(max(0, int(top)), min(self.rows, int(bottom) + 2))

    def refresh(self) -> None:
        """Label the rows in view: their axis labels and their value labels."""
        visible = self.visible() if self.rows else range(0)
        self.plot.getAxis("left").setTicks([self._tick_labels(visible), []])
        self._show_values(self._labels_for(visible) if self.rows else [])

    def _show_values(self, entries: list[Label]) -> None:
        """Place the value labels `entries` from the pool (grown as needed); hide the rest."""
        while len(self._pool) < len(entries):
            item = value_label("", self.colors)
            self.plot.addItem(item, ignoreBounds=True)
            self._pool.append(item)
        for item, (x, y, text, anchor) in zip(self._pool, entries, strict=False):
            item.setText(text, color=self.colors.foreground)
            item.setAnchor(anchor)
            item.setPos(x, y)
            item.show()
        for item in self._pool[len(entries):]:
            item.hide()

    def edge_anchor(self, x: float, text: str) -> float:
        """Horizontal anchor for label `text` at `x`: centred, unless half of it would
        stick out of the plot; then it starts or ends at `x`."""
        vb = self.plot.getViewBox()
        lo, hi = vb.viewRange()[0]
        pixels = vb.width() or 1.0
        half = QFontMetrics(chart_font(VALUE_PT)).horizontalAdvance(text) / 2 * (hi - lo) / pixels
        return 0.0 if x - half < lo else 1.0 if x + half > hi else 0.5

    def clamped(self, x: float, text: str) -> float:
        """`x` moved in so that label `text` centred there stays inside the plot."""
        vb = self.plot.getViewBox()
        lo, hi = vb.viewRange()[0]
        pixels = vb.width() or 1.0
        text_px = QFontMetrics(chart_font(VALUE_PT)).horizontalAdvance(text)
        half = (text_px / 2 + 6) * (hi - lo) / pixels
        return min(max(x, lo + half), hi - half) if 2 * half < hi - lo else (lo + hi) / 2

    def show_row(self, row: int) -> None:
        """Scroll so that `row` is in view."""
        top, bottom = self.plot.getViewBox().viewRange()[1]
        if not top + 0.5 <= row <= bottom - 0.5:
            span = bottom - top
            start = min(max(-self.top_room, row - span / 2), self.rows - span + 0.4)
            self.plot.setYRange(start, start + span, padding=0)

    def row_at(self, scene_pos: QPointF) -> tuple[int, float] | None:
        """(row, x) under a scene position inside this plot, if it is near a row."""
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        row = round(p.y())
        if 0 <= row < self.rows and abs(p.y() - row) <= 0.35:
            return row, p.x()
        return None
