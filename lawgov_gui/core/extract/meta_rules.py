"""Smaller meta rules: where else a report says who wrote it, what it is and when it came out.

- 由天津市司法局编制 (an 政府信息公开 report's opening) and 我代表国务院，向大会报告 name the issuer;
- a page's 发布机构: label line with the name on the next line (澧浦镇);
- 本报告根据《中华人民共和国政府信息公开条例》… is the opening of an 政府信息公开工作年度报告,
  whatever the sections it lists (行政复议、行政诉讼情况) say;
- a newspaper's 《人民日报》( 2024年04月02日 07 版) line is the publishing date, not the mirror's;
- a news headline stands alone above the dateline (本报北京4月1日电);
- a page's 2024-08-09 08:46 黄石市司法局 line under the title gives the date and the source.
"""

from __future__ import annotations

import re

_CNUM = "零一二三四五六七八九十"
DATE_LINE = re.compile(  # a line that is only a date (and maybe a time)
    rf"^[(（]?\s*(?:(?:19|20)\d{{2}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?"
    rf"(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|[零一二三四五六七八九]{{4}}年[{_CNUM}]{{1,2}}月[{_CNUM}]{{1,3}}日)"
    r"\s*[)）]?$")
DATED_SOURCE = re.compile(  # 2024-08-09 08:46 黄石市司法局: a page's date and source
    r"(?:发布时间:?\s*)?(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?:来源:?\s*|信息来源:?\s*)?")
# an office or a government (办公厅, 司法局, 人民政府), and a region (省, 市, 县, 镇, 街道)
ORG = r"[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办公厅|办公室|委员会|部|局|厅|署|总局|委|办|办事处)"
REGION = r"[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|州|旗|镇|乡|街道)"
_COMPILED_BY = re.compile(rf"(?:由|经)({ORG})(?:负责)?(?:编制|编写|撰写|起草|发布)")
_ON_BEHALF = re.compile(rf"我代表(国务院|{ORG})[,，、]?\s*向(?:大会|本次大会|会议)")
_LABEL_ONLY = re.compile(r"^[\s•·●]*(?:发布机构|发布单位|发布部门|发文机关|公开主体)\s*[:：]\s*$")
DISCLOSURE_OPENING = re.compile(
    r"^(?:本|该)(?:年度)?(?:报告|年报)(?:是)?(?:依据|根据|按照)《(?:中华人民共和国)?政府信息公开条例》"
    r"|^(?:依据|根据|按照)《(?:中华人民共和国)?政府信息公开条例》[^。]{0,80}(?:编制|制定|形成)本(?:年度)?报告")
_PAPER_DATE = re.compile(r"《\s*[\u4e00-\u9fff]{2,10}报\s*》\s*[(（]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
                         r"\s*(?:第?\s*\d{1,2}\s*版)?\s*[)）]")
_DATELINE = re.compile(r"^\s*(?:本报|本网|新华社|中新社|人民网)?[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|讯)"
                       r"|^\s*【[^】]{1,12}[讯訊]】|^\s*本报讯")


def compiled_by(lines: list[str]) -> str | None:
    """X of 由X编制 in the opening lines."""
    for line in lines:
        m = _COMPILED_BY.search(line[:400])
        if m:
            return m.group(1)
    return None


def on_behalf(lines: list[str]) -> str | None:
    """X of 我代表X，向大会报告工作 (a 政府工作报告)."""
    for line in lines:
        m = _ON_BEHALF.search(line[:200])
        if m:
            return m.group(1)
    return None


def labelled_on_next_line(raw: list[str]) -> str | None:
    """澧浦镇 of a "发布机构:" line whose value stands on the next non-empty line."""
    for n, line in enumerate(raw):
        if ("发" in line or "公开" in line) and _LABEL_ONLY.match(line):
            nxt = next((x.strip() for x in raw[n + 1:n + 4] if x.strip()), "")
            if re.fullmatch(f"{ORG}|{REGION}", nxt):
                return nxt
    return None


def paper_date(lines: list[str]) -> str | None:
    """The date of a 《人民日报》( 2024年04月02日 07 版) line, as written."""
    for line in lines:
        if len(line) <= 60 and "》" in line:
            m = _PAPER_DATE.search(line)
            if m:
                return m.group(1)
    return None


def headline(body: list[str]) -> str | None:
    """A news item's headline: a short line standing alone above its dateline."""
    if len(body) < 2 or not _DATELINE.search(body[1][:40]):
        return None
    s = body[0].strip()
    return s if 6 <= len(s) <= 40 and not re.search(r"[。;；:：,，]", s) else None


def dated_source(line: str) -> str | None:
    """The source of a "2024-08-09 08:46 黄石市司法局" line (its shadow), or None."""
    m = DATED_SOURCE.match(line)
    return line[m.end():] if m and re.fullmatch(ORG, line[m.end():]) else None


def dated_headline(raw: list[str]) -> str | None:
    """A news page's headline: a short line with a date line (maybe a time, a source, a bullet)
    among the three lines under it (《…报告(2021)》发布 / • 深圳商报 / • 2022-06-21 08:40:21)."""
    lines = [x.strip("•·● \t") for x in raw[:10] if x.strip("•·● \t")]
    for n, line in enumerate(lines[:6]):
        if 6 <= len(line) <= 40 and not re.search(r"[。;；:：,，]", line) and any(
                DATE_LINE.match(x) or DATED_SOURCE.match(x) for x in lines[n + 1:n + 4]):
            return line
    return None


_SOURCE = re.compile(r"(?:^|\s)(?:来源|文章来源|信息来源|当前报纸名称|报纸名称)\s*[:：]\s*([\u4e00-\u9fffA-Za-z]{2,20})")


def source_of(lines: list[str]) -> str | None:
    """X of a page's "来源: X" line (a news item's source: 皮书说, 法治日报), or None."""
    for line in lines:
        if ("来源" in line or "报纸名称" in line) and len(line) <= 80:
            m = _SOURCE.search(line)
            if m:
                return m.group(1)
    return None


# the provinces: those called 省 (a whole province speaks of 全省各级…), and the 自治区
SHENG = tuple("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 "
              "贵州 云南 陕西 甘肃 青海 台湾".split())
AUTONOMOUS_REGIONS = ("内蒙古", "广西", "西藏", "宁夏", "新疆")
_SHENG = re.compile("|".join(SHENG))
_WHOLE_PROVINCE = re.compile(r"全省(?:各级|各地|上下)|(?<![\u4e00-\u9fff])我省|[,，。]我省")


def whole_province(context: str) -> str | None:
    """X省人民政府 for a report in the voice of a whole province (2024年,…全省各级行政机关坚持…,
    我省…) that names one province only (…考察青海重要讲话精神), else None."""
    if not _WHOLE_PROVINCE.search(context, 0, 600):
        return None
    name = one_province(context)
    return f"{name}省人民政府" if name else None


def one_province(context: str) -> str | None:
    """The one province (called 省) the opening of `context` names (福建, 青海), else None."""
    names = set(_SHENG.findall(context, 0, 5000))
    return names.pop() if len(names) == 1 else None


# 本报告电子版可在九江市濂溪区人民政府网下载: a 年报 names the site it is published on, its issuer's
_SITE_OF = re.compile(rf"(?:可在|可登录|可通过|可于|请登录)({ORG})(?:门户)?网(?:站)?[^。]{{0,12}}(?:下载|查阅|查看|获取)")


def site_owner(context: str) -> str | None:
    """X of 本报告电子版可在X(门户)网站下载 in the opening, else None."""
    m = _SITE_OF.search(context, 0, 2000)
    return m.group(1) if m else None

