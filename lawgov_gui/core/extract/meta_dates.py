"""When a report was put up and when it was signed: the dates of the page and the signature.

`find_published` reads the page's metadata (a <meta> hint, a 发布/更新/来源 line, a date line
under a site name or between the title and the body, a title's own (2015-04-23), a paper's
《人民日报》( 2024年04月02日 07 版) line); `find_signed` the date of the signature block.
Dates come out as YYYY-MM-DD (`iso_date`).
"""

from __future__ import annotations

import re

from .chrome import is_meta_line
from .meta_rules import DATE_LINE as _DATE_LINE
from .meta_rules import ORG as _ORG
from .meta_rules import dated_source, paper_date
from .normalize import shadow
from .numerals import parse_chinese

_CNUM = "零一二三四五六七八九十"
_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})")
_CN_DATE = re.compile(rf"([零一二三四五六七八九]{{4}})年([{_CNUM}]{{1,2}})月([{_CNUM}]{{1,3}})日")
_YEAR_FIRST = re.compile(r"[(（]?\s*[0-9０-９零〇一二三四五六七八九]{4}")  # cheap test before a date line
_SITE = re.compile(r"(?:网站|网|日报|晚报|报社|新闻|客户端|公众号|融媒体中心|发布|政府网)$")
_TODAY = re.compile(r"今天是|星期[一二三四五六日天]|农历")
_DATE_AFTER_TITLE = re.compile(r"\S\s*[(（]((?:19|20)\d{2}-\d{1,2}-\d{1,2})[)）]\s*$")
_LABELLED_DATE = re.compile(
    r"(?:发布时间|发布日期|更新时间|成文日期)\s*[:：]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*来源")


def iso_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD (2024-03-15, 2024年3月15日, 二〇二四年三月十五日)."""
    s = shadow(text)
    m = _DATE.search(s)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        m = _CN_DATE.search(s)
        if not m:
            return None
        y, mo, d = (int(parse_chinese(g)) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def find_published(lines: list[str], hint: str | None = None) -> str | None:
    """ISO date from page metadata: a <meta> hint, a 发布/更新/来源 line, or a date line under a
    site name or between the title and the body (a signature date at the end is not one)."""
    candidates = [hint] if hint else []
    printed = paper_date(lines[-12:])  # 《人民日报》( 2024年04月02日 07 版): the paper's date, not a mirror's
    if printed:
        candidates.insert(0, printed)
    in_lead = True
    for n, line in enumerate(lines):
        in_lead = in_lead and not (len(line) >= 30 and re.search(r"[。,，]", line))
        if _dated(lines, n, in_lead) and not _TODAY.search(line):  # 今天是…: the day it was read
            candidates.append(line)
    for line in lines[:3]:  # 2014年度…情况 (2015-04-23): the date a title line ends with
        m = _DATE_AFTER_TITLE.search(line) if len(line) <= 80 else None
        if m:
            candidates.append(m.group(1))
    for line in lines[:3]:  # a copy that lost its line breaks keeps 发布时间：… inside its first line
        m = _LABELLED_DATE.search(shadow(line[:400])) if len(line) > 80 else None
        if m:
            candidates.append(m.group())
    return next((d for d in map(iso_date, map(_from_published, candidates)) if d), None)


def _from_published(line: str) -> str:
    """`line` from its 发布 label on ([ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10: the second)."""
    at = line.find("发布")
    return line[at:] if at > 0 and re.search(r"\d", line[at:]) else line


def _dated(lines: list[str], n: int, in_lead: bool) -> bool:
    """Whether line n may carry the date of publishing: a metadata line, or a short date line in
    the lead or under a site name (tested before _TODAY: most lines are neither)."""
    line = lines[n].lstrip("•·● ")  # • 2022-06-21 08:40:21: a list of the page's details
    if is_meta_line(line):
        return True
    if not (n and len(line) <= 60 and _YEAR_FIRST.match(line)):
        return False
    s = shadow(line)
    return (len(line) <= 40 and bool(_DATE_LINE.match(s))
            and (in_lead or bool(_SITE.search(shadow(lines[n - 1][-12:]).strip())))) \
        or (in_lead and dated_source(s) is not None)


def find_signed(body: list[str]) -> str | None:
    """The date of the signature block: a date line (or issuer + date) among the last lines."""
    for line in reversed(body[-4:]):
        s = shadow(line).strip()
        m = re.fullmatch(rf"(?:{_ORG}\s*)?(.+)", s)
        if m and _DATE_LINE.match(m.group(1).strip()):
            return iso_date(m.group(1))
    return None
