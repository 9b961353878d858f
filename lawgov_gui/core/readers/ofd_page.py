"""An OFD page's lines, rebuilt from the positions of its text (a page's Content.xml).

Each TextObject places its TextCodes inside its Boundary (x y w h, y downwards),
through its CTM if it has one; a TextCode's first glyph sits at X, Y (the
baseline) and each next one DeltaX/DeltaY further on, or one advance further when
the deltas stop (a full em for wide characters, half an em for others). The
glyphs of a TextCode that stay on one baseline make a `Run`, whatever their
spacing (easyofd spreads a run over the whole line). Runs whose boxes
overlap vertically make a line, read from left to right (in content order where
they start at the same place, as easyofd writes them), one space between runs set
far apart or between two Latin words; the text's own spaces beside a Chinese
character go (a converter's "2023 年" is "2023年", as typed).

Lines are `pdf_lines.Line`s, their y negated (y upwards, as in a PDF), so PDF's
furniture and paragraph rules apply to them unchanged. Text inside clipping
paths (Clips) is a shape, not text, and is left out.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from .. import limits
from ..errors import ReportError
from .messages import OFD_TOO_MANY_CHARS
from .ofd_xml import deltas, numbers, parse
from .pdf_lines import Line, latin

ASCENT, DESCENT = 0.8, 0.2  # of the font size, above and below the baseline
DEFAULT_SIZE = 3.5  # mm (10.5 pt, 五号), for a TextObject that states no size
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"  # CJK and full-width forms
_BESIDE_WIDE = re.compile(f"(?<=[{_WIDE}]) | (?=[{_WIDE}])")


@dataclass(slots=True)
class Run:
    """A TextCode's glyphs on one baseline: their text and box (page units, y down)."""

    text: str
    left: float
    right: float
    baseline: float
    size: float

    @property
    def top(self) -> float:
        """The top of the run's box."""
        return self.baseline - ASCENT * self.size

    @property
    def bottom(self) -> float:
        """The bottom of the run's box."""
        return self.baseline + DESCENT * self.size


def _advance(ch: str) -> float:
    """A glyph's default advance, in ems, where the deltas do not give it."""
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


class _Placement:
    """Where a TextObject's glyphs go on the page: its Boundary, its CTM and its size."""

    def __init__(self, attrs: dict[str, str]) -> None:
        box = numbers(attrs.get("Boundary"))
        self.x0, self.y0 = (box[0], box[1]) if len(box) == 4 else (0.0, 0.0)
        ctm = numbers(attrs.get("CTM"))
        self.ctm = ctm if len(ctm) == 6 else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        size = numbers(attrs.get("Size") or attrs.get("size"))
        a, b, c, d = self.ctm[:4]
        self.size = size[0] if size and size[0] > 0 else DEFAULT_SIZE  # in the object's space
        self.em = self.size * (math.sqrt(abs(a * d - b * c)) or 1.0)  # on the page
        self.x = self.y = 0.0  # a TextCode without X or Y takes the previous one's

    def page(self, x: float, y: float) -> tuple[float, float]:
        """A point of the object's space on the page."""
        a, b, c, d, e, f = self.ctm
        return self.x0 + a * x + c * y + e, self.y0 + b * x + d * y + f


def runs_of(text: str, attrs: dict[str, str], place: _Placement) -> list[Run]:
    """The runs of one TextCode (its text and attributes) placed by its TextObject.

    A glyph reaches the next one; the last one reaches as far as the others are
    apart when the deltas are all one value (so a run spread evenly over a line
    spans it), else one default advance.
    """
    text = _UNPRINTABLE.sub("", text.replace("\t", " "))
    if not text:
        return []
    for axis in ("X", "Y"):
        if given := numbers(attrs.get(axis)):
            setattr(place, axis.lower(), given[0])
    dx = deltas(attrs.get("DeltaX"), len(text) - 1)
    dy = deltas(attrs.get("DeltaY"), len(text) - 1)
    steps = dx + [_advance(ch) * place.size for ch in text[len(dx):-1]]
    even = len(dx) == len(text) - 1 and len(set(dx)) == 1
    last = dx[-1] if even else _advance(text[-1]) * place.size
    if not any(dy) and place.ctm[1] == place.ctm[2] == 0:  # one baseline: the usual case
        end = place.x + sum(steps)
        (left, baseline), right = place.page(place.x, place.y), place.page(end + last, 0)[0]
        return [Run(text, min(left, right), max(left, right), baseline, place.em)]
    return _glyph_runs(text, [*steps, last], dy, place)


