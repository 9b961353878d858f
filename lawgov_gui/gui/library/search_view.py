"""The 搜索 tab: a query, the filters, and the reports that hold it, best first.

The search runs a moment after the last key (TYPING_PAUSE_MS) or at once on Enter; ↓ goes from
the query to the hits, and Enter or a double click on a hit opens its report there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.library import LibraryError
from ..common.library_model import LibraryModel
from ..common.theme import READING
from .filters import FilterBar
from .search_model import HIT_ROLE, SearchModel, find, marked_html

TYPING_PAUSE_MS = 250


def tr(text: str) -> str:
    return QCoreApplication.translate("LibrarySearch", text)


def is_dark(widget: QWidget) -> bool:
    """Whether `widget` is shown in a dark palette."""
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as rich text: the issuer bold, the hit marked, wrapped to the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, index: QModelIndex, width: int, selected: bool) -> QTextDocument:
        colors = READING[is_dark(self.view)]
        palette = self.view.palette()
        muted = palette.color(QPalette.ColorRole.HighlightedText).name() if selected else (
            colors.muted)
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(6)
        hit = index.data(HIT_ROLE)
        doc.setHtml(marked_html(hit, colors.current, muted) if hit is not None else "")
        doc.setTextWidth(max(100, width))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self.view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                                      self.view)
        doc = self._document(index, option.rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        doc = self._document(index, self.view.viewport().width(), False)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchView(QWidget):
    """The search tab of the library window.

    Args:
        model: the window's library.
        parent: the tab widget.

    Signals:
        openAt(str, int, int): open the report at this path, at text[start:end].
        searched(int): a search ran; the number of hits.
    """

    openAt = Signal(str, int, int)
    searched = Signal(int)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(tr("在报告库的全部报告中搜索，如：行政复议 纠错率"))
        self.query.setAccessibleName(tr("搜索词"))
        self.query.setClearButtonEnabled(True)
        self.filters = FilterBar(self)
        self.message = QLabel(self)
        self.message.setAccessibleName(tr("搜索结果说明"))
        self.message.setWordWrap(True)
        self.hits = SearchModel(self)
        self.results = QListView(self)
        self.results.setAccessibleName(tr("搜索结果"))
        self.results.setModel(self.hits)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._lay_out()
        self._connect()
        self.search()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.filters)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.message)
        box.addWidget(self.results, 1)

    def _connect(self) -> None:
        self._typing.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._typing.start())
        self.query.returnPressed.connect(self.search)
        self.query.installEventFilter(self)
        self.filters.changed.connect(self.search)
        self.results.activated.connect(self._open)
        self.model.reportsChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Offer the filters the library's reports have now, and search again."""
        try:
            entries = self.model.entries()
        except LibraryError:  # the model has announced it; the search will say it too
            entries = []
        self.filters.fill(entries)
        self.search()

    def search(self) -> None:
        """Run the query in the box now."""
        self._typing.stop()
        found = find(self.model, self.query.text(), self.filters.values())
        self.hits.set_hits(found.hits)
        self.message.setText(found.message)
        if found.hits:
            self.results.setCurrentIndex(self.hits.index(0))
        self.searched.emit(len(found.hits))

    def focus_query(self) -> None:
        """Put the keyboard in the query box, its text selected for typing over."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.query and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.hits.rowCount()):
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(obj, event)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.openAt.emit(hit.path, hit.start, hit.end)
