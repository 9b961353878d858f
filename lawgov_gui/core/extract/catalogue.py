"""The canonical indicator catalogue (CATALOGUE.md) and the mapping from a figure to its id.

The data is package data, `catalogue.toml` beside this module (names, wordings, 口径 rules, match
rules), read once by catalogue_data.py. `Tagger` ties the figures of one report, in document order,
to an id or None; it remembers the ids the figures before got, so that a part after 其中 takes an id
only when the id names that part, not the whole's. `canonical_for` does the same for one figure
alone. Precision first: when two ids hold equally strongly, the figure gets none. Which rules a
figure may take is found in catalogue_words.py; what a rule tests about it, in catalogue_context.py.
"""

from __future__ import annotations

import re

from ..model import TableCell
from .catalogue_context import BACK, SENTENCE, Context, back_to, holds, in_category_aside
from .catalogue_data import Entry, Rule, load
from .catalogue_own import list_words, own_words
from .catalogue_words import Words, candidates, table_id, words_of

__all__ = ["Entry", "Tagger", "canonical_for", "entries", "entry"]

_CLAUSE = re.compile("[。；;！!？?\n，,：:]")
_CONJ = re.compile("以及|和|及|与|并")
_OWN_BACK = 64


def entries() -> tuple[Entry, ...]:
    """Every canonical indicator, in catalogue order."""
    return tuple(load().entries.values())


def entry(cid: str) -> Entry | None:
    """The indicator with id `cid`, or None."""
    return load().entries.get(cid)


