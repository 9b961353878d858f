"""Whitespace clean-up, invisible characters, and the "shadow" text the parsers match against.

Invisible characters — Unicode format characters (category Cf: zero-width space
and joiners, word joiner, BOM, bidi marks, soft hyphen…) and the few other
characters that draw nothing (variation selectors, the combining grapheme joiner,
Hangul fillers) — are removed when the text is split into lines, before anything
reads it: "4\u200b034件" is 4034件, never 34件. The report's text is the text
without them, so every offset (an indicator's start and end) is an offset into
what the reader sees.

The shadow has exactly the length of the text it mirrors: every character is
mapped to one character. Full-width ASCII becomes half-width and traditional
characters become simplified ones (traditional.py), so one set of patterns
serves both scripts while every offset found in the shadow is also an offset into
the real text, which keeps each body character as the source has it.
"""

from __future__ import annotations

import re

from .traditional import simplify

_MAP: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_MAP.update({ord("\u3000"): " ", ord("\u00a0"): " ", ord("〇"): "零", ord("∶"): ":"})
SHADOW_TABLE = _MAP

_SPACE = r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]"
_SPACES = re.compile(_SPACE + _SPACE + "*")  # a run; as X+ the engine searches twice as slowly
# Category Cf (Unicode 15), then the invisible characters of other categories; those of the
# Basic Multilingual Plane apart from the others.
_INVISIBLE_BMP = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u3164\ufe00-\ufe0f\uffa0")
_INVISIBLE_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef")
_INVISIBLE_ONE = "[" + _INVISIBLE_BMP + _INVISIBLE_ASTRAL + "]"
INVISIBLE = re.compile(_INVISIBLE_ONE + _INVISIBLE_ONE + "*")  # a run (faster than X+, as _SPACES)
# A lone BMP class, tested a character at a time: the engine checks it in a tight loop, several
# times faster than INVISIBLE (whose astral ranges it tests one by one). split_lines uses it when
# the text has no character beyond U+FFFF; removing characters one by one or in runs is the same.
_INVISIBLE_IN_BMP = re.compile("[" + _INVISIBLE_BMP + "]")
_ODD_SPACE = re.compile(r"[\t\u00a0\u3000\u2002-\u200a\u202f\u205f]")  # _SPACES but " "
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_BREAKS = "\r\u2028\u2029\x0b\x0c\x85"  # the characters one of which every _NEWLINES match starts with


_SHADOW_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in SHADOW_TABLE)) + "]")
_SHADOW_OF = {chr(c): v for c, v in SHADOW_TABLE.items()}


def shadow(text: str) -> str:
    """Return the matching form of `text`: same length, half-width, simplified.

    A regular expression finds the few characters to replace; this is many times
    faster than str.translate with a dict on CJK text.
    """
    return _SHADOW_CHARS.sub(lambda m: _SHADOW_OF[m.group()], simplify(text))


_TONE = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,8}\)")


def split_lines(raw: str) -> list[str]:
    """Split decoded text into trimmed, non-empty lines with single spaces.

    Args:
        raw: decoded text with any line endings (LF, CRLF, CR).

    Returns:
        The lines in order, invisible characters removed, each stripped, runs of
        spaces folded to one.
    """
    # one pass over the whole text: a run of spaces never spans a line break
    bmp = len(raw.encode("utf-16-le", "surrogatepass")) == 2 * len(raw)
    text = (_INVISIBLE_IN_BMP if bmp else INVISIBLE).sub("", raw)
    if any(c in text for c in _BREAKS):  # a substring search each, many times cheaper than a scan
        text = _NEWLINES.sub("\n", text)
    if "  " in text or _ODD_SPACE.search(text):  # else every run is one " ": nothing to fold
        text = _SPACES.sub(" ", text)
    if _TONE.search(text):  # a mirror's pinyin after each character: 調(diào)解 → 調解
        text = _PINYIN.sub("", text)
    return [line for line in map(str.strip, text.split("\n")) if line]
