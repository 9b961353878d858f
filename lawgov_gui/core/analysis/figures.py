"""What the indicator panels show, computed from a Report without Qt.

* `rates`: every stated share (not a rate of change) with its label; `year_rates`: the
  shares of the report's year (not the earlier value of a before→after pair);
* `in_sections`: the figures of chosen sections and their subsections;
* `change_pairs`: before→after pairs, stated (由…下降至…) or derived from a
  year-on-year statement (4034件, 同比增长82.37% → about 2212件 the year before);
* `section_stats`: how many figures each section states and its largest counts;
* `checks`: rates recomputed from their stated parts (化解1702件 of 受理1967件 →
  86.53% ✓).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import ChangeType, Direction, Indicator, Kind, Report, Role, Section, SectionIndex

_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_RATE_WORD = re.compile(r"(率|比例|比重|占比)$")
_AMOUNTS = (Kind.COUNT, Kind.MONEY)  # the kinds a rate can be computed from


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Span of the sentence holding text[start:end] (up to 300 characters each way)."""
    lo = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return (ends[-1] if ends else lo), (m.end() if m else min(len(text), end + 300))


def sentence_of(report: Report, ind: Indicator) -> str:
    """The sentence an indicator is stated in, trimmed."""
    a, b = sentence_span(report.text, ind.start, ind.end)
    return report.text[a:b].strip()


