"""Arithmetic of stated figures: how exact a written number is, and whether a change agrees.

A figure is exact up to half a unit of its last written digit, after its magnitude (2.2万 →
±500; 82.37% → ±0.005).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_NUMBER = re.compile(r"\d+(?:\.(\d+))?")
_MAGNITUDE = {"万": 1e4, "亿": 1e8}  # right after the digits (百 in 个百分点 is no magnitude)


@dataclass(frozen=True, slots=True)
class Stated:
    """A value and the text it was written as."""

    value: float
    text: str

    @property
    def spread(self) -> float:
        return spread(self.text, self.value)


def spread(text: str, value: float) -> float:
    """Half a unit of the last digit written in `text` (0 when it holds no digit)."""
    m = _NUMBER.search(text.replace(",", "").replace("，", ""))
    if m is None:
        return 0.0
    decimals = len(m.group(1) or "")
    scale = _MAGNITUDE.get(text[m.end():m.end() + 1], 1.0)
    return 0.5 * 10 ** -decimals * scale


def rate_agrees(now: Stated, change: Stated, then: Stated, sign: int) -> bool:
    """Whether `then` → `now` is a change of `change` percent (sign −1: a fall)."""
    if then.value <= 0:
        return False
    lo = ((now.value - now.spread) / (then.value + then.spread) - 1) * 100
    hi = ((now.value + now.spread) / max(then.value - then.spread, 1e-12) - 1) * 100
    stated = sign * change.value
    return lo - change.spread - 1e-9 <= stated <= hi + change.spread + 1e-9


def pp_agrees(now: Stated, change: Stated, then: Stated, sign: int) -> bool:
    """Whether `then` → `now` is a change of `change` percentage points (sign −1: a fall)."""
    slack = now.spread + then.spread + change.spread + 1e-9
    return abs((now.value - then.value) - sign * change.value) <= slack


def implied_before(now: Stated, change: Stated, sign: int, points: bool) -> str:
    """Last year's value that `now` and its stated change imply, written as the figures are
    (rounded to the decimals of `now`; 4034 and 82.37% → "2212")."""
    before = now.value - sign * change.value if points else now.value / (1 + sign * change.value / 100)
    decimals = max(0, round(-math.log10(2 * now.spread))) if now.spread else 0
    return f"{before:.{decimals}f}"
