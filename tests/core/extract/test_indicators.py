"""Table-driven cases for indicator extraction: numbers, units, qualifiers, exclusions."""

from __future__ import annotations

import pytest

from tests.core.helpers import figures, report_of

# (sentence, [(text, value, unit, qualifier, kind), ...])
CASES = [
    # PDF text with a space before the magnitude
    ("国内生产总值达到 134.9 万亿元、增长 5%。",
     [("134.9 万亿元", 1.349e14, "元", None, "money"), ("5%", 5, "%", None, "percent")]),
    ("建立法律服务团队329个。", [("329个", 329, "个", None, "count")]),
    ("调解涉企纠纷2.2万余件。", [("2.2万余件", 22000, "件", "余", "count")]),
    ("惠及经营主体300余万户。", [("300余万户", 3_000_000, "户", "余", "count")]),
    ("数据交换共享突破4500亿条次。", [("4500亿条次", 4.5e11, "条次", "突破", "count")]),
    ("浏览量超1.3亿次。", [("1.3亿次", 1.3e8, "次", "超", "count")]),
    ("平均办理时间压缩9天以上。", [("9天以上", 9, "天", "以上", "duration")]),
    ("年减轻企业负担亿元以上。", [("亿元以上", 1e8, "元", "以上", "money")]),
    # a score in points; not a time of day, not "very", not an index number before a field
    ("全市平均得分为812.5分,较上年提高12分。", [("812.5分", 812.5, "分", None, "other"),
                                          ("12分", 12, "分", None, "other")]),
    # a count whose unit the writer left out, its share or rate right after it
    ("居于首位的是行政处罚1830,占收到申请总数的30.2%。", [("1830", 1830, "", None, "count"),
                                                     ("30.2%", 30.2, "%", None, "percent")]),
    ("共审结复议案件3620,审结率为81.5%。", [("3620", 3620, "", None, "count"),
                                          ("81.5%", 81.5, "%", None, "percent")]),
    ("收到申请少于5件,办理时限不超过3个工作日,多于2次。", [("5件", 5, "件", "少于", "count"),
                                                      ("3个工作日", 3, "个工作日", "不超过", "duration"),
                                                      ("2次", 2, "次", "多于", "count")]),
    ("投入资金1.5亿元。", [("1.5亿元", 1.5e8, "元", None, "money")]),
    ("节约经费300万元。", [("300万元", 3e6, "元", None, "money")]),
    ("任务完成率74.14%。", [("74.14%", 74.14, "%", None, "percent")]),
    ("满意率达百分之八十。", [("百分之八十", 80, "%", None, "percent")]),
    ("同比增长7.04个百分点。", [("7.04个百分点", 7.04, "个百分点", None, "change_pp")]),
    ("提高0.5百分点。", [("0.5百分点", 0.5, "百分点", None, "change_pp")]),
    ("办理案件两千余件。", [("两千余件", 2000, "件", "余", "count")]),
    ("推出三批改革事项。", [("三批", 3, "批", None, "count")]),
    ("出台十二个配套文件。", [("十二个", 12, "个", None, "count")]),
    ("推出两批次19个示范项目。", [("两批次", 2, "批次", None, "count"),
                                ("19个", 19, "个", None, "count")]),
    ("培训执法人员1,234人次。", [("1,234人次", 1234, "人次", None, "count")]),
    ("受理案件１２３件，占比４５．６％。", [("１２３件", 123, "件", None, "count"),
                                        ("４５．６％", 45.6, "%", None, "percent")]),
    ("辦理行政許可事項1.2萬餘項。", [("1.2萬餘項", 12000, "項", "餘", "count")]),
    ("约300名干部参加。", [("300名", 300, "名", "约", "count")]),
    ("近2000件信访事项。", [("2000件", 2000, "件", "近", "count")]),
    ("逾50家企业受益。", [("50家", 50, "家", "逾", "count")]),
    ("不足10个工作日办结。", [("10个工作日", 10, "个工作日", "不足", "duration")]),
    ("办结时限压缩至3个月。", [("3个月", 3, "个月", None, "duration")]),
    ("90%以上事项实现网上办理。", [("90%以上", 90, "%", "以上", "percent")]),
    ("新增绿地12.5公顷。", [("12.5公顷", 12.5, "公顷", None, "other")]),
    ("效率提升2倍。", [("2倍", 2, "倍", None, "other")]),
    ("浏览量达1.2万,留言50条。", [("1.2万", 12000, "", None, "count"),
                                 ("50条", 50, "条", None, "count")]),
    # a measure with no unit, named just before its number; not a ratio written a:b, nor a year
    ("复议诉讼比值达2.6,同比增长76.5%。", [("2.6", 2.6, "", None, "other"),
                                     ("76.5%", 76.5, "%", None, "percent")]),
    ("营商环境指数为89.5。", [("89.5", 89.5, "", None, "other")]),
    ("复议诉讼比达1.13,该比值大幅提升为1.62。", [("1.13", 1.13, "", None, "other"),
                                         ("1.62", 1.62, "", None, "other")]),
    # PDF text: a space between the number and its unit; 第 3 条 stays an article
    ("编制行政许可事项清单 236 项,受理法律援助案件 537 件。", [("236 项", 236, "项", None, "count"),
                                                ("537 件", 537, "件", None, "count")]),
    ("依据第 3 条规定。", []),
    ("复议与诉讼案件比值为1.8:1。", []),
    ("组织70余名单位主要负责人完成述法。", [("70余名", 70, "名", "余", "count")]),  # 名单位, not 名单
    ("风险系数2023年下降。", []),
    ("明确10大类37项重点工作。", [("10大类", 10, "大类", None, "count"), ("37项", 37, "项", None, "count")]),
    # a quoted statement of a figure is a figure; a quoted programme's name is none
    ("“排查整改执法突出问题2330个”“出台严格规范涉企行政检查22条举措”", [("2330个", 2330, "个", None, "count")]),
    ("推出“行政争议实质性化解5项机制”。", []),
    # N次会议 / N次会前学法 are counts (二次会议 after a 届 is a session)
    ("召开3次会议研究部署,组织开展2次会前学法。", [("3次", 3, "次", None, "count"),
                                      ("2次", 2, "次", None, "count")]),
]