def span_of(report: Report, start: int, end: int) -> slice:
    """Where in `report.indicators` the indicators starting in text[start:end] are."""
    starts = report.indicator_starts()
    return slice(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def between(report: Report, start: int, end: int) -> list[Indicator]:
    """The indicators that start in text[start:end] (indicators are in text order)."""
    return report.indicators[span_of(report, start, end)]


def in_section(report: Report, section: Section | None) -> list[Indicator]:
    """The indicators inside `section` (all of them when it is None)."""
    if section is None:
        return list(report.indicators)
    return between(report, section.start, max(section.end, section.start + 1))


def rates(indicators: list[Indicator]) -> list[Indicator]:
    """The shares among `indicators` (percentages that are not rates of change), in order."""
    return [i for i in indicators if i.kind == Kind.PERCENT and not i.growth]


def year_rates(indicators: list[Indicator]) -> list[Indicator]:
    """The shares of the report's year: `rates`, less the earlier value of a stated
    before→after pair (由2022年21.56%下降至13.21%: the 21.56% is drawn with its pair)."""
    return [i for i in rates(indicators) if not _earlier_of_pair(i)]


def _earlier_of_pair(ind: Indicator) -> bool:
    ch = ind.change
    return ch is not None and ch.type == ChangeType.FROM_TO and ch.role == Role.BEFORE


def in_sections(indicators: list[Indicator], ids: set[str] | None) -> list[Indicator]:
    """The indicators of the sections `ids` and their subsections (all of them when None)."""
    if ids is None:
        return list(indicators)
    return [i for i in indicators if i.section is not None
            and any(i.section == s or i.section.startswith(s + ".") for s in ids)]


@dataclass(frozen=True, slots=True)
class Pair:
    """A before→after pair. `derived` pairs were computed from a stated change."""

    label: str
    unit: str
    before: float
    after: float
    before_period: str | None
    after_period: str | None
    derived: bool
    source: str  # id of the indicator to jump to (the "after" one)
    note: str = ""


def _previous_value(after: Indicator, change: Indicator) -> float | None:
    """The value a year-on-year statement implies for the year before."""
    assert change.change is not None
    sign = 1 if change.change.direction == Direction.UP else -1
    if change.kind == Kind.CHANGE_PP and after.kind == Kind.PERCENT:
        return after.value - sign * change.value
    if change.kind == Kind.PERCENT and after.kind != Kind.PERCENT:
        factor = 1 + sign * change.value / 100
        return after.value / factor if factor > 0 else None
    if change.unit == after.unit and change.kind == after.kind:
        return after.value - sign * change.value
    return None


def _derived(report: Report, change: Indicator) -> Pair | None:
    ch = change.change
    after = report.indicator(ch.of) if ch is not None and ch.type == ChangeType.YOY else None
    if ch is None or after is None:
        return None
    before = _previous_value(after, change)
    if before is None:
        return None
    year = report.meta.year
    return Pair(after.name, after.unit, before, after.value, ch.baseline,
                str(year) if year else None, True, after.id, change.text)


def _stated(report: Report, ind: Indicator) -> Pair | None:
    ch = ind.change
    stated = ch is not None and ch.type == ChangeType.FROM_TO and ch.role == Role.AFTER
    before = report.indicator(ch.of) if stated and ch is not None else None
    if ch is None or before is None:
        return None
    return Pair(ind.name, ind.unit, before.value, ind.value, ch.baseline, ch.period,
                False, ind.id)


def change_pairs(report: Report, indicators: list[Indicator]) -> list[Pair]:
    """Stated and derived before→after pairs among `indicators`, in report order."""
    pairs = []
    for ind in indicators:
        pair = _stated(report, ind) or _derived(report, ind)
        if pair is not None:
            pairs.append(pair)
    return pairs


@dataclass(frozen=True, slots=True)
class SectionStat:
    """How many figures a section states, and its largest counts."""

    section: Section
    count: int
    largest: list[Indicator]


def section_stats(report: Report, depth: int = 2, top: int = 3) -> list[SectionStat]:
    """Per section (down to `depth`, leaves only): figure count and largest counts."""
    chosen = [s for s in SectionIndex(report.sections).flat
              if s.level <= depth and not (s.children and s.level < depth)]
    stats = []
    for s in chosen:
        inds = in_section(report, s)
        counts = sorted((i for i in inds if i.kind in _AMOUNTS and i.value > 0),
                        key=lambda i: i.value, reverse=True)
        stats.append(SectionStat(s, len(inds), counts[:top]))
    return stats


@dataclass(frozen=True, slots=True)
class Check:
    """A stated rate recomputed from stated parts."""

    rate: Indicator
    computed: float
    formula: str
    parts: tuple[str, ...]  # ids of the indicators used

    @property
    def agrees(self) -> bool:
        """True when the stated rate equals the computed one within rounding."""
        decimals = len(self.rate.text.split(".")[1].rstrip("%％")) if "." in self.rate.text else 0
        return abs(round(self.computed, decimals) - self.rate.value) <= 0.5 * 10 ** -decimals + 1e-9


def _stem(rate: Indicator) -> str:
    return _RATE_WORD.sub("", rate.subject)[-4:]


def _candidates(report: Report, rate: Indicator) -> list[Indicator]:
    """Plain counts in the rate's sentence, or in the sentence before it."""
    a, _b = sentence_span(report.text, rate.start, rate.end)
    lo, _ = sentence_span(report.text, max(0, a - 2), max(0, a - 1))
    return [i for i in between(report, lo, rate.start)
            if i.kind in _AMOUNTS and i.value > 0]


def _ratio_check(rate: Indicator, counts: list[Indicator]) -> Check | None:
    stem = _stem(rate)
    for part in reversed(counts):
        if not stem or stem not in part.subject:
            continue
        for whole in reversed(counts):
            if whole is not part and whole.unit == part.unit and whole.value > part.value:
                computed = part.value / whole.value * 100
                return Check(rate, computed, f"{part.text} ÷ {whole.text} × 100%",
                             (part.id, whole.id))
    return None


def _reduction_check(rate: Indicator, counts: list[Indicator]) -> Check | None:
    for after in reversed(counts):
        ch = after.change
        if ch and ch.type == ChangeType.FROM_TO and ch.role == Role.AFTER:
            before = next((c for c in counts if c.id == ch.of), None)
            if before and before.value:
                computed = abs(before.value - after.value) / before.value * 100
                formula = f"({before.text} − {after.text}) ÷ {before.text} × 100%"
                return Check(rate, computed, formula, (before.id, after.id))
    return None


def checks(report: Report, indicators: list[Indicator]) -> list[Check]:
    """Rates among `indicators` whose parts the report also states, recomputed."""
    out = []
    for rate in (i for i in indicators if i.kind == Kind.PERCENT):  # a reduction ratio too
        if rate.change is not None:
            continue
        counts = _candidates(report, rate)
        check = _ratio_check(rate, counts) or _reduction_check(rate, counts)
        if check is not None:
            out.append(check)
    return out
