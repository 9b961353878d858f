"""What every indicator chart shares: colours, fonts, rows of labelled items, export.

Charts are pyqtgraph plots whose rows are indicators. A chart maps a click or a
hover at a row back to its indicator, so the window can jump to it in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from ..common.fonts import BUNDLED_FAMILY
from ..common.ui_scale import room_factor, ui_factor
from .export import write_chart

pg.setConfigOptions(antialias=True)
ROW_LIMIT = 22  # rows in view at once; the rest are reached by scrolling


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


@dataclass(frozen=True, slots=True)
class Palette:
    """Chart colours for a light or a dark window."""

    background: str
    foreground: str
    muted: str
    bar: str
    accent: str
    good: str
    bad: str
    derived: str


PALETTES = {
    False: Palette("#ffffff", "#222222", "#777777", "#5b8bd0", "#e0742b", "#2e8b57", "#c0392b",
                   "#9a7fd1"),
    True: Palette("#1f1f1f", "#e2e2e2", "#9a9a9a", "#6d9be0", "#f0a050", "#5cc98a", "#ef6b5b",
                  "#b49ae6"),
}


def chart_font(point_size: float = 10) -> QFont:
    """The bundled CJK font first, so Chinese labels never show as boxes.

    Args:
        point_size: the size at 100 % interface size; it grows with 界面字号.
    """
    font = QFont()
    font.setFamilies([BUNDLED_FAMILY, *QFont().families()])
    font.setPointSizeF(point_size * ui_factor())
    return font


def set_title(plot: pg.PlotItem, text: str) -> None:
    """A plot's title at the interface size."""
    plot.setTitle(text, size=f"{10 * ui_factor():.1f}pt")


def elide(text: str, limit: int = 14) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def style_plot(plot: pg.PlotItem, colors: Palette) -> None:
    """Axis pens, fonts and a quiet grid for one plot."""
    font = chart_font()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        axis.setPen(pg.mkPen(colors.muted))
        axis.setTextPen(pg.mkPen(colors.foreground))
        axis.label.setFont(font)
    if plot.titleLabel.text.strip():
        set_title(plot, plot.titleLabel.text)
    plot.showGrid(x=True, y=False, alpha=0.15)
    plot.setMenuEnabled(False)
    plot.hideButtons()


def value_label(text: str, colors: Palette, anchor=(0, 0.5)) -> pg.TextItem:
    item = pg.TextItem(text, color=colors.foreground, anchor=anchor, ensureInBounds=True)
    item.setFont(chart_font(9))
    return item


