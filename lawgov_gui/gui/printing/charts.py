"""The rates and changes charts as 300 dpi pictures for the printed summary.

The same chart widgets as the indicator panels draw them, offscreen, with every
row in view, light colours, and scaled vector drawing into the picture.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from ...core import Report
from ...core.analysis import figures as an
from ...core.summary.bounds import MAX_CHART_PAIRS, MAX_CHART_RATES, chart_items
from ..charts.base import Chart
from ..charts.changes import ChangesChart
from ..charts.rates import RatesChart
from ..charts.style import PALETTES

DPI = 300
ROW_PT = 16  # height of one chart row on paper, in points


def _render(chart: Chart, width_pt: float, height_pt: float) -> QImage:
    """Draw `chart` into a picture of the given paper size at DPI."""
    scale = 1.6  # widget pixels per point: keeps fonts and marks in proportion
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(int(width_pt * scale), int(height_pt * scale))
    chart.show()  # laid out, never on screen
    QApplication.processEvents()
    image = QImage(round(width_pt / 72 * DPI), round(height_pt / 72 * DPI),
                   QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    try:
        _paint(chart, image)
    finally:
        chart.hide()
    return image


def _paint(chart: Chart, image: QImage) -> None:
    """The chart's view, scaled (as vectors) to fill `image`."""
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = chart.layout_widget
        view.render(painter, QRectF(image.rect()), view.viewport().rect())
    finally:
        painter.end()


def _destroy(chart: Chart) -> None:
    """Free the offscreen chart now: a pyqtgraph scene left to interpreter shutdown can crash."""
    import shiboken6

    shiboken6.delete(chart)


def chart_images(report: Report, width_pt: float, row_pt: float = ROW_PT) -> list[tuple[str, QImage]]:
    """(caption, picture) for the rates and the changes of `report`, if it has any.

    Args:
        report: the report.
        width_pt: the pictures' width on paper, in points.
        row_pt: the height of one chart row on paper, in points.
    """
    pictures = (_rates_picture(report, width_pt, row_pt), _changes_picture(report, width_pt, row_pt))
    return [p for p in pictures if p is not None]


def _rates_picture(report: Report, width_pt: float, row_pt: float) -> tuple[str, QImage] | None:
    """图1: every stated rate, largest first (the first MAX_CHART_RATES)."""
    rates, note = chart_items([(i.id, i) for i in an.rates(report.indicators)], MAX_CHART_RATES)
    if not rates:
        return None
    chart = RatesChart()
    chart.set_colors(PALETTES[False])
    chart.rows.row_limit = len(rates)
    chart.show_items(rates, by_value=True)
    picture = ("图1　各项比率（%）" + note, _render(chart, width_pt, 40 + row_pt * len(rates)))
    _destroy(chart)
    return picture


def _changes_picture(report: Report, width_pt: float, row_pt: float) -> tuple[str, QImage] | None:
    """图2: every before→after pair (the first MAX_CHART_PAIRS), percentages above counts."""
    pairs, note = chart_items([(p.source, p) for p in an.change_pairs(report, report.indicators)],
                              MAX_CHART_PAIRS)
    if not pairs:
        return None
    chart = ChangesChart()
    chart.set_colors(PALETTES[False])
    for sub in (chart.percent, chart.counts):
        sub.rows.row_limit = len(pairs)
    chart.show_pairs(pairs)
    plots = sum(1 for sub in (chart.percent, chart.counts) if sub.pairs)
    height = 60 * plots + row_pt * 2.2 * len(pairs)
    picture = ("图2　前后变化（虚线为按同比推算）" + note, _render(chart, width_pt, height))
    _destroy(chart)
    return picture
