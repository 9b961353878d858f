"""Page furniture of a PDF: running headers, footers and page numbers, found and dropped.

Among the two highest and the two lowest lines of each page (`BAND`), a line goes
when it is a page number ("— 3 —", "- 3 -", "第3页", "3", "第 3 页 共 10 页",
"3/10") or when the same line (digits count as one) sits there on many pages and
is short or set apart from the body.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from itertools import pairwise

from .pdf_lines import Line

BAND = 2  # lines at the top and at the bottom of a page that may be furniture

_PAGE_NUMBER = re.compile(
    r"[-\u2010-\u2015\u2212\uff0d_~·•.\s]*\d{1,4}[-\u2010-\u2015\u2212\uff0d_~·•.\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|[（(]\s*\d{1,4}\s*[)）]"
    r"|page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.I)


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def is_page_number(text: str) -> bool:
    """True when `text` is a page number in one of the usual forms."""
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _bands(lines: list[Line]) -> tuple[list[int], list[int]]:
    """Indices of the highest and of the lowest lines of a page."""
    by_height = sorted(range(len(lines)), key=lambda k: -lines[k].top)
    return by_height[:BAND], by_height[-BAND:]


def _apart(lines: list[Line], k: int, pitch: float | None) -> bool:
    """True when line k stands apart from the lines next to it (more than a line pitch)."""
    if pitch is None:
        return True
    others = [line.top for n, line in enumerate(lines) if n != k]
    if not others:
        return True
    return min(abs(top - lines[k].top) for top in others) > 1.3 * pitch


def _line_pitch(pages: list[list[Line]]) -> float | None:
    """The usual distance from one line to the next."""
    pitches = []
    for lines in pages:
        tops = sorted((line.top for line in lines), reverse=True)
        pitches += [a - b for a, b in pairwise(tops) if a - b > 0]
    return statistics.median(pitches) if pitches else None


def strip_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without running headers, footers and page numbers.

    A line at the top or bottom of a page goes when it is a page number, or when
    the same line (digits aside) sits there on many pages and it is short or set
    apart from the body: two pages ending in the same line of prose keep it.
    """
    top_count: Counter[str] = Counter()
    bottom_count: Counter[str] = Counter()
    bands = [_bands(lines) for lines in pages]
    for lines, (top, bottom) in zip(pages, bands, strict=True):
        top_count.update({_furniture_key(lines[k].text) for k in top})
        bottom_count.update({_furniture_key(lines[k].text) for k in bottom})
    repeated = max(2, round(0.4 * len(pages)))
    pitch = _line_pitch(pages)
    out = []
    def furniture(lines: list[Line], k: int, count: Counter[str]) -> bool:
        text = lines[k].text
        if is_page_number(text):
            return True
        return count[_furniture_key(text)] >= repeated and (
            len(text) <= 30 or _apart(lines, k, pitch))

    for lines, (top, bottom) in zip(pages, bands, strict=True):
        drop = {k for k in top if furniture(lines, k, top_count)}
        drop |= {k for k in bottom if furniture(lines, k, bottom_count)}
        out.append([line for k, line in enumerate(lines) if k not in drop])
    return out
