"""Word's automatic list numbers (自动编号 一、 （一） 1.), counted in document order.

A hostile file may start a list at 3,000,000,000 or 99,999,999,999,999: starts are
capped at Word's own maximum (32767), a label that would not fit a line (lowercase
letters repeated hundreds of times, Roman numerals past 3999) is written in digits,
and a whole marker never exceeds MAX_MARKER characters.
"""

from __future__ import annotations

import re

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAX_START = 32767  # the largest start value Word accepts
MAX_LABEL = 12  # characters of one formatted number
MAX_MARKER = 32  # characters of a whole list marker
_LEVEL_REF = re.compile(r"%([1-9])")

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_CHINESE = {"chineseCounting", "chineseCountingThousand", "japaneseCounting",
            "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital"}
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_VAL = _w("val")


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十") -> str:
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else (ten if tens == 1 else digits[tens] + ten)
    return head + (digits[ones] if ones else "")


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in _ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def _letters(n: int) -> str:
    if n <= 0 or (n - 1) // 26 + 1 > MAX_LABEL:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def list_number(n: int, fmt: str) -> str:
    """The list number `n` written in Word's numbering format `fmt` (at most MAX_LABEL long)."""
    if fmt in _CHINESE:
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _CN_LEGAL, "拾")
    if fmt in ("ideographTraditional", "ideographEnclosedCircle") and 1 <= n <= 10:
        return _STEMS[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return _ZODIAC[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n).upper() if fmt == "upperLetter" else _letters(n)
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return str(n)


def _child_val(el, tag: str) -> str | None:
    child = el.find(_w(tag))
    return child.get(_VAL) if child is not None else None


def _number(value: str | None, default: int | None) -> int | None:
    """A non-negative decimal attribute, capped at MAX_START; `default` if it is none."""
    if not value or not value.isdigit():
        return default
    return MAX_START if len(value) > 5 else min(int(value), MAX_START)


def _level(lvl) -> tuple[int, str, str, str | None]:
    return (_number(_child_val(lvl, "start"), 1) or 0, _child_val(lvl, "numFmt") or "decimal",
            (_child_val(lvl, "lvlText") or "")[:MAX_MARKER], _child_val(lvl, "pStyle"))


class Numbering:
    """The list counters of one document.

    Args:
        numbering: the root of word/numbering.xml, or None.
        styles: the root of word/styles.xml, or None (styles may carry list numbers).
    """

    def __init__(self, numbering, styles) -> None:
        # numId -> ilvl -> (start, numFmt, lvlText); style id -> (numId, ilvl or None)
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.style_levels: dict[str, tuple[str, int | None]] = {}
        self.linked: dict[tuple[str, str], int] = {}  # (numId, style id) -> ilvl
        self.counters: dict[str, dict[int, int]] = {}
        if numbering is not None:
            self._read(numbering)
        for style in styles.iterchildren(_w("style")) if styles is not None else ():
            numpr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            num_id = _child_val(numpr, "numId") if numpr is not None else None
            if num_id:
                self.style_levels[style.get(_w("styleId"), "")] = (
                    num_id, _number(_child_val(numpr, "ilvl"), None))

    def _read(self, root) -> None:
        abstract: dict[str, dict[int, tuple[int, str, str, str | None]]] = {}
        for an in root.iterchildren(_w("abstractNum")):
            abstract[an.get(_w("abstractNumId"), "")] = {
                _number(lvl.get(_w("ilvl")), 0) or 0: _level(lvl)
                for lvl in an.iterchildren(_w("lvl"))}
        for num in root.iterchildren(_w("num")):
            num_id = num.get(_w("numId"), "")
            levels = dict(abstract.get(_child_val(num, "abstractNumId") or "", {}))
            for override in num.iterchildren(_w("lvlOverride")):
                ilvl = _number(override.get(_w("ilvl")), 0) or 0
                lvl = override.find(_w("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _number(_child_val(override, "startOverride"), None)
                if start is not None and ilvl in levels:
                    levels[ilvl] = (start, *levels[ilvl][1:])
            self.levels[num_id] = {k: v[:3] for k, v in levels.items()}
            for k, v in levels.items():
                if v[3]:
                    self.linked[(num_id, v[3])] = k

    def marker(self, num_id: str | None, ilvl_value: str | None, style_id: str | None) -> str:
        """The list number Word shows in front of a paragraph, or "".

        Args:
            num_id: the paragraph's own w:numPr/w:numId, if any.
            ilvl_value: its w:numPr/w:ilvl, if any.
            style_id: its paragraph style, if any.
        """
        ilvl = _number(ilvl_value, None)
        if num_id is None and style_id in self.style_levels:
            num_id, ilvl = self.style_levels[style_id]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        if ilvl is None:
            ilvl = self.linked.get((num_id, style_id or ""), 0)
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else levels[ilvl][0]
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if k not in levels:
                return ""
            return list_number(counters.get(k, levels[k][0]), levels[k][1])

        return _LEVEL_REF.sub(number, text)[:MAX_MARKER]
