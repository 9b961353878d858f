"""Recognised text tidied: the recogniser's systematic confusions, undone.

Full-width digits, letters and the percent sign are written half-width (as reports
typed on a computer have them); a letter O (or 〇) between digits is a zero, a
lower-case l or a bar between digits a one; a dash standing for 一 in a heading
marker ("(-)", "—、") is 一 again. Nothing else is changed: the words stay as read.
"""

from __future__ import annotations

import re

_FULL_WIDTH = {**{chr(0xFF10 + n): str(n) for n in range(10)},
               **{chr(0xFF21 + n): chr(0x41 + n) for n in range(26)},
               **{chr(0xFF41 + n): chr(0x61 + n) for n in range(26)},
               "％": "%", "．": "."}
_HALF = str.maketrans(_FULL_WIDTH)
_ZERO = re.compile(r"(?<=\d)[Oo〇](?=[\dOo〇]*\d)")
_ONE = re.compile(r"(?<=\d)[l|](?=\d)")
_DASH = "-\u2010-\u2015\u2212\uff0d\u30fc"
_MARKER_ONE = re.compile(rf"^([(（]\s*)[{_DASH}](\s*[)）])|^[{_DASH}](?=[、，,.])")


def tidy(text: str) -> str:
    """`text` as recognised, its systematic confusions undone (see the module)."""
    text = text.translate(_HALF)
    text = _ZERO.sub("0", text)
    text = _ONE.sub("1", text)
    return _MARKER_ONE.sub(lambda m: f"{m.group(1)}一{m.group(2)}" if m.group(1) else "一", text)


def em_units(text: str) -> float:
    """The width of `text` in ems: 1 a full-width character, 0.5 an ASCII one."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)