class Tagger:
    """Gives the figures of one report their canonical ids; call it once per figure, in order.

    Args:
        shadow: the report's shadow text (normalize.shadow(Report.text): same offsets).
        genre: meta.genre when known (in a 行政复议 report a bare 受理 is about 复议).
    """

    def __init__(self, shadow: str, genre: str | None = None) -> None:
        self.shadow = shadow
        self.genre = genre
        self._cat = load()
        self._part_word = _literal(self._cat.part.pattern)  # 其中: found by rfind
        self._given: list[tuple[int, str]] = []   # (start, id) of the recent figures with an id
        self._words: dict[tuple[str, str | None], Words | None] = {}  # (kind, unit) -> words_of
        self._last: tuple[int, str] = (-1, "")  # end and own words before of the last figure read
        self._prev: tuple[int, str | None] = (-1, None)  # end and id of the last figure tagged
        self._unit_ids: tuple[int, str | None, str | None] = (-1, None, None)  # …with an id: end, id, unit

    def __call__(self, start: int, end: int, kind: str, unit: str | None, *, floor: int = 0,
                 section: str = "", table: TableCell | None = None,
                 growth: bool = False, subject: str = "") -> str | None:
        """The id of the figure shadow[start:end], or None.

        Args:
            start, end: the figure's span (Indicator.start/end).
            kind, unit: Indicator.kind (a Kind or its string) and Indicator.unit.
            floor: end of the previous figure (as for subjects.subject_for), so its words are not
                read as this one's (except in 由A下降至B, where B reads A's).
            section: the title of the innermost section holding the figure ("" in the preamble).
            table: the figure's table cell (its row and column), else None.
            growth: True when the figure is a rate of change (schema 2 `growth`): it gets no id.
            subject: the figure's subject (subjects.subject_for). In a list of figures after
                a list of verbs or of one verb's objects (受理、审结…案件120件、115件; 审核A、B分别
                为…) it names what the figure's place in the list counts, and is read as the
                figure's own words.
        """
        return self.tag(start, end, kind, unit, floor, section, table, growth, subject)

    def tag(self, start: int, end: int, kind: str, unit: str | None, floor: int, section: str,
            table: TableCell | None, growth: bool, subject: str = "") -> str | None:
        """`self(...)` with every argument given in place (describe_figures calls it per figure)."""
        cid = self._tag(start, end, kind, unit, floor, section, table, growth, subject)
        self._prev = (end, cid)
        if cid:
            self._unit_ids = (end, cid, unit)
        return cid

    def _tag(self, start: int, end: int, kind: str, unit: str | None, floor: int, section: str,
             table: TableCell | None, growth: bool, subject: str) -> str | None:
        if table:
            return self._keep(start, table_id(table, kind, self._cat))
        if growth:
            return None
        words = self._words.get((kind, unit), _UNKNOWN)
        if words is _UNKNOWN:
            words = self._words[(kind, unit)] = words_of(self._cat, kind, unit)
        if words is None:
            return None
        sh = self.shadow
        if floor and sh[start - 1] in _BASELINE_ENDS and (same := self._baseline(start, floor, kind, unit)):
            return self._keep(start, same)  # most figures: one character looked at
        cs, own_start, before = self._words_before(start, end, floor)
        before = list_words(sh, subject, cs, start, end, floor, before)
        if before is None:
            return None
        own, noun = own_words(sh, before, end, unit, cs, start)
        if own is None:
            return None  # 20件行政规范性文件和重大决策事项: two kinds counted together, no one id
        rules = self._cat.rules
        hits = [rules[n] for n in sorted(candidates(words, own)) if rules[n][1].own.search(own)]
        if not hits or (("(" in before or "（" in before) and in_category_aside(sh, cs, start)):
            return None
        c = Context(own, before, sh[cs:own_start], noun, sh, start, cs, section, self.genre)
        cid = self._best(c, kind, hits)
        if cid is None or self._a_part(cid, start, end, before) or self._not_here(cid, before):
            return None
        return self._keep(start, cid)

    def _not_here(self, cid: str, before: str) -> bool:
        """Whether `cid` cannot be this figure's for where it stands: a 年报's 复议 or 诉讼 (about
        信息公开 alone), or a 市本级 figure (a part of 全市; a level's own list of items is not)."""
        if self.genre == _NIANBAO and cid.startswith(_NOT_IN_NIANBAO):
            return True
        return "本级" in before and bool(_LEVEL_PART.search(before)) and not cid.startswith(_LEVEL_LISTS)

    def _words_before(self, start: int, end: int, floor: int) -> tuple[int, int, str]:
        """The figure's clause start, where its own words start, and those words (7部地方性法规、
        3部…: the words of the figure before are its own; in 由A下降至B, B reads A's; in
        清理规范性文件2次、100余件 the words before the list are both's)."""
        sh = self.shadow
        cs = own_start = back_to(_CLAUSE, sh, max(0, start - _OWN_BACK), start)
        if cs < floor <= start and not self._cat.from_to.match(sh[floor:start]):
            own_start = max(floor, sh.rfind("、", floor, start) + 1)
            m = _CONJ.match(sh, own_start, start)
            own_start = m.end() if m else own_start
        before = sh[own_start:start]
        if not before and floor == self._last[0] and sh[floor:start] in _SAME_NOUN and (
                "分别" not in sh[cs:floor]  # 分别为3595件、3125件: each of its own body, but
                or _YEARLY.search(sh, max(0, cs - _OWN_BACK), floor)):  # 2019年至2021年…分别: one a year
            before = self._last[1]
        self._last = (end, before)
        return cs, own_start, before

    def _baseline(self, start: int, floor: int, kind: str, unit: str | None) -> str | None:
        """The id of the figure just before when this one is its value in an earlier year
        (备案规范性文件38件,较2019年的27件增加40.7%: 27件 is the same quantity in 2019)."""
        sh = self.shadow
        if floor == self._prev[0] and self._prev[1] and _BASELINE.fullmatch(sh, floor, start):
            e = self._cat.entries[self._prev[1]]
            return e.id if kind in e.kinds and unit in e.units else None
        # 收到申请32件,同比下降43.8%(去年同期57件): the last figure with an id, of the same unit
        at, cid, was = self._unit_ids
        if cid and was == unit and start - at < _SAME_BACK \
                and _SAME_PERIOD_LAST_YEAR.search(sh, max(at, start - 12), start) \
                and not SENTENCE.search(sh, at, start):
            return cid
        return None

    def _a_part(self, cid: str, start: int, end: int, before: str) -> bool:
        """Whether the figure only repeats the id of a whole given before it: after 其中, in a list
        of parts after 其中:, with its share of the whole (占…总数), or a 本级 part (市政府本级受理…
        142件 after the whole 430件)."""
        return self._is_part(cid, start) or self._in_listed_parts(cid, start) \
            or (bool(_SHARE_OF_WHOLE.match(self.shadow, end)) and any(i == cid for _, i in self._given)) \
            or ("本级" in before and self._given_before(cid, start))

    def _best(self, c: Context, kind: str, hits: list[tuple[Entry, Rule]]) -> str | None:
        """The one id whose rules (those whose own pattern matched) hold most strongly, or None
        (none holds, or two tie)."""
        cat, own = self._cat, c.own
        tail = c.before[-24:]  # the guards look at the words right before the figure
        growth = bool(cat.growth.search(tail) or cat.growth_word.search(tail))
        share = kind == "percent" and bool(cat.share.search(tail))
        found: dict[str, int] = {}
        for e, r in hits:
            if (growth and not e.allow_growth) or (share and not e.allow_share) \
                    or r.weight <= found.get(e.id, 0):
                continue
            if (e.not_own is None or not e.not_own.search(own)) and holds(r, c, cat):
                found[e.id] = r.weight
        if found and cat.pending.search(own):  # 交办的, 受理前, 推荐…申报, 拟…: not (yet) the quantity
            found = {i: w for i, w in found.items() if cat.entries[i].allow_pending}
        if not found:
            return None
        top = max(found.values())
        ids = [i for i, w in found.items() if w == top]
        return ids[0] if len(ids) == 1 else None

    def _is_part(self, cid: str, start: int) -> bool:
        """Whether a figure after 其中 only repeats the id of its whole (given just before 其中)."""
        lo = max(0, start - BACK)
        word = self._part_word
        if word is not None:
            at = self.shadow.rfind(word, lo, start)  # the last 其中 before the figure
            if at < 0:
                return False
            p_start, p_end = at, at + len(word)
        else:
            p = None
            for p in self._cat.part.finditer(self.shadow, lo, start):  # noqa: B007
                pass  # the last 其中 before the figure
            if p is None:
                return False
            p_start, p_end = p.span()
        if SENTENCE.search(self.shadow, p_end, start):
            return False
        return self._repeats(cid, p_start)

    def _repeats(self, cid: str, p_start: int) -> bool:
        """Whether the whole just before the 其中 at p_start took `cid`."""
        return any(p_start - BACK <= s < p_start and i == cid for s, i in self._given)

    def _in_listed_parts(self, cid: str, start: int) -> bool:
        """Whether the figure is in a list of parts that 其中: ends its paragraph with (1.省政府…,
        2.省直部门…, 3.各市州…: up to the next heading), the whole before it taking `cid`."""
        sh = self.shadow
        at = sh.rfind("其中:\n", max(0, start - _LIST_BACK), start)
        if at < 0 or _OUTLINE.search(sh, at + 4, start):
            return False
        return self._repeats(cid, at)

    def _given_before(self, cid: str, start: int) -> bool:
        """Whether one of the recent figures with an id (its paragraph: _WHOLE_BACK characters)
        already took `cid`: the whole a 本级 figure is part of."""
        return any(start - _WHOLE_BACK <= s < start and i == cid for s, i in self._given)

    def _keep(self, start: int, cid: str | None) -> str | None:
        """`cid`, remembered with the figure's start (the recent ones only) for _is_part."""
        if cid:
            self._given.append((start, cid))
            if len(self._given) > 16:
                del self._given[:8]
        return cid


