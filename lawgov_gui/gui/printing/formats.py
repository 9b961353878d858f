"""Qt text formats for the printed summary, from the one layout spec (core/summary/layout.py).

Fonts take the first installed family of the layout's list (仿宋, 黑体, 楷体…; the
bundled print fonts, registered on the first print, close each list) and the
bundled sans after it. Paragraphs are justified and take the spec's fixed line
height (公文) or a proportional one (compact). Qt scales a fixed line height by
the paint device's resolution over the screen's (72/96 on most machines: 28.9
became 21.7 pt), and paragraph spacing too, so both are set divided by that factor, measured once
(``fixed_scale``). On the 公文 grid, body-size text outside tables is set at the
grid's pitch, 28 characters to the line (``fit_to_grid``: a percentage letter
spacing; Qt 6.11 ignores an absolute one). A paragraph marked
KEEP_WITH_NEXT is kept on the page of the paragraph after it, one marked KEEP_TOGETHER
with the paragraphs down to GROUP_END (keep.py).
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ...core.summary.layout import LayoutSpec
from ..common.fonts import BUNDLED_FAMILY, register_print_fonts

FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 7
KEEP_TOGETHER = QTextFormat.Property.UserProperty + 8  # down to the paragraph marked GROUP_END
GROUP_END = QTextFormat.Property.UserProperty + 9
CENTER = Qt.AlignmentFlag.AlignHCenter
JUSTIFY = Qt.AlignmentFlag.AlignJustify
LAYOUT_DPI = 72  # the summary is laid out in points
PICTURES = QTextFormat.Property.UserProperty + 10  # a line of chart pictures
REST = QTextFormat.Property.UserProperty + 11  # the rest of a paragraph a page break split
# The compact layout's line heights, as the Word file's (word_setup.py: 1.2 lines of
# text, single lines in tables): the two run to the same pages.
PARAGRAPH_PERCENT = 120
CELL_PERCENT = 100


def layout_device() -> QImage:
    """A paint device of LAYOUT_DPI (only its resolution is read)."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    dots = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


# The one device every summary is laid out for (threads may share it). A document's
# layout keeps a bare pointer to its paint device: one made per call was freed while
# the document still used it.
LAYOUT_DEVICE = layout_device()


@cache
def fixed_scale() -> float:
    """The factor Qt scales a fixed line height by on LAYOUT_DEVICE (measured on two lines)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.documentLayout().setPaintDevice(LAYOUT_DEVICE)
    fmt = QTextBlockFormat()
    fmt.setLineHeight(100, FIXED)
    cursor = QTextCursor(doc)
    cursor.setBlockFormat(fmt)
    cursor.insertText("一")
    cursor.insertBlock(fmt)
    cursor.insertText("一")
    layout = doc.documentLayout()
    return (layout.blockBoundingRect(doc.lastBlock()).top()
            - layout.blockBoundingRect(doc.firstBlock()).top()) / 100


def font(families: tuple[str, ...], point_size: float, bold: bool = False) -> QFont:
    """The first installed family of `families`, the bundled CJK font as fallback."""
    installed_now = _families()
    chosen = [f for f in families if f in installed_now] + [BUNDLED_FAMILY]
    f = QFont()
    f.setFamilies(chosen)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def _families() -> set[str]:
    register_print_fonts()
    return set(QFontDatabase.families())


def installed(families: tuple[str, ...]) -> bool:
    """Whether one of `families` is on this machine or bundled (else the bundled sans stands in)."""
    return bool(set(families) & _families())


def chars(families: tuple[str, ...], pt: float, bold: bool = False,
          color: str = "#000000") -> QTextCharFormat:
    """Characters in the first installed of `families`, `pt` points, in `color`."""
    fmt = QTextCharFormat()
    fmt.setFont(font(families, pt, bold))
    fmt.setForeground(QColor(color))
    return fmt


def block(style: LayoutSpec, align=None, before: float = 0, after: float = 0,
          keep: bool = False, indent: bool = False) -> QTextBlockFormat:
    """A paragraph at the layout's line height.

    Args:
        style: the layout spec.
        align: the alignment, if not justified.
        before: space above, in points (whole lines on a grid: LayoutSpec.spacing).
        after: space below, in points (likewise).
        keep: keep the paragraph on the page of the next one (a heading).
        indent: indent the first line by two characters of body text.
    """
    fmt = QTextBlockFormat()
    line_height(fmt, style)
    fmt.setTopMargin(style.spacing(before) / fixed_scale())  # scaled as line heights
    fmt.setBottomMargin(style.spacing(after) / fixed_scale())
    fmt.setAlignment(JUSTIFY if align is None else align)
    if indent:
        fmt.setTextIndent(style.char_pt() * 2)
    if keep:
        fmt.setProperty(KEEP_WITH_NEXT, True)
    return fmt


def line_height(fmt: QTextBlockFormat, style: LayoutSpec,
                proportional: float = PARAGRAPH_PERCENT) -> None:
    """Give `fmt` the layout's fixed line height, else `proportional` per cent."""
    if style.line_pt:
        fmt.setLineHeight(style.line_pt / fixed_scale(), FIXED)
    else:
        fmt.setLineHeight(proportional, PROPORTIONAL)


def picture_line(fmt: QTextBlockFormat) -> None:
    """Make `fmt` a line of pictures: of their natural height (a fixed one would clip
    them or, as Qt sets a fixed line's baseline at four fifths of it, leave a band
    under them), brought to whole lines of the grid after layout (``snap_pictures``)."""
    fmt.setLineHeight(100, PROPORTIONAL)
    fmt.setProperty(PICTURES, True)


def snap_pictures(doc: QTextDocument, style: LayoutSpec) -> None:
    """Pad each line of pictures below to whole lines of the grid, so the text after a
    chart stays on it (nothing off the grid)."""
    if not style.line_pt:
        return
    layout, block = doc.documentLayout(), doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.property(PICTURES):
            height = layout.blockBoundingRect(block).height()
            pad = math.ceil(height / style.line_pt - 0.01) * style.line_pt - height
            fmt.setBottomMargin(fmt.bottomMargin() + pad / fixed_scale())
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def fit_to_grid(doc: QTextDocument, style: LayoutSpec) -> None:
    """Set the body-size text outside tables at the grid's pitch (28 characters a line)."""
    if not style.chars_per_line:
        return
    spacing = QTextCharFormat()
    spacing.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)  # absolute: ignored
    spacing.setFontLetterSpacing(grid_percent(style))
    edit = QTextCursor(doc)
    edit.beginEditBlock()  # one layout after all the changes, not one after each
    block = doc.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        if cursor.currentTable() is None:
            _space_fragments(edit, block, style.body_pt, spacing)
        block = block.next()
    edit.endEditBlock()


def grid_percent(style: LayoutSpec) -> float:
    """The letter spacing (per cent of the advance, a tenth below the pitch: Qt rounds
    advances up to 1/64 unit, and 28 must fit) that sets body text at the grid's pitch."""
    return (int(style.char_pt() / style.body_pt * 1000) - 1) / 10


def _space_fragments(cursor: QTextCursor, block, pt: float, spacing: QTextCharFormat) -> None:
    """Merge `spacing` into the fragments of `block` set in `pt` points."""
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.charFormat().font().pointSizeF() == pt:
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(spacing)
        it += 1
