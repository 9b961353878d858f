"""Report metadata: genre, title, issuer, the year reported on, the publishing and signing dates.

Each is read from the strongest evidence first: page metadata (HTML <meta> tags,
"发布日期:" lines, a site name then a date), then the title line, the signature block
at the end (issuer and date), an issuer that stands alone or publishes ("X发布"), and
the opening sentence. An issuer is a name, never a verb stuck to it (现公布, 代表) nor
我县/市司法局: those are completed with the region the report names. When the source
has no title line one is inferred from the genre, the issuer's region and the year.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Genre, Meta
from .chrome import is_labelled_meta, is_widget_line, strip_title_chrome
from .meta_dates import find_published, find_signed
from .meta_issuer import bare_office, find_issuer
from .meta_rules import (
    DISCLOSURE_OPENING,
    dated_headline,
    headline,
    source_of,
)
from .meta_rules import ORG as _ORG
from .normalize import shadow

_CNUM = "零一二三四五六七八九十"
_CONTEXT = 20_000  # characters of the opening that region names and genre cues are read from
_TITLE_LINE = re.compile(
    r"(?:法治政府|法治建设|依法行政|依法治|政府信息公开|政务公开|行政复议|行政应诉).{0,24}(?:报告|总结)"
    r"|^.{0,20}政府工作报告$|^[^,，。]{2,24}公报$|年度报告|信息公开(?:工作)?年报$|行政复议.{0,24}(?:工作|情况)(?:\s*[(（][\d-]+[)）])?$")
_RUN_ON_TITLE = re.compile(  # a title its paragraph ran into when the line breaks were lost
    r"\S.{3,58}?(?:报告|总结)(?:\s*[(（]\d{4}年度?[)）])?"
    r"(?=\s*(?:\d{4}年|根据|本报告|本年度|为|按照|近年来|今年以来|[一二三四五六七八九十]、|$))")
_YEAR = re.compile(r"(?<!\d[—–\-~至到])(?<!\d)((?:19|20)\d{2})\s*(?:年|(?=以来[,，]))")  # not the end of 2021—2025年
# (2024以来,在县委…: a year written without its 年)
_BOOK = re.compile(r"《[^《》]{0,80}》")  # names inside a cited document's title are not the issuer
_TOLD_REPORT = re.compile(r"《[^《》]{0,40}?(?:((?:19|20)\d{2})年度?[^《》]{0,30}报告|报告\s*\(((?:19|20)\d{2})\))》")
# a page's field labels around a title: 标  题: …报告 / 名称: …报告 文号:
_FIELD = re.compile(r"^(?:标\s*题|名\s*称|题\s*名)(?:\s*[:：]\s*|\s+(?=\S{8}))|\s+(?:文\s*号|发文字号|索\s*引\s*号)\s*[:：].*$"
                    r"|\s*[(（](?:19|20)\d{2}-\d{1,2}-\d{1,2}[)）]\s*$")  # …情况 (2015-04-23): the day it was put up
_YEAR_OF_REPORT = re.compile(r"(?:关于|^)((?:19|20)\d{2})年度")
_PARTY_GROUP = re.compile(r"中共[\u4e00-\u9fff]{2,24}(?:党组|党委)")  # 中共青岛市交通运输局党组 / 2022年度…报告
_NEWS = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|报|网)[\u4e00-\u9fff]{0,6}记者\s*[\u4e00-\u9fff]{2,4}$|本报讯|"
                   r"[(（]\s*(?:摄影|摄|图片)\s*[:：]\s*[\u4e00-\u9fff]{2,4}\s*[)）]|【[^】]{1,12}[讯訊]】|[网網][讯訊]|^[^。]{0,30}讯\s*[(（]|[(（]\s*记者|记者\s*\S{2,4}\s*(?:报道|摄)|通讯员|"
                   r"\d{1,2}月\d{1,2}日电|^(?:新华社|中新社|中新网|人民网|央视网|新华网)"
                   r"|^(?:近日|日前|昨日|昨天)[,，](?!我|本)"  # a report never opens on the day it is told
                   r"|(?:共同|联合)发布了?《》|发布了?《》[(（]以下简称")  # …发布了《…报告》: news of a report
_GENRE_CUES = (
    (Genre.INFO_DISCLOSURE_REPORT, re.compile(r"政府信息公开.{0,8}(?:年度)?报告|政务公开.{0,6}年度报告"
                                              r"|信息公开(?:工作)?年报")),
    (Genre.RECONSIDERATION_REPORT, re.compile(r"行政复议.{0,20}(?:年度|工作|情况).{0,6}(?:报告|总结)")),
    (Genre.GOV_WORK_REPORT, re.compile(r"政府工作报告|代表.{0,12}政府.{0,4}向大会报告工作")),
    (Genre.FAZHI_REPORT, re.compile(r"法治政府|依法行政.{0,12}(?:报告|总结)|法治建设.{0,12}(?:报告|总结)")))
_INFERRED = {Genre.FAZHI_REPORT: "法治政府建设情况报告", Genre.INFO_DISCLOSURE_REPORT: "政府信息公开工作年度报告",
             Genre.RECONSIDERATION_REPORT: "行政复议工作年度报告", Genre.GOV_WORK_REPORT: "政府工作报告"}


def find_title(lines: list[str], hint: str | None = None) -> str | None:
    """The report's title line, if the source states one (an issuer line above 关于… joins it).

    A copy that lost its line breaks starts its one long line with the title: that prefix.
    """
    head = []
    for line in lines[:40]:  # the lead: a page's furniture may push the title below line 12
        if len(head) >= 12 and (len(line) >= 30 and "。" in line):
            break
        head.append(_FIELD.sub("", strip_title_chrome(line)))
    for n, line in enumerate(([hint] if hint else []) + head):
        s = shadow(line).strip()
        run_on = _RUN_ON_TITLE.match(s) if len(s) > 60 else None
        if run_on and _TITLE_LINE.search(run_on.group()) and not re.search(r"[。,，;；:：]", run_on.group()):
            return line.strip()[:run_on.end()]
        if (len(s) <= 60 and _TITLE_LINE.search(s) and not is_widget_line(s) and not is_labelled_meta(s)
                and not re.search(r"[。;；]|[,，].{6,}", s)
                and not re.match(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]"
                                 r"|附?表\s*[\d一二三四五六七八九十]", s)):  # 表1:…情况 is a table's caption
            k = n - (1 if hint else 0)
            above = shadow(head[k - 1]).strip() if k > 0 else ""
            if (re.match(r"关于|\d{4}年", s) and (re.fullmatch(_ORG, above) or _PARTY_GROUP.fullmatch(above))
                    and not is_widget_line(head[k - 1])):
                return head[k - 1].strip() + line.strip()
            return line.strip()
    return None


def find_genre(title: str | None, body: list[str], page_head: list[str] | None = None) -> Genre:
    """What the document is: from the title, the opening lines, then cues in the body.

    `page_head` is the page's first raw lines, where a byline (法治日报记者 王某) may stand that
    the clean-up dropped as page furniture.
    """
    head = [_BOOK.sub("《》", shadow(line)[:200]) for line in body[:3]]  # 落实《政府工作报告》 is no cue
    byline = [shadow(line) for line in (page_head or [])[:6] if len(line) <= 30]
    if any(_NEWS.search(h) for h in head + byline):
        return Genre.NEWS
    if title and re.search(r"行政复议.{0,20}(?:工作|情况)", shadow(title)) and "法治政府" not in shadow(title):
        return Genre.RECONSIDERATION_REPORT
    said_fazhi = False  # 法治政府 in an opening line: the body may show it is about 复议 alone
    for n, text in enumerate(([shadow(title)] if title else []) + head):
        if n == (1 if title else 0) and any(DISCLOSURE_OPENING.match(shadow(b)) for b in body[:2]):
            return Genre.INFO_DISCLOSURE_REPORT
        genre = next((g for g, cue in _GENRE_CUES if cue.search(text)), None)
        if genre is Genre.FAZHI_REPORT and not (title and n == 0):
            said_fazhi = True
        elif genre is not None:
            return genre
    whole = shadow("\n".join(body[:400])[:_CONTEXT])
    if ("政府信息公开" in whole and (re.search(r"第二十条\s*第\s*[(（]?[一二三四五六七八九十]", whole)
                                 or "收到和处理政府信息公开申请情况" in whole)) \
            or re.search(r"政府信息(?:主动|依申请)公开情况", whole):  # the 年报's standard parts
        return Genre.INFO_DISCLOSURE_REPORT
    if re.search(r"(?:各位代表|向大会报告工作)", whole[:3000]):
        return Genre.GOV_WORK_REPORT
    recon, fazhi = whole.count("行政复议"), whole.count("法治政府")
    if recon >= 3 and (fazhi < 2 or recon >= 4 * fazhi):  # about 复议 alone, 法治政府 said in passing
        return Genre.RECONSIDERATION_REPORT
    return Genre.FAZHI_REPORT if said_fazhi or re.search(r"法治政府|依法行政|法治思想|法治建设", whole) \
        else Genre.OTHER


def find_year(title: str | None, body: list[str], published: str | None, genre: Genre) -> int | None:
    """The year reported on, not the year of publishing (a 政府工作报告 looks back on the year before)."""
    told = _TOLD_REPORT.search(shadow(title)) if title and genre is Genre.NEWS else None
    if told:  # 《中国政府透明度指数报告(2021)》发布: the news is about that report's year
        return int(told.group(1) or told.group(2))
    if not title:  # 关于2021年度政府信息公开…, then 我局2020年主动公开…: the 年度 is the report's
        found = (_YEAR_OF_REPORT.search(_BOOK.sub(_blank, shadow(t)[:120])) for t in body[:3])
        m = next(filter(None, found), None)
        if m:
            return int(m.group(1))
    for text in ([title] if title else []) + body[:3]:
        m = _YEAR.search(_BOOK.sub(_blank, shadow(text)[:40]))  # 《纲要(2021—2025年)》: no report year
        if m:
            year = int(m.group(1))
            opening = shadow("\n".join(body[:30])) if genre is Genre.GOV_WORK_REPORT else ""
            if opening and not re.search(rf"{year}\s*年\s*工作回顾", opening) and re.search(
                    rf"{year - 1}年(?:工作回顾|[,，]|以来)|过去(?:的)?一年", opening):
                return year - 1  # delivered in 2025, it looks back on 2024 (not: 一、2024年工作回顾)
            return year
    years = Counter(int(y) for line in body for y in _YEAR.findall(shadow(line)))
    if published:
        pub = int(published[:4])
        years = Counter({y: n for y, n in years.items() if y < pub}) or Counter({pub - 1: 1})
    return years.most_common(1)[0][0] if years else None


def _blank(m: re.Match) -> str:
    return "_" * len(m.group())


def infer_title(issuer: str | None, year: int | None, genre: Genre = Genre.FAZHI_REPORT) -> str | None:
    """吉林省2023年法治政府建设情况报告 from 吉林省人民政府, 2023 and the genre."""
    if not issuer or not year or genre not in _INFERRED or issuer[0] in "省市县区镇乡" or bare_office(issuer):
        return None  # 县人民政府, 司法厅: no region to name the report by
    region = re.sub(r"(人民政府|政府|办事处)$", "", issuer)
    # A title names the innermost region: 凤县, not 宝鸡市凤县.
    region = re.sub(r"^[\u4e00-\u9fff]+?(?:省|自治区|市)(?=[\u4e00-\u9fff]+(?:县|区|市|旗|镇|乡|街道)$)", "", region)
    if genre is Genre.GOV_WORK_REPORT:
        year += 1  # delivered the year after the one it reports on
    return f"{region}{year}年{_INFERRED[genre]}"


def build_meta(raw_lines: list[str], body: list[str], hints: dict[str, str]) -> Meta:
    """Metadata for a report.

    Args:
        raw_lines: every line of the page, chrome included (dates live there).
        body: the cleaned lines.
        hints: optional "title", "published", "issuer" from HTML <meta> tags.
    """
    title = find_title(raw_lines, hints.get("title"))
    rest = [b[len(title):].lstrip() if title and b.startswith(title) and len(b) > len(title) + 60 else b
            for b in body if (b if len(b) > 120 else strip_title_chrome(b)) != title and not (title and title.endswith(b))]
    genre = find_genre(title, rest, raw_lines[:6])
    if title is None and genre is Genre.NEWS:
        title = headline(body) or dated_headline(raw_lines)
    signed = find_signed(body)
    published = find_published(raw_lines, hints.get("published")) or signed
    issuer = find_issuer(title, rest, hints.get("issuer"), raw_lines[:40])
    if issuer is None and genre is Genre.NEWS:  # 来源:皮书说 under a news headline
        issuer = source_of(raw_lines[:12])
    year = find_year(title, rest, published, genre)
    inferred = title is None
    if inferred:
        title = infer_title(issuer, year, genre)
    return Meta(title=title, title_inferred=inferred and title is not None, issuer=issuer,
                year=year, published=published, genre=genre, signed=signed)
