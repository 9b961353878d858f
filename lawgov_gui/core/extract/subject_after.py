"""The noun after a figure, when the figure is its classifier: 在964个乡镇(街道)部署….

A noun right after the unit is what is counted (278项行政许可事项); it ends at a word
that starts what is said of it (实现, 部署, 划入…) or at a non-letter, after at most
16 letters, and takes a bracket that names (乡镇(街道)) and an adjective's 的 (49家较大的
市政府). A short noun takes the verb phrase after it (部署审批系统的乡镇(街道)); the
things a 家 counts end at their organisation word (39家成员单位重点任务: 成员单位).
"""

from __future__ import annotations

import re

from ..model import Kind
from .patterns import OPENING_QUOTES
from .subject_text import vp_after
from .subject_words import VP_VERB

__all__ = ["noun_after"]

_PERCENT = Kind.PERCENT
_NOT_NOUN_START = re.compile(
    r"同比|较(?!大的|多的|高的)|比|为|达|占|均|已|是|的|增长|下降|提高|减少|上升|降低|提升|至|到|和|及|与|或|等|中(?![小国央华心医级青介])|内|后|前|"
    r"间|来|之|次|同(?!志|事|学|类|胞)|共|累计|分别|实现|完成|以|逐|持续|连续|稳定|大幅|明显|压缩|压减|精简|削减|缩减|缩短|"
    r"递减|递增|增加|扩大|回落|下滑|攀升|保持|稳定|维持|提速|"
    r"对(?![口象接])|向(?!导)|(?:降|增|升|减|提|压|缩)(?:至|到|为)|"  # 4次对《条例》…; 30.7%降至14.6%
    + VP_VERB.pattern)
# Where the noun after a figure ends: a word that starts what is said of it, or a non-letter.
# Searched for (the engine skips in C to the first place one can start), not tried by a lazy
# loop at every character: the same first stop, many times cheaper.
_NOUN_STOP = re.compile(
    r"的|和|及(?![格时早])|与|实现|纳入|全覆盖|完善|参加|参与|推行|部署|完成|被|分别|进行|开展|获得|得到|"
    r"已|均|全部|积极|主动|认真|及时|共|等|中(?![心小国央华医级青介间])|上线|入驻|接入|覆盖|通过|办理|受理|新收|收到|签订|建成|设立|达到|获|受到|列入|开通|提供|"
    r"审核|出具|涉及|占|荣获|获评|入选|建立|配备|落实|应用|使用|启用|召开|举办|举行|出席|承担|作出|制定|印发|"
    r"签署|成立|组建|听取|审议|划入|划转|移交|调整|下放|取消|承接|统一|集中|落地|"
    r"(?:效率|时间|时限|用时|满意度|成本)?(?:提升|提高|增长|下降|降低|减少|上升|缩短|压缩)|由(?=[省市县区乡镇]级)|"
    r"并(?=废止|撤销|取消|修订|修改)|[^\u4e00-\u9fffA-Za-z]|$")
_FIGURE_IN = re.compile(r"\d+(?![\d.]*年)")
_ABOUT_HEADS = ("针对", "关于", "涉及", "有关")
_ABOUT = re.compile(r"(?:针对|关于|涉及|有关)[^，,。；;、\d]{1,24}?的(?P<head>[\u4e00-\u9fff]{1,4})(?=[，,。；;、\n]|$)")
_NOUN_MAX = 16  # letters: a longer run is a clause, not a noun


def _noun_end(shadow: str, start: int, window: int) -> int | None:
    """The end of the noun of 1 to _NOUN_MAX letters at `start`, looked for within `window`
    characters, or None."""
    ch = shadow[start:start + 1]
    if not ch or not ("\u4e00" <= ch <= "\u9fff" or (ch.isascii() and ch.isalpha())):
        return None
    stop = _NOUN_STOP.search(shadow, start + 1, min(len(shadow), start + window)).start()  # $ at last
    return stop if stop - start <= _NOUN_MAX else None


