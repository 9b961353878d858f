"""对照: two reports of one issuer side by side, their sections aligned and their figures paired.

Sections are aligned like a diff of their titles, level by level: the top sections of the two
reports, then the children of each aligned pair. Among siblings the alignment keeps order (it is
monotone, a weighted longest common subsequence): two sections of one level may be aligned when

* their markers are the same (一、 ↔ 一、) and their titles at least SAME_MARKER alike, or
* their markers differ (a section was added or dropped before them) and their titles are at least
  SHIFTED alike;

alike is difflib's ratio (twice the characters in common over both lengths). In the evaluation
reports (the seed and the dev set) two different headings of one report are at most 0.44 alike
(median 0.13), while a heading reworded from one year to the next (统筹推进 → 全面推进法治政府建设)
stays near 0.9: 0.5 parts them when the place agrees, 0.6 asks a little more when it does not.
An aligned pair scores its ratio plus 1 when the markers agree, so the section at the same place
wins among equally worded ones. Sections left over are shown alone, with their children.

Figures are paired by canonical id: of each report its own figure of the id (not a stated change),
the one of the report's own year first. Their change is in 个百分点 for rates (%), else absolute
and relative.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from ..extract.catalogue import entry
from ..model import Direction
from .errors import LibraryError
from .store import Entry

SAME_MARKER = 0.5
SHIFTED = 0.6
_SECTIONS = ('SELECT id, parent, level, marker, title, start, "end", heading_end FROM sections'
             " WHERE report = ? ORDER BY start, level")
_FIGURES = ('SELECT canonical, id, text, value, unit, period, start, "end", label FROM indicators'
            " WHERE report = ? AND canonical != '' AND scope = 'own'"
            " AND (change_type IS NULL OR change_type = 'from_to') ORDER BY start")
_SIDE = ("SELECT r.id, r.path, r.title, r.issuer, r.year, t.text FROM reports r"
         " JOIN texts t ON t.report = r.id WHERE r.id = ?")
_DECIMALS = re.compile(r"\.(\d+)")


class Link(StrEnum):
    """How a row of the alignment was made."""

    MARKER = "序号相同，标题相同或相近"
    TITLE = "序号不同，标题相近"
    LEFT = "仅见于前一份报告"
    RIGHT = "仅见于后一份报告"


@dataclass(frozen=True, slots=True)
class Heading:
    """One section of a report, as the sections table holds it."""

    id: str
    parent: str | None
    level: int
    marker: str
    title: str
    start: int
    end: int
    heading_end: int

    @property
    def label(self) -> str:
        return f"{self.marker}{self.title}"


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the alignment: a section of each report, or of one; `depth` 0 at the top."""

    left: Heading | None
    right: Heading | None
    depth: int
    link: Link


@dataclass(frozen=True, slots=True)
class Figure:
    """One report's figure of a canonical indicator."""

    id: str
    text: str
    value: float
    unit: str
    period: int | None
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Delta:
    """The change from the earlier figure to the later; `points` when it is in 个百分点."""

    difference: float
    relative: float | None
    points: bool
    unit: str
    decimals: int

    @property
    def direction(self) -> Direction | None:
        """UP or DOWN; None when the figures are the same as written."""
        rounded = round(self.difference, self.decimals)
        return None if rounded == 0 else Direction.UP if rounded > 0 else Direction.DOWN

    def text(self) -> str:
        """The change as an official writes it: "+3.5个百分点", "+1822件（+82.4%）", "持平"."""
        if self.direction is None:
            return "持平"
        if self.points:
            return f"{self.difference:+.{self.decimals}f}个百分点"
        absolute = f"{self.difference:+.{self.decimals}f}{self.unit}"
        return absolute if self.relative is None else f"{absolute}（{self.relative:+.1f}%）"


@dataclass(frozen=True, slots=True)
class FigurePair:
    """The figures of one canonical indicator in the two reports (one may be missing)."""

    canonical: str
    name: str
    left: Figure | None
    right: Figure | None

    @property
    def delta(self) -> Delta | None:
        """The change, when both reports state the figure in the same unit."""
        a, b = self.left, self.right
        if a is None or b is None or a.unit != b.unit:
            return None
        decimals = max(_decimals(a.text), _decimals(b.text))
        points = a.unit == "%"
        relative = None if points or a.value == 0 else (b.value / a.value - 1) * 100
        return Delta(b.value - a.value, relative, points, a.unit, decimals)


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two reports."""

    id: int
    path: str
    title: str | None
    issuer: str | None
    year: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Alignment:
    """Two reports side by side: the aligned sections, in order, and the paired figures."""

    left: Side
    right: Side
    sections: list[Row]
    figures: list[FigurePair]


@dataclass(frozen=True, slots=True)
class Issuer:
    """An issuer of the library and its reports, by year."""

    name: str
    reports: tuple[Entry, ...]

    def default_pair(self) -> tuple[Entry, Entry] | None:
        """The reports of the two latest years (None with a single report)."""
        return (self.reports[-2], self.reports[-1]) if len(self.reports) > 1 else None


def issuers(entries: Iterable[Entry]) -> list[Issuer]:
    """The issuers of `entries` that have a known name, each with its reports of a known year."""
    by_name: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        if e.issuer and e.year is not None:
            by_name[e.issuer].append(e)
    return [Issuer(name, tuple(sorted(es, key=lambda e: (e.year, e.id))))
            for name, es in sorted(by_name.items())]


def pair(conn: sqlite3.Connection, a: int, b: int) -> Alignment:
    """The reports with row ids `a` (the earlier) and `b` side by side.

    Raises:
        LibraryError: either id is not a report of the library.
    """
    left, right = _side(conn, a), _side(conn, b)
    sections = align(_headings(conn, a), _headings(conn, b))
    figures = pair_figures(_figures(conn, a), _figures(conn, b), left.year, right.year)
    return Alignment(left, right, sections, figures)


def score(a: Heading, b: Heading) -> float | None:
    """What aligning `a` with `b` is worth, or None when they may not be aligned."""
    if a.level != b.level:
        return None
    same = a.marker == b.marker
    alike = similarity(a.title, b.title, SAME_MARKER if same else SHIFTED)
    return None if alike is None else alike + same


def similarity(a: str, b: str, floor: float = 0.0) -> float | None:
    """How alike two titles are, 0 to 1 (difflib's ratio); None when below `floor` (difflib's
    cheap upper bounds rule most pairs out before the ratio is computed)."""
    if not a and not b:
        return 1.0
    m = SequenceMatcher(None, a, b, autojunk=False)
    if m.real_quick_ratio() < floor or m.quick_ratio() < floor:
        return None
    ratio = m.ratio()
    return ratio if ratio >= floor else None


def align(left: list[Heading], right: list[Heading]) -> list[Row]:
    """The rows of the alignment of two reports' sections (each list in document order)."""
    return _align(_children(left), _children(right), None, None, 0)


