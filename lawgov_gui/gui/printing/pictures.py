"""Chart pictures in the printed summary's QTextDocument.

A chart picture is a document resource shown at a width on paper; the compact
briefing sets its charts side by side in a borderless table row, each above its
caption.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QImage,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextTableFormat,
)

from ...core.summary.layout import LayoutSpec
from .formats import chars
from .tables import percent

CAPTION_COLOR = "#333333"


def picture(doc: QTextDocument, caption: str, image: QImage, width: float) -> QTextImageFormat:
    """`image` as a resource of `doc`, shown `width` points wide in proportion."""
    name = f"chart-{caption}"
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    fmt = QTextImageFormat()
    fmt.setName(name)
    fmt.setWidth(width)
    fmt.setHeight(width * image.height() / max(1, image.width()))
    return fmt


def caption_chars(style: LayoutSpec) -> QTextCharFormat:
    """A chart's caption: table-sized, dark grey."""
    return chars(style.body, style.table_pt, False, CAPTION_COLOR)


def insert_charts_row(cursor: QTextCursor, charts: Sequence[tuple[str, QImage]], width: float,
                      style: LayoutSpec) -> None:
    """The charts side by side, each `width` points wide above its caption; the cursor past them."""
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setWidth(percent(100))
    table = cursor.insertTable(2, len(charts), fmt)
    doc = cursor.document()
    for c, (caption, image) in enumerate(charts):
        table.cellAt(0, c).firstCursorPosition().insertImage(picture(doc, caption, image, width))
        table.cellAt(1, c).firstCursorPosition().insertText(caption, caption_chars(style))
    cursor.movePosition(QTextCursor.MoveOperation.End)