# Units people write: compound units, lengths, areas, masses, durations, measure words.
UNIT_CASES = [
    ("PM2.5平均浓度为28微克/立方米。", [("28微克/立方米", 28, "微克/立方米", None, "other")]),
    ("二氧化硫浓度0.8毫克/立方米。", [("0.8毫克/立方米", 0.8, "毫克/立方米", None, "other")]),
    ("出水化学需氧量降至12毫克/升。", [("12毫克/升", 12, "毫克/升", None, "other")]),
    ("人均培训经费1.2万元/人。", [("1.2万元/人", 12000, "元/人", None, "money")]),
    ("安置房均价4860元/平方米。", [("4860元/平方米", 4860, "元/平方米", None, "money")]),
    ("污水处理费1.35元/吨。", [("1.35元/吨", 1.35, "元/吨", None, "money")]),
    ("走访企业320户次,接待群众1.6万人次。", [("320户次", 320, "户次", None, "count"),
                                          ("1.6万人次", 16000, "人次", None, "count")]),
    ("办理时限压缩至3个工作日。", [("3个工作日", 3, "个工作日", None, "duration")]),
    ("平均5工作日办结。", [("5工作日", 5, "工作日", None, "duration")]),
    ("应急响应时间缩短至15分钟,审批时间压缩到2小时。", [
        ("15分钟", 15, "分钟", None, "duration"), ("2小时", 2, "小时", None, "duration")]),
    ("整改期限为6个月。", [("6个月", 6, "个月", None, "duration")]),
    ("连续3年获评先进单位。", [("3年", 3, "年", None, "duration")]),
    ("审批效率提高1.5倍。", [("1.5倍", 1.5, "倍", None, "other")]),
    ("新建农村公路126.5公里、绿道8千米。", [("126.5公里", 126.5, "公里", None, "other"),
                                         ("8千米", 8, "千米", None, "other")]),
    ("治理水土流失面积35平方公里,改造老旧小区42万平方米。", [
        ("35平方公里", 35, "平方公里", None, "other"),
        ("42万平方米", 420000, "平方米", None, "other")]),
    ("建成高标准农田2.3万亩,造林1200公顷。", [("2.3万亩", 23000, "亩", None, "other"),
                                            ("1200公顷", 1200, "公顷", None, "other")]),
    ("清运建筑垃圾3.2万吨,查扣违规产品860吨。", [("3.2万吨", 32000, "吨", None, "other"),
                                              ("860吨", 860, "吨", None, "other")]),
    ("新增光伏装机50千瓦。", [("50千瓦", 50, "千瓦", None, "other")]),
    ("检查企业60家,学校5所,桥梁3座。", [("60家", 60, "家", None, "count"),
                                       ("5所", 5, "所", None, "count"),
                                       ("3座", 3, "座", None, "count")]),
    ("配备执法车辆12辆、执法记录仪40台,改造危房8栋。", [
        ("12辆", 12, "辆", None, "count"), ("40台", 40, "台", None, "count"),
        ("8栋", 8, "栋", None, "count")]),
    ("编发普法简报6期,刊发稿件32篇,分3批推进。", [
        ("6期", 6, "期", None, "count"), ("32篇", 32, "篇", None, "count"),
        ("3批", 3, "批", None, "count")]),
    ("举办讲座15场,培训律师230人、法律顾问45名、专家8位。", [
        ("15场", 15, "场", None, "count"), ("230人", 230, "人", None, "count"),
        ("45名", 45, "名", None, "count"), ("8位", 8, "位", None, "count")]),
    # days that are counted (天数) are a tally, not a length of time
    ("累计超标天数12天,办理时间压缩5天。", [("12天", 12, "天", None, "count"),
                                           ("5天", 5, "天", None, "duration")]),
    # a range is one figure; its value is the first number
    ("审批时限压缩至3—5个工作日。", [("3—5个工作日", 3, "个工作日", None, "duration")]),
    ("审批时限压缩至3-5个工作日。", [("3-5个工作日", 3, "个工作日", None, "duration")]),
    ("审批时限压缩至3至5个工作日。", [("3至5个工作日", 3, "个工作日", None, "duration")]),
    ("每期培训2~3天。", [("2~3天", 2, "天", None, "duration")]),
    ("资金缺口20-30万元。", [("20-30万元", 200000, "元", None, "money")]),
    # ... while a time in hours, and a count of checks, stay figures
    ("一般事项在24小时内办结。", [("24小时", 24, "小时", None, "duration")]),
    ("开展3次全面排查。", [("3次", 3, "次", None, "count")]),
]

