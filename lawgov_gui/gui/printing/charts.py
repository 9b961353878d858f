"""The rates and changes charts of the printed summary, as vector drawings.

The same chart widgets as the indicator panels draw them, offscreen, with every
row in view, in the print palette, sized so that their smallest text is PRINT_PT
on paper; the view is recorded as vectors (pictures.ChartPicture). 图1 draws the
shares of the report's year, 图2 the before→after pairs (growth rates among them,
as the pairs they imply); both only of the chosen sections.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPicture
from PySide6.QtWidgets import QApplication

from ...core import Report
from ...core.analysis import figures as an
from ...core.summary.bounds import MAX_CHART_PAIRS, MAX_CHART_RATES, chart_items
from ..charts.base import Chart
from ..charts.changes import ChangesChart
from ..charts.rates import RatesChart
from ..charts.rows import RowPlot
from ..charts.style import PRINT_PALETTE, VALUE_PT, chart_font
from .pictures import DPI, ChartPicture

__all__ = ["DPI", "PRINT_PT", "chart_images", "paper_scale"]

PRINT_PT = 9.0  # the smallest chart text on paper (the values beside the marks), in points
LABEL_SHARE = 0.4  # the most of a chart's width its row labels take; longer ones wrap
WRAP_LINES = 2
RATES_FRAME_PT = 40  # the rates chart's axis and margins, in points
PLOT_FRAME_PT = 62  # one plot of the changes chart: its title, axis and margins
LAYOUT_SLACK_PT = 12  # the changes chart's margins and the space between its plots


def paper_scale(chart: Chart) -> float:
    """Widget pixels per point on paper: the value labels' font prints PRINT_PT high."""
    return chart_font(VALUE_PT).pointSizeF() * chart.logicalDpiY() / 72 / PRINT_PT


def _row_px(rows: RowPlot, lines: int) -> float:
    """A row's height in pixels: its value labels, or its label on `lines` lines."""
    values = rows.label_lines * QFontMetricsF(chart_font(VALUE_PT)).height() * 1.2
    return max(values, lines * QFontMetricsF(chart_font()).height() + 4) + 1


def _show(chart: Chart, width: float, height: float) -> None:
    """Lay `chart` out at this size in pixels, never on screen."""
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(round(width), round(height))
    chart.show()
    QApplication.processEvents()


def _record(chart: Chart, scale: float) -> ChartPicture:
    """The chart's view as a vector drawing in points (and its 300 dpi picture)."""
    size = QSizeF(chart.width() / scale, chart.height() / scale)
    drawing = QPicture()
    painter = QPainter(drawing)
    try:
        view = chart.layout_widget
        view.render(painter, QRectF(0, 0, size.width(), size.height()), view.viewport().rect())
    finally:
        painter.end()
    chart.hide()
    return ChartPicture(drawing, size)


def _destroy(chart: Chart) -> None:
    """Free the offscreen chart now: a pyqtgraph scene left to interpreter shutdown can crash."""
    import shiboken6

    shiboken6.delete(chart)


def chart_images(report: Report, width_pt: float,
                 sections: set[str] | None = None) -> list[tuple[str, ChartPicture]]:
    """(caption, picture) for the rates and the changes of `report`, if it has any.

    Args:
        report: the report.
        width_pt: the pictures' width on paper, in points.
        sections: ids of the sections whose figures to draw, with their subsections (None: all).
    """
    indicators = an.in_sections(report.indicators, sections)
    pictures = (_rates_picture(indicators, width_pt),
                _changes_picture(report, indicators, width_pt))
    return [p for p in pictures if p is not None]


def _rates_picture(indicators: list, width_pt: float) -> tuple[str, ChartPicture] | None:
    """图1: every share of the year, largest first (the first MAX_CHART_RATES)."""
    rates, note = chart_items([(i.id, i) for i in an.year_rates(indicators)], MAX_CHART_RATES)
    if not rates:
        return None
    chart = RatesChart()
    chart.set_colors(PRINT_PALETTE)
    chart.rows.row_limit = len(rates)
    chart.rows.wrap_lines = WRAP_LINES
    scale = paper_scale(chart)
    _show(chart, width_pt * scale, (RATES_FRAME_PT + 20 * len(rates)) * scale)
    chart.show_items(rates, by_value=True)
    lines = chart.rows.set_axis_width(min(chart.rows.label_width(), LABEL_SHARE * chart.width()))
    _show(chart, chart.width(), RATES_FRAME_PT * scale + _row_px(chart.rows, lines) * len(rates))
    chart.show_items(rates)  # again: the value labels' room is fitted to the final size
    picture = ("图1　各项比率（%）" + note, _record(chart, scale))
    _destroy(chart)
    return picture


def _changes_picture(report: Report, indicators: list,
                     width_pt: float) -> tuple[str, ChartPicture] | None:
    """图2: every before→after pair (the first MAX_CHART_PAIRS), percentages above counts."""
    pairs, note = chart_items([(p.source, p) for p in an.change_pairs(report, indicators)],
                              MAX_CHART_PAIRS)
    if not pairs:
        return None
    chart = ChangesChart()
    chart.set_colors(PRINT_PALETTE)
    subs = (chart.percent, chart.counts)
    for sub in subs:
        sub.rows.row_limit = len(pairs)
        sub.rows.wrap_lines = WRAP_LINES
    scale = paper_scale(chart)
    _show(chart, width_pt * scale, (PLOT_FRAME_PT * 2 + 50 * len(pairs)) * scale)
    chart.show_pairs(pairs)
    shown = [sub for sub in subs if sub.pairs]
    width = min(max(sub.rows.label_width() for sub in shown), LABEL_SHARE * chart.width())
    lines = max(sub.rows.set_axis_width(width) for sub in shown)  # one axis: the scales line up
    heights = [PLOT_FRAME_PT * scale + _row_px(sub.rows, lines) * len(sub.pairs) for sub in shown]
    for sub, height in zip(shown, heights, strict=True):
        sub.plot.setMinimumHeight(height)
        sub.plot.setMaximumHeight(height)
    _show(chart, chart.width(), sum(heights) + LAYOUT_SLACK_PT * scale)
    chart.show_pairs(pairs)
    picture = ("图2　前后变化（虚线为按同比推算）" + note, _record(chart, scale))
    _destroy(chart)
    return picture