class Chart(QWidget):
    """A chart of indicators in a pyqtgraph GraphicsLayoutWidget.

    Subclasses fill `self.layout_widget` in `render()` and implement `row_at()`.

    Signals:
        indicatorActivated(str): the reader clicked the mark of the indicator with this id.
    """

    indicatorActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_widget = pg.GraphicsLayoutWidget(self)
        self.layout_widget.setMinimumHeight(220)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.layout_widget)
        self.colors = PALETTES[False]
        self.tooltip_for = None  # set by the panels: indicator id -> rich text
        scene = self.layout_widget.scene()
        scene.sigMouseClicked.connect(self._clicked)
        scene.sigMouseMoved.connect(self._moved)
        self.layout_widget.viewport().installEventFilter(self)

    def set_colors(self, colors: Palette) -> None:
        self.colors = colors
        self.layout_widget.setBackground(colors.background)

    def hit(self, scene_pos: QPointF) -> str | None:
        """The indicator id under a scene position, if any (subclasses)."""
        return None

    def _clicked(self, event) -> None:
        iid = self.hit(event.scenePos())
        if iid is not None:
            event.accept()
            self.indicatorActivated.emit(iid)

    def _tooltip(self, scene_pos: QPointF) -> str:
        iid = self.hit(scene_pos)
        return self.tooltip_for(iid) if iid is not None and self.tooltip_for else ""

    def _moved(self, scene_pos: QPointF) -> None:
        """Show the mark's details as the pointer reaches it; the same tip stays put."""
        tip = self._tooltip(scene_pos)
        if tip:
            QToolTip.showText(QCursor.pos(), tip, self.layout_widget)
        elif QToolTip.isVisible():
            QToolTip.hideText()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answer the view's own tooltip event (the pointer rests) with the mark's details.

        Left to the graphics view, the scene finds no item tooltip and hides the tip.
        """
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tooltip(self.layout_widget.mapToScene(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.layout_widget)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def export(self, path: str | Path) -> None:
        """Write the chart to PNG (at twice the screen size) or SVG, by suffix.

        Raises:
            WriteFailed: with a Chinese message; a file already at `path` is kept.
        """
        write_chart(self.layout_widget.scene(), path, max(1200, self.layout_widget.width() * 2))


class RowPlot:
    """A plot whose rows (top to bottom) are labelled on the left axis.

    At most `row_limit` rows are in view; the mouse wheel scrolls through the rest.
    Value labels are drawn only for the rows in view, from a small pool of text
    items, so a report with thousands of figures still draws at once.

    Args:
        plot: the pyqtgraph plot to manage.
        labels_for: returns the (x, row, text, anchor) labels of the rows in a range.
    """

    def __init__(self, plot: pg.PlotItem, labels_for, row_limit: int = ROW_LIMIT,
                 axis_width: int = 150, label_lines: int = 1) -> None:
        self.plot = plot
        self.label_lines = label_lines  # lines of value labels a row carries
        self.rows = 0
        self._labels: list[str] = []
        self._elided: dict[int, str] = {}
        self.row_limit = row_limit
        self.axis_width = axis_width
        plot.getAxis("left").setWidth(axis_width)
        self._scale = 1.0  # the interface size the axis and labels were sized for
        self._labels_for = labels_for
        self._pool: list[pg.TextItem] = []
        plot.invertY(True)
        plot.setMouseEnabled(x=False, y=True)
        plot.getViewBox().sigYRangeChanged.connect(lambda *_: self.refresh())

    def set_rows(self, labels: list[str], colors: Palette) -> None:
        """Show `labels` as the rows, the first one at the top."""
        self.rows = len(labels)
        self.colors = colors
        self._labels = labels
        self._elided: dict[int, str] = {}
        self._fit_scale()
        visible = min(max(self.rows, 1), self.rows_in_view())
        vb = self.plot.getViewBox()
        vb.setLimits(yMin=-0.7, yMax=max(self.rows, 1) - 0.3, minYRange=1, maxYRange=visible + 0.4)
        self.plot.setYRange(-0.6, visible - 0.4, padding=0)
        self.refresh()

    def rows_in_view(self) -> int:
        """How many rows fit at once: at most `row_limit`, fewer as the interface size
        grows and as few as the plot's height leaves room for their labels."""
        limit = max(2, round(self.row_limit / self._scale))
        height = self.plot.getViewBox().height()
        if height > 0:
            need = self.label_lines * QFontMetrics(chart_font(9)).height() * 1.2
            limit = min(limit, max(2, int(height // need)))
        return limit

    def _fit_scale(self) -> None:
        """Size the label axis and the value labels for the interface size in force."""
        scale = ui_factor()
        if scale != self._scale:
            self._scale = scale
            self.plot.getAxis("left").setWidth(round(self.axis_width * room_factor()))
            for item in self._pool:
                item.setFont(chart_font(9))

    def _tick_labels(self, rows: range) -> list[tuple[int, str]]:
        """Labels of the rows in view, shortened from the left to fit the axis (cached)."""
        metrics = QFontMetrics(chart_font())
        for n in rows:
            if n not in self._elided:
                self._elided[n] = metrics.elidedText(self._labels[n], Qt.TextElideMode.ElideLeft,
                                                     round((self.axis_width - 14) * room_factor()))
        return [(n, self._elided[n]) for n in rows]

    def visible(self) -> range:
        top, bottom = self.plot.getViewBox().viewRange()[1]
        return range(max(0, int(top)), min(self.rows, int(bottom) + 2))

    def refresh(self) -> None:
        visible = self.visible() if self.rows else range(0)
        self.plot.getAxis("left").setTicks([self._tick_labels(visible), []])
        entries = self._labels_for(visible) if self.rows else []
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
        half = QFontMetrics(chart_font(9)).horizontalAdvance(text) / 2 * (hi - lo) / pixels
        return 0.0 if x - half < lo else 1.0 if x + half > hi else 0.5

    def show_row(self, row: int) -> None:
        """Scroll so that `row` is in view."""
        top, bottom = self.plot.getViewBox().viewRange()[1]
        if not top + 0.5 <= row <= bottom - 0.5:
            span = bottom - top
            start = min(max(-0.6, row - span / 2), self.rows - span + 0.4)
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
