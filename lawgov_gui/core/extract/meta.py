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
from .chrome import is_labelled_meta, is_meta_line, is_widget_line, strip_title_chrome
from .meta_rules import (DISCLOSURE_OPENING, compiled_by, headline, labelled_on_next_line, on_behalf,
                         paper_date)
from .normalize import shadow
from .numerals import parse_chinese

_CNUM = "零一二三四五六七八九十"
_CONTEXT = 20_000  # characters of the opening that region names and genre cues are read from
_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})")
_CN_DATE = re.compile(rf"([零一二三四五六七八九]{{4}})年([{_CNUM}]{{1,2}})月([{_CNUM}]{{1,3}})日")
_DATE_LINE = re.compile(  # a line that is only a date (and maybe a time)
    rf"^[(（]?\s*(?:(?:19|20)\d{{2}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?"
    rf"(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|[零一二三四五六七八九]{{4}}年[{_CNUM}]{{1,2}}月[{_CNUM}]{{1,3}}日)"
    r"\s*[)）]?$")
_YEAR_FIRST = re.compile(r"[(（]?\s*[0-9０-９零〇一二三四五六七八九]{4}")  # cheap test before a date line
_LABELLED_DATE = re.compile(
    r"(?:发布时间|发布日期|更新时间|成文日期)\s*[:：]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*来源")
_SITE = re.compile(r"(?:网站|网|日报|晚报|报社|新闻|客户端|公众号|融媒体中心|发布|政府网)$")
_TODAY = re.compile(r"今天是|星期[一二三四五六日天]|农历")
_TITLE_LINE = re.compile(
    r"(?:法治政府|法治建设|依法行政|依法治|政府信息公开|政务公开|行政复议|行政应诉).{0,24}(?:报告|总结)"
    r"|^.{0,20}政府工作报告$|^[^,，。]{2,24}公报$|年度报告|行政复议.{0,24}(?:工作|情况)(?:\s*[(（][\d-]+[)）])?$")
_RUN_ON_TITLE = re.compile(  # a title its paragraph ran into when the line breaks were lost
    r"\S.{3,58}?(?:报告|总结)(?:\s*[(（]\d{4}年度?[)）])?"
    r"(?=\s*(?:\d{4}年|根据|本报告|本年度|为|按照|近年来|今年以来|[一二三四五六七八九十]、|$))")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_REGION = r"[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|盟|镇|乡|街道)"
_ORG = (r"[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办公厅|办公室|委员会|部|局|厅|署|总局|委|办|办事处)")
_VERB = re.compile(  # what a sentence puts before a name: never part of it
    r"^(?:年度?|全年|今年|以来|\d+年|现将|现|兹|谨|我们|我(?=代表)|"  # not 特/将: 特克斯县, 将乐县
    r"把|公布|发布|印发|代表|根据|按照|依据|依照|由|经(?![开济])|的|对|在|关于)+")
_ISSUER_IN_TITLE = re.compile(
    rf"^(?:中共\S+?委\s*)?({_ORG}|{_REGION})(?:关于|正式|发布|公布|印发)*"
    r"(?=\d{4}|$|[(（]\d{4}|法治|依法|行政|政府|政务|年度|本年|上年)")
_REGION_AFTER_YEAR = re.compile(rf"^(?:\d{{4}})年(?:度)?({_REGION}|{_ORG})(?=法治|依法|推进|政府|行政)")
_OPENING = re.compile(
    rf"^(?:\d{{4}}年(?:度|以来)?[,，]?\s*)?(?:全年[,，]?)?({_ORG}|{_REGION})(?=坚持|深入|全面|认真|始终|以|围绕|"
    r"在|紧紧|高度|持续|切实|聚焦|锚定|立足|牢牢|按照|统筹|扎实|紧扣|把|着力|不断|积极|堅持|認真|始終|緊緊)")
