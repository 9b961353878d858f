"""The names of a chart's marks, none twice: two that are the same get their year, else
their figure as written (完成率（2022年） and 完成率（2023年））."""

from __future__ import annotations

from ..model import Indicator
from .figures import Pair


def distinct_names(names: list[str], years: list[object], texts: list[str]) -> list[str]:
    """`names`, none twice: names that are the same get their year, else their figure.

    Two bars or rows called the same would read as one quantity. 复议后起诉率 of 2022 and
    of 2023 already differ (core/extract/labels.py gives the earlier one its year); two
    完成率 of 2022 and 2023 get theirs, two of one year their figures as written; what is
    still the same is numbered.

    Args:
        names: the marks' names.
        years: each mark's year (None when unknown).
        texts: each mark's figure as written.
    """
    out = list(names)
    for rows in _clashes(names):
        stated = [years[r] for r in rows]
        by_year = None not in stated and len(set(stated)) == len(rows)
        for r in rows:
            out[r] = f"{names[r]}（{years[r]}年）" if by_year else f"{names[r]}（{texts[r]}）"
    for rows in _clashes(out):
        for n, r in enumerate(rows[1:], start=2):
            out[r] = f"{out[r]}（第{n}项）"
    return out


def _clashes(labels: list[str]) -> list[list[int]]:
    """The positions of each label that occurs more than once, by label."""
    where: dict[str, list[int]] = {}
    for n, label in enumerate(labels):
        where.setdefault(label, []).append(n)
    return [rows for rows in where.values() if len(rows) > 1]


def distinct_labels(indicators: list[Indicator]) -> list[str]:
    """The names of `indicators` as marks of one chart, none twice (`distinct_names`)."""
    return distinct_names([i.name for i in indicators], [i.period for i in indicators],
                          [i.text for i in indicators])


def pair_labels(pairs: list[Pair]) -> list[str]:
    """The names of `pairs` as rows of one chart, none twice (`distinct_names`, by the
    later year and value)."""
    return distinct_names([p.label for p in pairs], [p.after_period for p in pairs],
                          [f"{p.after:g}{p.unit}" for p in pairs])
