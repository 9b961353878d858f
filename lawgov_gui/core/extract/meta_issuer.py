"""Who reports: the issuer of a report, never with a verb or a preposition stuck to it.

Read from a labelled line (发布机构: X, also with X on the next line), 由X编制, the title, the
signature block, the congress a 政府工作报告 is given to (or 我代表X，向大会报告), the opening
sentence's subject, then a "X发布" line. 我县/市司法局/司法厅 are completed with the region
the report names (a 司法局 is a city's or a county's, never a 街道's).
"""

from __future__ import annotations

import re
from collections import Counter

from .meta_lines import author_line, signature_issuer
from .meta_rules import (
    AUTONOMOUS_REGIONS,
    SHENG,
    compiled_by,
    labelled_on_next_line,
    on_behalf,
    one_province,
    site_owner,
    whole_province,
)
from .meta_rules import ORG as _ORG
from .meta_rules import REGION as _REGION
from .normalize import shadow

_CNUM = "零一二三四五六七八九十"
_CONTEXT = 20_000  # characters of the opening that region names are read from
_VERB = re.compile(  # what a sentence puts before a name: never part of it
    r"^(?:年内|年底|年末|年初|年度?|全年|今年|以来|\d+年|现将|现|兹|谨|我们|我(?=代表)|"  # not 特/将: 特克斯县, 将乐县
    r"把|公布|发布|印发|代表|根据|按照|依据|依照|由|经(?![开济])|的|对|在|关于)+")
# an office whose name holds a bracketed place: 北京大兴国际机场临空经济区(廊坊)管理委员会
_ORG_WITH_PLACE = (r"[\u4e00-\u9fff]{2,20}?[(（][\u4e00-\u9fff]{2,6}[)）][\u4e00-\u9fff]{0,12}?"
                   r"(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委|办事处)")
_ISSUER_IN_TITLE = re.compile(
    rf"^(?:中共\S+?委\s*)?({_ORG}|{_REGION}|{_ORG_WITH_PLACE})(?:\s*(?:关于|正式|发布|公布|印发))*\s*"
    r"(?=\d{4}|$|[(（]\d{4}|法治|依法|行政|政府|政务|年度|本年|上年)")
_OF_PARTY_GROUP = re.compile(  # 中共青岛市交通运输局党组…报告: the 局's report
    r"中共([\u4e00-\u9fff]{2,20}?(?:局|厅|委员会|办公室|委|办|部|署|院))党组")
_REGION_AFTER_YEAR = re.compile(rf"^(?:\d{{4}})年(?:度)?({_REGION}|{_ORG})(?=法治|依法|推进|政府|行政|信息公开|政务公开)")
_OPENING = re.compile(
    rf"^(?:\d{{4}}年(?:度|以来)?[,，]?\s*|一年来[,，]?|过去一年[,，]?)?(?:全年[,，]?)?"
    r"(?:[县市区州省旗镇乡]委[、和及与]\s*)?"  # 县委、县政府坚持…
    rf"({_ORG}|{_REGION}|[县市区州省旗镇乡](?:人民政府|政府)|[\u4e00-\u9fff]{{2,4}}街(?=在))"  # 万兴街在…: a 街
    r"(?=坚持|深入|全面|认真|始终|以|围绕|"
    r"法治政府建设|法治建设|依法行政|[县市区州省]委[、和及与]|"  # 管城回族区法治政府建设工作在…, 郏县县委、县政府…
    r"在|紧紧|高度|持续|切实|聚焦|锚定|立足|牢牢|按照|统筹|扎实|紧扣|把|着力|不断|积极|堅持|認真|始終|緊緊)")
_JOINT = re.compile(  # 2022年,鞍山市委、市政府深入…: the city's government (its party committee beside it)
    r"^(?:\d{4}年(?:度|以来)?[,，]?\s*)?((?:(?![在的局下我本])[\u4e00-\u9fff]){1,6}?([省市县区州旗]))委[、和及与]\s*"
    r"(?:\2|\1)(?:人民)?政府")