_SUBJECT = re.compile(  # 在市委的坚强领导下，市政府坚持…: the subject after a clause
    r"[,，]\s*([\u4e00-\u9fff]{1,20}?(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|办))(?=坚持|深入|全面|认真|始终|紧紧|持续|切实|聚焦|立足|牢牢|统筹|扎实|着力|不断|积极)")
_BOOK = re.compile(r"《[^《》]{0,80}》")  # names inside a cited document's title are not the issuer
_INLINE_TITLE = re.compile(  # 现公布昭通市人民政府2023年政府信息公开工作年度报告
    rf"(?:公布|现将|发布|印发|^)({_ORG})(?=(?:关于)?\d{{4}}年度?[^。]{{0,30}}(?:报告|总结))")
_CONGRESS = re.compile(rf"在({_REGION})第[{_CNUM}]{{1,4}}届人民代表大会")
_LABELLED = re.compile(rf"(?:发文机关|发布机构|发布单位|发布部门|公开主体|责任部门)\s*[:：]?\s*({_ORG}|{_REGION})")
_PUBLISHES = re.compile(rf"({_ORG})(?:正式|今天|今日|近日|日前)?(?:发布|公布|印发)")
_SELF = re.compile(r"^(?:我|本|该)(省|市|县|区|州|镇|乡|街道|旗)?")
_LEVEL_OF = {"厅": "省", "省": "省", "市": "市", "县": "县", "区": "区", "州": "州", "镇": "镇",
             "乡": "乡", "旗": "旗", "街道": "街道"}
_NOT_NAME = set("全本我该各每城省市县区镇乡这其此辖园社小景片山地都在对由向并请将把与及是为以从被让使给和")
_LEADING_VERB = re.compile(r"^(?:按照|根据|依照|依据|经(?![开济])|的|由|推动|推进|建设|打造|服务|助力|保障|促进|实现|全面|深入|围绕|加快|开展|落实|坚持|构建|提升)")
_DEPARTMENTS = (  # a 我局 report that never names itself: its department from what it reports
    ("生态环境局", "空气质量|污染防治|生态环境|水质|环境执法"), ("司法局", "行政复议|人民调解|普法|公共法律服务"),
    ("市场监督管理局", "市场监管|食品安全|特种设备|市场主体"), ("税务局", "税务|纳税人|税费|发票"),
    ("公安局", "公安|治安|警务|刑事案件"), ("自然资源局", "自然资源|国土空间|不动产登记|耕地"),
    ("交通运输局", "交通运输|道路运输|公路"), ("应急管理局", "应急管理|安全生产|危险化学品"),
    ("教育局", "教育|学校|校园"), ("卫生健康委员会", "卫生健康|医疗机构|医疗卫生"),
    ("农业农村局", "农业农村|农产品|种植"), ("水利局", "水利|河湖|水资源"),
    ("人力资源和社会保障局", "人力资源|社会保障|劳动保障|就业"), ("住房和城乡建设局", "住房|城乡建设|建筑市场"))
_NEWS = re.compile(r"本报讯|【[^】]{1,12}[讯訊]】|[网網][讯訊]|^[^。]{0,30}讯\s*[(（]|[(（]\s*记者|记者\s*\S{2,4}\s*(?:报道|摄)|通讯员|"
                   r"\d{1,2}月\d{1,2}日电|^(?:新华社|中新社|中新网|人民网|央视网|新华网)")
_GENRE_CUES = (
    (Genre.INFO_DISCLOSURE_REPORT, re.compile(r"政府信息公开.{0,8}(?:年度)?报告|政务公开.{0,6}年度报告")),
    (Genre.RECONSIDERATION_REPORT, re.compile(r"行政复议.{0,20}(?:年度|工作|情况).{0,6}(?:报告|总结)")),
    (Genre.GOV_WORK_REPORT, re.compile(r"政府工作报告|代表.{0,12}政府.{0,4}向大会报告工作")),
    (Genre.FAZHI_REPORT, re.compile(r"法治政府|依法行政.{0,12}(?:报告|总结)|法治建设.{0,12}(?:报告|总结)")))
