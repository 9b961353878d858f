"""The chart side of the compare view: the mode (按地区 / 按年度), the year or issuer, the chart.

按地区 chooses among the years with figures (the latest first), 按年度 among the issuers (those with
the most years first, so the first one draws a line). The chart itself, the costly part of the
比较 tab, is made when the panel is first shown (later.py); until then the panel keeps what it is to
draw.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.library import CompareRow
from ..charts.style import PALETTES, Palette
from .compare_axis import Scale
from .compare_chart import CompareChart
from .compare_model import year_text
from .compare_series import ChartMode, issuers, years
from .later import Later


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


def mode_name(mode: ChartMode) -> str:
    """按地区 / 按年度"""
    return {ChartMode.BY_REGION: tr("按地区"), ChartMode.BY_YEAR: tr("按年度")}[mode]


class ChartPanel(QWidget):
    """The mode and choice combos above the chart.

    Signals:
        figureChosen(str): the reader clicked the mark of the figure with this key.
    """

    figureChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.setObjectName("compareChartMode")
        self.mode.setAccessibleName(tr("图表方式"))
        for mode in ChartMode:
            self.mode.addItem(mode_name(mode), mode)
        self.choice = QComboBox(self)
        self.choice.setObjectName("compareChartChoice")
        self.choice_label = QLabel(self)
        self.choice_label.setBuddy(self.choice)
        self.place = Later(self._make_chart, self)
        self.rows: list[CompareRow] = []
        self.name = ""
        self.scale = Scale.AMOUNT
        self.colors = PALETTES[False]
        self._layout()
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.choice.currentIndexChanged.connect(lambda _: self._redraw())

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("图表："), self))
        bar.addWidget(self.mode)
        bar.addSpacing(12)
        bar.addWidget(self.choice_label)
        bar.addWidget(self.choice, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.place, 1)

    def _make_chart(self) -> CompareChart:
        chart = CompareChart()
        chart.setObjectName("compareChart")
        chart.indicatorActivated.connect(self.figureChosen)
        chart.set_colors(self.colors)
        self._draw(chart)
        return chart

    @property
    def chart(self) -> CompareChart:
        """The chart (made now if the panel has not been shown yet)."""
        return self.place.part()

    def highlight(self, key: str | None) -> None:
        """Mark the figure with `key` in the chart (none: no mark); nothing before it is made."""
        if self.place.made():
            self.chart.highlight(key)

    def current_mode(self) -> ChartMode:
        """The mode chosen."""
        return self.mode.currentData()

    def set_mode(self, mode: ChartMode) -> None:
        """Draw in `mode` from now on."""
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def set_colors(self, colors: Palette) -> None:
        """Draw in `colors` (the window's light or dark palette)."""
        self.colors = colors
        if self.place.made():
            self.chart.set_colors(colors)
            self._draw(self.chart)

    def show_rows(self, rows: list[CompareRow], name: str, scale: Scale) -> None:
        """Chart `rows` of the indicator `name`, on a value axis for `scale`."""
        self.rows, self.name, self.scale = rows, name, scale
        self._fill_choices()

    def _mode_changed(self) -> None:
        self._fill_choices()

    def _fill_choices(self) -> None:
        """The years (按地区) or issuers (按年度) of the rows, the first one chosen."""
        region = self.current_mode() is ChartMode.BY_REGION
        self.choice_label.setText(tr("年度：") if region else tr("发布机关："))
        self.choice.setAccessibleName(tr("年度") if region else tr("发布机关"))
        self.choice.blockSignals(True)
        self.choice.clear()
        for value in years(self.rows) if region else issuers(self.rows):
            self.choice.addItem(year_text(value) if region else value, value)
        self.choice.blockSignals(False)
        self._redraw()

    def _redraw(self) -> None:
        if self.place.made():
            self._draw(self.chart)

    def _draw(self, chart: CompareChart) -> None:
        choice = self.choice.currentData()
        rows = self.rows if choice is not None else []
        chart.show_rows(rows, self.current_mode(), 0 if choice is None else choice, self.name,
                        self.scale)
