"""Drop the site chrome a saved web page wraps around a report's body.

The rule is structural first. The body runs from the first line that reads as
report prose or a numbered heading to the last one; short lines before it are page
furniture (navigation, air-quality widgets, breadcrumbs, dates, "来源:" lines)
except the report's title and addressee, and short lines after it are furniture
except the signature (issuer and date). Inside the body only lines made entirely
of widget words (纠错, 打印本页, 分享到, 字号 大 中 小…) go. A line holding a
heading or an indicator is never dropped.
"""

from __future__ import annotations

import re

_WIDGET_WORDS = (
    "站群导航|网站导航|导航|首页|返回首页|返回顶部|返回手机端|手机版|电脑版|移动版|无障碍|长者模式|关怀版|"
    "纠错|我要纠错|打印|打印本页|打印此页|打印文章|关闭|关闭窗口|关闭本页|收藏|加入收藏|分享|分享到|"
    "字号|字体|大|中|小|默认|扫一扫|二维码|微信|微博|QQ空间|登录|注册|搜索|上一篇|下一篇|相关链接|"
    "AQI|优|良|轻度污染|中度污染|重度污染|严重污染|繁体|简体|English|RSS|网站地图|联系我们|"
    "当前位置|您所在的位置|您的位置|位置|主页|正文|浏览次数|阅读次数|点击数|访问量|责任编辑|编辑|"
    "来源|发布时间|发布日期|更新时间|信息来源|文章来源|作者|日期|时间|索引号|发文机关|成文日期|"
    "保存|保存本页|复制链接|在线访谈|政务服务|互动交流|政府信息公开|工作报告|"
    r"(?:至少|最多|还能|还可以|已)输入\d+个?字符?|表情|发表评论|网友评论|热门资讯"  # a comment box
)
_WIDGET_LINE = re.compile(
    rf"^(?:[\s\[\]【】()（）<>《》|｜/:：•·●\-—>»›]*(?:{_WIDGET_WORDS})[\s\[\]【】()（）|｜/:：•·●\-—>»›]*)+$")
_META_LINE = re.compile(  # also a comment box's 至少输入5个字符
    r"(来源|发布|更新|时间|日期|浏览|阅读|点击|编辑|作者|索引号|今天是|星期[一二三四五六日天]|农历"
    r"|(?:至少|最多|还能|还可以|已)输入\s*\d+\s*个?字)")
_LABELLED = re.compile(
    r"(?:来源|发布时间|发布日期|更新时间|成文日期|日期|作者|浏览次数|点击数|阅读数|阅读|访问量|责任编辑|责编|编辑)"
    r"\s*[:：]|今天是|星期[一二三四五六日天]")
_BREADCRUMB = re.compile(r"(?:>|»|›|＞|→).*(?:>|»|›|＞|→)|(?:位置|首页)\s*[:：>]")
_PROSE = re.compile(r"[。;；]|[,，].{10,}")
_TITLE = re.compile(r"报告|报吿|報告")
_ADDRESSEE = re.compile(r"[:：]$")
_SIGNATURE = re.compile(
    r"^(?:\S{2,30}(?:人民政府|政府|办公厅|办公室|委员会|部|局|厅|署|院|街道办事处)|"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[零〇一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)$")


def is_widget_line(line: str) -> bool:
    """True for a line made only of page-widget words and separators."""
    return bool(_WIDGET_LINE.match(line)) or bool(_BREADCRUMB.search(line) and len(line) < 80
                                                    and not _PROSE.search(line))


def is_meta_line(line: str) -> bool:
    """True for a short page-metadata line: 来源, 发布日期, 今天是…星期三."""
    return len(line) <= 80 and bool(_META_LINE.search(line)) and not _PROSE.search(line)


def is_labelled_meta(line: str) -> bool:
    """True for a metadata line with a label, such as 发布时间：2024-04-28 来源：…"""
    return is_meta_line(line) and bool(_LABELLED.search(line))


def is_body_line(line: str, keep: bool) -> bool:
    """True for report prose: a long sentence-like line, or a kept line (heading/figure)."""
    if keep:
        return True
    if is_meta_line(line) or is_widget_line(line):
        return False
    return (len(line) >= 30 and bool(_PROSE.search(line))) or line.endswith(("。", "！", "？"))


def _keep_lead(line: str) -> bool:
    """Lines before the body that belong to the report: title, addressee."""
    if is_widget_line(line) or is_meta_line(line):
        return False
    return (bool(_TITLE.search(line)) and len(line) <= 60) or bool(
        _ADDRESSEE.search(line) and len(line) <= 40)


def clean_lines(lines: list[str], keep: list[bool]) -> list[int]:
    """Which lines are the report's own, in order, with page chrome removed.

    Args:
        lines: the page's lines, whitespace already folded.
        keep: for each line, whether it holds a heading or an indicator.

    Returns:
        The indices of the lines to keep.
    """
    body = [i for i, line in enumerate(lines) if is_body_line(line, keep[i])]
    if not body:
        return [i for i, line in enumerate(lines) if keep[i] or not (
            is_widget_line(line) or is_meta_line(line))]
    first, last = body[0], body[-1]
    seen: set[str] = set()
    lead = []
    for i in range(first):
        if _keep_lead(lines[i]) and lines[i] not in seen:
            seen.add(lines[i])
            lead.append(i)
    mid = [i for i in range(first, last + 1)
           if keep[i] or not (is_widget_line(lines[i]) or is_labelled_meta(lines[i]))]
    tail = [i for i in range(last + 1, len(lines))
            if _SIGNATURE.match(lines[i]) and not is_widget_line(lines[i])]
    return lead + mid + tail


# What a site wraps around a title it shows: a page number before (Page 2 - 政府工作报告) and a
# collection page's count and pager after (…工作报告-23篇(第26/40页), …报告(第3页)).
_TITLE_CHROME = re.compile(
    r"^(?:Page|P\.)\s*\d+\s*[-–—:|]\s*"
    r"|\s*(?:[-–—_|]\s*\d+篇)?\s*[(（]\s*第\s*\d+\s*(?:/\s*\d+\s*)?页\s*[)）]$"
    r"|\s*[-–—_|]\s*\d+篇$")


def strip_title_chrome(line: str) -> str:
    """A title line without the page numbers and pager a site put around it."""
    if len(line) > 120 or not ("Page" in line or "P." in line or "页" in line or "篇" in line):
        return line  # a title is short: a long line is never scanned
    return _TITLE_CHROME.sub("", line).strip()