_INFERRED = {Genre.FAZHI_REPORT: "法治政府建设情况报告", Genre.INFO_DISCLOSURE_REPORT: "政府信息公开工作年度报告",
             Genre.RECONSIDERATION_REPORT: "行政复议工作年度报告", Genre.GOV_WORK_REPORT: "政府工作报告"}


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
        if _TODAY.search(line):
            continue
        if is_meta_line(line) or (n and len(line) <= 40 and _YEAR_FIRST.match(line)
                                  and _DATE_LINE.match(shadow(line))
                                  and (in_lead or _SITE.search(shadow(lines[n - 1][-12:]).strip()))):
            candidates.append(line)
    for line in lines[:3]:  # a copy that lost its line breaks keeps 发布时间：… inside its first line
        m = _LABELLED_DATE.search(shadow(line[:400])) if len(line) > 80 else None
        if m:
            candidates.append(m.group())
    return next((d for d in map(iso_date, candidates) if d), None)


def find_signed(body: list[str]) -> str | None:
    """The date of the signature block: a date line (or issuer + date) among the last lines."""
    for line in reversed(body[-4:]):
        s = shadow(line).strip()
        m = re.fullmatch(rf"(?:{_ORG}\s*)?(.+)", s)
        if m and _DATE_LINE.match(m.group(1).strip()):
            return iso_date(m.group(1))
    return None