def _glyph_runs(text: str, reach: list[float], dy: list[float], place: _Placement) -> list[Run]:
    """Runs of a TextCode that leaves its baseline (DeltaY, a rotating CTM), glyph by glyph."""
    runs: list[Run] = []
    x, y = place.x, place.y
    for i, ch in enumerate(text):
        if i:
            x += reach[i - 1]
            y += dy[i - 1] if i - 1 < len(dy) else 0.0
        (gx, gy), right = place.page(x, y), place.page(x + reach[i], y)[0]
        if not runs or abs(gy - runs[-1].baseline) > 0.5 * place.em:
            runs.append(Run(ch, min(gx, right), max(gx, right), gy, place.em))
        else:
            runs[-1].text += ch
            runs[-1].left = min(runs[-1].left, gx, right)
            runs[-1].right = max(runs[-1].right, gx, right)
    return runs


class PageText:
    """An expat handler collecting the runs of a page's Content.xml.

    Args:
        budget: the characters that may still be read in the document.

    Attributes:
        runs: the page's runs, in content order.
        chars: the characters read on this page (spaces aside).
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.runs: list[Run] = []
        self.chars = 0
        self.clips = 0  # depth inside Clips elements
        self.place: _Placement | None = None
        self.code: dict[str, str] | None = None
        self.parts: list[str] = []

    def read(self, chunks: Iterable[bytes]) -> None:
        """Parse the page's Content.xml from `chunks`."""
        parse(chunks, self.start, self.end, self.data)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        """An element opens."""
        if tag == "Clips" or self.clips:
            self.clips += 1
        elif tag == "TextObject":
            self.place = _Placement(attrs)
        elif tag == "TextCode" and self.place is not None:
            self.code, self.parts = attrs, []

    def data(self, text: str) -> None:
        """Character data: kept inside a TextCode."""
        if self.code is not None:
            self.parts.append(text)

    def end(self, tag: str) -> None:
        """An element closes."""
        if self.clips:
            self.clips -= 1
        elif tag == "TextCode" and self.code is not None and self.place is not None:
            text = "".join(self.parts)
            self.chars += len("".join(text.split()))
            if self.chars > self.budget:
                raise ReportError(OFD_TOO_MANY_CHARS.format(limits.MAX_PDF_CHARS // 10_000))
            self.runs += runs_of(text, self.code, self.place)
            self.code = None
        elif tag == "TextObject":
            self.place = None


def _tidy(text: str) -> str:
    """Spaces folded into one, and none beside a Chinese character ("8 个" is "8个")."""
    return _BESIDE_WIDE.sub("", _SPACES.sub(" ", text)).strip()


def _line(runs: list[Run], page: int) -> Line | None:
    """One line of runs that overlap vertically, read left to right.

    Runs set far apart (table cells, a date pushed right) are joined by one space;
    within a stretch of runs, spaces are the text's own, tidied.
    """
    runs = sorted(runs, key=lambda run: run.left)  # stable: runs at one place keep their order
    em = statistics.median(run.size for run in runs)
    stretches = [[runs[0].text]]
    for a, b in pairwise(runs):
        gap = b.left - a.right
        if gap > 1.5 * em:
            stretches.append([b.text])
        else:
            words = a.text and b.text and latin(a.text[-1]) and latin(b.text[0])
            stretches[-1].append((" " if words and gap > 0.15 * em else "") + b.text)
    text = " ".join(filter(None, (_tidy("".join(parts)) for parts in stretches)))
    if not text:
        return None
    return Line(text, min(r.left for r in runs), max(r.right for r in runs),
                -min(r.top for r in runs), -max(r.bottom for r in runs), max(em, 0.1), page)


def page_lines(runs: list[Run], page: int) -> list[Line]:
    """The page's lines from top to bottom, each of the runs that overlap vertically."""
    groups: list[list[Run]] = []
    top = bottom = height = 0.0  # of the line being gathered; height: its lowest run's
    for run in sorted(runs, key=lambda run: run.baseline):
        own = run.bottom - run.top
        if groups and min(bottom, run.bottom) - max(top, run.top) >= 0.5 * min(own, height):
            groups[-1].append(run)
            top, bottom, height = min(top, run.top), max(bottom, run.bottom), min(height, own)
        else:
            groups.append([run])
            top, bottom, height = run.top, run.bottom, own
    return [line for group in groups if (line := _line(group, page)) is not None]
