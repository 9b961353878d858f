"""The catalogue's package data (catalogue.toml) as typed, precompiled objects, read once.

Besides the entries this builds the index that keeps the mapping cheap: for every rule, the
literal words one of which any text it matches must contain (taken from its regular expression by
the standard library's own parser), filed under their first two characters. A figure's own phrase
is scanned once for those pairs, and only the few rules they name are tried.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from re import _constants as _sre_c  # the stdlib's regex parser: literal words for the index
from re import _parser as _sre_p

_RULE_PATTERNS = ("own", "also", "clause", "sentence", "not_own", "not_clause", "not_sentence",
                  "not_noun")


@dataclass(frozen=True, slots=True)
class Rule:
    """One way a figure's context shows an id (see the header of catalogue.toml)."""

    own: re.Pattern[str]
    also: re.Pattern[str] | None = None
    clause: re.Pattern[str] | None = None
    sentence: re.Pattern[str] | None = None
    not_own: re.Pattern[str] | None = None
    not_clause: re.Pattern[str] | None = None
    not_sentence: re.Pattern[str] | None = None
    not_noun: re.Pattern[str] | None = None
    topic: str | None = None
    not_topic: frozenset[str] = frozenset()
    weight: int = 2


@dataclass(frozen=True, slots=True)
class Entry:
    """One canonical indicator."""

    id: str
    name: str                # canonical name (zh)
    name_en: str
    kind: str                # as in CATALOGUE.md: count | percent | duration | "percent or duration"
    kinds: tuple[str, ...]   # the figure kinds (model.Kind values) it may take
    units: tuple[str, ...]
    wordings: tuple[str, ...]
    not_this: tuple[str, ...]
    not_own: re.Pattern[str] | None
    allow_share: bool
    allow_growth: bool
    rules: tuple[Rule, ...]
    allow_pending: bool = False
    label: str = ""  # the row label of its figures when the name is narrower than what it covers


@dataclass(frozen=True, slots=True)
class Catalogue:
    entries: dict[str, Entry]
    rules: tuple[tuple[Entry, Rule], ...]             # every rule with its entry
    allowed: dict[tuple[str, str], frozenset[int]]   # (kind, unit) -> rules that may fire
    pairs: dict[str, tuple[tuple[str, frozenset[int]], ...]]  # first two characters of a word ->
    pair_keys: frozenset[str]                                  # (the word, the rules it starts)
    pair_scan: re.Pattern[str]      # finds the two-character pairs that may start a word
    singles: dict[str, frozenset[int]]               # one-character words -> rules
    always: frozenset[int]                           # rules with no literal word (always tried)
    topics: re.Pattern[str]                          # one named group per topic
    genre_topic: dict[str, str]
    growth: re.Pattern[str]
    growth_word: re.Pattern[str]
    share: re.Pattern[str]
    from_to: re.Pattern[str]
    part: re.Pattern[str]
    pending: re.Pattern[str]
    tables: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]


def _rx(s: str | None) -> re.Pattern[str] | None:
    return re.compile(s) if s else None


def _entry(d: dict) -> Entry:
    rules = []
    for m in d.get("match", []):
        kw = {k: _rx(m.get(k)) for k in _RULE_PATTERNS if m.get(k)}
        rules.append(Rule(**kw, topic=m.get("topic"), not_topic=frozenset(m.get("not_topic", ())),
                          weight=int(m.get("weight", 2))))
    kinds = tuple(d.get("kinds") or [d["kind"]])
    return Entry(d["id"], d["name"], d["name_en"], d["kind"], kinds, tuple(d["units"]),
                 tuple(d.get("wordings", ())), tuple(d.get("not_this", ())), _rx(d.get("not_own")),
                 bool(d.get("allow_share")), bool(d.get("allow_growth")), tuple(rules),
                 bool(d.get("allow_pending")), d.get("label", d["name"]))


def _rank(words: frozenset[str]) -> tuple[int, int]:
    return min(4, min(map(len, words))), -len(words)


def _better(a: frozenset[str], b: frozenset[str] | None) -> bool:
    """Longer words first (rarer in the text, fewer rules to try), then fewer of them."""
    return b is None or _rank(a) > _rank(b)


def needles(items) -> frozenset[str] | None:
    """Words one of which every match of the parsed pattern `items` contains, or None."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _sre_c.LITERAL:
            run.append(chr(av))
            continue
        found = [frozenset({"".join(run)})] if run else []
        run = []
        if op is _sre_c.SUBPATTERN:
            found.append(needles(av[-1]))
        elif op is _sre_c.BRANCH:
            parts = [needles(b) for b in av[1]]
            found.append(frozenset().union(*parts) if all(parts) else None)
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
            found.append(needles(av[2]))
        for s in found:
            if s and _better(s, best):
                best = s
    return best


@cache
def load() -> Catalogue:
    """The catalogue, read and indexed once."""
    raw = resources.files(__package__).joinpath("catalogue.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    entries = {d["id"]: _entry(d) for d in data["indicator"]}
    rules = tuple((e, r) for e in entries.values() for r in e.rules)
    allowed: dict[tuple[str, str], set[int]] = {}
    pairs: dict[str, dict[str, set[int]]] = {}
    singles: dict[str, set[int]] = {}
    always: set[int] = set()
    for n, (e, r) in enumerate(rules):
        for k in e.kinds:
            for u in e.units:
                allowed.setdefault((k, u), set()).add(n)
        words = needles(_sre_p.parse(r.own.pattern))
        if not words:
            always.add(n)
        for w in words or ():
            if len(w) > 1:
                pairs.setdefault(w[:2], {}).setdefault(w, set()).add(n)
            else:
                singles.setdefault(w, set()).add(n)
    g = data["guards"]
    return Catalogue(
        entries, rules, {k: frozenset(v) for k, v in allowed.items()},
        {k: tuple((w, frozenset(n)) for w, n in v.items()) for k, v in pairs.items()},
        frozenset(pairs),
        re.compile("(?=([" + re.escape("".join(sorted({k[0] for k in pairs}))) + "].))"),
        {k: frozenset(v) for k, v in singles.items()},
        frozenset(always),
        re.compile("|".join(f"(?P<{n}>{p})" for n, p in data["topics"].items())),
        dict(data.get("genre_topic", {})), re.compile(g["growth"]), re.compile(g["growth_word"]),
        re.compile(g["share"]), re.compile(g["from_to"]), re.compile(g["part"]),
        re.compile(g["pending"]),
        tuple((re.compile(t["row"]), re.compile(t["column"]), t["id"]) for t in data.get("table", ())))
