"""Qt text formats for the printed summary, from the one layout spec (core/summary/layout.py).

Fonts fall back to the bundled CJK font where the layout's families (仿宋, 黑体,
楷体…) are not installed; paragraphs take the spec's fixed line height (公文) or
a proportional one (compact). A paragraph marked KEEP_WITH_NEXT is kept on the
page of the paragraph after it when the document is paginated (pages.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
)

from ...core.summary.layout import LayoutSpec
from ..common.fonts import BUNDLED_FAMILY

FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 7
CENTER = Qt.AlignmentFlag.AlignHCenter


def font(families: tuple[str, ...], point_size: float, bold: bool = False) -> QFont:
    """The first installed family of `families`, the bundled CJK font as fallback."""
    installed = set(QFontDatabase.families())
    chosen = [f for f in families if f in installed] + [BUNDLED_FAMILY]
    f = QFont()
    f.setFamilies(chosen)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def installed(families: tuple[str, ...]) -> bool:
    """Whether one of `families` is on this machine (else the bundled font stands in)."""
    return bool(set(families) & set(QFontDatabase.families()))


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
        align: the alignment, if not the default.
        before: space above, in points.
        after: space below, in points.
        keep: keep the paragraph on the page of the next one (a heading).
        indent: indent the first line by two characters of body text.
    """
    fmt = QTextBlockFormat()
    if style.line_pt:
        fmt.setLineHeight(style.line_pt, FIXED)
    else:
        fmt.setLineHeight(130, PROPORTIONAL)
    fmt.setTopMargin(before)
    fmt.setBottomMargin(after)
    if align is not None:
        fmt.setAlignment(align)
    if indent:
        fmt.setTextIndent(style.body_pt * 2)
    if keep:
        fmt.setProperty(KEEP_WITH_NEXT, True)
    return fmt
