"""The flow of paragraphs, headings and tables the printed summary's document is written in.

`Flow` writes into a QTextDocument laid out in points, in the formats of one
layout (formats.py): a paragraph, a heading of a level (黑体/楷体, or bold where
the family is missing), a line of small text, a heading that starts a new page,
a table (tables.py), and chart pictures with their captions (pictures.py), one
below the other or side by side. `document.Builder` writes the summary with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from ...core.summary.layout import Layout, spec
from .formats import CENTER, block, chars, installed, picture_line
from .pictures import Chart, caption_chars, picture
from .tables import insert_table


class Flow:
    """A cursor writing paragraphs into a new QTextDocument in one layout's formats.

    Args:
        layout: the layout whose spec gives the formats.
    """

    def __init__(self, layout: Layout) -> None:
        self.layout, self.style = layout, spec(layout)
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setUndoRedoEnabled(False)
        self.cursor = QTextCursor(self.doc)
        self._first = True

    def _paragraph(self, fmt: QTextBlockFormat) -> None:
        """Start a paragraph in `fmt` (the document's first one is already there)."""
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)

    def text(self, text: str, char_fmt: QTextCharFormat, block_fmt: QTextBlockFormat) -> None:
        """A paragraph of `text` in these formats."""
        self._paragraph(block_fmt)
        self.cursor.insertText(text, char_fmt)

    def _heading(self, level: int, heading: str, before: float, keep: bool) -> None:
        """A heading of `level`: 黑体/楷体 mark the levels; where they are missing, bold does."""
        st = self.style
        self.text(heading, self._heading_chars(level),
                  block(st, None, before, 2, keep=keep, indent=st.indent_headings))

    def _heading_chars(self, level: int) -> QTextCharFormat:
        """The characters of a heading of `level`, bold where its family is missing."""
        head = self.style.heading(level)
        return chars(head.families, head.pt, head.bold or not installed(head.families))

    def _small(self, text: str, color: str, before: float, after: float) -> None:
        """A line of small text (the digest's source, the 核查 note); nothing if empty."""
        if text:
            st = self.style
            self.text(text, chars(st.body, st.table_pt, False, color),
                      block(st, None, before, after))

    def _page_heading(self, title: str) -> None:
        """A centred heading at the top of a new page (the detail after page 1)."""
        fmt = block(self.style, CENTER, 0, 4, keep=True)
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.text(title, self._heading_chars(1), fmt)

    def _table(self, head: list[str], rows: list[list[str]], widths: list[int]) -> None:
        """A table of `head` and `rows`, columns `widths` per cent; the cursor after it."""
        self._paragraph(block(self.style))
        insert_table(self.cursor, head, rows, widths, self.style, self.layout)
        self._first = False

    def _picture(self, caption: str, image: QImage, width: float) -> None:
        """A picture `width` points wide, centred, kept with its caption under it."""
        st = self.style
        fmt = picture(self.doc, caption, image, width)
        picture_block = block(st, CENTER, 6, 0, keep=True)
        picture_line(picture_block)
        self._paragraph(picture_block)
        self.cursor.insertImage(fmt)
        self.text(caption, caption_chars(st), block(st, CENTER, 0, 6))

    def _picture_row(self, charts: Sequence[Chart], width: float,
                     centres: Sequence[float]) -> None:
        """The pictures side by side on one line (never split by a page), `width` points
        wide each, the captions under them on the next line (kept with it), centred on tab
        stops at `centres` points."""
        st = self.style
        pictures = block(st, CENTER, 4, 0, keep=True)
        formats = [picture(self.doc, caption, image, width) for caption, image in charts]
        picture_line(pictures)
        self._paragraph(pictures)
        for fmt in formats:
            self.cursor.insertImage(fmt)
        captions = block(st, None, 0, 6)
        captions.setTabPositions([QTextOption.Tab(x, QTextOption.TabType.CenterTab)
                                  for x in centres])
        self.text("".join("\t" + caption for caption, _ in charts), caption_chars(st), captions)