_UNKNOWN = object()
_WHOLE_BACK = 600  # characters back that the whole of a 本级 figure is looked for
# a 政府信息公开 年报's 行政复议 and 行政诉讼 are those about 信息公开 alone, not the body's cases
_NIANBAO, _NOT_IN_NIANBAO = "info_disclosure_report", ("recon.", "lit.")
# 市政府收到复议申请1186件,占收到申请总数的19.1%: a part of the whole the report gave before
_SHARE_OF_WHOLE = re.compile(r"[,，]?\s*占(?:[^，,。；;]{0,12}?(?:总数|总量|总额|全部|总件数)|\d)")
# between a figure and its value in an earlier year: 38件,较2019年的27件 / 比上年同期的
_BASELINE = re.compile(r"[,，]?(?:较|比|相比|同比)(?:\d{4}年|上年|去年|上一年|前一年)(?:同期)?的?")
_BASELINE_ENDS = frozenset("年期的为是:：")  # the last character of a _BASELINE or _SAME_PERIOD_LAST_YEAR
_SAME_PERIOD_LAST_YEAR = re.compile(r"[(（](?:去年|上年|上一年)同期(?:为|是|:|：)?$")
_SAME_BACK = 80  # characters back that the figure of a (去年同期N件) is looked for
# the years a 分别 list goes through (2019年至2021年,…分别达到21.1%、65.5%、80.4%)
_YEARLY = re.compile(r"\d{4}年(?:至|到|—|-|~|、|和)\d{4}年")
_SAME_NOUN = frozenset("、")  # between two figures of one noun: 2次、100余件
_LIST_BACK = 600  # characters back that a 其中: ending a paragraph is looked for
_OUTLINE = re.compile(r"\n(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")  # a heading ends the list
_LEVEL_PART = re.compile(r"[省市县区州旗]本级")  # 市本级新收…3326件: the city's own level, a part of 全市
_LEVEL_LISTS = ("func.",)  # a level's own lists of items (许可事项, 网办事项): the level's, not a part


def _literal(pattern: str) -> str | None:
    """`pattern` when it matches only itself (no regex syntax), else None."""
    return pattern if pattern and re.escape(pattern) == pattern else None


def canonical_for(shadow: str, start: int, end: int, kind: str, unit: str | None, *,
                  floor: int = 0, section: str = "", genre: str | None = None,
                  table: TableCell | None = None, growth: bool = False,
                  subject: str = "") -> str | None:
    """The canonical id of one figure, alone (no memory of the figures before it); see Tagger."""
    return Tagger(shadow, genre)(start, end, kind, unit, floor=floor, section=section,
                                 table=table, growth=growth, subject=subject)
