"""The panes of the 对照 view: the aligned headings, the two sections' texts, the paired figures.

Made when the view first shows a pair (later.py). The headings' table shows whole rows only
(whole_rows.py): half a heading at its bottom edge would read as another heading.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..common.elided_label import ElidedLabel
from .pair_model import tr
from .whole_rows import MeasuredTable, WholeRows


class PairPanes(QWidget):
    """The headings (`sections`) above the two texts, the figures (`figures`) below.

    Args:
        sections: the model of the aligned headings.
        figures: the model of the paired figures.
    """

    def __init__(self, sections: QAbstractItemModel, figures: QAbstractItemModel) -> None:
        super().__init__()
        self.sections = _table(MeasuredTable(), sections, tr("章节对照"))
        self.whole = WholeRows(self.sections)
        self.figures = _table(QTableView(), figures, tr("指标对照"))
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.left_title, self.right_title = ElidedLabel(), ElidedLabel()
        self.left_text, self.right_text = QTextBrowser(), QTextBrowser()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._split())

    def _split(self) -> QSplitter:
        panes = QSplitter(Qt.Orientation.Horizontal)
        for title, text in ((self.left_title, self.left_text), (self.right_title, self.right_text)):
            text.setAccessibleName(tr("章节正文"))
            panes.addWidget(_column(title, text))
        figures_title = QLabel(tr("指标对照"))
        figures_title.setBuddy(self.figures)
        split = QSplitter(Qt.Orientation.Vertical)
        for widget, stretch in ((self.whole, 3), (panes, 3),
                                (_column(figures_title, self.figures), 2)):
            split.addWidget(widget)
            split.setStretchFactor(split.count() - 1, stretch)
        return split


def _table(view: QTableView, model: QAbstractItemModel, name: str) -> QTableView:
    """`view` as a read-only table of whole rows, the keyboard moving between them and out with
    Tab."""
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.setStyleSheet("QTableView::item { padding: 2px 8px; }")  # figures apart from the grid
    if not isinstance(view, MeasuredTable):  # which sizes its rows itself
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


def _column(title: QLabel, body: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    return box
