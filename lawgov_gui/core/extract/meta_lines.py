"""Issuers that stand alone on a line: under or above the title, or in the signature block.

For meta_issuer.find_issuer: 温州市司法局 under 关于…的报告, (城南街道) under the title, the
government's line above a title a page repeats under its fields, the paper under a news
headline, and the signing body before the date at the end.
"""

from __future__ import annotations

import re

from .meta_rules import DATE_LINE as _DATE_LINE
from .meta_rules import DATED_SOURCE as _DATED_SOURCE
from .meta_rules import ORG as _ORG
from .meta_rules import REGION as _REGION
from .normalize import shadow

__all__ = ["PAPER", "author_line", "signature_issuer"]

PAPER = re.compile(r"[\u4e00-\u9fff]{2,8}(?:日报|晚报|商报|时报|都市报|法治报|新闻网|广播电视台|电视台)")


def signature_issuer(body: list[str]) -> str | None:
    """The issuer line of the signature block (before the date), or a standalone issuer line on top."""
    for line in reversed(body[-3:]):
        s = shadow(line).strip()
        m = re.match(rf"({_ORG})(?:\s|$)", s)
        if m and (m.end(1) == len(s) or _DATE_LINE.match(s[m.end():].strip())):
            return line.strip()[:m.end(1)]
    for line in body[:3]:
        s = shadow(line).strip()
        if re.fullmatch(_ORG, s) and not re.search(r"(?:报告|总结)", s):
            return line.strip()
    return None


def author_line(head: list[str], title: str | None) -> str | None:
    """An issuer standing alone on a line just under the title (关于…的报告 / 发布时间… / 温州市司法局,
    …报告 / (城南街道)), or just above the title where a page repeats it under its fields
    (眉山市彭山区公义镇人民政府 / 2021年…报告)."""
    ats = [n for n, line in enumerate(head) if title and line.strip() == title]
    for at in ats:
        for line in [x.strip("•·● \t") for x in head[at + 1:at + 6] if x.strip("•·● \t")][:3]:
            found = _named_alone(line)
            if found:
                return found
    for at in ats[1:]:  # the page's title, its fields, the issuer, the title again
        above = head[at - 1].strip()
        if re.fullmatch(_ORG, shadow(above)):
            return above
    return None


def _named_alone(line: str) -> str | None:
    """The issuer a line under a title names alone: 温州市司法局, (城南街道), 2024-08-09 08:46
    黄石市司法局, or the paper that tells a news item (深圳商报)."""
    s = shadow(line)
    if PAPER.fullmatch(s):
        return line
    inner = _BRACKETED.fullmatch(s)
    if inner and re.fullmatch(f"{_ORG}|{_REGION}", inner.group(1)):
        return line[inner.start(1):inner.end(1)]
    dated = _DATED_SOURCE.match(s)  # a page's date and source
    at_name = dated.end() if dated else 0
    if re.fullmatch(_ORG, s[at_name:]) and not re.search(r"(?:报告|总结|通知|意见)", s):
        return line[at_name:]
    return None


_BRACKETED = re.compile(r"[(（]([\u4e00-\u9fff]{2,20})[)）]")
