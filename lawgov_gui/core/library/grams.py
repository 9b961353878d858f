"""Chinese for FTS5: the text as overlapping hanzi bigrams, and a query as the same bigrams.

SQLite's unicode61 tokenizer takes a whole run of hanzi as one token (复议 then finds nothing inside
行政复议), and the trigram tokenizer cannot match two characters. So the library indexes what it
makes here: each run of hanzi becomes its overlapping bigrams followed by its last character alone
(行政复议。→ 行政 政复 复议 议), each run of ASCII letters or digits one lower-case word; all separated
by spaces, which unicode61 then splits on. A query term becomes the phrase of its own bigrams:

* 复议 → "复议", found inside 行政复议; 行政复议 → "行政 政复 复议", the characters in a row;
* a run that a letter or digit follows in the query must end its run in the text too, so it keeps
  its last character (第3条 → "第 3 条"*);
* a single hanzi at the end of a term is a prefix (省 → "省"*): every character of a run starts a
  bigram or is the run's last character. The index keeps one-character prefixes (prefix='1',
  counted in characters), so this reads one list instead of merging every bigram of 省.
"""

from __future__ import annotations

import re

_HANZI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SEGMENT = re.compile(rf"[{_HANZI}]+|[0-9A-Za-z]+")
_GAP = rf"[^{_HANZI}0-9A-Za-z]*"


def _run_grams(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)]


def index_grams(text: str) -> str:
    """The tokens FTS5 indexes for `text`, separated by spaces."""
    out: list[str] = []
    for m in _SEGMENT.finditer(text):
        seg = m.group()
        if seg[0].isascii():
            out.append(seg.lower())
        else:
            out.extend(_run_grams(seg))
            out.append(seg[-1])
    return " ".join(out)


def _term_phrase(term: str) -> str | None:
    """The FTS5 phrase of one query term (None when it holds no letter, digit or hanzi)."""
    segs = _SEGMENT.findall(term)
    if not segs:
        return None
    tokens: list[str] = []
    for n, seg in enumerate(segs):
        last = n == len(segs) - 1
        if seg[0].isascii():
            tokens.append(seg.lower())
        elif len(seg) == 1 or not last:
            tokens.extend([*_run_grams(seg), seg[-1]] if not last else [seg])
        else:
            tokens.extend(_run_grams(seg))
    prefix = not segs[-1][0].isascii() and len(segs[-1]) == 1
    return '"' + " ".join(tokens) + '"' + (" *" if prefix else "")


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for `query`: every space-separated term, as a phrase, must be
    found (None when the query has nothing to search for)."""
    phrases = [p for p in map(_term_phrase, query.split()) if p]
    return " AND ".join(phrases) or None


def locate(query: str) -> re.Pattern[str] | None:
    """A pattern that finds the query's first term in the original text (punctuation between its
    letters, digits and hanzi ignored, letters in any case)."""
    for term in query.split():
        segs = _SEGMENT.findall(term)
        if segs:
            return re.compile(_GAP.join(map(re.escape, segs)), re.IGNORECASE)
    return None