def find_title(lines: list[str], hint: str | None = None) -> str | None:
    """The report's title line, if the source states one (an issuer line above 关于… joins it).

    A copy that lost its line breaks starts its one long line with the title: that prefix.
    """
    head = []
    for line in lines[:40]:  # the lead: a page's furniture may push the title below line 12
        if len(head) >= 12 and (len(line) >= 30 and "。" in line):
            break
        head.append(strip_title_chrome(line))
    for n, line in enumerate(([hint] if hint else []) + head):
        s = shadow(line).strip()
        run_on = _RUN_ON_TITLE.match(s) if len(s) > 60 else None
        if run_on and _TITLE_LINE.search(run_on.group()) and not re.search(r"[。,，;；:：]", run_on.group()):
            return line.strip()[:run_on.end()]
        if (len(s) <= 60 and _TITLE_LINE.search(s) and not is_widget_line(s) and not is_labelled_meta(s)
                and not re.search(r"[。;；]|[,，].{6,}", s)
                and not re.match(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]", s)):
            k = n - (1 if hint else 0)
            if (re.match(r"关于|\d{4}年", s) and k > 0 and re.fullmatch(_ORG, shadow(head[k - 1]).strip())
                    and not is_widget_line(head[k - 1])):
                return head[k - 1].strip() + line.strip()
            return line.strip()
    return None


def find_genre(title: str | None, body: list[str]) -> Genre:
    """What the document is: from the title, the opening lines, then cues in the body."""
    head = [_BOOK.sub("《》", shadow(line)[:200]) for line in body[:3]]  # 落实《政府工作报告》 is no cue
    if any(_NEWS.search(h) for h in head):
        return Genre.NEWS
    if title and re.search(r"行政复议.{0,20}(?:工作|情况)", shadow(title)) and "法治政府" not in shadow(title):
        return Genre.RECONSIDERATION_REPORT
    for n, text in enumerate(([shadow(title)] if title else []) + head):
        if n == (1 if title else 0) and any(DISCLOSURE_OPENING.match(shadow(b)) for b in body[:2]):
            return Genre.INFO_DISCLOSURE_REPORT
        for genre, cue in _GENRE_CUES:
            if cue.search(text):
                return genre
    whole = shadow("\n".join(body[:400])[:_CONTEXT])
    if "政府信息公开" in whole and re.search(r"第二十条第[(（]?[一二三四五六七八九十]", whole):
        return Genre.INFO_DISCLOSURE_REPORT
    if re.search(r"(?:各位代表|向大会报告工作)", whole[:3000]):
        return Genre.GOV_WORK_REPORT
    if whole.count("行政复议") >= 3 and whole.count("法治政府") < 2:
        return Genre.RECONSIDERATION_REPORT
    return Genre.FAZHI_REPORT if re.search(r"法治政府|依法行政|法治思想|法治建设", whole) else Genre.OTHER


def _as_issuer(name: str) -> str:
    if re.search(r"(政府|厅|部|局|委员会|署|委|办|办事处|办公室)$", name):
        return name
    return name + ("办事处" if name.endswith("街道") else "人民政府")


def _regions(text: str, level: str | None) -> Counter[str]:
    """Region names the text writes (贺州市, 凤县, 四川省), counted; of one level when given."""
    lv = level or "自治区|自治州|自治县|省|市|县|区|州|旗|镇|乡|街道"
    found = Counter(_LEADING_VERB.sub("", m.group(1)) for m in re.finditer(
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[省市在]))([\u4e00-\u9fff]{{1,6}}?(?:{lv}))(?!街道|社区|村)", text))
    return Counter({r: n for r, n in found.items() if r[0] not in _NOT_NAME and len(r) >= 2
                    and not set(r) & set("全各本我该每")
                    and not re.search(r"(?:城区|市区|辖区|园区|社区|小区|景区|片区|地区|城市|都市|考区)$", r)})


def _bare_office(name: str) -> bool:
    """司法厅, 生态环境局: a department without the region it serves (国家税务总局 is whole)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:厅|局)", name) and not _regions(name, None)
                and not re.match(r"国家|国务院|中国|中华|海关", name))


def _complete(name: str, context: str) -> str | None:
    """A name the text can stand behind: 现公布X → X; 我县/市司法局/司法厅 get their region."""
    name = _VERB.sub("", name)
    own = _SELF.match(name)
    if own and own.group(0):  # 我县人民政府, 本局
        level, name = own.group(1), name[own.end():]
    elif name[:1] in "省市县区镇乡" and len(name) > 2:  # 市司法局, 县人民政府
        level, name = name[0], name[1:]
    elif _bare_office(name):  # 司法厅
        level = None
    else:
        return name if len(name) >= 2 and name[0] not in "全各" else None
    name = name if name not in ("人民政府", "政府") else "人民政府"
    # a 司法局 serves a city or a county, never a 街道 (南市街道 is no 南市)
    office = {"厅": "省|自治区", "局": "自治区|自治州|自治县|省|市|县|区|州|旗"}.get(name[-1:])
    regions = _regions(context, level or _LEVEL_OF.get(name[-1:]) or office)
    if not regions:  # never named: the office without its region (县人民政府), not 我县…
        return (level or "") + name if name and (level or len(name) > 2) else None
    return regions.most_common(1)[0][0] + name


def _department(context: str) -> str | None:
    """贺州市生态环境局 for a 我局 report about air quality in 贺州市."""
    hits = sorted(((len(re.findall(cues, context)), dept) for dept, cues in _DEPARTMENTS), reverse=True)
    regions = _regions(context, "市|县|区")
    if not hits or hits[0][0] < 2 or not regions:
        return None
    return regions.most_common(1)[0][0] + hits[0][1]


def find_issuer(title: str | None, body: list[str], hint: str | None = None,
                head: list[str] | None = None) -> str | None:
    """Who reports: a labelled line, the title, the signature, the opening, a 发布 line.

    `head` is the page's first raw lines, where a 政府工作报告 names its congress.
    """
    context = shadow("\n".join(([title] if title else []) + body[:200])[:_CONTEXT])
    found: str | None = None
    for line in body[:8]:
        m = _LABELLED.search(shadow(line))
        if m:
            found = _as_issuer(line[m.start(1):m.end(1)])
            break
    found = found or _as_named(labelled_on_next_line(head or [])) or compiled_by(body[:3])
    if not found and title:
        t = shadow(title)
        m = _ISSUER_IN_TITLE.search(t) or _REGION_AFTER_YEAR.search(t)
        if m:
            found = _as_issuer(title[m.start(1):m.end(1)])
    found = found or _signature_issuer(body) or _opening_issuer((head or [])[:12] + body[:6], body[:4])
    if not found:
        for line in body[:3] + body[-3:]:
            m = _PUBLISHES.search(shadow(line))
            if m and len(line) <= 80:
                found = line[m.start(1):m.end(1)]
                break
    if found:
        found = _complete(found, context)
    if not found and re.search(r"(?:^|[,，。])(?:我|本)局", context):
        found = _department(context)
    return found or hint


def _as_named(name: str | None) -> str | None:
    return _as_issuer(name) if name else None


def _signature_issuer(body: list[str]) -> str | None:
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


def _opening_issuer(lines: list[str], opening: list[str]) -> str | None:
    """The congress a 政府工作报告 is given to, or the subject of the opening sentence."""
    for line in lines:
        s = shadow(line)
        m = _CONGRESS.search(s)
        if m:
            return _as_issuer(line[m.start(1):m.end(1)])
    named = on_behalf(lines)
    if named:
        return named
    for line in opening:
        s = _BOOK.sub(lambda b: "《" + "_" * (len(b.group()) - 2) + "》", shadow(line))
        m = _OPENING.search(s) or _INLINE_TITLE.search(s[:300]) or _SUBJECT.search(s[:200])
        if m:
            return _as_issuer(line[m.start(1):m.end(1)])
        m = re.search(r"[\u4e00-\u9fff]{2,14}?人民政府", s[:160])
        if m:
            return line[m.start():m.end()]
    return None


def find_year(title: str | None, body: list[str], published: str | None, genre: Genre) -> int | None:
    """The year reported on, not the year of publishing (a 政府工作报告 looks back on the year before)."""
    for text in ([title] if title else []) + body[:3]:
        m = _YEAR.search(shadow(text)[:40])
        if m:
            year = int(m.group(1))
            if genre is Genre.GOV_WORK_REPORT and re.search(
                    rf"{year - 1}年(?:工作回顾|[,，]|以来)|过去(?:的)?一年", shadow("\n".join(body[:30]))):
                return year - 1
            return year
    years = Counter(int(y) for line in body for y in _YEAR.findall(shadow(line)))
    if published:
        pub = int(published[:4])
        years = Counter({y: n for y, n in years.items() if y < pub}) or Counter({pub - 1: 1})
    return years.most_common(1)[0][0] if years else None


def infer_title(issuer: str | None, year: int | None, genre: Genre = Genre.FAZHI_REPORT) -> str | None:
    """吉林省2023年法治政府建设情况报告 from 吉林省人民政府, 2023 and the genre."""
    if not issuer or not year or genre not in _INFERRED or issuer[0] in "省市县区镇乡" or _bare_office(issuer):
        return None  # 县人民政府, 司法厅: no region to name the report by
    region = re.sub(r"(人民政府|政府)$", "", issuer)
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
    genre = find_genre(title, rest)
    signed = find_signed(body)
    published = find_published(raw_lines, hints.get("published")) or signed
    issuer = find_issuer(title, rest, hints.get("issuer"), raw_lines[:40])
    year = find_year(title, rest, published, genre)
    if title is None and genre is Genre.NEWS:
        title = headline(body)
    inferred = title is None
    if inferred:
        title = infer_title(issuer, year, genre)
    return Meta(title=title, title_inferred=inferred and title is not None, issuer=issuer,
                year=year, published=published, genre=genre, signed=signed)
