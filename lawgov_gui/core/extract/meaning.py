"""What each figure measures, once the figures are found: schema 2's fields.

For every indicator, in document order: the year it is about, whether it is the
report's own or a figure quoted for comparison, whether it is a rate of change
(period.py, scope.py, growth.py); its canonical id (catalogue.py); and a label
that reads alone (labels.py). Table cells already carry their row and column.
"""

from __future__ import annotations

from ..model import Indicator, Meta, SectionIndex
from .catalogue import Tagger, entries
from .labels import label_for, name_relations, tell_apart
from .period import annotate


def describe_figures(text: str, shade: str, indicators: list[Indicator], index: SectionIndex,
                     meta: Meta) -> None:
    """Fill in period, scope, growth, canonical and label of `indicators` (in place).

    Args:
        text: the report's cleaned text.
        shade: its shadow (normalize.shadow), the same length.
        indicators: the report's indicators, in document order, their changes linked.
        index: the report's sections, for the title of the section each figure is in.
        meta: what the report says of itself (year, issuer, genre).
    """
    readings = annotate(text, shade, indicators, meta.year, meta.issuer, meta.genre,
                        meta.published)
    tag = Tagger(shade, meta.genre).tag
    # ind.section is the id of index.at(ind.start) (pipeline._indicators): its title by id
    titles = {s.id: s.title for s in index.flat}
    names = {e.id: e.label for e in entries()}
    year, floor = meta.year, 0
    for ind, (period, scope, growth) in zip(indicators, readings, strict=True):
        ind.period, ind.scope, ind.growth = period, scope, growth
        cid = ind.canonical = tag(ind.start, ind.end, ind.kind, ind.unit, floor,
                                  titles.get(ind.section, ""), ind.table, growth, ind.subject)
        ind.label = label_for(ind.subject, names.get(cid), period, year, ind.text)
        floor = ind.end
    tell_apart(shade, indicators)
    name_relations(shade, indicators)
