"""The chart widget every indicator chart is: a pyqtgraph view whose marks are indicators.

A chart maps a click or a resting pointer at a mark back to its indicator's id,
so the window can jump to it in the text and show its details; it writes itself
to a PNG or SVG file. How the rows are laid out is in rows.py, how charts look
in style.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QHelpEvent
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from ...core.writers.atomic import WriteFailed
from .export import write_chart
from .style import PALETTES, Palette, tr


class Chart(QWidget):
    """A chart of indicators in a pyqtgraph GraphicsLayoutWidget.

    Subclasses add their plots to `self.layout_widget` and implement `hit()`, which
    finds the indicator under the pointer; clicks and tooltips follow from it.

    When there is nothing to draw, a note says so in place of the plots (`set_note`).

    Attributes:
        colors: the palette the chart is drawn in (`set_colors`).
        tooltip_for: set by the panels: indicator id -> its details as rich text.
        note: the label that stands in for the plots when there is nothing to draw.

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
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.hide()
        box.addWidget(self.note)
        self.colors = PALETTES[False]
        self.tooltip_for: Callable[[str], str] | None = None
        scene = self.layout_widget.scene()
        scene.sigMouseClicked.connect(self._clicked)
        scene.sigMouseMoved.connect(self._moved)
        self.layout_widget.viewport().installEventFilter(self)

    def set_colors(self, colors: Palette) -> None:
        """Draw in `colors` from now on (the background at once, the marks when next shown)."""
        self.colors = colors
        self.layout_widget.setBackground(colors.background)

    def set_note(self, text: str | None) -> None:
        """Show `text` in place of the plots (nothing to draw), or the plots again (None)."""
        self.note.setText(text or "")
        self.note.setVisible(bool(text))
        self.layout_widget.setVisible(not text)

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
            WriteFailed: with a Chinese message; a file already at `path` is kept. Also when
                the chart has nothing drawn (its note stands in for it).
        """
        if self.note.text():
            raise WriteFailed(tr("图表中没有可导出的内容：{0}").format(self.note.text()))
        write_chart(self.layout_widget.scene(), path, max(1200, self.layout_widget.width() * 2))
