"""The words subjects.py reads a clause with: scope and linking words, verbs, change phrases.

Data only (plus the compiled patterns made of it), so the rules in subjects.py
read as rules and the vocabulary can grow without touching them.
"""

from __future__ import annotations

import re

DELIMS = "，,。；;：:！!？?、|\n"
SENTENCE_ENDS = "。；;！!？?\n"

# Words a clause opens with that are no part of what it counts (scope, time, enumerators).
LEAD = re.compile(
    r"(?:其中|同时|此外|另外|现已|含(?=\d|上年|本年|撤销|变更|确认违法|责令履行|驳回|维持)|经?审查后(?=受理)|目前|截至目前|截至年底|全年|今年|当年|年内|本年度|本年|共计|共(?![享建同性识治])|"
    r"累计|合计|总计|先后|分别|并(?![购联])|还|已|均(?![衡等值])|[一二三四五六七八九十]是|首先|其次|再次|最后|"
    r"连续[一二两三四五六七八九十\d]+年|\d{4}年(?:度)?(?:\d{1,2}月)?(?:以来|底)?|(?:19|20)\d\d(?=[\u4e00-\u9fff])|"
    # prepositions, not the first character of a word (在建, 对外, 经济, 向上)
    r"在(?![建职岗编线办逃押案读校网])|对(?![外象应比接标照口])|向(?![上下])|将(?![近])|把|通过|经过|"
    r"经(?![济营费验常办历典纬络手管销]))+")

# Linking words between a subject and its figure (……达, ……为, 由2022年……).
TRAIL_WORDS = tuple(sorted((
    "达到 达 为 是 共计 共 累计 合计 总计 大约 约 超过 超 突破 逾 将近 接近 近 不足 不到 不少于 不低于 至少 "
    "保持 由 从 至 到 分别为 分别 有 已 的 了 计 均 各 在 增至 降至 提升至 提高至 提高到 上升至 下降至 "
    "减少至 增长至 去年 上年 等 压缩至 压缩到 压缩为 缩短至 缩短到 缩减至 精简至 减至 控制在 保持在 稳定在 "
    "维持在 提升到 增加到 增加至 降低到 降低至 下降到 上升到 增长到 减少到 实现 高于 低于 原来 原先 先后").split(),
    key=len, reverse=True))

# A word that ends in 约 (村规民约, 公约, 合约) is a noun, not the qualifier 约 (about).
YUE_WORD_HEADS = set("民公规合条契签履违节制预特邀誓相婚密守践盟")

_UP = "增长|上升|提高|增加|提升|递增|扩大|攀升|增"
_DOWN = "下降|降低|减少|下滑|回落|递减|压缩|压减|精简|削减|缩减|缩短|降|减"
_SINCE = r"(?:同比|环比|比上年|较上年|比去年|较去年|与上年相比|与去年相比|比上年同期|较上年同期|" \
         r"(?:比|较)\d{4}年(?:同期)?)"
# 同比增长 / 较上年减少 / 上升: the figure is a change of the figure before it.
DELTA = re.compile(rf"(?:{_SINCE}|同期)?(?:分别)?(?:大幅|明显|显著|略有|稳步|小幅|持续)?(?:{_UP}|{_DOWN})了?"
                   "(?:达到|达|为)?")
# 下降至 / 逐年递减至 / 由2022年…下降至2023年的: the figure is a later level of the one before it.
LEVEL = re.compile(
    rf"(?:逐年|逐步|持续|进一步|大幅|稳步|明显)?(?:{_UP}|{_DOWN})了?(?:至|到|为)(?:\d{{4}}年)?的?")
# 同比去年 / 同比2019年 / 较上年的: the figure is the baseline of the one before it.
BASELINE = re.compile(r"(?:同比|比|较|与)(?:去年|上年|\d{4}年)(?:同期)?的?")
# 低于去年全国均值: a comparison with a benchmark.
VERSUS = re.compile(r"(?:高于|低于|超过|超出|优于|少于|多于)[^\d,，。;；]{1,12}")
SHARE = re.compile(r"(?:占比|占)(?:达到|达|为)?")

# Verbs that, standing alone before a figure (化解1702件, 其中维持78件), act on the
# object of the figure before them; and that open a subject whose object can be taken out.
ACTION_VERBS = tuple(sorted((
    "受理 办理 办结 审结 审理 审查 审核 收到 接收 新收 收案 结案 化解 调解 调处 维持 撤销 纠正 驳回 终止 "
    "确认违法 责令履行 变更 答复 回复 采纳 处理 查处 立案 核查 整改 解决 处置 转办 督办 调解成功 成功化解 "
    "成功调解 办复 答复办理 败诉 纠错 不予受理 结转 废止 修改 修订 保留 宣布失效 清理 梳理 评查 排查 检查 抽查 备案 "
    "完成 制发 印发").split(), key=len, reverse=True))
# What follows a verb that is part of an agent's name (人民调解组织, 行政复议机关), not an object.
AGENT_TAIL = re.compile(r"组织|委员会|中心|机构|机关|人员|员|室|站|部门")


def _grouped(words: tuple[str, ...]) -> str:
    """`words` (longest first) as an alternation grouped by first character: same matches,
    but the engine tries one group per position instead of every word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(h + (r[0] if len(r) == 1 else "(?:" + "|".join(r) + ")") for h, r in groups.items())


ACTION_VERB = re.compile(_grouped(ACTION_VERBS))

# Verbs that, right after a classifier's noun (964个乡镇部署…), say which ones are counted.
VP_VERB = re.compile(
    r"(?:已|均|全部|陆续|率先)?(实现|纳入|参加|参与|推行|部署|完成|建成|设立|上线|入驻|接入|覆盖|通过|"
    r"开展|获得|得到|签订|开通|提供|列入|荣获|获评|入选|建立|配备|落实|达到|应用|使用|启用|落地)")

# Words that say nothing alone: a subject equal to one of them takes more of its context.
GENERIC = frozenset(
    "其中 同比 同期 过 数量 总数 总量 件数 人数 次数 金额 比例 比率 占比 比重 事项 案件 合计 累计 共 分别 "
    "上升 下降 增长 减少 提高 降低".split())