# Numbers in dates, years, ordinals, list markers and article numbers are no figures.
NOT_FIGURES = [
    "上午9时30分召开会议。", "这项工作十分重要。", "索 引 号: 1122/2025-05229 分 类: 报告",
    # an ordinal or a date before the number: no bare count
    "见国务院令第711,占用时间较长。",
    # a table's unit note: no amount (收费金额（单位：万元）, 金额（亿元）)
    "本年收费金额（单位：万元）", "（單位：萬元）", "收费金额（亿元）", "金额单位为万元。",
    # the count of a list that follows; a page counter
    "鄧輝從五個方面對過去一年的工作進行了全面回顧。",
    "2019年要重點做好八項工作:一是着力構建現代產業體系。",
    "工作报告-23篇(第26/40页)",
    # which session, a name with hours in it, a programme's name, the report's own parts
    "学习贯彻市委六届七次、八次全会精神。",
    "认真学习十四届全国人大二次会议精神。",
    "建成24小时智慧政务服务中心。",
    "办好十件民生实事。",
    "本报告包括主要举措和成效、存在不足和原因四个部分。",
    # hours inside a metric's name
    "臭氧日最大8小时平均浓度达标。",
    "臭氧日最大8小时滑动平均值第90百分位数有所下降。",
    "2023年3月15日印发。",
    "实施《规划(2021-2025年)》。",
    "1—11月运行平稳。",
    "依据第二十条第(一)项公开。",
    "依据《条例》第12条、第15至18条处理。",
    "列入第3批试点。",
    "1.健全制度。2.完善机制。",
    "(3)规范执法。",
]

