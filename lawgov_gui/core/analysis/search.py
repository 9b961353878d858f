"""Find text in a report the way a reader expects.

Matching folds full-width and half-width forms together ( （一） finds (一) ),
traditional and simplified forms of common characters, and Latin case. Offsets are
indices into `report.text`, as everywhere in the core.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.normalize import shadow
from ..model import Report, SectionIndex

_UPPER = re.compile("[A-Z]+")
CONTEXT = 18


def fold(text: str) -> str:
    """The search form of `text`: same length, half-width, simplified, lower-case."""
    return _UPPER.sub(lambda m: m.group().lower(), shadow(text))


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence: its span, the words around it and its section's label."""

    start: int
    end: int
    text: str
    before: str
    after: str
    section: str


class Searcher:
    """Finds all occurrences of a query in one report; fold the text once, search often.

    Args:
        report: the report to search.
    """

    def __init__(self, report: Report) -> None:
        self._report = report
        self._folded = fold(report.text)
        self._sections = SectionIndex(report.sections)

    def find_all(self, query: str, limit: int = 100_000) -> list[tuple[int, int]]:
        """Spans of every match of `query`, in order, at most `limit` of them."""
        q = fold(query.strip())
        if not q:
            return []
        spans, pos, text = [], 0, self._folded
        while len(spans) < limit:
            i = text.find(q, pos)
            if i < 0:
                break
            spans.append((i, i + len(q)))
            pos = i + len(q)
        return spans

    def section_label(self, offset: int) -> str:
        """"(一) 学思想…" for the innermost section holding `offset`, or "" before any."""
        s = self._sections.at(offset)
        return f"{s.marker}{s.title}" if s else ""

    def describe(self, span: tuple[int, int]) -> Match:
        """The match at `span` with its surrounding text on one line."""
        start, end = span
        text = self._report.text
        before = text[max(0, start - CONTEXT):start].rsplit("\n", 1)[-1]
        after = text[end:end + CONTEXT].split("\n", 1)[0]
        return Match(start, end, text[start:end], before, after, self.section_label(start))