_ADJECTIVES = frozenset("较大 较多 重大 主要 重点 相关 有关 不同 其他 新增".split())
_ORG_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:政府|单位|部门|企业|机构|机关|公司|医院|学校|律师事务所|事务所|商户)")
# the rest of a list of qualities before 的 (操作性、针对性强的): what follows 的 is the noun
_QUALITIES = re.compile(r"(?:[、和][\u4e00-\u9fff]{1,6}?)*[强高好大新实多细准广深]的")
_QUALITY = re.compile(r"性[强高好大]的$")
_PAREN = re.compile(r"[(（][^()（）\n]{1,8}[)）]")


_QUOTED = re.compile(r"[“\"]([^“”\"\n，,。；;]{1,12})[”\"]")


def _quoted_noun(text: str, shadow: str, end: int) -> str:
    """A noun that starts with a quoted name (20个“高效办成一件事”主题事项落地): the name and
    the letters after it, else ""."""
    q = _QUOTED.match(shadow, end)
    if q is None:
        return ""
    stop = _noun_end(shadow, q.end(), 12) if "\u4e00" <= shadow[q.end():q.end() + 1] <= "\u9fff" else None
    if stop is None:
        return ""
    vp = vp_after(text, shadow, stop)  # …主题事项落地: the ones that did
    return vp + "的" + text[end:stop] if vp and not _FIGURE_IN.search(vp) else text[end:stop]


def noun_after(text: str, shadow: str, end: int, kind: Kind) -> str:
    """The noun after the figure when the figure is its classifier (a short one with the verb
    phrase after it: 部署审批系统的乡镇(街道)), else ""."""
    if end >= len(shadow):
        return ""
    if shadow[end] in OPENING_QUOTES:
        return _quoted_noun(text, shadow, end)
    if not ("\u4e00" <= shadow[end] <= "\u9fff"):
        return ""
    if shadow.startswith(_ABOUT_HEADS, end) and (about := _ABOUT.match(shadow, end)):
        phrase = text[end:about.end()]  # 4件针对本部门…事务的申请: the 申请 are counted
        return phrase if len(phrase) <= 20 else text[about.start("head"):about.end()]
    share_of = kind == _PERCENT and shadow[end] == "的"  # 80%的事项实现网上办理
    if share_of:
        end += 1
    elif _NOT_NOUN_START.match(shadow, end):
        return ""
    stop = noun_stop = _noun_end(shadow, end, 20)
    if stop is None:
        return ""
    if shadow[stop:stop + 1] in "(（":
        p = _PAREN.match(shadow, stop)
        if p:
            stop = p.end()
    if shadow[stop:stop + 1] == "的" and (shadow[end:stop] in _ADJECTIVES or (
            stop - end <= 3 and shadow[end] in "不未无非没")):  # 49家较大的市政府, 7个不及格的城市
        stop = _noun_end(shadow, stop + 1, 17) or stop
    elif (shadow[stop - 1] == "性" and (qualities := _QUALITIES.match(shadow, stop))) or (
            shadow[stop:stop + 1] == "的" and (qualities := _QUALITY.search(shadow, end, stop + 1))):
        head = qualities.end()  # 52项操作性、针对性强的改革措施 / 5项针对性强的措施: the 措施
        after = _noun_end(shadow, head, 17)
        if after is not None:
            return text[head:after]
    noun = text[end:stop]
    if shadow[end - 1] == "家" and (org := _ORG_HEAD.match(noun)) and org.end() < len(noun):
        return noun[:org.end()]  # 39家成员单位重点任务的细化: the 家 are the 成员单位
    if noun_stop - end <= 6:
        vp = vp_after(text, shadow, stop)
        if vp and not _FIGURE_IN.search(vp):  # 13个市州新收…4377件: a figure of its own (a year is none)
            return vp + "的" + noun + ("比例" if kind == _PERCENT else "")
    return "" if share_of else noun
