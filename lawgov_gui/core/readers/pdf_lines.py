"""A PDF page's lines, rebuilt from pdfium's character boxes.

pdfium gives characters and their boxes in content order; its own line breaks
miss some (for instance after a comma that ends a line), so a line is closed
here where the next character no longer sits beside the previous one. Spaces
come from the text (or a wide gap), and generated spaces only between Latin
letters or digits; surrogate pairs are joined and control characters dropped.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Line:
    """One line of a page: its text, its box (PDF points, y upwards), its em and its page.

    Attributes:
        text: the line's characters, stripped.
        left, right, top, bottom: the box around its characters.
        em: the width of one full-width character (or 0.8 of the height).
        page: the page's index.
    """

    text: str
    left: float
    right: float
    top: float
    bottom: float
    em: float
    page: int


def latin(ch: str) -> bool:
    """True for an ASCII letter or digit (words of these are joined by a space)."""
    return ch.isascii() and ch.isalnum()


def page_lines(pdfium_c: Any, textpage: Any, page_index: int) -> list[Line]:
    """The page's lines in content order, rebuilt from the character boxes.

    Args:
        pdfium_c: the raw pdfium module (pypdfium2.raw).
        textpage: the page's text page handle.
        page_index: the page's index, stored in each line.
    """
    n = pdfium_c.FPDFText_CountChars(textpage)
    rect = pdfium_c.FS_RECTF()
    lines: list[Line] = []
    chars: list[str] = []
    box: list[float] = []  # left, right, top, bottom of the line so far
    heights: list[float] = []
    widths: list[float] = []  # of full-width characters: one em each
    prev: tuple[str, float, float, float, float] | None = None  # ch, left, right, top, bottom
    space = generated_space = False
    high = 0

    def close() -> None:
        text = "".join(chars).strip()
        if text:
            em = statistics.median(widths) if widths else 0.8 * statistics.median(heights)
            lines.append(Line(text, box[0], box[1], box[2], box[3], max(em, 0.1), page_index))
        chars.clear()
        heights.clear()
        widths.clear()

    for i in range(n):
        u = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if pdfium_c.FPDFText_IsGenerated(textpage, i):
            generated_space = generated_space or u in (32, 13, 10)
            continue
        if 0xD800 <= u < 0xDC00:
            high = u
            continue
        if 0xDC00 <= u < 0xE000:
            if not high:
                continue
            u, high = 0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00), 0
        if u in (9, 32, 0xA0, 0x3000, 13, 10):
            space = True
            continue
        if u < 32 or u in (0xFFFE, 0xFFFF) or 0x7F <= u < 0xA0:
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect):
            continue
        ch = chr(u)
        left, right, top, bottom = rect.left, rect.right, rect.top, rect.bottom
        height = max(top - bottom, 0.1)
        if prev is not None:
            _, _, p_right, p_top, p_bottom = prev
            p_height = max(p_top - p_bottom, 0.1)
            overlap = min(top, p_top) - max(bottom, p_bottom)
            em = max(height, p_height)
            same_line = overlap >= 0.5 * min(height, p_height) and left >= p_right - 0.5 * em
            if not same_line:
                close()
            else:
                gap = left - p_right
                if gap > 1.5 * em or (space and gap > -0.1 * em) or (
                        generated_space and latin(prev[0]) and latin(ch)):
                    chars.append(" ")
        if not chars:
            box = [left, right, top, bottom]
        else:
            box = [min(box[0], left), max(box[1], right), max(box[2], top), min(box[3], bottom)]
        chars.append(ch)
        heights.append(height)
        if u >= 0x2E80 and 0.5 * height < right - left < 1.5 * height:
            widths.append(right - left)
        prev = (ch, left, right, top, bottom)
        space = generated_space = False
    close()
    return lines
