"""What the catalogue's rules test about a figure, for catalogue.py: its context and the test.

`Context` holds the words around one figure that a rule of catalogue.toml reads: the own phrase
(the figure as ▮ between the words before it and its classifier noun), the clause before, and,
found only when a rule asks, the sentence and the nearest topic. `holds` says whether one rule
holds in a context. `back_to` finds where a clause or sentence begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .catalogue_data import Catalogue, Rule
from .normalize import shadow as _shadow

__all__ = ["BACK", "SENTENCE", "Context", "back_to", "holds"]

SENTENCE = re.compile("[。；;！!？?\n]")
BACK = 120  # how far back a figure's sentence, or the 其中 it follows, is looked for
_PARA = 240


@dataclass(slots=True)
class Context:
    """The words around one figure that the rules read (see catalogue.toml)."""

    own: str        # the own phrase, the figure as ▮, the classifier noun (see catalogue.toml)
    before: str     # the own phrase before the figure
    clause: str     # the clause before the own phrase
    noun: str       # what follows the figure when it is a classifier
    shadow: str
    start: int
    clause_start: int
    section: str
    genre: str | None
    _sentence: str | None = None
    _topic: str | bool | None = False
    _sentence_start: int = 0

    @property
    def sentence(self) -> str:
        """The sentence up to the figure (found only when a rule asks)."""
        if self._sentence is None:
            lo = max(0, self.clause_start - BACK)
            ss = back_to(SENTENCE, self.shadow, lo, self.clause_start)
            self._sentence, self._sentence_start = self.shadow[ss:self.start], ss
        return self._sentence

    def _paragraph(self) -> str:
        """The sentences of the paragraph before the figure's sentence (at most _PARA characters)."""
        self.sentence  # noqa: B018 (sets _sentence_start)
        end = self._sentence_start
        lo = max(0, end - _PARA)
        return self.shadow[max(lo, self.shadow.rfind("\n", lo, end) + 1):end]

    def topic(self, cat: Catalogue) -> str | None:
        """The nearest topic: in the noun after the figure, else the sentence, the sentences before
        it in its paragraph (审结67件 after 收到行政复议申请85件。), the section, the genre."""
        if self._topic is False:
            found = None
            for n in range(4):
                text = (self.noun if n == 0 else self.sentence if n == 1 else self._paragraph()
                        if n == 2 else _shadow(self.section) if self.section else "")
                hits = [m.lastgroup for m in cat.topics.finditer(text)]
                if hits:
                    found = hits[0] if n == 0 else hits[-1] if n != 2 else _most(hits)
                    break
            self._topic = found or cat.genre_topic.get(self.genre or "")
        return self._topic  # type: ignore[return-value]


def holds(r: Rule, c: Context, cat: Catalogue) -> bool:
    """Whether rule `r` holds in context `c`: its clause, sentence, own-phrase, noun and topic
    tests (the rule's own pattern is tested before, by the caller)."""
    if r.also and not r.also.search(c.own):
        return False
    if (r.clause and not r.clause.search(c.clause)) or (r.not_clause and r.not_clause.search(c.clause)):
        return False
    if (r.sentence or r.not_sentence) and not _sentence_ok(r, c.sentence + c.own):
        return False
    if (r.not_own and r.not_own.search(c.own)) or (r.not_noun and r.not_noun.match(c.noun)):
        return False
    if r.topic or r.not_topic:
        t = c.topic(cat)
        if (r.topic and t != r.topic) or (t in r.not_topic):
            return False
    return True


def _sentence_ok(r: Rule, text: str) -> bool:
    """Whether `text` (the sentence and the own phrase) passes the sentence tests of `r`."""
    return not ((r.sentence and not r.sentence.search(text))
                or (r.not_sentence and r.not_sentence.search(text)))


def back_to(pattern: re.Pattern[str], shadow: str, lo: int, pos: int) -> int:
    """Offset just after the last match of a one-character `pattern` in shadow[lo:pos], else lo."""
    m = pattern.search(shadow[lo:pos][::-1])
    return pos - m.start() if m else lo


def _most(hits: list[str | None]) -> str | None:
    """The topic a paragraph speaks of most (行政复议…化解行政争议的主渠道: still 复议); a tie goes
    to the one named last, nearest the figure."""
    counts = {t: hits.count(t) for t in hits}
    top = max(counts.values())
    return next(t for t in reversed(hits) if counts[t] == top)


_CATEGORY = re.compile(r"(?<![各此该这两三四五六])类")


def in_category_aside(sh: str, cs: int, start: int) -> bool:
    """公安交警处罚类行政复议案件数量增幅超3.6倍(新收2758件): a figure in brackets after a category
    counts that category only, a part of the quantity its words name."""
    b = max(sh.rfind("(", cs, start), sh.rfind("（", cs, start))
    return b > cs and not (")" in sh[b:start] or "）" in sh[b:start]) \
        and bool(_CATEGORY.search(sh, cs, b))
