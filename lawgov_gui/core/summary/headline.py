"""One prose sentence per achievement section: its headline figures, quoted in the source's words.

The headline figures are chosen by importance: a figure with a canonical id (CATALOGUE.md)
first, then one with a stated change (同比…, 由…至…), then the largest counts; at most
HEADLINE_FIGURES of them. Each is quoted with its clause from the report, and a change that
qualifies it (同比增长82.37%) or the "before" of its 由…至… pair rides along in its own
clause. The clauses are joined in report order: by ，where they follow each other in the text,
else by ；. The sentence is at most MAX_SENTENCE characters (less when the page is full). A figure in a
table, a benchmark (全国均值), a zero, or a figure whose clause the text cuts off or which does
not say what it counts is not quoted; a figure of an earlier year comes last.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from ..model import ChangeType, Indicator, Kind, Report, Role, Scope
from . import wording

HEADLINE_FIGURES = 3
MAX_SENTENCE = 100   # characters of one section's sentence
_MIN_WORDS = 4       # Chinese characters besides the figure that name what it counts (else the clause
                     # before is quoted too)
_MAX_BACK = 2        # clauses before a figure's own that may be quoted with it
_MAX_BEFORE = 30     # characters of such a clause
_NOT_WORDS = re.compile(r"[^\u4e00-\u9fff]|[万亿余件项个户名条次部]|同比|上年|去年|增长|下降|减少|增加|提高"
                        r"|上升|达到|累计|共计|分别|为|达|共")
_CANDIDATES = 40     # the weightiest figures of a section that are tried
_TOGETHER = 3        # what being in a sentence already quoted adds to a figure's weight


@dataclass(frozen=True, slots=True)
class _Pick:
    ind: Indicator
    riders: tuple[Indicator, ...]
    score: float


def riders_of(report: Report, inds: list[Indicator]) -> dict[str, list[Indicator]]:
    """Figure id -> the figures that ride on it: its 同比/高于 changes, its 由…至… "before"."""
    riders: dict[str, list[Indicator]] = defaultdict(list)
    for i in inds:
        ch = i.change
        rides = ch is not None and (ch.type in (ChangeType.YOY, ChangeType.VS)
                                    or ch.role == Role.BEFORE)
        if ch is not None and rides and report.indicator(ch.of) is not None:
            riders[ch.of or ""].append(i)
    return riders


def _score(report: Report, ind: Indicator, riders: list[Indicator]) -> float:
    """Canonical first, then a stated change, then a share, then the size of a count; a figure
    of an earlier year than the report's last (it is said with the figure it compares to)."""
    if report.meta.year and ind.period and ind.period < report.meta.year:
        return -1.0
    size = math.log10(ind.value) / 10 if ind.kind in (Kind.COUNT, Kind.MONEY) and ind.value >= 1 else 0
    share = 1 if ind.kind == Kind.PERCENT and not ind.growth else 0
    return (4 if ind.canonical else 0) + (3 if riders else 0) + share + min(size, 1)


def _picks(report: Report, inds: list[Indicator]) -> list[_Pick]:
    """The figures that may head a sentence, weightiest first: not one that rides on another,
    nor a benchmark, a zero or a figure in a table."""
    riders = riders_of(report, inds)
    riding = {r.id for rs in riders.values() for r in rs}
    picks = [_Pick(i, tuple(riders.get(i.id, ())), _score(report, i, riders.get(i.id, [])))
             for i in inds if i.id not in riding and i.table is None and i.scope == Scope.OWN
             and i.value != 0]
    return sorted(picks, key=lambda p: p.score, reverse=True)


def _clause(report: Report, ind: Indicator) -> tuple[int, int] | None:
    """The clause quoted for `ind`, with the clauses before while it does not name what the
    figure counts (化解1702件 → 受理诉前行政争议1967件，化解1702件); None when the clause is cut
    off or does not say what the figure counts even so."""
    text = report.text
    lo, hi, closed = wording.clause_span(text, ind.start, ind.end)
    if not closed:
        return None
    begins = wording.sentence_start(text, ind.start)
    for _ in range(_MAX_BACK + 1):
        if len(_NOT_WORDS.sub("", wording.trim_clause(text[lo:hi]))) >= _MIN_WORDS:
            return wording.balanced(text, lo, hi)
        before = wording.clause_span(text, lo - 1, lo - 1)[0]
        if lo <= begins or lo - before > _MAX_BEFORE:
            break
        lo = before
    return None


def _spans(report: Report, picks: list[_Pick]) -> list[tuple[int, int]] | None:
    """The merged clauses of `picks` in report order (None when one of them is cut off)."""
    found = [_clause(report, i) for p in picks for i in (p.ind, *p.riders)]
    if any(s is None for s in found):
        return None
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(s for s in found if s is not None):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _joined(text: str, spans: list[tuple[int, int]]) -> str:
    """The clauses joined in report order: by ，when they follow each other in the text, else
    by ；(a clause left out between two may have said whose figure the second is); none twice."""
    out, said, prev = "", set(), -2
    for lo, hi in spans:
        clause = wording.trim_clause(text[lo:hi])
        if clause in said:
            continue  # a report that says the same twice (a title repeated in the text)
        said.add(clause)
        if out:
            out += "，" if lo - prev <= 1 and text[prev] not in "。；;\n" else "；"
        out, prev = out + clause, hi
    return out


def _sentence(report: Report, picks: list[_Pick], limit: int) -> str | None:
    """The sentence quoting `picks`, or None when a clause is cut off or it is over `limit`."""
    spans = _spans(report, picks)
    sentence = _joined(report.text, spans) if spans else ""
    return sentence if sentence and len(sentence) <= limit else None


def headline(report: Report, inds: list[Indicator],
             limit: int = MAX_SENTENCE) -> tuple[str, tuple[str, ...]]:
    """The sentence quoting the headline figures among `inds` (at most `limit` characters) and
    the ids it quotes; ("", ()) when none can be quoted.

    The weightiest figure first; then, of the next, one stated in a sentence already quoted
    before any other (the figures of one sentence read together), as long as the whole fits.
    """
    candidates = _picks(report, inds)[:_CANDIDATES]
    where = {p.ind.id: wording.sentence_start(report.text, p.ind.start) for p in candidates}
    chosen: list[_Pick] = []
    while candidates and len(chosen) < HEADLINE_FIGURES:
        quoted = {where[c.ind.id] for c in chosen}
        best = max(candidates, key=lambda p: (p.score + _TOGETHER * (where[p.ind.id] in quoted),
                                              -p.ind.start))
        candidates.remove(best)
        if any(best.ind.text == c.ind.text for c in chosen):
            continue  # the same figure said again
        if _sentence(report, sorted([*chosen, best], key=lambda p: p.ind.start), limit):
            chosen.append(best)
    if not chosen:
        return "", ()
    chosen.sort(key=lambda p: p.ind.start)
    ids = sorted((i for p in chosen for i in (p.ind, *p.riders)), key=lambda i: i.start)
    return _sentence(report, chosen, limit) or "", tuple(i.id for i in ids)
