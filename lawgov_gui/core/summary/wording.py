"""The small text helpers of the digest: full-width punctuation, clauses, gists and dates.

Every printed heading and every quoted clause goes through `full_width`: the sources often
write "(一)" and "," where a Chinese document prints "（一）" and "，". A clause is the text
between two of 。，；：！？ (or a line break); the digest quotes whole clauses only, so that
nothing it prints stops mid-word.
"""

from __future__ import annotations

import datetime as dt
import re

_ASCII = str.maketrans({"(": "（", ")": "）", ",": "，", ";": "；", ":": "：", "!": "！", "?": "？"})
_KEEP = re.compile(r"(?<=\d)[,:](?=\d)")  # 1,000 and 10:30 keep their ASCII marks
_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
CLAUSE_END = "。，；：！？\n"
_CLAUSE = re.compile(f"[{CLAUSE_END};!?]|(?<!\\d)[,:]|[,:](?!\\d)")
_SENTENCE = re.compile("[。；！？\n;!?]")
_REACH = 300  # characters a clause may run each way
_LEAD = re.compile(r"^(?:其中|同时|此外|另外|并且|截至目前|目前|现已)+")
_NUMBER_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=\d)|(?<=[\d%])[ \t]+(?=[\u4e00-\u9fff])")
_FIGURE_REF = re.compile(r"（(?:见|详见)?(?:图|表)\s*\d+）")
_OPEN, _CLOSE = "(（“", ")）”"
_CONNECT = re.compile(r"^(?:进一步|不断|持续|切实|着力|全面)")
_DIGITS = "〇一二三四五六七八九十"


def full_width(text: str) -> str:
    """`text` with its ASCII punctuation full-width (（一）、，：；), as a Chinese document prints it.

    Marks between digits (1,000 · 10:30) stay; a run of spaces between Chinese characters
    (党建引领法治建设 深化基层依法治理) becomes one full-width space; spaces between a figure and
    Chinese characters (达到 134.9 万亿元) go.
    """
    kept = _KEEP.sub(lambda m: "\0" if m.group() == "," else "\1", text)
    out = kept.translate(_ASCII).replace("\0", ",").replace("\1", ":")
    return _NUMBER_SPACES.sub("", _SPACES.sub("\u3000", out))


def clause_span(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The clause holding text[start:end]: (begin, finish, closed).

    `closed` is False when no mark ends the clause within _REACH characters, or the text ends
    first (a cut opening): such a clause may stop mid-word and is not quoted.
    """
    return _back(text, start, _CLAUSE), *_ahead(text, end)


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] begins (looking back at most _REACH characters)."""
    return _back(text, pos, _SENTENCE)


def _back(text: str, pos: int, marks: re.Pattern[str]) -> int:
    lo = max(0, pos - _REACH)
    found = [m.end() for m in marks.finditer(text, lo, pos)]
    return found[-1] if found else lo


def _ahead(text: str, pos: int) -> tuple[int, bool]:
    m = _CLAUSE.search(text, pos, pos + _REACH)
    return (m.start(), True) if m else (min(len(text), pos + _REACH), False)


def trim_clause(clause: str) -> str:
    """A quoted clause without its spaces, its leading 其中/同时 and its （见图1）.

    A year stays: in a sentence of two years it says which one a figure is about.
    """
    clause = _FIGURE_REF.sub("", full_width(clause.strip(" \t\u3000")))
    return _LEAD.sub("", clause).strip("，、 ") or clause


def balanced(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Widen the clause text[lo:hi] over the marks inside brackets or quotes: （部门2件,乡镇街道4件）."""
    for _ in range(8):
        piece = text[lo:hi]
        opened = sum(piece.count(c) for c in _OPEN) - sum(piece.count(c) for c in _CLOSE)
        if opened > 0 and hi < len(text) and text[hi] not in "。\n":
            hi = clause_span(text, hi + 1, hi + 1)[1]
        elif opened < 0 and lo > 0:
            lo = clause_span(text, lo - 1, lo - 1)[0]
        else:
            break
    return lo, hi


def clauses(text: str) -> list[str]:
    """The clauses of `text`, trimmed, empty ones left out."""
    return [c.strip(" \t\u3000“”") for c in re.split(f"[{CLAUSE_END}]", full_width(text))
            if c.strip(" \t\u3000“”")]


def gist(point: str, limit: int = 40) -> str:
    """A point in one short line: the whole point when short, else its main clause.

    In "…，进一步压实法治政府建设责任" the clause after 进一步 is the aim; otherwise the first
    clause says what the point is. A clause still longer than `limit` is cut at a 、.
    """
    parts = clauses(point)
    if not parts:
        return ""
    if len(parts) == 1 and len(parts[0]) <= limit:
        return parts[0]
    aim = next((p for p in parts[1:] if _CONNECT.match(p)), None)
    line = _CONNECT.sub("", aim) if aim else parts[0]
    while len(line) > limit and "、" in line:
        line = line[:line.rfind("、")]
    return line if len(line) <= limit else ""


def short_title(title: str, limit: int = 20) -> str:
    """A heading's title for the digest: whole when short, else its last clause (the result
    in "以…为主线，法治政府建设内生动力进一步激发")."""
    title = full_width(title).strip("。 ")
    if len(title) <= limit:
        return title
    parts = clauses(title)
    return parts[-1] if parts and 4 <= len(parts[-1]) <= limit else title


def cn_date(iso: str | None) -> str:
    """An ISO date as 2024年3月15日 ("" when there is none or it is not a date)."""
    try:
        d = dt.date.fromisoformat(iso or "")
    except ValueError:
        return ""
    return f"{d.year}年{d.month}月{d.day}日"


def cn_number(n: int) -> str:
    """A small count in Chinese numerals, as before a measure word (两, 三, 十二), larger ones in digits."""
    if n <= 10:
        return "两" if n == 2 else _DIGITS[n]
    return f"十{_DIGITS[n - 10]}" if n < 20 else str(n)
