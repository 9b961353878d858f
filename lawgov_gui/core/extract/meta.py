"""Report metadata: title, issuer, the year reported on, the publishing date.

Each is read from the strongest evidence first: page metadata (HTML <meta> tags
or "发布日期:" lines), then the title line, then the opening sentence and the
signature. When the source has no title line one is inferred from the issuer's
region and the year, and marked as inferred.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Meta
from .chrome import is_meta_line
from .normalize import shadow

_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})")
_TODAY = re.compile(r"今天是|星期[一二三四五六日天]|农历")
_TITLE_LINE = re.compile(r"法治政府建设.{0,12}报告|法治.{0,16}(?:年度|情况|工作).{0,6}报告|年度报告$")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_REGION = r"[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|盟|镇|乡|街道)"
_ORG = (r"[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办公厅|委员会|部|局|厅|署|总局|委|办)")
_ISSUER_IN_TITLE = re.compile(rf"^(?:中共\S+?委\s*)?({_ORG}|{_REGION})(?:关于)?(?:\d{{4}}|$)")
_REGION_AFTER_YEAR = re.compile(rf"^(?:\d{{4}})年(?:度)?({_REGION}|{_ORG})(?=法治|依法|推进)")
_OPENING = re.compile(
    rf"^(?:\d{{4}}年(?:度|以来)?[,，]?\s*)?(?:全年[,，]?)?({_ORG}|{_REGION})(?=坚持|深入|全面|认真|始终|以|围绕|"
    r"在|紧紧|高度|持续|切实|聚焦|锚定|立足|牢牢|按照|统筹|扎实|紧扣|把|着力|不断|积极)")
_ORG_ANYWHERE = re.compile(r"(?:^|[,，。；;:：\s])(" + _ORG + r")")


def find_published(lines: list[str], hint: str | None = None) -> str | None:
    """ISO date from page metadata: a <meta> hint, or a 发布/更新/来源 line."""
    candidates = ([hint] if hint else []) + [
        line for line in lines if is_meta_line(line) and not _TODAY.search(line)]
    for line in candidates:
        m = _DATE.search(line)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def find_title(lines: list[str], hint: str | None = None) -> str | None:
    """The report's title line, if the source states one."""
    for line in ([hint] if hint else []) + lines[:12]:
        s = shadow(line).strip()
        if len(s) <= 60 and _TITLE_LINE.search(s) and not s.endswith("。"):
            return line.strip()
    return None


def _as_issuer(name: str) -> str:
    if re.search(r"(政府|厅|部|局|委员会|署|委|办|办事处)$", name):
        return name
    return name + ("办事处" if name.endswith("街道") else "人民政府")


def find_issuer(title: str | None, body: list[str], hint: str | None = None) -> str | None:
    """Who reports: from the title, the opening sentence or the signature."""
    if title:
        t = shadow(title)
        m = _ISSUER_IN_TITLE.search(t) or _REGION_AFTER_YEAR.search(t)
        if m:
            return _as_issuer(title[m.start(1):m.end(1)])
    for line in body[:4]:
        s = shadow(line)
        m = _OPENING.search(s)
        if m:
            return _as_issuer(line[m.start(1):m.end(1)])
        m = re.search(r"[\u4e00-\u9fff]{2,12}?人民政府", s[:120])
        if m:
            return _clean_org(line[m.start():m.end()])
    for line in reversed(body[-3:]):
        m = re.fullmatch(_ORG, shadow(line))
        if m:
            return line
    return hint


def _clean_org(name: str) -> str:
    """Drop a leading connective from an organisation found inside a sentence."""
    return re.sub(r"^(?:年|度|全年|今年|我|以来|\d+年)", "", name)


def find_year(title: str | None, body: list[str], published: str | None) -> int | None:
    """The year reported on, not the year of publishing."""
    for text in ([title] if title else []) + body[:3]:
        m = _YEAR.search(shadow(text)[:40])
        if m:
            return int(m.group(1))
    years = Counter(int(y) for line in body for y in _YEAR.findall(shadow(line)))
    if published:
        pub = int(published[:4])
        years = Counter({y: n for y, n in years.items() if y < pub}) or Counter({pub - 1: 1})
    return years.most_common(1)[0][0] if years else None


def infer_title(issuer: str | None, year: int | None) -> str | None:
    """吉林省2023年法治政府建设情况报告 from 吉林省人民政府 and 2023."""
    if not issuer or not year:
        return None
    region = re.sub(r"(人民政府|政府)$", "", issuer)
    return f"{region}{year}年法治政府建设情况报告"


def build_meta(raw_lines: list[str], body: list[str], hints: dict[str, str]) -> Meta:
    """Metadata for a report.

    Args:
        raw_lines: every line of the page, chrome included (dates live there).
        body: the cleaned lines.
        hints: optional "title", "published", "issuer" from HTML <meta> tags.
    """
    title = find_title(raw_lines, hints.get("title"))
    published = find_published(raw_lines, hints.get("published"))
    issuer = find_issuer(title, [b for b in body if b != title], hints.get("issuer"))
    year = find_year(title, [b for b in body if b != title], published)
    inferred = title is None
    if inferred:
        title = infer_title(issuer, year)
    return Meta(title=title, title_inferred=inferred and title is not None, issuer=issuer,
                year=year, published=published)
