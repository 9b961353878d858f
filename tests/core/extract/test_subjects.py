"""Table-driven cases for subjects: the row label each figure would have in a table of them."""

from __future__ import annotations

import pytest

from tests.core.helpers import report_of

# (sentence in the style of a report, [subject of each figure, in order])
SHAPES = [
    # 办理X N件; a list of counts, each with its own noun
    ("全年办理市人大代表建议126件、市政协提案203件。", ["办理市人大代表建议", "市政协提案"]),
    # X达N / 达到N%
    ("全区新增市场主体达1.8万户,政务服务好评率达到99.6%。", ["全区新增市场主体", "政务服务好评率"]),
    # 共X N项; 累计X N人次
    ("共梳理公布行政权力事项3215项。", ["梳理公布行政权力事项"]),
    ("累计培训行政执法人员4600余人次。", ["培训行政执法人员"]),
    # X率为N%
    ("行政复议纠错率为15.3%。", ["行政复议纠错率"]),
    # X N件,同比增长M%: the growth is X's
    ("全市法院受理一审行政诉讼案件1432件,同比增长12.6%。",
     ["全市法院受理一审行政诉讼案件", "全市法院受理一审行政诉讼案件同比增长"]),
    # 较上年减少N件
    ("收到信访事项860件,较上年减少95件。", ["收到信访事项", "收到信访事项较上年减少"]),
    # 由2021年A下降至2022年B: both values have the same subject
    ("行政诉讼败诉率由2021年9.8%下降至2022年的6.2%。", ["行政诉讼败诉率", "行政诉讼败诉率"]),
    ("行政审批事项从420项精简至186项。", ["行政审批事项", "行政审批事项"]),
    # a baseline after 同比去年, then the change
    ("全市空气质量优良率为88.2%,同比去年85.1%上升3.1个百分点。",
     ["全市空气质量优良率", "全市空气质量优良率", "全市空气质量优良率上升"]),
    ("累计超标天数9天,同比2021年14天减少5天。", ["超标天数", "超标天数", "超标天数减少"]),
    # a comparison with a benchmark; a share of the figure before
    ("败诉率为5.1%,同比下降1.2个百分点,低于全省平均水平2.3个百分点。",
     ["败诉率", "败诉率同比下降", "败诉率低于全省平均水平"]),
    ("办理线上事项5600件,占比72%。", ["办理线上事项", "办理线上事项占比"]),
    # N个乡镇(街道)建成…: the classifier's noun takes the verb phrase that says which ones
    ("在全县18个乡镇(街道)建成公共法律服务工作站。", ["建成公共法律服务工作站的乡镇(街道)"]),
    ("全市3.2万项政务服务事项实现掌上办理。", ["实现掌上办理的政务服务事项"]),
    ("95%以上事项实现“一网通办”。", ["实现“一网通办”的事项比例"]),
    ("超过80%的政务服务事项实现网上办理。", ["实现网上办理的政务服务事项比例"]),
    # the nearest noun of its own phrase, not a neighbour's
    ("梳理15个部门单位的364项行政许可事项。", ["部门单位", "行政许可事项"]),
    # a total and its parts: the part's own noun, or the verb with the total's object
    ("共受理行政复议案件215件,其中维持138件、撤销21件。",
     ["受理行政复议案件", "维持行政复议案件", "撤销行政复议案件"]),
    ("受理行政复议申请300件,其中,涉及征地拆迁类42件,政府信息公开类31件。",
     ["受理行政复议申请", "涉及征地拆迁类", "政府信息公开类"]),
    ("受理诉前调解案件2310件,化解1980件。", ["受理诉前调解案件", "化解诉前调解案件"]),
    # figures after a colon
    ("案件主要包括:行政处罚案件1203件、行政强制案件86件。", ["行政处罚案件", "行政强制案件"]),
    # enumerators and 在建 are not scope words
    ("二是发布政策解读56篇。", ["发布政策解读"]),
    ("在建项目12个,竣工项目3个。", ["在建项目", "竣工项目"]),
    # a word that starts like a scope word or a preposition keeps its first character
    ("经营主体新增1.2万户,对外公开信息120条,共享数据1000条。",
     ["经营主体新增", "对外公开信息", "共享数据"]),
    # a list joined by 、 and 和 is one subject
    ("审查规范性文件、重大行政决策和行政合同168件。", ["审查规范性文件、重大行政决策和行政合同"]),
    # a word ending in 约 is not the qualifier 约
    ("修订完善居民公约12项。", ["修订完善居民公约"]),
    # 分别: each figure takes the subject its place in the list names
    ("城镇居民人均可支配收入4.6万元,农村居民人均可支配收入2.1万元,分别增长4.9%和6.8%。",
     ["城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入增长",
      "农村居民人均可支配收入增长"]),
    ("一审败诉率和二审败诉率分别为6.1%和2.7%。", ["一审败诉率", "二审败诉率"]),
    # linking verbs of a level (控制在, 压缩至) and time phrases (连续三年) are no part of it
    ("城镇调查失业率控制在5.5%以内。", ["城镇调查失业率"]),
    ("企业开办时间压缩至1个工作日。", ["企业开办时间"]),
    ("行政机关负责人出庭应诉率达到100%,连续三年保持100%。",
     ["行政机关负责人出庭应诉率", "行政机关负责人出庭应诉率"]),
    ("出庭应诉率达到100%,已连续3年保持100%。",
     ["出庭应诉率", "出庭应诉率连续年数", "出庭应诉率"]),
    ("连续3年获评全省法治政府建设先进单位。", ["连续获评全省法治政府建设先进单位"]),
    # a share after a classifier's noun; verbs of the parts of a total
    ("1286项政务服务事项实现全程网办,占比达到96%。",
     ["实现全程网办的政务服务事项", "实现全程网办的政务服务事项占比"]),
    ("人民调解组织调解矛盾纠纷6230件,调解成功6105件。",
     ["人民调解组织调解矛盾纠纷", "成功调解矛盾纠纷"]),
    ("清理规范性文件1260件,废止86件、修改42件。",
     ["清理规范性文件", "废止规范性文件", "修改规范性文件"]),
    # coordinated nouns before 分别 share the last one's tail
    ("一审、二审败诉率分别为4.3%和2.1%。", ["一审败诉率", "二审败诉率"]),
    ("城、乡居民人均可支配收入分别增长6%、7%。",
     ["城居民人均可支配收入增长", "乡居民人均可支配收入增长"]),
    ("二氧化硫、二氧化氮、可吸入颗粒物、细颗粒物、一氧化碳日平均浓度和臭氧日最大8小时平均浓度"
     "达到二级标准天数比例分别为100%、99.5%、98.9%、97.2%、100%和93.1%。",
     ["二氧化硫达到二级标准天数比例", "二氧化氮达到二级标准天数比例", "可吸入颗粒物达到二级标准天数比例",
      "细颗粒物达到二级标准天数比例", "一氧化碳日平均浓度达到二级标准天数比例",
      "臭氧日最大8小时平均浓度达到二级标准天数比例"]),
    ("城、鄉居民人均可支配收入分別增長8%、9%。",
     ["城居民人均可支配收入增長", "鄉居民人均可支配收入增長"]),
    # the verbs of a case tally act on the cases counted before (across a breakdown in brackets
    # and the sentence end); 现已, 含2021年, 经审查后 are no part of them
    ("共收到行政复议申请85件(通过网上渠道申请8件),经审查后受理70件,不予受理6件。"
     "现已审结67件(含2021年结转12件),其中纠错6件。",
     ["收到行政复议申请", "网上渠道申请", "受理行政复议申请", "不予受理行政复议申请",
      "审结行政复议申请", "结转行政复议申请", "纠错行政复议申请"]),
    ("依法办理政府信息公开案件43件(含2022年结转1件)。", ["依法办理政府信息公开案件", "结转政府信息公开案件"]),
    ("受理行政诉讼案件115件,审结117件,败诉12件。",
     ["受理行政诉讼案件", "审结行政诉讼案件", "败诉行政诉讼案件"]),
    # trailing verbs (实现, 高于) and a year without 年 are no part of the subject; 存在 is a word
    ("社会消费品零售总额实现206.36亿元、增长12.1%。", ["社会消费品零售总额", "社会消费品零售总额增长"]),
    ("公职律师工作覆盖率高于50%。", ["公职律师工作覆盖率"]),
    ("2023总共需办理复议案件66件。", ["总共需办理复议案件"]),
    ("部分公开2件,因信息不存在的5件。", ["部分公开", "因信息不存在"]),
    # N次/N人 after the noun counted: the words after say what for
    ("配备工作人员2人负责具体业务工作。", ["配备工作人员"]),
    ("组织召开县政府常务会议3次专题研究部署法治政府建设工作,4次专题研究重大项目。",
     ["组织召开县政府常务会议", "专题研究重大项目"]),
    ("先后召开19次局党委会。", ["局党委会"]),
    # 占X的N%: the figure before's share of X; a whole in brackets is X itself
    ("被申请人为县政府部门的案件140件,占受理案件数比例最高,达90.3%;乡镇政府11件,占受理总数的7.1%。",
     ["被申请人为县政府部门的案件", "被申请人为县政府部门的案件占受理案件数比例", "乡镇政府",
      "乡镇政府占受理总数比例"]),
    ("全年优良天数共350天,占全年监测有效天数(365天)的95.9%。",
     ["优良天数", "全年监测有效天数", "优良天数占全年监测有效天数比例"]),
    # a ranking that names the unit; 分别占比 after a list in the clause before
    ("居前列的单位为市公安局30件,占比35.3%。", ["市公安局", "市公安局占比"]),
    ("按照类型来分,主要为行政处罚和举报投诉处理,分别占比30.6%、23.5%。", ["行政处罚占比", "举报投诉处理占比"]),
    # a generic noun after the figure takes the verb before it or the passive after it
    ("部署推进25项工作、48项重点任务。", ["部署推进工作", "重点任务"]),
    ("1个项目被省委依法治省办推荐参与全国示范项目申报。", ["被省委依法治省办推荐参与全国示范项目申报的项目"]),
]


