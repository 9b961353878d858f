"""对照: two reports of one issuer side by side.

Above, the choice of issuer and years (pair_choice.py); then the aligned section headings of the two
years, a row each (pair_model.py); under them the text of the current row's section in each report,
side by side; at the bottom the figures of one canonical indicator in both years and their change.
Up and down move both sides at once; left and right choose a side; Enter (or a double click) on a
heading or a figure asks to open it (`openAt`). The view reads the library only through the
window's LibraryModel, when first shown and after the library's reports change; the alignment runs
on the thread pool (pair_task.py), and when it takes a while the view says it is at work. The panes
are made when the first pair is shown (pair_panes.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.library import LibraryError
from ...core.library.align import Alignment, Heading, Side, issuers
from ..common.library_model import LibraryModel
from ..common.theme import READING
from .later import Later
from .pair_choice import PairChooser
from .pair_model import LEFT, FiguresModel, SectionsModel, figure_at, side_header, tr, year_header
from .pair_panes import PairPanes
from .pair_task import Aligner
from .pair_text import missing_html, section_html

BUSY_MS = 150  # an alignment back sooner leaves the pair shown before in place: no flicker
BUSY_WIDTH = 240


class PairView(QWidget):
    """Two years of one issuer's reports, aligned.

    Args:
        model: the window's library.
        parent: the owner.

    Signals:
        openAt(str, int, int): open the report at this path, at this span of its text.
        aligned(): the pair chosen last is shown (its alignment came from the thread pool).
    """

    openAt = Signal(str, int, int)
    aligned = Signal()

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._stale = True
        self.alignment: Alignment | None = None
        self.chooser = PairChooser()
        self.sections_model, self.figures_model = SectionsModel(self), FiguresModel(self)
        self.aligner = Aligner(self)
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.busy = QProgressBar(maximum=0, textVisible=False)  # a bar going to and fro
        self.busy.setFixedWidth(BUSY_WIDTH)
        self.busy.setAccessibleName(tr("正在对照"))
        self._busy_later = QTimer(self, singleShot=True, interval=BUSY_MS)
        self.place = Later(self._make_panes)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._notice())
        self.pages.addWidget(self.place)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.pages, 1)
        self.chooser.changed.connect(self._show_pair)
        self.aligner.aligned.connect(self._show)
        self.aligner.failed.connect(self._say)
        self._busy_later.timeout.connect(self._show_busy)
        model.reportsChanged.connect(self._reports_changed)

    def _notice(self) -> QWidget:
        """The page of the view's messages, and of the bar that says an alignment is at work."""
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self.message)
        box.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self.busy.hide()
        return page

    def _make_panes(self) -> PairPanes:
        panes = PairPanes(self.sections_model, self.figures_model)
        panes.sections.selectionModel().currentChanged.connect(self._show_row)
        panes.sections.activated.connect(self._open_section)
        panes.figures.activated.connect(self._open_figure)
        self.setFocusProxy(panes.sections)
        return panes

    @property
    def panes(self) -> PairPanes:
        """The headings, texts and figures (made now if no pair has been shown yet)."""
        return self.place.part()

    @property
    def sections(self) -> QTableView:
        """The table of the aligned headings."""
        return self.panes.sections

    @property
    def figures(self) -> QTableView:
        """The table of the paired figures."""
        return self.panes.figures

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
        self.aligner.ask(self._model.path, chosen[0].id, chosen[1].id)
        if self.pages.currentIndex() == 0:  # no pair shown: say at once that one is coming
            self._show_busy()
        else:
            self._busy_later.start()

    def _show_busy(self) -> None:
        """The alignment takes a while: say so, in place of the pair shown before."""
        if self.aligner.waiting():
            self._clear(tr("正在逐章对照两份报告……"))
            self.busy.show()

    def _show(self, alignment: Alignment) -> None:
        self._busy_later.stop()
        self.busy.hide()
        panes = self.panes
        self.pages.setCurrentIndex(1)
        self.layout().activate()  # the panes at their size: the headings measured once, at it
        self.alignment = alignment
        self.sections_model.set_alignment(alignment)
        self.figures_model.set_alignment(alignment)
        for label, side in ((panes.left_title, alignment.left),
                            (panes.right_title, alignment.right)):
            label.set_full_text(f"{side_header(alignment, side)}　{side.title or ''}")
        if alignment.sections:
            self.sections.setCurrentIndex(self.sections_model.index(0, 1))
            self._show_row(self.sections.currentIndex())
        else:  # neither report has headings: the two whole texts
            for pane, side in ((panes.left_text, alignment.left),
                               (panes.right_text, alignment.right)):
                pane.setHtml(self._html(side, Heading("", None, 0, "", "", 0, len(side.text), 0)))
        if isinstance(QApplication.focusWidget(), QTabBar) and self.isVisible():
            self.sections.setFocus(Qt.FocusReason.TabFocusReason)  # the tab just chosen
        self.aligned.emit()

    def _say(self, text: str) -> None:
        """Show `text` instead of a pair (an alignment under way is no longer wanted)."""
        self.aligner.forget()
        self._busy_later.stop()
        self.busy.hide()
        self._clear(text)

    def _clear(self, text: str) -> None:
        self.alignment = None
        self.sections_model.set_alignment(None)
        self.figures_model.set_alignment(None)
        self.message.setText(text)
        self.pages.setCurrentIndex(0)

    def _show_row(self, index: QModelIndex) -> None:
        if self.alignment is None or not index.isValid():
            return
        row = self.sections_model.rows()[index.row()]
        for pane, side, heading in ((self.panes.left_text, self.alignment.left, row.left),
                                    (self.panes.right_text, self.alignment.right, row.right)):
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