# Sentences with no indicator at all.
NONE = [
    "2023年,全省法治政府建设迈上新台阶。",
    "于2024年3月15日印发实施。",
    "将习近平法治思想纳入《吉林省干部教育培训规划(2024—2027年)》。",
    "命名第二批示范地区。",
    "完成第二、三批区级示范项目评审。",
    "深入贯彻党的二十大精神。",
    "开展法治建设“一规划两纲要”中期评估。",
    "修订“双随机、一公开”监管工作规范。",
    "打造“四个工程”。",
    "推动“高效办成一件事”。",
    "一年来,我省法治政府建设取得成效。",
    "依据《行政复议法》第三十条第二款作出决定。",
    "依据行政处罚法第32条从轻处罚。",
    "构建千家万户的法治屏障。",
    "拨打12345政务服务便民热线。",
    "深化综合窗口2.0改革,完成营商环境5.0版改革任务。",
    "形成1+N日常学法制度。",
    "进一步统一部署。",
    "一是加强领导,二是完善制度。",
    "《法治政府建设实施纲要(2015-2020年)》。",
    "更新时间:2021/03/29 11:30:01",
    "持续开展提升行政执法质量三年行动。",
    "五期工程和三本账。",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES + UNIT_CASES,
                         ids=[c[0][:12] for c in CASES + UNIT_CASES])
