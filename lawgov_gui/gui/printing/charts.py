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

from ...core import Indicator, Report
from ...core.analysis import figures as an
from ...core.summary.bounds import MAX_CHART_PAIRS, MAX_CHART_RATES, chart_items
from ..charts.base import Chart
from ..charts.changes import INLINE_LINES, ChangesChart
from ..charts.rates import RatesChart
from ..charts.rows import RowPlot
from ..charts.style import PRINT_PALETTE, VALUE_PT, chart_font, set_title
from .pictures import DPI, ChartPicture

__all__ = ["DPI", "PRINT_PT", "chart_images", "paper_scale"]

PRINT_PT = 9.0  # the smallest chart text on paper (the values beside the marks), in points
ONE_LINE_SHARE = 0.55  # the most of a chart's width its row labels take on one line…
WRAP_SHARE = 0.4  # …or, wrapped onto WRAP_LINES lines, when one line would take more
WRAP_LINES = 2
FIRST_ROW_PT = 40  # a row's height (in points) in the first layout, which measures the frame
LAYOUT_SLACK_PT = 8  # the changes chart's margins and the space between its plots
MAX_HEIGHT_PT = 540  # a chart under a page (Letter too): longer labels are shortened, not wrapped


def paper_scale(chart: Chart) -> float:
    """Widget pixels per point on paper: the value labels' font prints PRINT_PT high."""
    return chart_font(VALUE_PT).pointSizeF() * chart.logicalDpiY() / 72 / PRINT_PT


def _row_px(lines: int, values: float) -> float:
    """A row's height in pixels: its label on `lines` lines, or `values` pixels."""
    return max(values, lines * QFontMetricsF(chart_font()).height() + 2)


def _frame_px(outer, plot) -> float:
    """The pixels of `outer` (the chart, or a plot) that are not `plot`'s rows: its axis,
    title and margins, as laid out now."""
    return outer.height() - plot.getViewBox().height()


def _fit_labels(rows: list[RowPlot], chart_width: float, wrap: bool) -> int:
    """Size the label axes of `rows` alike: the labels on one line if they fit in
    ONE_LINE_SHARE of the chart's width, else wrapped in WRAP_SHARE (if `wrap`; else
    shortened to ONE_LINE_SHARE). Returns the lines the longest label takes."""
    widest = max(r.label_width() for r in rows)
    wraps = wrap and widest > ONE_LINE_SHARE * chart_width
    for r in rows:
        r.wrap_lines = WRAP_LINES if wraps else 1
    width = min(widest, (WRAP_SHARE if wraps else ONE_LINE_SHARE) * chart_width)
    return max(r.set_axis_width(width) for r in rows)


def _wraps(rows: int, frame_px: float, values_px: float, scale: float) -> bool:
    """Whether `rows` rows with labels on WRAP_LINES lines stay within MAX_HEIGHT_PT."""
    return frame_px + rows * _row_px(WRAP_LINES, values_px) <= MAX_HEIGHT_PT * scale


def _show(chart: Chart, width: float, height: float) -> None:
    """Lay `chart` out at this size in pixels, never on screen, with narrow margins."""
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.layout_widget.ci.setContentsMargins(2, 2, 4, 2)
    chart.layout_widget.ci.setSpacing(4)
    chart.layout_widget.setMinimumHeight(0)  # a chart of one row is short
    chart.resize(round(width), round(height))
    chart.show()
    QApplication.processEvents()
    chart.layout_widget.ci.layout.activate()  # the plots' new sizes, before labels are placed


def _record(chart: Chart, width_pt: float, scale: float) -> ChartPicture:
    """The chart's view as a vector drawing `width_pt` wide (and its 300 dpi picture)."""
    size = QSizeF(width_pt, chart.height() / scale)
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


def _rates_picture(indicators: list[Indicator], width_pt: float) -> tuple[str, ChartPicture] | None:
    """图1: every share of the year, largest first (the first MAX_CHART_RATES)."""
    rates, note = chart_items([(i.id, i) for i in an.year_rates(indicators)], MAX_CHART_RATES)
    if not rates:
        return None
    chart = RatesChart()
    chart.set_colors(PRINT_PALETTE)
    chart.rows.row_limit = len(rates)
    scale = paper_scale(chart)
    _show(chart, width_pt * scale, (FIRST_ROW_PT + 1) * len(rates) * scale)
    chart.show_items(rates, by_value=True)
    values, frame = QFontMetricsF(chart_font(VALUE_PT)).height() * 1.2, _frame_px(chart, chart.plot)
    lines = _fit_labels([chart.rows], chart.width(), _wraps(len(rates), frame, values, scale))
    _show(chart, chart.width(), frame + _row_px(lines, values) * len(rates))
    chart.show_items(rates)  # again: the value labels' room is fitted to the final size
    picture = ("图1　各项比率（%）" + note, _record(chart, width_pt, scale))
    _destroy(chart)
    return picture


def _changes_picture(report: Report, indicators: list[Indicator],
                     width_pt: float) -> tuple[str, ChartPicture] | None:
    """图2: every before→after pair (the first MAX_CHART_PAIRS), percentages above counts."""
    pairs, note = chart_items([(p.source, p) for p in an.change_pairs(report, indicators)],
                              MAX_CHART_PAIRS)
    if not pairs:
        return None
    chart = ChangesChart()
    chart.set_colors(PRINT_PALETTE)
    for sub in (chart.percent, chart.counts):
        sub.rows.row_limit = len(pairs)
        sub.set_inline(str(report.meta.year) if report.meta.year else None)
        set_title(sub.plot, "")  # the axes say which is which
    scale = paper_scale(chart)
    _show(chart, width_pt * scale, (FIRST_ROW_PT + 2) * len(pairs) * scale)
    chart.show_pairs(pairs)
    _fit_changes(chart, scale)
    chart.show_pairs(pairs)  # again: the labels are placed for the final size
    picture = (_changes_caption(chart, pairs, note), _record(chart, width_pt, scale))
    _destroy(chart)
    return picture


def _fit_changes(chart: ChangesChart, scale: float) -> None:
    """Give each plot of `chart` the height of its rows, their labels alike, and lay it out."""
    subs = [sub for sub in (chart.percent, chart.counts) if sub.pairs]
    values = QFontMetricsF(chart_font(VALUE_PT)).height() * 1.2 * INLINE_LINES
    frames = sum(_frame_px(sub.plot, sub.plot) for sub in subs)
    wrap = _wraps(sum(len(sub.pairs) + 1 for sub in subs), frames, values, scale)
    lines = _fit_labels([sub.rows for sub in subs], chart.width(), wrap)  # the scales line up
    row = _row_px(lines, values)
    heights = [_frame_px(sub.plot, sub.plot) + 2 + row * (len(sub.pairs) + sub.rows.top_room - 0.6)
               for sub in subs]
    for sub, height in zip(subs, heights, strict=True):
        sub.plot.setMinimumHeight(height)
        sub.plot.setMaximumHeight(height)
    _show(chart, chart.width(), sum(heights) + LAYOUT_SLACK_PT * scale)


def _changes_caption(chart: ChangesChart, pairs: list[tuple[str, an.Pair]], left_out: str) -> str:
    """图2's caption: what was left out (chart_items' note), then what its scales and
    dashes mean where it has them."""
    notes = [text for text, used in ((left_out.strip("（）"), left_out),
                                     ("数量取对数刻度", chart.counts.pairs),
                                     ("虚线为按同比推算", any(p.derived for _, p in pairs)))
             if used]
    return "图2　前后变化" + (f"（{'；'.join(notes)}）" if notes else "")
