"""A Report as the rows the library stores; made in the worker process that read the file.

The worker also makes the text's bigrams for the search index and each figure's sentence, so
that the main process only stores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import ChangeType, Indicator, Report, Section
from .grams import index_grams
from .level import level_of, region_of

_SENTENCE_END = re.compile("[。；;！!？?\n]")
_REACH = 120  # characters read on each side of a figure to find its sentence


@dataclass(frozen=True, slots=True)
class Rows:
    """Everything the library keeps of one report, ready for executemany."""

    report: tuple
    text: str
    sections: list[tuple]
    indicators: list[tuple]
    grams: str  # what the search index holds (grams.index_grams)


def rows_of(report: Report) -> Rows:
    """The rows of `report` (report row without its id: the store numbers it)."""
    src, meta = report.source, report.meta
    head = (src.sha256, src.path, src.format, src.encoding, meta.title, meta.issuer,
            level_of(meta.issuer).value, region_of(meta.issuer), meta.year, meta.genre.value,
            meta.published, meta.signed)
    return Rows(head, report.text, list(_section_rows(report.sections, None)),
                [_indicator_row(i, report) for i in report.indicators], index_grams(report.text))


def _section_rows(sections: list[Section], parent: str | None) -> Iterator[tuple]:
    """The sections rows, depth first, each with its parent's id."""
    for s in sections:
        yield (s.id, parent, s.level, s.marker, s.title, s.start, s.end, s.heading_end)
        yield from _section_rows(s.children, s.id)


def _indicator_row(i: Indicator, report: Report) -> tuple:
    """One indicators row; `vs_canonical` is the id of the figure a vs change is stated against."""
    c, t = i.change, i.table
    vs = None
    if c is not None and c.type == ChangeType.VS:
        base = report.indicator(c.of)
        vs = base.canonical if base is not None else None
    return (i.canonical or "", i.id, i.text, i.start, i.end, i.value, i.unit, i.qualifier,
            i.kind.value, i.subject, i.section, i.label or i.subject, i.period, i.scope.value,
            int(i.growth), t.row if t else None, t.column if t else None,
            c.type.value if c else None, c.direction.value if c and c.direction else None,
            c.of if c else None, c.baseline if c else None, c.period if c else None,
            c.role.value if c and c.role else None, vs, sentence_at(report.text, i.start))


def sentence_at(text: str, at: int) -> str:
    """The sentence of `text` that holds offset `at` (read at most _REACH characters each way)."""
    lo = max(0, at - _REACH)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    end = _SENTENCE_END.search(text, at, at + _REACH)
    return text[starts[-1] if starts else lo:end.end() if end else at + _REACH].strip()