def test_figures(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize("sentence", NONE + NOT_FIGURES)
def test_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(("sentence", "subjects"), [
    ("全省新登记经营主体61.9万户。", ["全省新登记经营主体"]),
    ("在964个乡镇(街道)部署审批系统。", ["部署审批系统的乡镇(街道)"]),
    ("全省8.1万项政务服务实现全程网办。", ["实现全程网办的政务服务"]),
    ("命名示范地区8个、示范项目4个。", ["命名示范地区", "示范项目"]),
    ("组织县公安局(交警大队)等20余家执法部门召开执法监督推进会。", ["执法部门"]),  # 等N家X: X
    ("强化对全区39家成员单位重点任务的督导。", ["成员单位"]),  # the 家 are the 成员单位, not tasks
    ("全区27家律师事务所开展服务。", ["开展服务的律师事务所"]),
    ("规划计划1条、报告统计2条。", ["规划计划", "报告统计"]),  # 统计 keeps its 计
    ("将27个部门单位的278项行政许可事项统一划入审批局。", ["部门单位", "行政许可事项"]),
    ("34家国务院部门、31家省级政府和49家较大的市政府发布了年度报告。",
     ["国务院部门", "省级政府", "较大的市政府"]),  # 较大的: an adjective, not 较 (compared)
    ("维持原行政行为2件,占比22.2%。", ["维持原行政行为", "维持原行政行为占比"]),  # 行为 keeps its 为
    ("组织3次全系统工作人员法律知识闭卷考试。", ["全系统工作人员法律知识闭卷考试"]),  # a long noun after
    ("提出了52项操作性、针对性强的改革措施。", ["改革措施"]),  # qualities before 的: the 措施 are counted
    ("审批时限由原来的30个工作日缩短为3个工作日。", ["审批时限", "审批时限"]),  # 由原来的 A 缩短为 B
    ("审批事项从法定办理时间20.86天提速至6.44天。", ["审批事项从法定办理时间", "审批事项从法定办理时间"]),
    ("出台3项可操作性强的制度。", ["制度"]),
    ("将2项行政许可和2项政务服务事项经办权限由市级调整为区级。", ["行政许可", "政务服务事项经办权限"]),
    ("交通处罚类行政复议案件数量增幅超3.6倍(新收2758件)。",
     ["交通处罚类行政复议案件数量增幅", "新收交通处罚类行政复议案件"]),  # 2758 are cases, not a rise
    ("其中法治政府建设任务完成率74.14%。", ["法治政府建设任务完成率"]),
    ("联合抽查比例达42.01%。", ["联合抽查比例"]),
    ("完成7部地方性法规、3部省政府规章的审查。", ["地方性法规", "省政府规章"]),
    ("浏览量超1.3亿次。", ["浏览量"]),
    ("县政府常务会议先后5次对《安全生产法》进行专题学习。", ["县政府常务会议"]),  # 对 starts no noun
    ("11个县区新收行政复议申请906件。", ["县区", "县区新收行政复议申请"]),  # the 县区 are counted
    ("全年有52个单位及格,3个不达标的单位被约谈。", ["单位及格", "不达标的单位"]),  # 及格 is no 及
    ("实现12个部门述法全覆盖。", ["部门述法"]),  # 全覆盖: what is said of them
    ("受理12件涉及征地拆迁的案件。", ["涉及征地拆迁的案件"]),  # 涉及…的案件: the 案件 are counted
    ("前三位的是:行政处罚1830,占收到申请总数的30.2%。",  # the share of the bare count before it
     ["行政处罚", "行政处罚占收到申请总数比例"]),
    # a subject that is only a verb takes its object: after the figure, else from before
    ("局党组先后4次学习《行政处罚法》等法律法规。", ["学习《行政处罚法》等法律法规"]),
    ("每月组织干部开展法治专题学习,全年累计开展12次。", ["开展法治专题学习"]),
    ("连续3年邀请高校专家作法治专题辅导。", ["邀请高校专家作法治专题辅导"]),
    ("区长主持召开3次区政府常务会议专题研究法治政府建设、年度立法等重点工作。",
     ["召开区政府常务会议专题研究法治政府建设"]),  # too long a noun after: the verb takes it
    ("上线12个“一件事”套餐。", ["上线“一件事”套餐"]),
    ("指导全区60所中小学完善学校章程。", ["中小学"]),  # 中小学 is no 中 (in)
    ("复议后的被起诉率由2019年的28.4%降至15.2%。", ["复议后的被起诉率", "复议后的被起诉率"]),  # 降至: no noun
    ("举办全区法治专题培训2次以上。", ["举办全区法治专题培训"]),
    ("在5个村开展“法治夜校”12次。", ["村", "村开展“法治夜校”"]),  # no figure in a counted noun's phrase
])
def test_subjects(sentence: str, subjects: list[str]) -> None:
    assert [i.subject for i in report_of(sentence).indicators] == subjects


def test_a_growth_of_its_own_noun_after_a_comma_refers_to_no_figure_before() -> None:
    r = report_of("提案的满意率和基本满意率达100%,行政复议案件同比增长118.4%。")
    growth = r.indicators[1]
    assert growth.subject == "行政复议案件同比增长" and growth.change.of is None


def test_year_on_year_growth_refers_to_the_count_before_it() -> None:
    r = report_of("2023年全省收到行政复议申请4034件,同比增长82.37%。")
    count, growth = r.indicators
    assert growth.change is not None
    assert (growth.change.type, growth.change.direction, growth.change.of) == ("yoy", "up", count.id)
    assert growth.change.baseline == "2022"
    assert "行政复议申请" in growth.subject


def test_points_change_and_benchmark_comparison() -> None:
    r = report_of("2023年败诉率12.03%,同比下降11.63个百分点,低于去年全国均值6.88个百分点。")
    rate, drop, below = r.indicators
    assert drop.change and (drop.change.type, drop.change.direction, drop.change.of) == (
        "yoy", "down", rate.id)
    assert below.change and (below.change.type, below.change.direction, below.change.of) == (
        "vs", "down", rate.id)
    assert below.change.baseline == "去年全国均值"


def test_before_after_pair_with_periods() -> None:
    r = report_of("复议后提起诉讼案件比例由2022年21.56%下降至2023年的13.21%。")
    before, after = r.indicators
    assert before.change and after.change
    assert (before.change.role, before.change.period, before.change.of) == ("before", "2022", after.id)
    assert (after.change.role, after.change.period, after.change.of) == ("after", "2023", before.id)
    assert after.change.direction == "down"
    assert after.subject == before.subject == "复议后提起诉讼案件比例"


def test_pair_takes_its_start_year_from_since_clause() -> None:
    r = report_of("2023年,自2018年开展规范工作以来,省级督查检查事项从108项逐年递减至15项。")
    before, after = r.indicators
    assert after.change and after.change.type == "from_to"
    assert after.change.baseline == "2018"
    assert after.subject == before.subject == "省级督查检查事项"


@pytest.mark.parametrize("sentence", [
    "坚决做到两个维护,增强四个意识。", "全面推行行政执法三项制度。", "学习贯彻党的二十大报告。"])
def test_political_formulas_are_not_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_year_on_year_change_of_a_count() -> None:
    r = report_of("2023年办理案件320件,同比增加12件。")
    total, delta = r.indicators
    assert delta.change and (delta.change.type, delta.change.of) == ("yoy", total.id)


def test_list_closed_by_deng_is_one_subject() -> None:
    r = report_of("清理规章、规范性文件和政策措施等215件。")
    assert r.indicators[0].subject == "清理规章、规范性文件和政策措施"
