"""The chart side of the compare view: the mode (按地区 / 按年度), the year or issuer, the chart.

按地区 chooses among the years with figures (the latest first), 按年度 among the issuers (those with
the most years first, so the first one draws a line).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.library import CompareRow
from ..charts.style import Palette
from .compare_chart import CompareChart
from .compare_model import year_text
from .compare_series import ChartMode, issuers, years


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
        self.chart = CompareChart(self)
        self.chart.setObjectName("compareChart")
        self.chart.indicatorActivated.connect(self.figureChosen)
        self.rows: list[CompareRow] = []
        self.name = ""
        self._layout()
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.choice.currentIndexChanged.connect(lambda _: self._draw())

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
        box.addWidget(self.chart, 1)

    def current_mode(self) -> ChartMode:
        """The mode chosen."""
        return self.mode.currentData()

    def set_mode(self, mode: ChartMode) -> None:
        """Draw in `mode` from now on."""
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def set_colors(self, colors: Palette) -> None:
        """Draw in `colors` (the window's light or dark palette)."""
        self.chart.set_colors(colors)
        self._draw()

    def show_rows(self, rows: list[CompareRow], name: str) -> None:
        """Chart `rows` of the indicator `name`."""
        self.rows, self.name = rows, name
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
        self._draw()

    def _draw(self) -> None:
        choice = self.choice.currentData()
        if choice is None:
            self.chart.show_rows([], self.current_mode(), 0, self.name)
            return
        self.chart.show_rows(self.rows, self.current_mode(), choice, self.name)
