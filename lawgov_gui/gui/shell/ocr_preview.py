"""The first recognised pages of a scan, shown while the rest are recognised.

Text recognition takes seconds a page, so a long scan would keep the reader
waiting for minutes. While it runs, `OcrPreview` covers the reading view with the
text recognised so far: plain and read-only, each page under its number, a banner
above saying how far the recognition is. Nothing else is built per page (no
layout, tree or panels). When the load ends it goes: the finished report replaces
the view's document as usual, and after a cancel or a failure the report that was
open is there again, untouched underneath.

It is a child of the reading view (kept to its size), not a document of it: the
view still holds the open report, so nothing has to be restored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from ..reader.document import DocStyle
from .ocr_feed import OcrPage
from .ocr_notice import notice_label
from .session import ReportSession


def tr(text: str) -> str:
    return QCoreApplication.translate("OcrPreview", text)


class OcrPreview(QWidget):
    """The text recognised so far, over the reading view, while a scan is recognised.

    Args:
        session: the loads whose recognition it follows.
        view: the reading view it covers.
        style: returns the reading style (its font and muted colour are used).
    """

    def __init__(self, session: ReportSession, view: QWidget,
                 style: Callable[[], DocStyle]) -> None:
        super().__init__(view)
        self.setObjectName("ocrPreview")
        self._view, self._style = view, style
        self.banner = notice_label(self)
        self.banner.setObjectName("ocrPreviewBanner")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(tr("已识别的文字（预览）"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.banner)
        box.addWidget(self.text, 1)
        view.installEventFilter(self)
        session.loadStarted.connect(lambda _path: self._end())  # an older load's pages: gone
        session.ocrProgress.connect(self._recognised)
        session.busyChanged.connect(lambda busy: busy or self._end())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the size of the reading view."""
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.rect())
        return False

    def _recognised(self, page: OcrPage) -> None:
        if page.done == 0:
            return  # nothing to show before the first page
        self._append(page)
        if page.done < page.total:
            self.banner.setText(tr("正在识别…已识别 {0}/{1} 页（预览：识别完成后显示完整的报告、"
                                   "目录和指标；Esc 取消）").format(page.done, page.total))
        else:
            self.banner.setText(tr("已识别 {0}/{0} 页，正在整理报告…").format(page.total))
        if self.isHidden():
            self._open()

    def _append(self, page: OcrPage) -> None:
        """Add the page's number and text at the end, leaving the reader's place as it is."""
        style = self._style()
        self.text.setFont(style.font)
        muted = QTextCharFormat()
        muted.setForeground(QColor(style.muted))
        cursor = QTextCursor(self.text.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.text.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(tr("— 第 {0} 页 —").format(page.done), muted)
        cursor.insertBlock()
        cursor.insertText(page.text or tr("（此页未识别出文字）"), QTextCharFormat())

    def _open(self) -> None:
        reading = self._view.hasFocus()
        self.setGeometry(self._view.rect())
        self.show()
        self.raise_()
        if reading:
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _end(self) -> None:
        if self.isHidden():
            return
        reading = self.text.hasFocus()
        self.hide()
        self.text.clear()
        if reading:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
