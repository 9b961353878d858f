"""A section's figures as the rows of its table, each labelled to read alone.

A change stated against another figure is folded into that figure's row: a 同比
or 高于/低于 change goes on the row of the figure it qualifies, a 由…至… pair on
the row of its "after" figure, worded as 同比增长82.37%, 低于去年全国均值6.88个百分点
or 21.56%→13.21%. A row names what it measures (the indicator's label), the
catalogue's name when it has a canonical id, and the year it is about, in full-width
punctuation (乡镇（街道）). Other
indicators are found through `Report.indicator`, the report's one index.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..extract.catalogue import entry
from ..model import ChangeType, Direction, Indicator, Report, Role
from .wording import full_width

_QUALIFYING = (ChangeType.YOY, ChangeType.VS)  # changes shown on the row of the figure they qualify


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """One row of a section's table of figures.

    Attributes:
        subject: what the figure counts or measures ("—" when unknown).
        value: value with unit and qualifier, as written: 2.2万余件.
        relation: 同比增长82.37% / 21.56%→13.21% / "".
        indicator: the indicator's id.
        canonical: the canonical indicator's name (catalogue), or "".
        year: the year the value is about ("2023年"), or "".
    """

    subject: str
    value: str
    relation: str
    indicator: str
    canonical: str = ""
    year: str = ""


def relation_phrase(ind: Indicator, report: Report) -> str:
    """同比增长82.37% · 21.56%→13.21% · 低于去年全国均值6.88个百分点 · or ""."""
    ch = ind.change
    if ch is None:
        return ""
    word = {Direction.UP: "增长", Direction.DOWN: "下降"}.get(ch.direction, "变化")
    if ch.type == ChangeType.YOY:
        return f"同比{word}{ind.text}"
    if ch.type == ChangeType.VS:
        return f"{'高于' if ch.direction == Direction.UP else '低于'}{ch.baseline or ''}{ind.text}"
    other = report.indicator(ch.of)
    if other is None:
        return ""
    first, second = (ind, other) if ch.role == Role.BEFORE else (other, ind)
    return f"{first.text}→{second.text}"


def key_figures(inds: list[Indicator], report: Report) -> list[KeyFigure]:
    """The rows of a section's figures `inds`, a change folded into the figure it qualifies."""
    rows: list[KeyFigure] = []
    qualifying: dict[str, list[Indicator]] = defaultdict(list)  # id -> its yoy/vs changes
    for i in inds:
        if i.change and i.change.type in _QUALIFYING and i.change.of:
            qualifying[i.change.of].append(i)
    for ind in inds:
        ch = ind.change
        if ch and ch.type in _QUALIFYING and report.indicator(ch.of) is not None:
            continue  # shown on the row of the figure it qualifies
        if ch and ch.type == ChangeType.FROM_TO and ch.role == Role.BEFORE:
            continue  # shown on the row of the "after" figure
        relation = relation_phrase(ind, report)
        if ind.id in qualifying:
            relation = "；".join(relation_phrase(c, report) for c in qualifying[ind.id])
        rows.append(KeyFigure(full_width(ind.name), _as_written(ind), relation, ind.id,
                              _canonical_name(ind), f"{ind.period}年" if ind.period else ""))
    return rows


def _canonical_name(ind: Indicator) -> str:
    """The catalogue's Chinese name of the figure's canonical id, or ""."""
    found = entry(ind.canonical) if ind.canonical else None
    return full_width(found.name) if found else ""


def _as_written(ind: Indicator) -> str:
    return f"{ind.qualifier}{ind.text}" if ind.qualifier and ind.qualifier not in ind.text \
        else ind.text
