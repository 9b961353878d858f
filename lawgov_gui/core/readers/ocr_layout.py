"""Recognised boxes to a page's lines, in reading order, as the PDF reader's `Line`s.

What the recogniser found is kept only when it is body text: a box read with low
confidence (a signature, a seal's remains, a picture), one much smaller than the
page's text, or one turned away from the page's lines (a round seal's letters, a
stamp set askew) is dropped. A photographed page is set straight first: the boxes'
median slant is turned back. Boxes side by side are one line; a wide gap splits them
(two columns). Lines are read top to bottom, and where the page has two columns, the
left column before the right one between the lines that span both.
The lines are in page units with y upwards (as pdfium's), so `pdf_furniture` and
`pdf_paragraphs` read them as they read a PDF's text.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from itertools import pairwise

from .ocr_engine import Box
from .ocr_image import Prepared
from .ocr_text import em_units, tidy
from .pdf_lines import Line, latin

MIN_SCORE = 0.6
MAX_SLANT = 8.0  # degrees off the page's lines
SMALL = 0.45  # of the median box height
COLUMN_GAP = 2.0  # ems between two boxes of one row that belong to two columns


@dataclass(slots=True)
class _Rect:
    text: str
    left: float
    right: float
    top: float  # downwards, in page units
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _slant(box: Box) -> float:
    (x0, y0), (x1, y1) = box.corners[0], box.corners[1]
    return math.degrees(math.atan2(y1 - y0, max(x1 - x0, 1e-6)))


def _rects(boxes: list[Box], page: Prepared) -> list[_Rect]:
    """The boxes kept, straightened and in page units."""
    boxes = [b for b in boxes if b.score >= MIN_SCORE and b.text.strip()]
    if not boxes:
        return []
    skew = statistics.median(_slant(b) for b in boxes)
    boxes = [b for b in boxes if abs(_slant(b) - skew) <= MAX_SLANT]
    cos, sin = math.cos(math.radians(-skew)), math.sin(math.radians(-skew))
    rects = []
    for b in boxes:
        xs = [(x * cos - y * sin) / page.x_scale for x, y in b.corners]
        ys = [(x * sin + y * cos) / page.y_scale for x, y in b.corners]
        rects.append(_Rect(b.text, min(xs), max(xs), min(ys), max(ys)))
    usual = statistics.median(r.height for r in rects)
    return [r for r in rects if r.height >= SMALL * usual]


def _em(rect: _Rect) -> float:
    return max((rect.right - rect.left) / max(em_units(rect.text), 0.5), 0.1)


def _rows(rects: list[_Rect]) -> list[list[_Rect]]:
    """Rects grouped into rows (overlapping heights), each row left to right, split at
    column gaps."""
    rows: list[list[_Rect]] = []
    for r in sorted(rects, key=lambda r: (r.top + r.bottom) / 2):
        row = rows[-1] if rows else None
        if row and min(r.bottom, row[-1].bottom) - max(r.top, row[-1].top) >= 0.5 * min(
                r.height, row[-1].height):
            row.append(r)
        else:
            rows.append([r])
    out = []
    for row in rows:
        row.sort(key=lambda r: r.left)
        out.append([row[0]])
        for a, b in pairwise(row):
            if b.left - a.right > COLUMN_GAP * max(_em(a), _em(b)):
                out.append([b])
            else:
                out[-1].append(b)
    return out


def _line(parts: list[_Rect], page: Prepared, index: int) -> Line:
    text = parts[0].text.strip()
    for a, b in pairwise(parts):
        gap = b.left - a.right
        word = b.text.strip()
        glue = " " if gap > 0.8 * _em(a) or (latin(text[-1]) and latin(word[:1])) else ""
        text += glue + word
    left, right = parts[0].left, max(p.right for p in parts)
    top, bottom = min(p.top for p in parts), max(p.bottom for p in parts)
    em = statistics.median(_em(p) for p in parts)
    return Line(tidy(text), left, right, page.height - top, page.height - bottom, em, index)


def _reading_order(lines: list[Line], width: float) -> list[Line]:
    """Top to bottom; in two-column stretches, the left column first."""
    mid = width / 2
    left = [ln for ln in lines if ln.right < mid]
    right = [ln for ln in lines if ln.left > mid]
    if min(len(left), len(right)) < 3 or len(left) + len(right) < 0.6 * len(lines):
        return sorted(lines, key=lambda ln: -ln.top)
    out: list[Line] = []
    stretch: list[Line] = []
    for ln in sorted(lines, key=lambda ln: -ln.top):
        if ln.left <= mid <= ln.right:  # spans both columns: the stretch above it ends
            out += sorted(stretch, key=lambda s: (s.left > mid, -s.top))
            out.append(ln)
            stretch = []
        else:
            stretch.append(ln)
    return out + sorted(stretch, key=lambda s: (s.left > mid, -s.top))


def page_lines(boxes: list[Box], page: Prepared, index: int) -> list[Line]:
    """The body lines of one recognised page, in reading order.

    Args:
        boxes: what the recogniser found on the prepared page.
        page: the prepared page (its scales map the boxes back to page units).
        index: the page's index, stored in each line.
    """
    lines = [_line(row, page, index) for row in _rows(_rects(boxes, page))]
    return _reading_order([ln for ln in lines if ln.text], page.width)