_SUBJECT = re.compile(  # 在市委的坚强领导下，市政府坚持…: the subject after a clause
    r"[,，]\s*((?![\u4e00-\u9fff]{0,4}(?:召开|举办|组织|印发|出台|开展))[\u4e00-\u9fff]{1,20}?(?:人民政府|政府|办公厅|办公室|委员会|办事处|局|厅|委|办|自治县|县|区|市|镇|乡|旗))"
    r"(?:(?<=[县市区旗])委[、和及与][县市区旗](?:人民)?政府)?"  # …下,清江浦区委、区政府坚持: the 区's
    r"(?=坚持|深入|全面|认真|始终|紧紧|持续|切实|聚焦|立足|牢牢|统筹|扎实|着力|不断|积极)")  # …下,南昌县全面贯彻
_BOOK = re.compile(r"《[^《》]{0,80}》")  # names inside a cited document's title are not the issuer
_INLINE_TITLE = re.compile(  # 现公布昭通市人民政府2023年政府信息公开工作年度报告
    rf"(?:公布|现将|发布|印发|编制|形成|^)({_ORG}|{_REGION})(?=(?:关于)?\d{{4}}年度?[^。]{{0,30}}(?:报告|总结))")
_CONGRESS = re.compile(rf"在({_REGION})第[{_CNUM}]{{1,4}}届人民代表大会")
_LABELLED = re.compile(rf"(?:发文机关|发布机构|发布单位|发布部门|公开主体|责任部门)\s*[:：]?\s*({_ORG}|{_REGION})")
_PUBLISHES = re.compile(rf"({_ORG})(?:正式|今天|今日|近日|日前)?(?:发布|公布|印发)")
_SELF = re.compile(r"^(?:我|本|该)(省|市|县|区|州|镇|乡|街道|旗)?")
_LEVEL_OF = {"厅": "省", "省": "省", "市": "市", "县": "县", "区": "区", "州": "州", "镇": "镇",
             "乡": "乡", "旗": "旗", "街道": "街道"}
_NOT_NAME = set("全本我该各每城省市县区镇乡这其此辖园社小景片山地都在对由向并请将把与及是为以从被让使给和委府党"
                "名个件项次条批")  # 128名区管领导干部: a measure word starts no place
_LEADING_VERB = re.compile(r"^(?:认真|切实|积极|扎实|坚决|严格|着力|大力|不断|持续|进一步|按照|根据|依照|依据|经(?![开济])|的|由|召开|举办|组织|印发|出台|邀请|会同|联合|推动|推进|建设|打造|服务|助力|保障|促进|实现|全面|深入|围绕|加快|开展|落实|坚持|构建|提升)")
# verbs that stand before a level word (参与市…, 完善建立市…) and in no place's name
_VERB_IN_NAME = re.compile("完成|参与|建立|编制|配合|协助|指导|支持|推进|推动|落实|组织|开展|制定|出台|印发|"
                           "召开|举办|提请|会同|联合|报请|报送|提交|督促|协调|牵头")
# the provinces (their first two characters): a 省 or 自治区 the text names is one of them
_PROVINCES = frozenset(name[:2] for name in SHENG + AUTONOMOUS_REGIONS)
_IDEAL = re.compile(r"(?:法治|数字|服务型|诚信|阳光|廉洁|透明|整体|智慧|有限|责任)政府")
_OWN_OFFICE = re.compile(r"(?:^|[,，。]|现将|根据|按照)(?:我|本)(局|厅)(?![长面势])")  # the report's own voice
_PROVINCE_BUREAUS = frozenset(("市场监督管理局", "税务局"))
_DEPARTMENTS = (  # a 我局 report that never names itself: its department from what it reports
    ("生态环境局", "空气质量|污染防治|生态环境|水质|环境执法"), ("司法局", "行政复议|人民调解|普法|公共法律服务"),
    ("市场监督管理局", "市场监管|食品安全|特种设备|市场主体"), ("税务局", "税务|纳税人|税费|发票"),
    ("公安局", "公安|治安|警务|刑事案件"), ("自然资源局", "自然资源|国土空间|不动产登记|耕地"),
    ("交通运输局", "交通运输|道路运输|公路"), ("应急管理局", "应急管理|安全生产|危险化学品"),
    ("教育局", "教育|学校|校园"), ("卫生健康委员会", "卫生健康|医疗机构|医疗卫生"),
    ("农业农村局", "农业农村|农产品|种植"), ("水利局", "水利|河湖|水资源"),
    ("人力资源和社会保障局", "人力资源|社会保障|劳动保障|就业"), ("住房和城乡建设局", "住房|城乡建设|建筑市场"))