def _children(heads: list[Heading]) -> dict[str | None, list[Heading]]:
    out: dict[str | None, list[Heading]] = defaultdict(list)
    for h in heads:
        out[h.parent].append(h)
    return out


def _align(kids_a: dict, kids_b: dict, pa: str | None, pb: str | None, depth: int) -> list[Row]:
    """The rows under parent `pa` of the left report and `pb` of the right (None: alone)."""
    a = kids_a.get(pa, []) if pa is not None or depth == 0 else []
    b = kids_b.get(pb, []) if pb is not None or depth == 0 else []
    rows: list[Row] = []
    for x, y in _lcs(a, b):
        link = (Link.RIGHT if x is None else Link.LEFT if y is None
                else Link.MARKER if x.marker == y.marker else Link.TITLE)
        rows.append(Row(x, y, depth, link))
        rows += _align(kids_a, kids_b, x.id if x else None, y.id if y else None, depth + 1)
    return rows


def _lcs(a: list[Heading], b: list[Heading]) -> list[tuple[Heading | None, Heading | None]]:
    """The order-keeping pairing of `a` and `b` of the largest total score; the rest alone."""
    scores = [[score(x, y) for y in b] for x in a]
    best = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            s = scores[i][j]
            here = best[i + 1][j + 1] + s if s is not None else -1.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], here)
    return _walk(a, b, scores, best)


def _walk(a: list[Heading], b: list[Heading], scores: list[list[float | None]],
          best: list[list[float]]) -> list[tuple[Heading | None, Heading | None]]:
    """The pairs along one best path: a pair where it is on the path, else the left one alone
    before the right one (as a diff lists a removal before an addition)."""
    out: list[tuple[Heading | None, Heading | None]] = []
    i = j = 0
    while i < len(a) or j < len(b):
        s = scores[i][j] if i < len(a) and j < len(b) else None
        if s is not None and best[i][j] == best[i + 1][j + 1] + s:
            out.append((a[i], b[j]))
            i, j = i + 1, j + 1
        elif j == len(b) or (i < len(a) and best[i][j] == best[i + 1][j]):
            out.append((a[i], None))
            i += 1
        else:
            out.append((None, b[j]))
            j += 1
    return out


def pair_figures(left: dict[str, list[Figure]], right: dict[str, list[Figure]],
                 left_year: int | None, right_year: int | None) -> list[FigurePair]:
    """One pair per canonical id of either report: in the later report's order, then the ids
    only the earlier states, in its order."""
    ids = list(right) + [c for c in left if c not in right]
    return [FigurePair(c, _name(c), _pick(left.get(c), left_year), _pick(right.get(c), right_year))
            for c in ids]


def _pick(figures: list[Figure] | None, year: int | None) -> Figure | None:
    """The figure of the report's year, else the first."""
    return min(figures, key=lambda f: (f.period != year, f.start)) if figures else None


def _name(canonical: str) -> str:
    e = entry(canonical)
    return e.name if e is not None else canonical


def _decimals(text: str) -> int:
    m = _DECIMALS.search(text)
    return len(m.group(1)) if m else 0


def _side(conn: sqlite3.Connection, rid: int) -> Side:
    row = conn.execute(_SIDE, (rid,)).fetchone()
    if row is None:
        raise LibraryError(f"报告库中没有编号为 {rid} 的报告。")
    return Side(*row)


def _headings(conn: sqlite3.Connection, rid: int) -> list[Heading]:
    return [Heading(*r) for r in conn.execute(_SECTIONS, (rid,))]


def _figures(conn: sqlite3.Connection, rid: int) -> dict[str, list[Figure]]:
    """The report's own figures by canonical id, in document order."""
    out: dict[str, list[Figure]] = defaultdict(list)
    for canonical, *rest in conn.execute(_FIGURES, (rid,)):
        out[canonical].append(Figure(*rest))
    return out
