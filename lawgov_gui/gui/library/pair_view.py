"""对照: two reports of one issuer side by side.

Above, the choice of issuer and years (pair_choice.py); then the aligned section headings of the two
years, a row each (pair_model.py); under them the text of the current row's section in each report,
side by side; at the bottom the figures of one canonical indicator in both years and their change.
Up and down move both sides at once; left and right choose a side; Enter (or a double click) on a
heading or a figure asks to open it (`openAt`). The view reads the library only through the
window's LibraryModel, when first shown and after the library's reports change.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.library import LibraryError
from ...core.library.align import Alignment, Heading, Side, issuers
from ..common.elided_label import ElidedLabel
from ..common.library_model import LibraryModel
from ..common.theme import READING
from .pair_choice import PairChooser
from .pair_model import LEFT, FiguresModel, SectionsModel, figure_at, side_header, tr, year_header
from .pair_text import missing_html, section_html


class PairView(QWidget):
    """Two years of one issuer's reports, aligned.

    Args:
        model: the window's library.
        parent: the owner.

    Signals:
        openAt(str, int, int): open the report at this path, at this span of its text.
    """

    openAt = Signal(str, int, int)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._stale = True
        self.alignment: Alignment | None = None
        self.chooser = PairChooser()
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.sections_model, self.figures_model = SectionsModel(), FiguresModel()
        self.sections = _table(self.sections_model, tr("章节对照"))
        self.figures = _table(self.figures_model, tr("指标对照"))
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.left_title, self.right_title = ElidedLabel(), ElidedLabel()
        self.left_text, self.right_text = QTextBrowser(), QTextBrowser()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.sections)
        self.chooser.changed.connect(self._show_pair)
        self.sections.selectionModel().currentChanged.connect(self._show_row)
        self.sections.activated.connect(self._open_section)
        self.figures.activated.connect(self._open_figure)
        model.reportsChanged.connect(self._reports_changed)

    def _content(self) -> QWidget:
        panes = QSplitter(Qt.Orientation.Horizontal)
        for title, text in ((self.left_title, self.left_text), (self.right_title, self.right_text)):
            text.setAccessibleName(tr("章节正文"))
            panes.addWidget(_column(title, text))
        figures_title = QLabel(tr("指标对照"))
        figures_title.setBuddy(self.figures)
        split = QSplitter(Qt.Orientation.Vertical)
        for widget, stretch in ((self.sections, 3), (panes, 3), (_column(figures_title, self.figures), 2)):
            split.addWidget(widget)
            split.setStretchFactor(split.count() - 1, stretch)
        return split

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the library's reports again and show the pair chosen."""
        self._stale = False
        try:
            entries = self._model.library().entries() if self._model.exists() else []
        except LibraryError as e:
            self._say(str(e))
            return
        found = issuers(entries)
        self.chooser.set_issuers(found)
        if not found:
            self._say(tr("报告库中的报告都未识别出发布机关，无法对照。") if entries
                      else tr("报告库中还没有报告。请先在报告库中添加报告。"))

    def _reports_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _show_pair(self) -> None:
        chosen = self.chooser.chosen()
        if chosen is None:
            if not self.chooser.has_pairs() and self.chooser.issuer() is not None:
                self._say(tr("报告库中每个发布机关都只有一份报告。添加同一机关另一年度的报告后，"
                             "即可在这里逐章对照两年的报告。"))
            elif self.chooser.issuer() is not None:
                self._say(tr("该机关在报告库中只有一份报告，请添加其他年度的报告后再对照。"))
            return
        if chosen[0].id == chosen[1].id:
            self._say(tr("请选择两份不同的报告。"))
            return
        try:
            self.alignment = self._model.library().pair(chosen[0].id, chosen[1].id)
        except LibraryError as e:
            self._say(str(e))
            return
        self._show(self.alignment)

    def _show(self, alignment: Alignment) -> None:
        self.sections_model.set_alignment(alignment)
        self.figures_model.set_alignment(alignment)
        for label, side in ((self.left_title, alignment.left), (self.right_title, alignment.right)):
            label.set_full_text(f"{side_header(alignment, side)}　{side.title or ''}")
        self.pages.setCurrentIndex(1)
        if alignment.sections:
            self.sections.setCurrentIndex(self.sections_model.index(0, 1))
            self._show_row(self.sections.currentIndex())
        else:  # neither report has headings: the two whole texts
            for pane, side in ((self.left_text, alignment.left), (self.right_text, alignment.right)):
                pane.setHtml(self._html(side, Heading("", None, 0, "", "", 0, len(side.text), 0)))

    def _say(self, text: str) -> None:
        self.alignment = None
        self.sections_model.set_alignment(None)
        self.figures_model.set_alignment(None)
        self.message.setText(text)
        self.pages.setCurrentIndex(0)

    def _show_row(self, index: QModelIndex) -> None:
        if self.alignment is None or not index.isValid():
            return
        row = self.sections_model.rows()[index.row()]
        for pane, side, heading in ((self.left_text, self.alignment.left, row.left),
                                    (self.right_text, self.alignment.right, row.right)):
            pane.setHtml(self._html(side, heading))
            pane.verticalScrollBar().setValue(0)

    def _html(self, side: Side, heading: Heading | None) -> str:
        colors = READING[self.palette().color(QPalette.ColorRole.Base).lightness() < 128]
        if heading is None:
            return missing_html(tr("%1的报告中没有与之对应的章节。").replace("%1", year_header(side.year)),
                                colors.muted)
        left = side is self.alignment.left
        figures = [f for p in self.alignment.figures if (f := p.left if left else p.right)]
        return section_html(side.text, heading, figures, colors.indicator)

    def _open_section(self, index: QModelIndex) -> None:
        row = self.sections_model.rows()[index.row()]
        heading, side = ((row.left, self.alignment.left) if index.column() == LEFT
                         else (row.right, self.alignment.right))
        if heading is not None:
            self.openAt.emit(side.path, heading.start, heading.end)

    def _open_figure(self, index: QModelIndex) -> None:
        pair = self.figures_model.rows()[index.row()]
        figure = figure_at(pair, index.column())
        if figure is None:
            return
        side = self.alignment.right if figure is pair.right else self.alignment.left
        self.openAt.emit(side.path, figure.start, figure.end)


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table of whole rows, the keyboard moving between them and out with Tab."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.setStyleSheet("QTableView::item { padding: 2px 8px; }")  # figures apart from the grid
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