def _as_issuer(name: str) -> str:
    if re.search(r"[省市县区州旗镇乡]政府$", name) and not name.endswith("人民政府") and len(name) > 3:
        return name[:-2] + "人民政府"  # 淄博市政府 is the 淄博市人民政府
    if re.search(r"(政府|厅|部|局|委员会|署|委|办|办事处|办公室)$", name) or name.endswith("街"):
        return name  # 万兴街: a 街 (a street office as 天津 names it) stays as written
    return name + ("办事处" if name.endswith("街道") else "人民政府")


def _regions(text: str, level: str | None) -> Counter[str]:
    """Region names the text writes (贺州市, 凤县, 四川省), counted; of one level when given."""
    lv = level or "自治区|自治州|自治县|省|市|县|区|州|旗|镇|乡|街道"
    found = Counter(_bare(m.group(1)) for m in re.finditer(
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[省市在])|(?<=\d年)|(?<=年度))([\u4e00-\u9fff]{{1,6}}?(?:{lv}))"
        r"(?!街道|社区|村|场)", text))  # 2020年度湖北省: a region, 年内市政府: none
    return Counter({r: n for r, n in found.items() if r[0] not in _NOT_NAME and len(r) >= 2 and "的" not in r
                    and not _VERB_IN_NAME.search(r)  # 编制完成市政府…计划: 完成 is no place
                    and (not r.endswith(("省", "自治区")) or r[:2] in _PROVINCES)  # 审核省: no province
                    and not set(r) & set("全各本我该每")
                    and not re.search(r"(?:城区|市区|辖区|园区|社区|小区|景区|片区|地区|城市|都市|考区|法治[省市县区州]|^自治[区州县]|(?:样板|示范|先进|模范|百强|强)[省市县区州])$", r)})


def _bare(name: str) -> str:
    """`name` without the verbs and time words a sentence put before it (全年召开县 → 县, 现公布区)."""
    while True:
        shorter = _VERB.sub("", _LEADING_VERB.sub("", name))
        if shorter == name:
            return name
        name = shorter


def bare_office(name: str) -> bool:
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
    elif bare_office(name):  # 司法厅
        level = None
    else:
        return name if len(name) >= 2 and name[0] not in "全各" else None
    name = name if name not in ("人民政府", "政府") else "人民政府"
    # a 司法局 serves a city or a county, never a 街道 (南市街道 is no 南市)
    office = {"厅": "省|自治区", "局": "自治区|自治州|自治县|省|市|县|区|州|旗"}.get(name[-1:])
    regions = _regions(context, level or _LEVEL_OF.get(name[-1:]) or office)
    if not regions and level == "省" and (province := one_province(context)):
        return province + "省" + name  # 我省, and 福建 named without its 省
    if not regions:  # never named: the office without its region (县人民政府), not 我县…
        return (level or "") + name if name and (level or len(name) > 2) else None
    return regions.most_common(1)[0][0] + name


