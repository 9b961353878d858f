"""What the compare chart draws, chosen from the compared rows (no Qt: tested on its own).

按地区 draws one year: one bar per issuer. 按年度 draws one issuer: its value for each year. Either
draws the figures of one unit only, the one most figures have (a rate in %, a count in 件…). Where
an issuer states a year's figure in more than one report, the latest report's figure is drawn
(the checks view shows where two reports disagree). Benchmarks are kept apart, for the dashed lines.
"""

from __future__ import annotations

from collections import Counter
from enum import Enum

from ...core.library import CompareRow


class ChartMode(Enum):
    """How the chart lays out the figures."""

    BY_REGION = "region"  # one year, one bar per issuer
    BY_YEAR = "year"  # one issuer, a line through its years


def chart_unit(rows: list[CompareRow]) -> str | None:
    """The unit most own figures have (the first such in row order), or None without any."""
    counts = Counter(r.unit for r in rows if not r.benchmark)
    return max(counts, key=counts.__getitem__) if counts else None


def _own(rows: list[CompareRow], unit: str | None) -> list[CompareRow]:
    return [r for r in rows if not r.benchmark and r.unit == unit and r.period is not None]


def years(rows: list[CompareRow]) -> list[int]:
    """The years with own figures in the chart's unit, the latest first."""
    return sorted({r.period for r in _own(rows, chart_unit(rows))}, reverse=True)


def issuers(rows: list[CompareRow]) -> list[str]:
    """The issuers with own figures in the chart's unit: those with the most years first."""
    spans: dict[str, set[int]] = {}
    for r in _own(rows, chart_unit(rows)):
        if r.issuer:
            spans.setdefault(r.issuer, set()).add(r.period)
    return sorted(spans, key=lambda i: (-len(spans[i]), i))


def _latest(rows: list[CompareRow], key) -> list[CompareRow]:
    """One row for each `key(row)`: the latest report's (the first of it in row order)."""
    chosen: dict = {}
    for r in rows:
        k = key(r)
        if k not in chosen or (r.year or 0) > (chosen[k].year or 0):
            chosen[k] = r
    return list(chosen.values())


def by_region(rows: list[CompareRow], year: int) -> list[CompareRow]:
    """The bars of `year`: one per issuer, the highest value first."""
    found = [r for r in _own(rows, chart_unit(rows)) if r.period == year and r.issuer]
    return sorted(_latest(found, lambda r: r.issuer), key=lambda r: -r.value)


def by_year(rows: list[CompareRow], issuer: str) -> list[CompareRow]:
    """The points of `issuer`: one per year, the earliest first."""
    found = [r for r in _own(rows, chart_unit(rows)) if r.issuer == issuer]
    return sorted(_latest(found, lambda r: r.period), key=lambda r: r.period)


def benchmarks(rows: list[CompareRow], mode: ChartMode, choice: int | str) -> list[CompareRow]:
    """The benchmarks to draw, in the chart's unit, one for each baseline, year and value.

    按地区: those of year `choice` or quoted in that year's reports (去年全国均值 in a 2023 report is
    what its 2023 figure is set against); 按年度: those the issuer `choice` quotes.
    """
    unit = chart_unit(rows)
    found = [r for r in rows if r.benchmark and r.unit == unit
             and (choice in (r.period, r.year) if mode is ChartMode.BY_REGION
                  else r.issuer == choice)]
    return _latest(found, lambda r: (r.baseline, r.period, round(r.value, 6)))
