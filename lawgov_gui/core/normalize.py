"""Whitespace clean-up and the "shadow" text the parsers match against.

The shadow has exactly the length of the text it mirrors: every character is
mapped to one character. Full-width ASCII becomes half-width and the traditional
characters the parsers look for become simplified ones, so one set of patterns
serves both scripts while every offset found in the shadow is also an offset into
the real text, which keeps each body character as the source has it.
"""

from __future__ import annotations

import re

_TRAD = (
    "兩两萬万億亿個个項项條条戶户餘余點点約约過过場场處处臺台輛辆筆笔種种張张冊册類类輪轮時时鐘钟"
    "週周噸吨畝亩頃顷歲岁長长減减較较與与為为達达從从計计實实現现納纳參参開开發发佈布來来報报區区"
    "縣县鄉乡鎮镇務务廳厅員员會会辦办級级錯错糾纠關关閉闭網网頁页號号續续於于對对應应規规劃划綱纲"
    "題题問问總总體体標标準准單单業业產产訴诉議议復复審审調调執执權权決决書书門门學学習习黨党領领"
    "導导責责優优環环進进強强範范護护險险紛纷樹树識识運运顯显聯联檢检雙双隨随機机設设預预監监這这"
    "國国際际專专並并圍围屆届濟济況况聞闻覽览瀏浏稱称歸归據据懷怀證证齊齐灣湾廣广東东舉举質质興兴"
    "幹干屬属壓压")
_MAP: dict[int, str] = {ord(_TRAD[i]): _TRAD[i + 1] for i in range(0, len(_TRAD), 2)}
_MAP.update({c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_MAP.update({ord("\u3000"): " ", ord("\u00a0"): " ", ord("〇"): "零", ord("∶"): ":"})
SHADOW_TABLE = _MAP

_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200b\u202f\u205f\ufeff]+")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


_SHADOW_CHARS = re.compile("[" + re.escape("".join(chr(c) for c in SHADOW_TABLE)) + "]")
_SHADOW_OF = {chr(c): v for c, v in SHADOW_TABLE.items()}


def shadow(text: str) -> str:
    """Return the matching form of `text`: same length, half-width, simplified.

    A regular expression finds the few characters to replace; this is many times
    faster than str.translate with a dict on CJK text.
    """
    return _SHADOW_CHARS.sub(lambda m: _SHADOW_OF[m.group()], text)


def split_lines(raw: str) -> list[str]:
    """Split decoded text into trimmed, non-empty lines with single spaces.

    Args:
        raw: decoded text with any line endings (LF, CRLF, CR).

    Returns:
        The lines in order, each stripped, runs of spaces folded to one.
    """
    lines = []
    for line in _NEWLINES.sub("\n", raw).split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line:
            lines.append(line)
    return lines
