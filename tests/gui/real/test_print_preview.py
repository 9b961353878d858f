"""File → 打印摘要 (Ctrl+P): the options, then the print preview, paged through, zoomed,
printed to a PDF printer or closed; both layouts, with and without charts, four times
in one session.

In a real window this used to end the program at the preview's first repaint (exit
139, in QPicture::play): the QPrinter the preview painted on was a local variable,
freed while the dialog was still open.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar, QToolButton

from lawgov_gui.gui.printing.actions import OptionsDialog

from .person import WAIT_MS, Person

ROUNDS = [  # layout, charts, how the preview is left
    ("gbt", True, "print"),
    ("compact", False, "close"),
    ("compact", True, "print"),
    ("gbt", False, "close"),
]


def choose(person: Person, layout: str, charts: bool):
    """A handler for the options dialog: pick the layout and charts, then Enter."""

    def handle(dialog: OptionsDialog) -> None:
        for button in dialog.layout_group.buttons():
            if button.property("key") == layout and not button.isChecked():
                person.click(button)
        if dialog.charts.isChecked() != charts:
            person.click(dialog.charts)
        person.press(dialog, Qt.Key.Key_Return)

    return handle


def button(dialog: QPrintPreviewDialog, text: str) -> QToolButton:
    """The preview's tool button for the action Qt calls `text` ("Next page")."""
    shown = QCoreApplication.translate("QPrintPreviewDialog", text)
    for bar in dialog.findChildren(QToolBar):
        for action in bar.actions():
            if action.text() == shown:
                widget = bar.widgetForAction(action)
                assert isinstance(widget, QToolButton) and widget.isVisible(), text
                return widget
    raise AssertionError(f"no {shown!r} in the print preview")


def has_ink(preview: QPrintPreviewWidget) -> bool:
    """Whether the preview, painted now, shows more than blank paper and background."""
    image = preview.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    step = max(1, image.width() // 200)
    levels = {image.pixelColor(x, y).value() for x in range(0, image.width(), step)
              for y in range(0, image.height(), step)}
    return len(levels) > 8


def page_through(person: Person, dialog: QPrintPreviewDialog) -> int:
    """Click 下一页 to the last page, then zoom in, out and fit; returns the page count."""
    qtbot = person.qtbot
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=WAIT_MS)
    assert has_ink(preview)
    pages = preview.pageCount()
    for page in range(2, pages + 1):
        person.click(button(dialog, "Next page"))
        qtbot.waitUntil(lambda p=page: preview.currentPage() == p, timeout=WAIT_MS)
    person.click(button(dialog, "First page"))
    qtbot.waitUntil(lambda: preview.currentPage() == 1, timeout=WAIT_MS)
    start = preview.zoomFactor()
    for _ in range(2):
        person.click(button(dialog, "Zoom in"))
    assert preview.zoomFactor() > start and has_ink(preview)
    person.click(button(dialog, "Zoom out"))
    person.click(button(dialog, "Fit page"))
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitInView and has_ink(preview)
    return pages


def print_to_pdf(person: Person, dialog: QPrintPreviewDialog, pdf: Path) -> None:
    """打印, with the printer set to write a PDF file; Enter in Qt's print dialog."""
    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    print_button = button(dialog, "Print")

    def accept(print_dialog: QPrintDialog) -> None:
        assert print_dialog.isVisible()
        person.press(print_dialog, Qt.Key.Key_Return)

    person.through(lambda: person.click(print_button), [(QPrintDialog, accept)])


def leave(person: Person, dialog: QPrintPreviewDialog, how: str, pdf: Path) -> None:
    """Print to `pdf` (the preview then closes) or press Esc; wait until it is deleted."""
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    if how == "print":
        print_to_pdf(person, dialog, pdf)
    else:
        person.press(dialog, Qt.Key.Key_Escape)
    person.qtbot.waitUntil(lambda: bool(gone), timeout=WAIT_MS)  # with the printer it owns


def test_print_preview_pages_zooms_prints_and_closes_again_and_again(
        person: Person, tmp_path: Path, shoot) -> None:
    window, qtbot = person.window, person.qtbot
    for n, (layout, charts, how) in enumerate(ROUNDS, 1):
        person.through(lambda: person.shortcut("print"),
                       [(OptionsDialog, choose(person, layout, charts))])
        qtbot.waitUntil(lambda: window.summary.preview is not None, timeout=WAIT_MS)
        dialog = window.summary.preview
        qtbot.waitExposed(dialog, timeout=WAIT_MS)
        dialog.resize(1100, 800)  # room for the whole tool bar
        qtbot.waitUntil(lambda d=dialog: d.width() >= 1100, timeout=WAIT_MS)
        assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pages = page_through(person, dialog)
        if n == 1:
            shoot(dialog, "print-preview.png")
        pdf = tmp_path / f"{n}-{layout}.pdf"
        leave(person, dialog, how, pdf)
        assert window.summary.preview is None
        if how == "print":
            assert len(pdfium.PdfDocument(str(pdf))) == pages
        assert window.isVisible()


def test_cancelled_options_open_no_preview(person: Person) -> None:
    person.through(lambda: person.shortcut("print"),
                   [(OptionsDialog, lambda dialog: person.press(dialog, Qt.Key.Key_Escape))])
    assert person.window.summary.preview is None
