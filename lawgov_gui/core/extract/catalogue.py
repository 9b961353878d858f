"""The canonical indicator catalogue (CATALOGUE.md) and the mapping from a figure to its id.

The data is package data, `catalogue.toml` beside this module: names, wordings, 口径 rules and the
match rules, readable by an official. It is read once. `canonical_for` ties one figure to an id or
None; `Tagger` does the same for the figures of one report in document order and also knows which
ids the figures before it got (a part after 其中 takes an id only when the id names that part, not
the whole's id). Precision first: when two ids hold equally, the figure gets none.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .normalize import shadow as _shadow

_SENTENCE = re.compile("[。；;！!？?\n]")
_CLAUSE = re.compile("[。；;！!？?\n，,：:]")
_CLAUSE_END = re.compile(r"[。；;！!？?\n，,：:、()（）|]")
_DIGIT = re.compile(r"\d")
_CONJ = re.compile("以及|和|及|与|并")
_NOT_NOUN = re.compile(r"同比|较|比|为|达|占|均|已|是|以|至|到|和|及|与|或|等|中|后|前|左右|以上")
_BACK, _AHEAD = 120, 48
_MARK = "▮"


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
    name: str          # canonical name (zh)
    name_en: str
    kind: str          # as in CATALOGUE.md: count | percent | duration | money | "percent or duration"
    kinds: tuple[str, ...]   # the figure kinds (model.Kind values) it may take
    units: tuple[str, ...]
    wordings: tuple[str, ...]
    not_this: tuple[str, ...]
    not_own: re.Pattern[str] | None
    allow_share: bool
    allow_growth: bool
    rules: tuple[Rule, ...]


_RULE_PATTERNS = ("own", "also", "clause", "sentence", "not_own", "not_clause", "not_sentence",
                  "not_noun")


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
                 bool(d.get("allow_share")), bool(d.get("allow_growth")), tuple(rules))


@dataclass(frozen=True, slots=True)
class _Catalogue:
    entries: dict[str, Entry]
    by_kind: dict[str, tuple[Entry, ...]]
    gate: dict[str, re.Pattern[str]]     # any own pattern of that kind: a cheap first test
    topics: re.Pattern[str]              # one named group per topic
    genre_topic: dict[str, str]
    growth: re.Pattern[str]
    growth_word: re.Pattern[str]
    share: re.Pattern[str]
    from_to: re.Pattern[str]
    part: re.Pattern[str]
    tables: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]


@cache
def _catalogue() -> _Catalogue:
    raw = resources.files(__package__).joinpath("catalogue.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    entries = {d["id"]: _entry(d) for d in data["indicator"]}
    by_kind: dict[str, list[Entry]] = {}
    for e in entries.values():
        for k in e.kinds:
            by_kind.setdefault(k, []).append(e)
    gate = {k: re.compile("|".join(f"(?:{r.own.pattern})" for e in es for r in e.rules))
            for k, es in by_kind.items()}
    topics = re.compile("|".join(f"(?P<{n}>{p})" for n, p in data["topics"].items()))
    g = data["guards"]
    tables = tuple((re.compile(t["row"]), re.compile(t["column"]), t["id"])
                   for t in data.get("table", ()))
    return _Catalogue(entries, {k: tuple(v) for k, v in by_kind.items()}, gate, topics,
                      dict(data.get("genre_topic", {})), re.compile(g["growth"]),
                      re.compile(g["growth_word"]), re.compile(g["share"]),
                      re.compile(g["from_to"]), re.compile(g["part"]), tables)


def entries() -> tuple[Entry, ...]:
    """Every canonical indicator, in catalogue order."""
    return tuple(_catalogue().entries.values())


def entry(cid: str) -> Entry | None:
    """The indicator with id `cid`, or None."""
    return _catalogue().entries.get(cid)


def _back_to(pattern: re.Pattern[str], shadow: str, lo: int, pos: int) -> int:
    """Offset just after the last match of a one-character `pattern` in shadow[lo:pos], else lo."""
    m = pattern.search(shadow[lo:pos][::-1])
    return pos - m.start() if m else lo


@dataclass(slots=True)
class _Context:
    own: str        # own phrase, the figure as ▮, the classifier noun
    before: str     # the own phrase before the figure
    clause: str     # the clause before the own phrase
    sentence: str   # the sentence up to the figure
    noun: str       # what follows the figure when it is a classifier
    section: str
    genre: str | None
    _topic: str | None | bool = False

    def topic(self, cat: _Catalogue) -> str | None:
        """The nearest topic: in the noun after the figure, else the sentence, section, genre."""
        if self._topic is False:
            found = None
            for text, last in ((self.noun, False), (self.sentence, True), (self.section, True)):
                hits = [m.lastgroup for m in cat.topics.finditer(text)]
                if hits:
                    found = hits[-1] if last else hits[0]
                    break
            self._topic = found or cat.genre_topic.get(self.genre or "")
        return self._topic  # type: ignore[return-value]


def _context(shadow: str, start: int, end: int, floor: int, section: str,
             genre: str | None, cat: _Catalogue) -> _Context:
    lo = max(0, start - _BACK)
    ss = _back_to(_SENTENCE, shadow, lo, start)
    cs = _back_to(_CLAUSE, shadow, ss, start)
    own_start = cs
    if cs < floor <= start and not cat.from_to.match(shadow[floor:start]):
        # the words of the figure before belong to it (7部地方性法规、3部…), except in 由A下降至B
        own_start = max(floor, shadow.rfind("、", floor, start) + 1)
        m = _CONJ.match(shadow, own_start, start)
        own_start = m.end() if m else own_start
    before = shadow[own_start:start]
    tail = shadow[end:min(len(shadow), end + _AHEAD)]
    m = _CLAUSE_END.search(tail)
    tail = tail[:m.start()] if m else tail
    if not tail or not ("\u4e00" <= tail[0] <= "\u9fff") or _NOT_NOUN.match(tail):
        tail = ""
    m = _DIGIT.search(tail)
    noun = tail[:m.start()] if m else tail
    # 3个区和4个项目分别被命名为…示范地区和示范项目: the figure reads past the next one
    own = before + _MARK + (tail if m and "分别" in tail else noun)
    return _Context(own, before, shadow[cs:own_start], shadow[ss:start], noun, section, genre)


def _holds(r: Rule, c: _Context, cat: _Catalogue) -> bool:
    if r.also and not r.also.search(c.own):
        return False
    if (r.clause and not r.clause.search(c.clause)) or (r.not_clause and r.not_clause.search(c.clause)):
        return False
    if r.sentence and not r.sentence.search(c.sentence + c.own):
        return False
    if r.not_sentence and r.not_sentence.search(c.sentence + c.own):
        return False
    if (r.not_own and r.not_own.search(c.own)) or (r.not_noun and r.not_noun.match(c.noun)):
        return False
    if r.topic or r.not_topic:
        t = c.topic(cat)
        if (r.topic and t != r.topic) or (t in r.not_topic):
            return False
    return True


def _best(c: _Context, kind: str, unit: str, cat: _Catalogue) -> tuple[str, Rule] | None:
    """The one id whose rules hold most strongly, or None (none holds, or two tie)."""
    growth = bool(cat.growth.search(c.before) or cat.growth_word.search(c.before))
    share = kind == "percent" and bool(cat.share.search(c.before))
    found: dict[str, tuple[int, Rule]] = {}
    for e in cat.by_kind.get(kind, ()):
        if unit not in e.units or (growth and not e.allow_growth) or (share and not e.allow_share):
            continue
        if e.not_own and e.not_own.search(c.own):
            continue
        for r in e.rules:
            if r.own.search(c.own) and _holds(r, c, cat) and r.weight > found.get(e.id, (0,))[0]:
                found[e.id] = (r.weight, r)
    if not found:
        return None
    top = max(w for w, _ in found.values())
    ids = [i for i, (w, _) in found.items() if w == top]
    return (ids[0], found[ids[0]][1]) if len(ids) == 1 else None


def _table_id(table: Mapping[str, str], kind: str, cat: _Catalogue) -> str | None:
    if kind != "count":
        return None
    row, col = _shadow(table.get("row") or "").strip(), _shadow(table.get("column") or "").strip()
    return next((cid for rx, cx, cid in cat.tables if rx.search(row) and cx.search(col)), None)


class Tagger:
    """Gives the figures of one report their canonical ids; call it in document order.

    Args:
        shadow: the report's shadow text (normalize.shadow of Report.text; same offsets).
        genre: meta.genre, when known (a 行政复议 report's bare 受理 is about 复议).
    """

    def __init__(self, shadow: str, genre: str | None = None) -> None:
        self.shadow = shadow
        self.genre = genre
        self._cat = _catalogue()
        self._given: list[tuple[int, str]] = []   # (start, id) of the recent figures with an id

    def __call__(self, start: int, end: int, kind: str, unit: str | None, *, floor: int = 0,
                 section: str = "", table: Mapping[str, str] | None = None,
                 growth: bool = False) -> str | None:
        """The id of the figure shadow[start:end], or None.

        Args:
            start, end: the figure's span (Indicator.start/end).
            kind, unit: Indicator.kind (a Kind or its string) and Indicator.unit.
            floor: end of the previous figure (as for subjects.subject_for), so its words are not
                read as this one's (except in 由A下降至B, where B reads A's).
            section: the title of the innermost section holding the figure ("" in the preamble).
            table: {"row": …, "column": …} for a figure in a table (schema 2 `table`), else None.
            growth: True when the figure is a rate of change (schema 2 `growth`): it gets no id.
        """
        kind = str(kind)
        cat = self._cat
        if table:
            return self._keep(start, _table_id(table, kind, cat))
        if growth or kind not in cat.by_kind:
            return None
        c = _context(self.shadow, start, end, floor, _shadow(section or ""), self.genre, cat)
        if not cat.gate[kind].search(c.own):
            return None
        best = _best(c, kind, _shadow(unit or ""), cat)
        if best is None:
            return None
        cid, _ = best
        p = None
        for p in cat.part.finditer(self.shadow, max(0, start - _BACK), start):
            pass
        if p and self._is_part(cid, p.start(), start):
            return None
        return self._keep(start, cid)

    def _is_part(self, cid: str, part_at: int, start: int) -> bool:
        """Whether a figure after 其中 (at part_at) only repeats the id of its whole."""
        last = max(part_at - _BACK, 0)
        if _SENTENCE.search(self.shadow, part_at, start):
            return False  # 其中 belongs to an earlier sentence
        return any(last <= s < part_at and i == cid for s, i in self._given)

    def _keep(self, start: int, cid: str | None) -> str | None:
        if cid:
            self._given.append((start, cid))
            if len(self._given) > 16:
                del self._given[:8]
        return cid


def canonical_for(shadow: str, start: int, end: int, kind: str, unit: str | None, *,
                  floor: int = 0, section: str = "", genre: str | None = None,
                  table: Mapping[str, str] | None = None, growth: bool = False) -> str | None:
    """The canonical id of one figure, alone (no memory of the figures before it); see Tagger."""
    return Tagger(shadow, genre)(start, end, kind, unit, floor=floor, section=section,
                                 table=table, growth=growth)