@pytest.mark.parametrize(("sentence", "subjects"), SHAPES, ids=[s[0][:14] for s in SHAPES])
def test_subject_shapes(sentence: str, subjects: list[str]) -> None:
    assert [i.subject for i in report_of(sentence).indicators] == subjects


def test_a_word_ending_in_yue_is_no_qualifier_but_yue_still_is() -> None:
    a, = report_of("指导修订村规民约2项。").indicators
    b, = report_of("约300名干部参加培训。").indicators
    assert (a.qualifier, a.subject) == (None, "指导修订村规民约")
    assert b.qualifier == "约"


FRAGMENTS = {"", "其中", "同比", "过", "数量", "事项", "比例", "同期", "|", "上升", "下降"}


@pytest.mark.parametrize("sentence", [
    "其中2件已办结。",
    "同比增长8.5%。",
    "经济运行稳中有进。同比增长8.5%。",
    "受理案件120件,其中2件已办结。",
    "行政复议案件,数量为75件。",
    "规章 | 0 | 16件",
    "共有2000余人参加培训。",
    "经过审查,通过12件。",
])
def test_subjects_are_never_fragments(sentence: str) -> None:
    for i in report_of(sentence).indicators:
        assert i.subject not in FRAGMENTS and "|" not in i.subject, (i.text, i.subject)
