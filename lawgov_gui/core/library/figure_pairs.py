"""对照's figures: the figures of one canonical id in two reports, and their change.

Of each report its own figure of the id (not a stated change: a 同比 rate or a difference from a
benchmark) is taken, the one of the report's own year first. The change is in 个百分点 for rates
(%), else absolute and relative, written to the decimals of the finer figure and in 万 or 亿 when
both figures are; figures in different units are paired without a change.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from ..extract.catalogue import entry
from ..model import Direction
from .figures import spread

_FIGURES = ('SELECT canonical, id, text, value, unit, period, start, "end", label FROM indicators'
            " WHERE report = ? AND canonical != '' AND scope = 'own'"
            " AND (change_type IS NULL OR change_type = 'from_to') ORDER BY start")
_MAGNITUDE = re.compile(r"\d\s*(万|亿)")
_SCALE = {"万": 1e4, "亿": 1e8}


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

    def signed(self) -> str:
        """The difference with its sign, as many decimals as the figures have: "+3.5"."""
        return f"{self.difference:+.{self.decimals}f}"

    def text(self) -> str:
        """The change as an official writes it: "+3.5个百分点", "+1822件（+82.4%）", "持平"."""
        if self.direction is None:
            return "持平"
        if self.points:
            return f"{self.signed()}个百分点"
        absolute = f"{self.signed()}{self.unit}"
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
        word = _magnitude(a.text) if _magnitude(a.text) == _magnitude(b.text) else ""
        scale = _SCALE.get(word, 1.0)
        decimals = max(_decimals(a, scale), _decimals(b, scale))
        points = a.unit == "%"
        relative = None if points or a.value == 0 else (b.value / a.value - 1) * 100
        return Delta((b.value - a.value) / scale, relative, points, word + a.unit, decimals)


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


def _magnitude(text: str) -> str:
    """万 or 亿 when `text` writes its number in that magnitude (2.2万件), else ""."""
    m = _MAGNITUDE.search(text)
    return m.group(1) if m else ""


def _decimals(figure: Figure, scale: float) -> int:
    """The decimals `figure` is written to, counted in units of `scale` (2.2万件 in 万: 1)."""
    step = 2 * spread(figure.text, figure.value) / scale
    return max(0, round(-math.log10(step))) if step else 0


def figures_of(conn: sqlite3.Connection, rid: int) -> dict[str, list[Figure]]:
    """The report's own figures by canonical id, in document order."""
    out: dict[str, list[Figure]] = defaultdict(list)
    for canonical, *rest in conn.execute(_FIGURES, (rid,)):
        out[canonical].append(Figure(*rest))
    return out
