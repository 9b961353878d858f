"""How every chart looks: its palette, its fonts, and the styling of a plot.

One palette for a light and one for a dark window, and one for paper that still
reads in grayscale (stated marks dark, derived ones light); fonts put the bundled CJK
font first so Chinese labels never show as boxes, and grow with 界面字号. The
module-level `tr` is the translation context ("Charts") of every chart.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from ..common.fonts import BUNDLED_FAMILY
from ..common.ui_scale import ui_factor

pg.setConfigOptions(antialias=True)


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
# On paper, also in grayscale: stated marks dark, derived (推算) ones light and dashed.
PRINT_PALETTE = Palette("#ffffff", "#111111", "#555555", "#2f62a8", "#e0742b", "#2e8b57",
                        "#c0392b", "#a78bd8")
TICK_PT = 10  # the axes' text at 100 % interface size
VALUE_PT = 9  # the values beside the marks: the smallest text of a chart


def chart_font(point_size: float = TICK_PT) -> QFont:
    """The bundled CJK font first, so Chinese labels never show as boxes.

    Args:
        point_size: the size at 100 % interface size; it grows with 界面字号.
    """
    font = QFont()
    font.setFamilies([BUNDLED_FAMILY, *QFont().families()])
    font.setPointSizeF(point_size * ui_factor())
    return font


def set_title(plot: pg.PlotItem, text: str, color: str | None = None) -> None:
    """A plot's title at the interface size (in `color`, or pyqtgraph's default)."""
    colour = {"color": color} if color else {}
    plot.setTitle(text, size=f"{TICK_PT * ui_factor():.1f}pt", **colour)


def elide(text: str, limit: int = 14) -> str:
    """`text` cut to `limit` characters, the last one an ellipsis, if it is longer."""
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
        set_title(plot, plot.titleLabel.text, colors.foreground)
    plot.showGrid(x=True, y=False, alpha=0.15)
    plot.setMenuEnabled(False)
    plot.hideButtons()


def value_label(text: str, colors: Palette, anchor=(0, 0.5)) -> pg.TextItem:
    """A value's text item beside its mark, in the palette's text colour."""
    item = pg.TextItem(text, color=colors.foreground, anchor=anchor, ensureInBounds=True)
    item.setFont(chart_font(VALUE_PT))
    return item
