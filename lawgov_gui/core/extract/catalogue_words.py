"""Which rules of the catalogue a figure may take, found by their first words, for catalogue.py.

A figure's kind and unit allow only some rules; `words_of` gives the index of those rules by the
words that start them (catalogue_data.py's index, restricted; a rule with no literal word is always
tried), so that a figure's own phrase is scanned only for those words. One index per set of rules,
built once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import TableCell
from .catalogue_data import Catalogue, load
from .normalize import shadow as _shadow

__all__ = ["Words", "words_of"]


@dataclass(frozen=True, slots=True)
class Words:
    """The index of catalogue_data restricted to the rules one (kind, unit) allows."""

    keys: frozenset[str]
    scan: re.Pattern[str]
    pairs: dict[str, tuple[tuple[str, frozenset[int]], ...]]
    singles: tuple[tuple[str, frozenset[int]], ...]
    always: frozenset[int]


_WORDS_FOR: dict[frozenset[int], Words] = {}


def _words_for(allowed: frozenset[int]) -> Words:
    """The words that start a rule `allowed` holds, each with the rules it starts among them:
    a figure's own phrase is scanned only for those (one index per unit, built once)."""
    found = _WORDS_FOR.get(allowed)
    if found is None:
        cat = load()
        pairs = {k: kept for k, v in cat.pairs.items()
                 if (kept := tuple((w, rules & allowed) for w, rules in v if rules & allowed))}
        firsts = "".join(sorted({k[0] for k in pairs}))
        found = _WORDS_FOR[allowed] = Words(
            frozenset(pairs), re.compile("(?=([" + re.escape(firsts) + "].))" if firsts else "(?!)"),
            pairs, tuple((w, rules & allowed) for w, rules in cat.singles.items() if rules & allowed),
            cat.always & allowed)
    return found


def words_of(cat: Catalogue, kind: str, unit: str | None) -> Words | None:
    """The index of the rules a figure of `kind` and `unit` may take, or None when there are none
    (the unit as written, 項 or 個, is looked up in its shadow too)."""
    allowed = cat.allowed.get((kind, unit or ""))
    if allowed is None and unit:
        allowed = cat.allowed.get((kind, _shadow(unit)))
    return _words_for(allowed) if allowed else None


def candidates(words: Words, own: str) -> set[int]:
    """The rules whose first words stand in `own` (and those with no literal word)."""
    cands = set(words.always)
    pairs = words.pairs
    for key in words.keys.intersection(words.scan.findall(own)):
        for word, rules in pairs[key]:
            if word in own:
                cands |= rules
    for ch, rules in words.singles:
        if ch in own:
            cands |= rules
    return cands


def table_id(table: TableCell, kind: str, cat: Catalogue) -> str | None:
    """The id of a count in a table: the first table rule its row and column match, else None."""
    if kind != "count":
        return None
    row, col = _shadow(table.row or "").strip(), _shadow(table.column or "").strip()
    return next((cid for rx, cx, cid in cat.tables if rx.search(row) and cx.search(col)), None)
