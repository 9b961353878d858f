"""Chart pictures in the printed summary's QTextDocument.

A chart is a `ChartPicture`: its vector drawing, which the PDF writer, the
printer and the print preview paint as shapes and text (a custom text object,
`_Drawings`), and the same drawing at 300 dpi for the Word file. A plain QImage
is shown as an image resource. A `Chart` is a caption and its picture; the
flow (flow.py) places them in the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QImage,
    QPainter,
    QPicture,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from ...core.summary.layout import LayoutSpec
from .formats import chars

CAPTION_COLOR = "#333333"
DPI = 300  # the Word file's pictures
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
DRAWING = QTextFormat.Property.UserProperty + 1  # a chart object's key in `_Drawings`
_HANDLER = "chartDrawings"

Chart = tuple[str, QImage]  # caption, picture


class ChartPicture(QImage):
    """A chart drawn as vectors, `size` points on paper, and as a DPI picture of it.

    Args:
        drawing: the chart recorded in points, from (0, 0) to `size`.
        size: its size on paper, in points.
    """

    def __init__(self, drawing: QPicture, size: QSizeF) -> None:
        super().__init__(round(size.width() / 72 * DPI), round(size.height() / 72 * DPI),
                         QImage.Format.Format_RGB32)
        self.drawing, self.size_pt = drawing, QSizeF(size)
        dots = round(DPI / 0.0254)
        self.setDotsPerMeterX(dots)
        self.setDotsPerMeterY(dots)
        self.fill(0xFFFFFFFF)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            play(painter, self, QRectF(self.rect()))
        finally:
            painter.end()


def play(painter: QPainter, chart: ChartPicture, rect: QRectF) -> None:
    """Paint `chart`'s drawing scaled into `rect`.

    A QPicture plays itself scaled by the device's resolution over its own (96 dpi):
    the scale undoes that, so the drawing fills `rect` on any device.
    """
    drawing, device = chart.drawing, painter.device()
    painter.save()
    painter.translate(rect.topLeft())
    x = rect.width() / chart.size_pt.width() * drawing.logicalDpiX() / device.logicalDpiX()
    y = rect.height() / chart.size_pt.height() * drawing.logicalDpiY() / device.logicalDpiY()
    painter.scale(x, y)
    chart.drawing.play(painter)
    painter.restore()


class _Drawings(QPyTextObject):
    """The chart objects of one document: their size and their drawing, by key.

    (PySide6 registers a Python text object handler only as a QPyTextObject.)
    """

    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self.setObjectName(_HANDLER)
        self.charts: dict[str, ChartPicture] = {}
        if doc.findChild(QAbstractTextDocumentLayout) is None:
            # Made now, the layout would follow every later edit: building a long summary
            # took twice as long. Registered when the document makes its layout.
            doc.documentLayoutChanged.connect(self._register)
        else:
            self._register()

    def _register(self) -> None:
        """Draw the chart objects of the document (the parent; not kept: a reference
        would keep the document alive past its thread)."""
        self.parent().documentLayout().registerHandler(CHART_OBJECT, self)

    def intrinsicSize(self, doc, pos, fmt) -> QSizeF:
        image = fmt.toImageFormat()
        return QSizeF(image.width(), image.height())

    def drawObject(self, painter, rect, doc, pos, fmt) -> None:
        play(painter, self.charts[fmt.stringProperty(DRAWING)], rect)


def _drawings(doc: QTextDocument) -> _Drawings:
    found = doc.findChild(QObject, _HANDLER)
    return found if isinstance(found, _Drawings) else _Drawings(doc)


def picture(doc: QTextDocument, caption: str, image: QImage, width: float) -> QTextImageFormat:
    """`image` in `doc` (a ChartPicture as its drawing), shown `width` points wide in proportion."""
    name = f"chart-{caption}"
    fmt = QTextImageFormat()
    fmt.setName(name)
    fmt.setWidth(width)
    fmt.setHeight(width * image.height() / max(1, image.width()))
    if isinstance(image, ChartPicture):
        _drawings(doc).charts[name] = image
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(DRAWING, name)
    else:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    return fmt


def caption_chars(style: LayoutSpec) -> QTextCharFormat:
    """A chart's caption: table-sized, dark grey."""
    return chars(style.body, style.table_pt, False, CAPTION_COLOR)
