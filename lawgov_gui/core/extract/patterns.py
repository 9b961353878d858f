"""The vocabulary of quantities: units, their kinds, qualifiers and the big pattern.

Everything here is data plus one compiled regular expression that finds candidate
quantities in the shadow text (see normalize.py). Deciding which candidates are
real indicators happens in indicators.py.
"""

from __future__ import annotations

import re

from ..model import Kind

# unit -> its kind. Longer units are tried first, so 个百分点 wins over 个.
UNITS: dict[str, Kind] = {
    "个百分点": Kind.CHANGE_PP, "百分点": Kind.CHANGE_PP,
    "%": Kind.PERCENT, "‰": Kind.PERCENT,
    "元": Kind.MONEY, "美元": Kind.MONEY,
    # Prices and amounts per head or per measure (万元/人 is 元/人 with 万 applied).
    **dict.fromkeys(("元/人", "元/户", "元/平方米", "元/立方米", "元/吨", "元/亩", "元/月", "元/年",
                     "元/次", "元/件", "元/千瓦时", "元/公斤"), Kind.MONEY),
    **dict.fromkeys(("个工作日", "工作日", "个自然日", "自然日", "天", "个小时", "小时", "分钟", "秒",
                     "个月", "周", "年", "学时", "课时"), Kind.DURATION),
    # Concentrations, then lengths, areas, masses and power.
    **dict.fromkeys(("微克/立方米", "毫克/立方米", "毫克/升", "毫克/千克", "倍", "平方公里", "平方千米",
                     "平方米", "立方米", "公里", "千米", "米", "公顷", "亩", "吨", "千克", "公斤",
                     "千瓦时", "千瓦", "兆瓦", "岁"), Kind.OTHER),
    "分": Kind.OTHER,  # a score: 平均得分为597.01分 (Arabic only; 十分 is "very")
}
COUNT_UNITS = (
    "条次 人次 件次 户次 家次 个次 场次 批次 班次 架次 车次 项次 件 项 个 户 名 条 部 次 家 批 人 起 "
    "场 所 座 宗 份 篇 本 期 轮 类 套 处 台 辆 艘 支 笔 种 例 张 册 位 间 栋 处 块 门 款 名次 "
    "轮次 只 头 株 棵 枚 幅 盏 首 大类"
).split()
for _u in COUNT_UNITS:
    UNITS.setdefault(_u, Kind.COUNT)

# Units that read as a word, not a measure, when these characters follow them.
_NOT_AFTER = {
    "人": "民大员才口类工", "家": "庭长属乡园", "名": "称录义额", "部": "门署分委",
    "条": "例件款线", "次": "数要日", "起": "草诉来到步点", "处": "罚理置室长", "所": "有属以在",
    "期": "间限末初满", "台": "账", "份": "额", "类": "型别", "门": "户类槛诊", "块": "钱",
    "支": "持付出队", "间": "隔", "场": "所景地", "本": "级地领", "天": "津然", "周": "边期年",
    "项": "目", "个": "人体性", "套": "餐", "年": "度级", "位": "于置", "户": "籍口",
    "米": "线粒面", "秒": "批办杀", "头": "脑条号", "首": "先次批席长府都", "只": "是有要能",
    "株": "洲", "幅": "度", "枚": "举", "分": "钟之别类析工管局会成配布享担批期段项散流解",
}
# ... and the words that follow them only in some words: 名单 is a list, 70名单位负责人 a count.
_NOT_AFTER_WORDS = {"名": "单(?!位)"}
# Measure words that a bare Chinese numeral is too often an idiom with (五期工程, 三本账).
ARABIC_ONLY = {"分", "期", "本", "位", "年", "周", "门", "块", "间", "支", "例", "类", "米", "秒", "头",
               "首", "只", "株", "棵", "枚", "幅", "盏"}
# Political formulas written with a Chinese numeral and a measure word (两个维护,
# 四个意识, 行政执法三项制度): names of doctrines, not amounts.
SLOGAN_TAIL = re.compile(
    r"(?<=个)(?:意识|自信|维护|确立|务必|全面|代表|必由之路|结合|大局|没有变|一以贯之|责任)"
    r"|(?<=项)制度|(?<=大)(?:精神|报告)|(?<=[件大])(?:民生实事|惠民实事|实事)")
PREFIX_QUALIFIERS = ("不超过", "超过", "少于", "多于", "突破", "不少于", "不低于", "不足", "不到", "将近", "接近", "大约",
                     "至少", "逾", "超", "近", "约")
POST_QUALIFIERS = ("以上", "以下", "以内", "左右")


def _unit_alternation() -> str:
    """The units as one alternation, longest first, grouped by their first character.

    Only units that share a first character can match at one place, so grouping them
    keeps the longest-first order and lets the engine skip all other groups at once.
    """
    groups: dict[str, list[str]] = {}
    for unit in sorted(UNITS, key=len, reverse=True):
        groups.setdefault(unit[0], []).append(unit)
    parts = []
    for head, units in groups.items():
        rests = []
        for unit in units:
            piece = re.escape(unit[1:])
            if unit in _NOT_AFTER:
                words = _NOT_AFTER_WORDS.get(unit)
                piece += f"(?![{_NOT_AFTER[unit]}]{'|' + words if words else ''})"
            rests.append(piece)
        parts.append(re.escape(head) + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "|".join(parts)


_UNIT_HEADS = re.escape("".join(sorted({u[0] for u in UNITS})))
_CN = "零一二两三四五六七八九十百千"
QUANTITY = re.compile(
    # The lookahead lets the engine skip most positions at once (about 2x faster).
    r"(?=[\d零一二两三四五六七八九十百千万亿])(?:"
    r"百分之(?P<pnum>[零一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)"
    r"|(?:(?P<num>\d+(?:,\d{3})*(?:\.\d+)?"
    # PDF text may hold one space before the magnitude (134.9 万亿元)
    r"(?: (?=[万亿" + _UNIT_HEADS + r"]))?"  # and before its unit (清单 236 项)
    r"|[" + _CN + r"]+(?:点[零一二三四五六七八九]+)?(?=[余多万亿" + _UNIT_HEADS + r"]))"
    # A range (3—5个工作日, 3-5个工作日, 3至5个工作日) is one figure; its value is the first number.
    r"(?:[—–~\-至到](?P<num2>\d+(?:\.\d+)?)(?=[万亿千" + _UNIT_HEADS + r"]))?"
    r"(?P<approx1>余|多)?(?P<mag>万亿|千万|百万|十万|亿|万|千(?![米瓦克]))?"
    r"|(?P<bmag>万亿|亿|万))"
    r"(?P<approx2>余|多)?"
    r"(?P<unit>" + _unit_alternation() + r")?"
    r"(?P<post>以上|以下|以内|左右)?)"
)
# The quotes that open a quoted name or statement (“高效办成一件事”, "1+N").
OPENING_QUOTES = frozenset("“\"")
# Spans whose numbers are names, not quantities: quoted labels and book titles.
NAMED_SPAN = re.compile(
    r"“[^“”\n]{0,30}”|‘[^‘’\n]{0,30}’|「[^」\n]{0,30}」|『[^』\n]{0,30}』|\"[^\"\n]{0,30}\""
    r"|《[^《》\n]{0,80}》|〈[^〈〉\n]{0,80}〉"
)
ORDINAL_TAIL = re.compile(
    r"第[\d一二三四五六七八九十百]+(?:[、,和及至到—-][\d一二三四五六七八九十百]+)*[、,和及至到—-]$")
