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
wins among equally worded ones. Sections left over are shown alone, with their children. The figures are paired in
figure_pairs.py.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from .errors import LibraryError
from .figure_pairs import FigurePair, figures_of, pair_figures
from .store import Entry

SAME_MARKER = 0.5
SHIFTED = 0.6
_SECTIONS = ('SELECT id, parent, level, marker, title, start, "end", heading_end FROM sections'
             " WHERE report = ? ORDER BY start, level")
_SIDE = ("SELECT r.id, r.path, r.title, r.issuer, r.year, t.text FROM reports r"
         " JOIN texts t ON t.report = r.id WHERE r.id = ?")


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
    figures = pair_figures(figures_of(conn, a), figures_of(conn, b), left.year, right.year)
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
    kids_a, kids_b = _children(left), _children(right)
    return _align(kids_a.get(None, []), kids_b.get(None, []), kids_a, kids_b, 0)


def _children(heads: list[Heading]) -> dict[str | None, list[Heading]]:
    out: dict[str | None, list[Heading]] = defaultdict(list)
    for h in heads:
        out[h.parent].append(h)
    return out


def _align(a: list[Heading], b: list[Heading], kids_a: dict, kids_b: dict, depth: int) -> list[Row]:
    """The rows of siblings `a` and `b`, each followed by the rows of its children."""
    rows: list[Row] = []
    for x, y in _lcs(a, b):
        rows.append(Row(x, y, depth, _link(x, y)))
        rows += _align(kids_a.get(x.id, []) if x else [], kids_b.get(y.id, []) if y else [],
                       kids_a, kids_b, depth + 1)
    return rows


def _link(x: Heading | None, y: Heading | None) -> Link:
    if x is None or y is None:
        return Link.RIGHT if x is None else Link.LEFT
    return Link.MARKER if x.marker == y.marker else Link.TITLE


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


def _side(conn: sqlite3.Connection, rid: int) -> Side:
    row = conn.execute(_SIDE, (rid,)).fetchone()
    if row is None:
        raise LibraryError(f"报告库中没有编号为 {rid} 的报告。")
    return Side(*row)


def _headings(conn: sqlite3.Connection, rid: int) -> list[Heading]:
    return [Heading(*r) for r in conn.execute(_SECTIONS, (rid,))]
