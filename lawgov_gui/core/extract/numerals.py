"""Numbers as reports write them: 4034, 1,234, 2.2万, 两千, 百分之八十.

A small hand-written reader for Chinese numerals: cn2an reads the same forms but
takes about 270 ms to import, which the reader window's start-up cannot afford,
so the tests use cn2an as the oracle for this module instead.
"""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
MAGNITUDES = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2, "十": 10,
              "千万": 1e7, "百万": 1e6, "万亿": 1e12, "十万": 1e5}


def _section(text: str) -> int:
    """Read a numeral below 万 (一千二百三十四)."""
    total, digit = 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def _positional(text: str) -> int:
    """Read digit-by-digit numerals such as 二〇二三."""
    return int("".join(str(DIGITS[ch]) for ch in text))


def parse_chinese(text: str) -> float:
    """Value of a Chinese numeral, with an optional 点 fraction.

    Args:
        text: e.g. 两千, 十二, 一百零五, 三十五点五, 一千二百万.

    Returns:
        The number. Raises ValueError for anything else.
    """
    if not text:
        raise ValueError("empty numeral")
    whole, _, frac = text.partition("点")
    value = float(_integer(whole))
    if frac:
        if not all(ch in DIGITS for ch in frac):
            raise ValueError(f"not a Chinese numeral: {text!r}")
        value += float("0." + "".join(str(DIGITS[ch]) for ch in frac))
    return value


def _integer(text: str) -> int:
    if all(ch in DIGITS for ch in text) and len(text) > 1:
        return _positional(text)
    total, rest = 0, text
    for big in ("亿", "万"):
        head, sep, tail = rest.partition(big)
        if sep:
            total += (_section(head) if head else 1) * BIG_UNITS[big]
            rest = tail
    return total + (_section(rest) if rest else 0)


def parse_arabic(text: str) -> float:
    """Value of 4034, 1,234 or 2.2 (ASCII digits only)."""
    return float(text.replace(",", "") if "," in text else text)


def parse_number(text: str) -> float:
    """Value of an Arabic or Chinese numeral."""
    if text[:1].isdigit():
        return parse_arabic(text)
    return parse_chinese(text)
