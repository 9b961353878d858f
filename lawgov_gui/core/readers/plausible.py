"""Is decoded text a report's text, or the noise of a wrong decoding?

Bytes decoded with the wrong encoding (UTF-16 read from a binary file, GBK read
as Big5) turn into Chinese-looking characters too, but mostly rare ones, or
Hangul, Yi and private-use characters. A real report, simplified or traditional,
is written almost entirely in the characters of GB2312 or of Big5 level 1.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..errors import ReportError
from .messages import GIBBERISH, NOT_TEXT

SAMPLE = 200_000  # characters looked at
MIN_IDEOGRAPHS = 20  # fewer Chinese-looking characters than this: nothing to judge
MAX_RARE_SHARE = 0.3  # real reports: under 0.01; wrong decodings measured: 0.37 to 1.0
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")  # and replacement characters

# Ideographs of every block, Hangul syllables, Yi and the private-use area: where
# a wrong decoding lands.
_IDEOGRAPHIC = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\ue000-\uf8ff\uf900-\ufaff"
    "\U00020000-\U0003ffff]")


def _decodable(encoding: str, leads: range, trails: list[int]) -> set[str]:
    """The characters that the two-byte codes lead+trail stand for in `encoding`.

    Decoded in one call, one code a line: an undecodable code becomes U+FFFD (or
    several characters) and is left out.
    """
    codes = b"\n".join(bytes((lead, trail)) for lead in leads for trail in trails)
    return {ch for ch in codes.decode(encoding, errors="replace").split("\n")
            if len(ch) == 1 and ch != "\ufffd"}


@cache
def common_characters() -> frozenset[str]:
    """The characters of GB2312 and of Big5 level 1 (A440–C67E)."""
    gb2312 = _decodable("gb2312", range(0xA1, 0xF8), list(range(0xA1, 0xFF)))
    big5 = _decodable("big5", range(0xA4, 0xC6), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    big5 |= _decodable("big5", range(0xC6, 0xC7), list(range(0x40, 0x7F)))
    return frozenset(gb2312 | big5)


def rare_share(text: str) -> float:
    """The share of rare characters among the Chinese-looking ones of `text`'s start.

    0.0 when there are too few Chinese-looking characters to judge.
    """
    counts = Counter(_IDEOGRAPHIC.findall(text[:SAMPLE]))
    total = sum(counts.values())
    if total < MIN_IDEOGRAPHS:
        return 0.0
    common = common_characters()
    return sum(n for ch, n in counts.items() if ch not in common) / total


def refusal(text: str) -> ReportError | None:
    """Why `text` cannot be a report's text, or None.

    NULs or many control characters: not text; mostly rare characters: the noise
    of a wrong decoding.
    """
    sample = text[:SAMPLE]
    if "\x00" in text or len(CONTROL.findall(sample)) > max(8, len(sample) // 200):
        return ReportError(NOT_TEXT)
    if rare_share(text) > MAX_RARE_SHARE:
        return ReportError(GIBBERISH)
    return None


def check_text(text: str) -> None:
    """Raise ReportError (in Chinese) unless `text` can be a report's text."""
    error = refusal(text)
    if error is not None:
        raise error