def _department(context: str, office: str = "局") -> str | None:
    """贺州市生态环境局 for a 我局 report about air quality in 贺州市; 湖北省司法厅 for a 我厅
    report about 行政复议 in 湖北省 (a province's 局 is a 厅, but its 市场监督管理局, 税务局)."""
    hits = sorted(((len(re.findall(cues, context)), dept) for dept, cues in _DEPARTMENTS), reverse=True)
    regions = _regions(context, "市|县|区" if office == "局" else "省|自治区")
    if not hits or hits[0][0] < 2 or not regions:
        return None
    dept = hits[0][1]
    if office == "厅" and dept.endswith("局") and dept not in _PROVINCE_BUREAUS:
        dept = dept[:-1] + "厅"
    return regions.most_common(1)[0][0] + dept


def find_issuer(title: str | None, body: list[str], hint: str | None = None,
                head: list[str] | None = None) -> str | None:
    """Who reports: a labelled line, the title, the signature, the opening, a 发布 line.

    `head` is the page's first raw lines, where a 政府工作报告 names its congress.
    """
    context = shadow("\n".join(([title] if title else []) + body[:200])[:_CONTEXT])
    found = _titled(title) if title and "关于" in title else None  # X关于…的报告: its author
    if not found:
        for line in body[:8] + (head or [])[:20]:  # 发文机关: 通化市东昌区人民政府, a page's field
            m = _LABELLED.search(shadow(line))
            if m:
                found = _as_issuer(line[m.start(1):m.end(1)])
                break
    found = found or _as_named(labelled_on_next_line(head or [])) or compiled_by(body[:3])
    if not found and title:
        found = _titled(title)
    found = found or author_line(head or [], title) or signature_issuer(body) \
        or _opening_issuer((head or [])[:12] + body[:6], body[:4])
    if not found:
        for line in body[:3] + body[-3:] + (head or [])[:3]:  # a headline the clean-up dropped
            m = _PUBLISHES.search(shadow(line))
            if m and len(line) <= 80:
                found = line[m.start(1):m.end(1)]
                break
    if found and _IDEAL.fullmatch(found):  # 法治政府 on a line of its own is a heading, no one
        found = None
    if found:
        found = _complete(found, context)
    own = None if found else _OWN_OFFICE.search(context)
    if own:  # the page's head (栏目: 湖北省司法厅) may name the region the body leaves out
        found = _department(shadow("\n".join((head or [])[:12])) + "\n" + context, own.group(1))
    return found or hint or whole_province(context) or site_owner(context)


def _titled(title: str) -> str | None:
    """The issuer the title names (X关于…的报告, 中共X党组…, 2023年X法治政府…), else None."""
    t = shadow(title)
    m = _OF_PARTY_GROUP.match(t) or _ISSUER_IN_TITLE.search(t) or _REGION_AFTER_YEAR.search(t)
    if m and re.search("发布|公布|印发", m.group(1)):  # 某市司法局发布全市…报告: who publishes
        m = _PUBLISHES.search(t)
    return _as_issuer(title[m.start(1):m.end(1)]) if m else None


def _as_named(name: str | None) -> str | None:
    return _as_issuer(name) if name else None


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
        if len(line) <= 40 and line.rstrip().endswith((":", "：")) and not re.search("[。；;,，]", line):
            continue  # 中共红河州委、红河州人民政府: is whom the report is sent to
        s = _BOOK.sub(lambda b: "《" + "_" * (len(b.group()) - 2) + "》", shadow(line))
        m = _OPENING.search(s) or _INLINE_TITLE.search(s[:300]) or _SUBJECT.search(s[:200])
        if m:
            return _as_issuer(line[m.start(1):m.end(1)])
        m = _JOINT.match(s)
        if m and not s.startswith("中共") and not _LEADING_VERB.match(m.group(1)):
            return line[m.start(1):m.end(1)] + "人民政府"
        m = re.search(r"[\u4e00-\u9fff]{2,14}?人民政府", s[:160])
        if m and (site := site_owner(s)):  # 报告的电子版可在X人民政府网下载: X, not the words before
            return site
        if m:
            return line[m.start():m.end()]
    return None
