"""Traditional characters and their simplified forms, one for one, from OpenCC's tables.

Reports are written in simplified characters, but a portal's 繁體 button, a Hong Kong or
Taiwan mirror, or a Big5 copy gives the same report in traditional ones (行政許可, 萬元,
罰款). The parsers match simplified words only, so the shadow text (normalize.shadow) maps
each traditional character to its simplified form. The shadow must keep every offset, so
only conversions of one character into one character are taken.

A text that holds traditional characters is first converted whole by OpenCC's `t2s`, whose
phrase tables also settle the characters that are simplified in one word and not in another
(答覆 → 答复, but 覆盖 stays); a line whose length the conversion would change keeps its own
characters (the shadow keeps every offset), and the one-for-one table below then maps any
traditional character left. A text with none is returned at once, so simplified text pays one
search.

The table comes from OpenCC (Apache-2.0), the reference converter, rather than a list kept by
hand: its `t2s` conversion is run once over the CJK Unified Ideographs block. A character is
mapped only when it is not itself a character of GB 2312 (the simplified standard), so that
characters that simplified text also uses (著, 乾, 於 as a surname, 干) are never changed in a
simplified report: 显著 stays 显著.
"""

from __future__ import annotations

import re
from functools import cache

import opencc

_BLOCK = range(0x4E00, 0xA000)  # CJK Unified Ideographs: every character reports use


def _gb2312() -> frozenset[str]:
    """Every character of GB 2312: its two-byte codes (rows A1–F7, cells A1–FE), each decoded."""
    return frozenset("".join(bytes((hi, lo)).decode("gb2312", errors="ignore")
                             for hi in range(0xA1, 0xF8) for lo in range(0xA1, 0xFF)))


@cache
def simplified_forms() -> dict[str, str]:
    """Each traditional-only character mapped to its one simplified character.

    Returns:
        A dict from a character outside GB 2312 to the single GB 2312 character OpenCC's
        `t2s` turns it into (許 → 许, 萬 → 万); about 2,500 entries.
    """
    chars = [chr(c) for c in _BLOCK]
    converted = _converter().convert("\n".join(chars)).split("\n")
    gb = _gb2312()
    return {t: s for t, s in zip(chars, converted, strict=True)
            if t != s and len(s) == 1 and t not in gb and s in gb}


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _traditional() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(simplified_forms())) + "]")


def simplify(text: str) -> str:
    """`text` in simplified characters, phrase by phrase, with exactly its length.

    Args:
        text: any text; one without a traditional-only character is returned as it is.

    Returns:
        OpenCC's `t2s` conversion of `text` (a line whose length it would change keeps its own
        characters), then the one-for-one table for any traditional character left.
    """
    found = _traditional()
    if not found.search(text):
        return text
    converted = _converter().convert(text)
    if len(converted) != len(text):
        lines, done = text.split("\n"), converted.split("\n")
        converted = text if len(done) != len(lines) else "\n".join(  # never seen: OpenCC keeps breaks
            c if len(c) == len(t) else t for t, c in zip(lines, done, strict=True))
    forms = simplified_forms()
    return found.sub(lambda m: forms[m.group()], converted)
