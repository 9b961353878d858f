"""The notices of text recognition (OCR): a bar above a recognised report, and a banner.

`OcrNotice` sits above the text while the open report was read by OCR
(report.source.ocr): it may contain misread characters. It blocks nothing, the
reader may close it, and it goes when another report, not recognised, is open.
`notice_label` makes the look it shares with the preview's banner (ocr_preview.py):
the palette's tooltip colours, which follow the theme.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ...core import Report
from ..common.state import AppState


def tr(text: str) -> str:
    return QCoreApplication.translate("OcrNotice", text)


def notice_label(parent: QWidget) -> QLabel:
    """A wrapped label in the notice colours."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setContentsMargins(8, 4, 8, 4)
    paint(label)
    return label


def paint(widget: QWidget) -> None:
    """Fill `widget` with the notice colours (the palette's tooltip roles)."""
    widget.setAutoFillBackground(True)
    widget.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    widget.setForegroundRole(QPalette.ColorRole.ToolTipText)


class OcrNotice(QWidget):
    """Says, above the text, that the open report was recognised and may contain errors.

    Args:
        state: the window's state; the notice follows its report.
        parent: the widget it sits in.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ocrNotice")
        paint(self)
        self.label = notice_label(self)
        self.label.setText(tr("本报告由文字识别（OCR）得到，可能有错字，请以原件为准。"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("关闭此提示"))
        self.close_button.setAccessibleName(tr("关闭文字识别提示"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button)
        state.reportChanged.connect(self._follow)
        self._report: Report | None = None
        self.hide()

    def _follow(self, report: Report) -> None:
        """Show for a recognised report; the same report laid out again keeps it as it was."""
        if report is not self._report:  # a relayout (a theme change) tells the same report
            self._report = report
            self.setVisible(report.source.ocr)
