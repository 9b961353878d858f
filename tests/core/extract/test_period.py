"""The year, scope and growth of a figure (core/extract/period.py).

Each case is a sentence written as reports write them, with every figure of it in 【】, and what
each marked figure is about: (period, scope, growth), period None for a span of years. The marked
figures are the indicators (found in order, `relations.link_changes` run over them), so the cases
judge period.py and relations.py, not the figure finder.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_gui.core.extract.normalize import shadow
from lawgov_gui.core.extract.period import Scope, annotate, is_growth, period_of, read, scope_of
from lawgov_gui.core.extract.relations import link_changes
from lawgov_gui.core.model import Indicator, Kind
from tests.conftest import SHARED
from tests.core.extract.test_tables import ONE_CELL_BARRED
from tests.core.helpers import report_of

OWN, BEN = Scope.OWN, Scope.BENCHMARK
CITY, PROVINCE, DISTRICT = "某某市人民政府", "某某省人民政府", "某某市某某区人民政府"
_MARKED = re.compile(r"【([^】]+)】")

# (sentence, report year, issuer, [(period, scope, growth) for each 【figure】])
CASES = [
    # 2019年至2021年,…分别达到A、B、C: one figure a year
    ("2019年至2021年,全省行政机关负责人出庭率分别达到【21.1%】、【65.5%】、【80.4%】。", 2022, None,
     [(2019, OWN, False), (2020, OWN, False), (2021, OWN, False)]),
    # an explicit year in the sentence; 同比 / 较上年 changes are the year's
    ("2022年，全市各级行政复议机关共收到复议申请【1286件】，同比增长【15.4%】。", 2022, None,
     [(2022, OWN, False), (2022, OWN, True)]),
    ("全县一审行政案件败诉率为【8.1%】，较上年下降【2.3个百分点】。", 2023, None,
     [(2023, OWN, False), (2023, OWN, False)]),
    ("2021年，全区办理人大代表建议【56件】、政协提案【88件】，办结率【100%】。", 2022, None,
     [(2021, OWN, False), (2021, OWN, False), (2021, OWN, False)]),
    ("上半年，全区新登记市场主体【1.2万户】，同比增长【8.5%】。", 2023, None,
     [(2023, OWN, False), (2023, OWN, True)]),
    ("2022年，全市受理行政複議案件【856件】，較上年增長【12.5%】。", 2022, None,
     [(2022, OWN, False), (2022, OWN, True)]),
    ("2020年度，全县政府网站发布各类信息【2300条】。", 2020, None, [(2020, OWN, False)]),
    # 年内…累计: this year's running total, not a span
    ("年内，县委理论学习中心组学法【5次】，累计举办法治培训【8期】。", 2024, None,
     [(2024, OWN, False), (2024, OWN, False)]),
    ("自2018年以来，累计举办法治培训【40期】。", 2024, None, [(None, OWN, False)]),
    ("（一）上年结转政府信息公开申请数量 | 【3】", 2021, None, [(2021, OWN, False)]),
    # 由…至…: each figure its own year; a before without a year is no year's
    ("行政机关负责人出庭应诉率由2021年的【76.5%】提高到2022年的【98.2%】。", 2022, None,
     [(2021, OWN, False), (2022, OWN, False)]),
    ("市级督查检查考核事项从2019年的【96项】减少到【21项】。", 2023, None,
     [(2019, OWN, False), (2023, OWN, False)]),
    ("行政许可事项由【526项】精简至【189项】，压减比例达【64.1%】。", 2023, None,
     [(None, OWN, False), (2023, OWN, False), (2023, OWN, True)]),
    ("自2019年起，市级审批事项由【312项】精简至【146项】。", 2023, None, [(2019, OWN, False), (2023, OWN, False)]),
    # baselines after 同比去年 / 同比2021年 / 与去年同期 are the year before (or the year named)
    ("优良天数比例为【91.4%】，同比去年【88.3%】上升【3.1个百分点】。", 2021, None,
     [(2021, OWN, False), (2020, OWN, False), (2021, OWN, False)]),
    ("2022年，二氧化氮平均浓度为【21微克/立方米】，同比2021年【24微克/立方米】下降【12.5%】。",
     2022, None, [(2022, OWN, False), (2021, OWN, False), (2022, OWN, True)]),
    ("与去年同期的【312件】相比，增加了【48件】。", 2023, None, [(2022, OWN, False), (2023, OWN, False)]),
    ("全年办理信访事项【82件】，较2020年同期【105件】下降【21.9%】。", 2022, None,
     [(2022, OWN, False), (2020, OWN, False), (2022, OWN, True)]),
    ("去年，全市共审查规范性文件【46件】。", 2023, None, [(2022, OWN, False)]),
    # 截至11月 is this year so far; a span begun before stays a span; a year named keeps its year
    ("截至11月，累计开展集中学法【22次】。", 2023, None, [(2023, OWN, False)]),
    ("自2019年以来，截至10月，累计发放各类补贴【2.2亿元】。", 2023, None, [(None, OWN, False)]),
    ("2022年，截至10月，累计发放各类补贴【2.2亿元】。", 2023, None, [(2022, OWN, False)]),
    # benchmarks: 全国/全省平均, 高于全国, another region's figure; 去年全国均值 is the year before
    ("一审败诉率为【9.5%】，低于去年全省平均水平【2.1个百分点】。", 2023, CITY,
     [(2023, OWN, False), (2022, BEN, False)]),
    ("行政案件败诉率为【6.2%】，低于省平均水平【1.3个百分点】；城市平均得分率为【66.3%】。", 2023, CITY,
     [(2023, OWN, False), (2023, BEN, False), (2023, OWN, False)]),
    ("2021年受理复议案件【320件】，较之2020年上升【4.6%】。", 2022, None, [(2021, OWN, False), (2021, OWN, True)]),
    ("全国行政复议纠错率平均为【12.6%】，我市为【9.8%】。", 2023, CITY,
     [(2023, BEN, False), (2023, OWN, False)]),
    ("全市行政复议直接纠错率【15.2%】，高于全国平均水平【3.4个百分点】。", 2023, CITY,
     [(2023, OWN, False), (2023, BEN, False)]),
    ("全省法治政府建设考核优秀率为【30%】，全国为【25%】。", 2023, PROVINCE,
     [(2023, OWN, False), (2023, BEN, False)]),
    ("全省平均办理时限压缩至【2.5个工作日】。", 2023, PROVINCE, [(2023, OWN, False)]),
    ("全省平均办理时限压缩至【2.5个工作日】。", 2023, CITY, [(2023, BEN, False)]),
    ("全区平均每件复议案件审结用时【45天】。", 2023, DISTRICT, [(2023, OWN, False)]),
    ("全市平均审结用时【38天】，比全市平均快【7天】。", 2023, "北京市人民政府",
     [(2023, OWN, False), (2023, OWN, False)]),
    ("全国水利建设投资平均每省完成【350亿元】。", 2022, "水利部", [(2022, OWN, False)]),
    ("全国水利建设投资平均每省完成【350亿元】。", 2022, PROVINCE, [(2022, BEN, False)]),
    ("办理全国人大代表建议【3件】、全国政协提案【5件】。", 2023, PROVINCE,
     [(2023, OWN, False), (2023, OWN, False)]),
    # spans of years: 累计, 自…以来, 近年来, “十三五”期间, 五年来, 2018—2022年
    ("累计培训行政执法人员【3.2万人次】。", 2023, None, [(None, OWN, False)]),
    ("自2019年以来，共建成公共法律服务工作站【326个】。", 2023, None, [(None, OWN, False)]),
    ("近年来，全区先后投入资金【1.2亿元】用于法治文化阵地建设。", 2023, None, [(None, OWN, False)]),
    ("“十三五”期间，全市共制定地方性法规【18部】。", 2021, None, [(None, OWN, False)]),
    ("圆满完成“十三五”规划确定的【12项】法治指标。", 2021, None, [(2021, OWN, False)]),
    ("2021年、2022年全市分别办理行政许可、处罚复议案件【856件】、【912件】。", 2022, None,
     [(2021, OWN, False), (2022, OWN, False)]),
    ("五年来，累计办理行政复议案件【6200余件】。", 2022, None, [(None, OWN, False)]),
    ("2018—2022年，全市共化解行政争议【2100件】。", 2022, None, [(None, OWN, False)]),
    ("2019年至今，累计受理公益诉讼案件【500件】。", 2023, None, [(None, OWN, False)]),
    # …but a year-to-date total of a named year, a stock at a date, and 目前 are of that year
    ("2023年1至11月，全省法院累计审结行政案件【1.5万件】。", 2023, None, [(2023, OWN, False)]),
    ("截至2023年底，全省累计认定法治政府建设示范地区【36个】。", 2023, None, [(2023, OWN, False)]),
    ("截至目前，全市现有专职律师【1860名】。", 2023, None, [(2023, OWN, False)]),
    ("截至今年10月底，累计办理公证【5600件】。", 2023, None, [(2023, OWN, False)]),
    ("全县到年底累计主动公开政府信息【5928条】，其中本年度新增【2110条】。", 2021, None,
     [(2021, OWN, False), (2021, OWN, False)]),
    ("全区于2022年12月启动专项行动，查处案件【46件】。", 2023, None, [(2022, OWN, False)]),
    ("近年来，共争取专项资金【3800万元】，目前已建成项目【4个】，在建项目【2个】。", 2024, None,
     [(None, OWN, False), (2024, OWN, False), (2024, OWN, False)]),
    ("今年以来，全县主动公开政府信息【8300余条】。", 2020, None, [(2020, OWN, False)]),
    ("2023年以来，共开展行政执法检查【145次】。", 2023, None, [(2023, OWN, False)]),
    ("一年来，共组织旁听庭审【16场】。", 2023, None, [(2023, OWN, False)]),
    # an act's date is not the figure's year; with no time word, the report's year
    ("认真落实2021年印发的《实施意见》要求，开展专题学法【12次】。", 2022, None, [(2022, OWN, False)]),
    ("落实《法治政府建设实施纲要（2021—2025年）》，完成重点任务【132项】。", 2023, None,
     [(2023, OWN, False)]),
    ("PM2.5年均浓度为【27微克/立方米】。", 2023, None, [(2023, OWN, False)]),
    ("力争到2025年，政务服务事项网上可办率达到【95%】。", 2023, None, [(2025, OWN, False)]),
    # growth: a rate of change in % or 倍 — not a level, a share, 个百分点 or a ratio of levels
    ("网上可办率达到【98.6%】，较上年提高到【99%】。", 2023, None, [(2023, OWN, False), (2023, OWN, False)]),
    ("非税收入下降【9.2%】，办理时限压缩【60%以上】。", 2023, None, [(2023, OWN, True), (2023, OWN, True)]),
    ("降低企业制度性交易成本【30%】。", 2023, None, [(2023, OWN, True)]),
    ("复议案件增幅为【18.6%】，收案量增长【1.5倍】。", 2023, None, [(2023, OWN, True), (2023, OWN, True)]),
    ("收案量是上年的【2.3倍】，其中涉企案件占全部案件的【35.2%】。", 2023, None,
     [(2023, OWN, False), (2023, OWN, False)]),
    ("两县复议案件量同比分别下降【12.5%】、【8.3%】，全国、全省平均分别为【9.1%】、【10.2%】。", 2023,
     "某某市某某县人民政府", [(2023, OWN, True), (2023, OWN, True), (2023, BEN, False), (2023, BEN, False)]),
    # a heading's time word governs the figures under it that name none; 明年 is the year after
    ("三、2024年工作打算\n（一）深化复议改革\n力争行政复议纠错率达到【15%】。", 2023, None, [(2024, OWN, False)]),
    ("一、2022年工作情况\n（一）依法行政\n办理行政复议案件【12件】。", 2022, None, [(2022, OWN, False)]),
    ("一、基本情况\n（二）“十三五”以来主要成效\n建成法治文化阵地【86个】。2023年新建【9个】。", 2023, None,
     [(None, OWN, False), (2023, OWN, False)]),
    ("明年，力争新创建省级示范项目【5个】。", 2023, None, [(2024, OWN, False)]),
    ("调解成功率同比增长【7.2个百分点】，联合抽查比例达【40.5%】。", 2023, None,
     [(2023, OWN, False), (2023, OWN, False)]),
]


def _indicators(marked: str) -> tuple[str, list[Indicator]]:
    """The sentence without 【】 and an indicator for each marked figure, changes linked."""
    text, inds, shift = "", [], 0
    for n, m in enumerate(_MARKED.finditer(marked)):
        text += marked[shift:m.start()]
        fig = m.group(1)
        num = re.match(r"[\d.,万亿余]+", fig).group()
        unit = fig[len(num):].removesuffix("以上")
        kind = (Kind.CHANGE_PP if unit.endswith("百分点") else Kind.PERCENT if unit == "%"
                else Kind.OTHER if unit == "倍" else Kind.COUNT)
        value = float(re.sub(r"[^\d.]", "", num))
        inds.append(Indicator(f"i{n}", fig, len(text), len(text) + len(fig), value, unit, None, kind))
        text += fig
        shift = m.end()
    text += marked[shift:]
    link_changes(shadow(text), inds, None)
    return text, inds


@pytest.mark.parametrize(("marked", "year", "issuer", "expected"), CASES,
                         ids=[c[0][:24] for c in CASES])
def test_period_scope_growth(marked: str, year: int, issuer: str | None, expected: list) -> None:
    text, inds = _indicators(marked)
    shade = shadow(text)
    # link_changes ran without a year: a before→after pair's after takes the report's year here
    got = [(r.period, r.scope, r.growth) for r in (read(text, shade, i, year, issuer) for i in inds)]
    assert got == expected


def test_the_three_functions_agree_with_read() -> None:
    text, inds = _indicators("2021年，出庭率为【96%】，同比增长【3.2%】，高于全国平均【2个百分点】。")
    shade = shadow(text)
    for ind in inds:
        r = read(text, shade, ind, 2022)
        assert (period_of(text, shade, ind, 2022), scope_of(text, shade, ind), is_growth(text, shade, ind)) \
            == (r.period, r.scope, r.growth)


# A 政府工作报告 reports on report_year and is given the next year: its 今年 is the year after
GOV_CASES = [
    ("过去一年，地区生产总值增长【5.2%】。", [(2023, OWN, True)]),
    ("去年，全市新增市场主体【3.6万户】，比上年增长【9%】。", [(2023, OWN, False), (2023, OWN, True)]),
    ("今年主要预期目标是：城镇新增就业【5万人】以上。", [(2024, OWN, False)]),
    ("过去五年，累计新增城镇就业【28万人】。", [(None, OWN, False)]),
    ("一、过去五年工作回顾\n全市生产总值年均增长【6.8%】。", [(None, OWN, True)]),
    ("全年居民消费价格上涨【2.1%】，城镇新增就业年均【12万人】。", [(2023, OWN, True), (None, OWN, False)]),
    ("二、2024年主要预期目标\n1.地区生产总值增长【5%】左右。", [(2024, OWN, True)]),
]


@pytest.mark.parametrize(("marked", "expected"), GOV_CASES, ids=[c[0][:16] for c in GOV_CASES])
def test_gov_work_report_years(marked: str, expected: list) -> None:
    text, inds = _indicators(marked)
    got = [(r.period, r.scope, r.growth)
           for r in (read(text, shadow(text), i, 2023, genre="gov_work_report") for i in inds)]
    assert got == expected


NEWS_CASES = [
    # (sentence, published, report year, periods): a news article's 去年/今年 count from the day
    # it was written; the years it names stay as written
    ("去年依法办结行政复议案件【29.3万件】", "2024-04-02", 2023, [2023]),
    ("今年一季度，全市受理复议申请【120件】。", "2024-04-02", 2023, [2024]),
    ("2023年，全国新收行政复议案件【31.5万件】，同比增长【17.1%】。", "2024-04-02", 2023,
     [2023, 2023]),
    ("去年依法办结行政复议案件【29.3万件】", None, 2023, [2022]),  # no date: the report's year
]


@pytest.mark.parametrize(("marked", "published", "year", "expected"), NEWS_CASES,
                         ids=[c[0][:12] + str(c[1]) for c in NEWS_CASES])
def test_news_years_count_from_the_publication(marked: str, published: str | None, year: int,
                                               expected: list) -> None:
    text, inds = _indicators(marked)
    readings = annotate(text, shadow(text), inds, year, None, "news", published)
    assert [r.period for r in readings] == expected


def test_only_news_counts_from_the_publication() -> None:
    """A report published in April still says 去年 of the year before the one it reports on."""
    text, inds = _indicators("去年，全市共审查规范性文件【46件】。")
    readings = annotate(text, shadow(text), inds, 2023, None, "fazhi_report", "2024-03-28")
    assert [r.period for r in readings] == [2022]


@pytest.mark.parametrize(("marked", "expected"), [
    # the change takes its figure's year, not the 上一年度 that qualifies a noun before it
    ("【33家】国务院部门发布了上一年度的年度报告，对比2019年增加【12家】。", [2020, 2020]),
    # ... but not when the figure it points to is the baseline itself
    ("污染天数【15天】，同比2019年【31天】减少【16天】。", [2020, 2019, 2020]),
])
def test_a_change_is_about_its_figures_year(marked: str, expected: list) -> None:
    text, inds = _indicators(marked)
    link_changes(shadow(text), inds, 2020)
    assert [r.period for r in annotate(text, shadow(text), inds, 2020)] == expected


def test_annotate_reads_every_figure_as_read_does(seed_report) -> None:
    """The batch the pipeline calls gives, figure by figure, what `read` gives."""
    text, shade = seed_report.text, shadow(seed_report.text)
    batch = annotate(text, shade, seed_report.indicators, 2023, "吉林省人民政府")
    assert batch == [read(text, shade, i, 2023, "吉林省人民政府") for i in seed_report.indicators]
    assert {r.period for r in batch} == {2023, 2022, 2018, None}


def test_no_report_year() -> None:
    text, inds = _indicators("办理案件【12件】，同比去年【10件】增加【2件】；2021年受理【5件】。")
    assert [read(text, shadow(text), i, None).period for i in inds] == [None, None, None, 2021]


_WORDS = ["2019年", "2021年", "去年", "今年以来", "累计", "自2018年以来", "截至2020年底", "目前", "同比",
          "同比去年", "较2017年", "近年来", "“十三五”期间", "全国平均", "全省", "由", "下降至", "，", "共",
          "办理", "增长", "占", "《2016年规划》", "2015—2019年", "上年", "前年", "（2014年）"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.integers(2010, 2030))
def test_period_is_a_written_year_or_near_the_report(words: list[str], year: int) -> None:
    """Whatever the words before a figure, its period is None or lies between four years before
    the earliest year written there (or the report's) and the latest (2019年同比去年, 前年…同比前年)."""
    sentence = "".join(words)
    text, inds = _indicators(sentence + "【12件】")
    written = {int(y) for y in re.findall(r"\d{4}", sentence)}
    period = read(text, shadow(text), inds[0], year).period
    said = written | {year}
    assert period is None or min(said) - 4 <= period <= max(said)  # 前年…同比前年: 4 back


@pytest.mark.skipif(not (SHARED / "eval" / "gold").is_dir(), reason="needs ../shared/eval")
def test_gold_floors() -> None:
    """On every gold file with periods, period and scope accuracy stay at 0.95 or more."""
    from tests.core.extract.period_eval import evaluate, gold_files, gold_positioned

    files = gold_files()
    assert files
    for gold, text in files:
        for r in (evaluate(gold, text), gold_positioned(gold, text)):
            for key in ("period", "scope"):
                right, total = r[key]
                assert not total or right / total >= 0.95, (gold.name, key, r["misses"])


def test_a_table_column_of_the_year_before_is_that_year() -> None:
    report = report_of("某县2020年政府信息公开工作年度报告\n" + ONE_CELL_BARRED)
    by_column = {(i.table.row, i.table.column): (i.period, i.canonical)
                 for i in report.indicators if i.table}
    assert by_column[("行政许可", "上一年项目数量")] == (2019, "func.license_items")
    assert by_column[("行政许可", "处理决定数量")] == (2020, None)
    assert by_column[("规章", "本年新制作数量")] == (2020, "rule.gov_rules")
