"""A PDF's lines joined back into paragraphs, one paragraph a line of text.

A line ends its paragraph when it stops short of the right margin (a heading
standing alone, the last line of a paragraph; not when the next line's first word,
a number, was too wide to fit there), when the next line starts a
heading marker (一、 （一） 1. （1）) or a new indented paragraph, when a wider gap
follows, or when it ends a sentence (。！？；：) — unless the document marks its
paragraphs (a first-line indent, or a wider gap between paragraphs) and the next
line shows none, which makes it the same paragraph going on. Two centred lines
of one size are one title.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from ..extract.normalize import shadow
from ..extract.sections import HEADING
from .pdf_lines import Line, latin

_SENTENCE_END = "。！？；：!?;:…"
_CLOSERS = "”’\"')）]】》」』〕"
INDENT = 0.8  # ems: a first line set in further than this is indented
# A line's first word that cannot be broken: a number or Latin word with what may not
# begin a line after it (a closing mark, a stop).
_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%‰·:/\-]*[”’)）】》」』〕。，、；：！？.,;:!?%]*")


def _units(text: str) -> int:
    """Half-em units of `text`: 2 for a full-width character, 1 for another."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass(slots=True)
class _Margins:
    left: float
    right: float


def _margins(pages: list[list[Line]]) -> list[_Margins]:
    """The text block's left and right edge for each page.

    The median over pages of the same parity (mirrored margins) with enough lines,
    so a short last page or a wide table line does not move it.
    """
    def edges(parity: int, full_pages: bool) -> _Margins | None:
        chosen = [lines for n, lines in enumerate(pages)
                  if n % 2 == parity and lines and (len(lines) >= 5 or not full_pages)]
        if not chosen:
            return None
        return _Margins(statistics.median(min(line.left for line in lines) for lines in chosen),
                        statistics.median(max(line.right for line in lines) for lines in chosen))

    known = {(parity, full): edges(parity, full) for parity in (0, 1) for full in (True, False)}
    by_parity = [known[(p, True)] or known[(1 - p, True)] or known[(p, False)]
                 or known[(1 - p, False)] or _Margins(0.0, 0.0) for p in (0, 1)]
    return [by_parity[n % 2] for n in range(len(pages))]


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _starts_heading(text: str) -> bool:
    return bool(HEADING.match(shadow(text[:8])))


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """The text of `pages` (furniture already dropped), one paragraph an item."""
    margins = _margins(pages)
    lines = [line for page in pages for line in page]
    if not lines:
        return []

    def full(line: Line) -> bool:
        return line.right >= margins[line.page].right - 2.5 * line.em

    def indent(line: Line) -> float:
        return (line.left - margins[line.page].left) / line.em

    def centred(line: Line) -> bool:
        m = margins[line.page]
        left, right = line.left - m.left, m.right - line.right
        return left > 2 * line.em and abs(left - right) < 2 * line.em

    pitches = [a.top - b.top for a, b in pairwise(lines)
               if a.page == b.page and 0 < a.top - b.top < 4 * a.em]
    pitch = statistics.median(pitches) if pitches else None

    def pushed_over(a: Line, b: Line) -> bool:
        """Whether b's first word (a number, a Latin word) did not fit after a, so a wrapped.

        The word's width is b's width shared out by character (a full-width one
        counts twice); an em of slack allows for a margin that lines of figures
        overshoot.
        """
        word = _WORD.match(b.text)
        if word is None or _ends_sentence(a.text) or indent(b) >= 0.5:
            return False
        width = (b.right - b.left) * _units(word.group()) / max(_units(b.text), 1)
        return width > margins[a.page].right - a.right - a.em

    def wide_gap(a: Line, b: Line) -> bool:
        return (pitch is not None and a.page == b.page
                and a.top - b.top > 1.25 * pitch + 0.1 * a.em)

    # Does the document indent the first line of its paragraphs? Then the indented
    # lines are mostly preceded by a paragraph end (a sentence end, a short line).
    starts = [not full(a) or _ends_sentence(a.text)
              for a, b in pairwise(lines) if INDENT < indent(b) < 6.0]
    indents = len(starts) >= 3 and sum(starts) >= 0.7 * len(starts)

    # Does it set its paragraphs apart by a wider gap? Then a sentence end at the
    # right margin followed by the usual line pitch is the same paragraph going on.
    gaps = [wide_gap(a, b) for a, b in pairwise(lines)
            if a.page == b.page and _ends_sentence(a.text) and not full(a)]
    spaced = len(gaps) >= 3 and sum(gaps) >= 0.7 * len(gaps)

    def breaks(a: Line, b: Line) -> bool:
        if _starts_heading(b.text) or wide_gap(a, b):
            return True
        if centred(a) and centred(b) and not _ends_sentence(a.text):
            return abs(a.em - b.em) > 0.1 * a.em  # a title over two lines goes on
        if (not full(a) and not pushed_over(a, b)) or indent(b) > 4.0:
            return True  # wrapped lines go on at the left margin
        if indents:
            if indent(b) > INDENT:
                return True
            if indent(b) < 0.5:
                return False
        if spaced and a.page == b.page:
            return False  # no wider gap (checked above): the paragraph goes on
        return _ends_sentence(a.text)

    out = [[lines[0].text]]  # each paragraph's lines, joined once at the end
    for a, b in pairwise(lines):
        if breaks(a, b):
            out.append([b.text])
        else:
            glue = " " if latin(a.text[-1]) and latin(b.text[0]) else ""
            out[-1].append(glue + b.text)
    return ["".join(parts) for parts in out]
