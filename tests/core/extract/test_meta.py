"""Table-driven cases for report metadata."""

from __future__ import annotations

import pytest

from lawgov_gui.core.model import Genre
from tests.core.helpers import report_of

BODY = "坚持以习近平法治思想为指导,全面推进依法行政,办理案件120件。\n一、主要举措\n正文。"


@pytest.mark.parametrize(("text", "title", "inferred", "issuer", "year"), [
    (f"2023年,吉林省人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n{BODY}",
     "吉林省2023年法治政府建设情况报告", True, "吉林省人民政府", 2023),
    (f"北京市2022年法治政府建设年度情况报告\n2022年,北京市{BODY}",
     "北京市2022年法治政府建设年度情况报告", False, "北京市人民政府", 2022),
    (f"2020年静海区法治政府建设情况报告\n2020年,静海区{BODY}",
     "2020年静海区法治政府建设情况报告", False, "静海区人民政府", 2020),
    (f"司法部2023年法治政府建设年度报告\n2023年,司法部{BODY}",
     "司法部2023年法治政府建设年度报告", False, "司法部", 2023),
    (f"武汉市司法局关于2023年度法治政府建设情况的报告\n2023年,市司法局{BODY}",
     "武汉市司法局关于2023年度法治政府建设情况的报告", False, "武汉市司法局", 2023),
    (f"通州区{BODY.replace('一、主要举措', '一、2022年法治政府建设主要举措和成效')}",
     "通州区2022年法治政府建设情况报告", True, "通州区人民政府", 2022),
    (f"城关镇2023年法治政府建设工作情况报告\n2023年,城关镇{BODY}",
     "城关镇2023年法治政府建设工作情况报告", False, "城关镇人民政府", 2023),
])
def test_title_issuer_year(text: str, title: str, inferred: bool, issuer: str, year: int) -> None:
    meta = report_of(text).meta
    assert (meta.title, meta.title_inferred, meta.issuer, meta.year) == (
        title, inferred, issuer, year)


@pytest.mark.parametrize(("line", "published"), [
    ("2024-03-15来源:", "2024-03-15"),
    ("发布日期:2024年3月5日", "2024-03-05"),
    ("文章来源:司法局 更新时间:2021/03/29 11:30:01", "2021-03-29"),
    ("来源:市政府办公室 发布时间:2024.03.28 09:18", "2024-03-28"),
    ("[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10", "2026-02-10"),  # written, then published
    ("今天是:2019年10月31日 星期三 农历十月初七", None),
    ("天津市静海区人民政府 2019年12月3日星期二", None),
])
def test_published(line: str, published: str | None) -> None:
    assert report_of(f"{line}\n2023年,全市{BODY}").meta.published == published


def test_html_meta_hints_win() -> None:
    meta = report_of(f"2023年,全市{BODY}", {"published": "2024-03-28 09:18:00",
                                             "title": "某市2023年法治政府建设情况报告"}).meta
    assert meta.published == "2024-03-28"
    assert meta.title == "某市2023年法治政府建设情况报告" and not meta.title_inferred


# --- every genre ------------------------------------------------------------------------------
# Openings and endings written the way real reports of each genre are laid out.

GOV_WORK = ("政府工作报告\n——2024年1月10日在广州市海珠区第十七届人民代表大会第四次会议上\n"
            "区长 张三\n各位代表：\n现在，我代表海珠区人民政府，向大会报告工作，请予审议，"
            "并请区政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n2023年是全面贯彻党的二十大"
            "精神的开局之年。全区地区生产总值增长5.1%。")
XXGK_STATED = ("四川省司法厅2023年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》"
               "（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。本报告中所列"
               "数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n2023年，省司法厅坚持"
               "以公开为常态、不公开为例外。\n二、主动公开政府信息情况\n第二十条第（一）项\n"
               "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0")
XXGK_VERB = ("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现公布宝鸡市凤县人民政府"
             "2020年度政府信息公开工作年度报告。本年度报告中所列数据的统计期限自2020年1月1日起至2020年"
             "12月31日。\n一、总体情况\n2020年，在县委、县政府的坚强领导下，我县严格按照《条例》要求。")
XXGK_OURS = ("根据《中华人民共和国政府信息公开条例》规定，现将我县人民政府2021年度政府信息公开工作年度报告"
             "公布如下。\n一、总体情况\n2021年，在凤县县委、县政府的坚强领导下，凤县扎实推进政务公开。"
             "\n二、主动公开政府信息情况\n第二十条第(一)项\n规章 | 0 | 0 | 0")
RECON = ("杭州市人民政府行政复议工作年度报告（2023年）\n2023年，全市各级行政复议机关坚持以习近平法治思想"
         "为指导，共收到行政复议申请4562件，同比增长15.2%。\n一、行政复议案件基本情况\n正文。")
RECON_JOINED = ("广州市海珠区司法局\n关于2022年度行政复议和行政应诉工作情况的报告\n2022年，我局认真贯彻"
                "《中华人民共和国行政复议法》，依法办理行政复议案件。\n一、基本情况\n正文。")
NEWS = ("水利部发布2021年度法治政府建设情况报告\n水利部網站\n2022-04-14\n"
        "本报讯（记者 李明）近日，水利部发布2021年度法治政府建设情况报告。报告显示，2021年水利部"
        "深入学习贯彻习近平法治思想，全年办理行政复议案件12件。")
NEWS_WIRE = ("新华社北京3月5日电 国务院总理在十四届全国人大二次会议上作政府工作报告，全国法治政府建设"
             "取得新成效。\n一年来，各地区各部门深入推进依法行政。")
FAZHI_SIGNED = ("2023年，宁乡县坚持以习近平法治思想为指导，全面推进依法行政。\n一、主要举措和成效\n"
                "全年办理案件120件。\n宁乡县人民政府\n2024年3月20日")
FAZHI_CN_DATE = ("凤县2023年法治政府建设年度报告\n2023年，凤县坚持以习近平法治思想为指导，全面推进依法行政。\n"
                 "一、主要举措\n正文。\n凤县人民政府\n二〇二四年三月二十日")
DEPT_OURS = ("2020年，我局在市委、市政府的指导下，全面推进法治政府建设。\n一、总体情况\n"
             "贺州市城区环境空气质量优良率为95.9%，污染防治攻坚战成效明显，空气质量持续改善。")
DEPT_BARE = ("2023年，省司法厅坚持以习近平法治思想为指导，全面推进法治政府建设。\n一、主要举措\n"
             "指导全省，四川省各级行政复议机关办理案件4000件。")


@pytest.mark.parametrize(("text", "genre", "title", "inferred", "issuer", "year"), [
    (GOV_WORK, Genre.GOV_WORK_REPORT, "政府工作报告", False, "广州市海珠区人民政府", 2023),
    (XXGK_STATED, Genre.INFO_DISCLOSURE_REPORT, "四川省司法厅2023年政府信息公开工作年度报告", False,
     "四川省司法厅", 2023),
    (XXGK_VERB, Genre.INFO_DISCLOSURE_REPORT, "凤县2020年政府信息公开工作年度报告", True,
     "宝鸡市凤县人民政府", 2020),
    (XXGK_OURS, Genre.INFO_DISCLOSURE_REPORT, "凤县2021年政府信息公开工作年度报告", True,
     "凤县人民政府", 2021),
    (RECON, Genre.RECONSIDERATION_REPORT, "杭州市人民政府行政复议工作年度报告（2023年）", False,
     "杭州市人民政府", 2023),
    (RECON_JOINED, Genre.RECONSIDERATION_REPORT,
     "广州市海珠区司法局关于2022年度行政复议和行政应诉工作情况的报告", False, "广州市海珠区司法局", 2022),
    (NEWS, Genre.NEWS, "水利部发布2021年度法治政府建设情况报告", False, "水利部", 2021),
    (FAZHI_SIGNED, Genre.FAZHI_REPORT, "宁乡县2023年法治政府建设情况报告", True, "宁乡县人民政府", 2023),
    (FAZHI_CN_DATE, Genre.FAZHI_REPORT, "凤县2023年法治政府建设年度报告", False, "凤县人民政府", 2023),
    (DEPT_OURS, Genre.FAZHI_REPORT, "贺州市生态环境局2020年法治政府建设情况报告", True,
     "贺州市生态环境局", 2020),
    (DEPT_BARE, Genre.FAZHI_REPORT, "四川省司法厅2023年法治政府建设情况报告", True, "四川省司法厅", 2023),
], ids=["gov_work", "xxgk_stated", "xxgk_verb", "xxgk_ours", "recon", "recon_joined", "news",
        "fazhi_signed", "fazhi_cn_date", "dept_ours", "dept_bare"])
def test_every_genre(text: str, genre: Genre, title: str, inferred: bool, issuer: str,
                     year: int) -> None:
    meta = report_of(text).meta
    assert (meta.genre, meta.title, meta.title_inferred, meta.issuer, meta.year) == (
        genre, title, inferred, issuer, year)


def test_wire_news_is_news() -> None:
    assert report_of(NEWS_WIRE).meta.genre is Genre.NEWS


@pytest.mark.parametrize(("text", "published", "signed"), [
    (FAZHI_SIGNED, "2024-03-20", "2024-03-20"),  # no publication date: published falls back
    ("发布时间：2024-03-28 09:30 来源：县司法局\n" + FAZHI_SIGNED, "2024-03-28", "2024-03-20"),
    (FAZHI_CN_DATE, "2024-03-20", "2024-03-20"),
    (NEWS, "2022-04-14", None),  # a site name, then the date
    ("水利部2021年法治政府建设年度报告\n2022-04-14 10:30\n" + FAZHI_SIGNED, "2022-04-14", "2024-03-20"),
    (GOV_WORK, None, None),  # the date of the congress is neither
    ("站群导航 AQI 2024-03-15来源: " + FAZHI_SIGNED.replace("\n", ""), "2024-03-15", None),  # one long line
    ("首页 > 工作报告 文章来源:司法局 更新时间:2021/03/29 11:30:01 " + FAZHI_SIGNED.replace("\n", ""),
     "2021-03-29", None),
])
def test_published_and_signed(text: str, published: str | None, signed: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.published, meta.signed) == (published, signed)


@pytest.mark.parametrize("wrong", ["代表海珠区人民政府", "现公布宝鸡市凤县人民政府", "我县人民政府",
                                   "现将我县人民政府"])
def test_issuer_never_carries_a_verb(wrong: str) -> None:
    for text in (GOV_WORK, XXGK_VERB, XXGK_OURS):
        assert report_of(text).meta.issuer != wrong


# Openings laid out as published reports lay them out (shortened).
CITED = ("根据《中华人民共和国政府信息公开条例》和《云南省人民政府办公厅关于做好2023年政府信息公开工作年度报告"
         "编制发布工作的通知》要求，现公布昭通市人民政府2023年政府信息公开工作年度报告。统计期限为2023年1月1日"
         "至2023年12月31日。\n一、总体情况\n2023年，昭通市坚持以习近平新时代中国特色社会主义思想为指导。")
OFFICE = ("高平市人民政府办公室\n2023年政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》"
          "的要求编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
          "2023年，在高平市人民政府门户网站发布政务动态类信息133条。")
YEAR_FIRST = ("2022年上海市政府信息公开工作年度报告\n字号:\n本年度报告根据《中华人民共和国政府信息公开条例》的要求"
              "编制，全文包括总体情况、主动公开政府信息情况。\n一、总体情况\n2022年，上海市坚持以习近平新时代中国"
              "特色社会主义思想为指导，全面推进政务公开工作。")
REGION_ABOUT = ("新疆维吾尔自治区人民政府关于2017年法治政府建设工作的报告\n来源:自治区人民政府法制办 发布日期:"
                "2018-04-03 16:13 浏览次数:\n在党中央的坚强领导下，自治区认真落实《法治政府建设实施纲要》规定的各项"
                "任务，法治政府建设取得了阶段性成效。\n一、2017年法治政府建设情况\n正文。")
SUMMARY = ("宝鸡市政府行政复议工作总结\n一、基本情况及主要特点\n2005年，我市各级行政复议机关共收到行政复议申请"
           "63件。其中，市政府收到行政复议申请24件。")
RECON_UNTITLED = ("一、案件办理情况\n2024年新受理行政复议案件151件，同比增长128.78%。2024年复议受理前协商化解"
                  "案件17件。\n二、被申请人构成情况\n2024年度新受理的行政复议151件中，被申请人为县政府部门的140件。"
                  "\n三、行政复议申请涉及的事项\n正文。")
TRADITIONAL = ("2021年，司法部堅持以習近平新時代中國特色社會主義思想為指導，深入學習貫徹習近平法治思想，扎實推動"
               "法治政府建設高質量發展。\n一、加強黨對法治政府建設的領導\n正文。")


@pytest.mark.parametrize(("text", "genre", "title", "issuer", "year", "published"), [
    (CITED, Genre.INFO_DISCLOSURE_REPORT, "昭通市2023年政府信息公开工作年度报告", "昭通市人民政府", 2023, None),
    (OFFICE, Genre.INFO_DISCLOSURE_REPORT, "高平市人民政府办公室2023年政府信息公开工作年度报告",
     "高平市人民政府办公室", 2023, None),
    (YEAR_FIRST, Genre.INFO_DISCLOSURE_REPORT, "2022年上海市政府信息公开工作年度报告", "上海市人民政府", 2022,
     None),
    (REGION_ABOUT, Genre.FAZHI_REPORT, "新疆维吾尔自治区人民政府关于2017年法治政府建设工作的报告",
     "新疆维吾尔自治区人民政府", 2017, "2018-04-03"),
    (SUMMARY, Genre.RECONSIDERATION_REPORT, "宝鸡市政府行政复议工作总结", "宝鸡市人民政府", 2005, None),  # one name
    (RECON_UNTITLED, Genre.RECONSIDERATION_REPORT, None, None, 2024, None),
    (TRADITIONAL, Genre.FAZHI_REPORT, "司法部2021年法治政府建设情况报告", "司法部", 2021, None),
], ids=["cited_document", "office_line_above", "year_first", "region_about", "recon_summary",
        "recon_untitled", "traditional"])
def test_published_layouts(text: str, genre: Genre, title: str | None, issuer: str | None, year: int,
                           published: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.genre, meta.title, meta.issuer, meta.year, meta.published) == (
        genre, title, issuer, year, published)


def test_a_region_that_is_never_named_leaves_the_office() -> None:
    text = ("各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n"
            "一、2023年工作回顾\n刚刚过去的2023年，是全面贯彻党的二十大精神的开局之年。")
    meta = report_of(text).meta
    assert (meta.genre, meta.issuer, meta.year) == (Genre.GOV_WORK_REPORT, "市人民政府", 2023)


@pytest.mark.parametrize("glue", ["", " "])
def test_a_copy_without_line_breaks_keeps_its_title_and_issuer(glue: str) -> None:
    text = glue.join(["北京市2022年法治政府建设年度情况报告",
                      "2022年，北京市坚持以习近平新时代中国特色社会主义思想为指导，扎实推进各项工作。",
                      "一、主要举措和成效", "(一)加强统筹谋划和协调推动。精简行政许可事项140项。"])
    meta = report_of(text).meta
    assert (meta.title, meta.title_inferred, meta.issuer, meta.year, meta.genre) == (
        "北京市2022年法治政府建设年度情况报告", False, "北京市人民政府", 2022, Genre.FAZHI_REPORT)


@pytest.mark.parametrize("glue", ["", " "])
def test_the_seed_without_line_breaks_keeps_its_meta(seed_report, glue: str) -> None:
    flat = report_of(glue.join(seed_report.text.split("\n"))).meta
    want = seed_report.meta
    assert (flat.title, flat.issuer, flat.year, flat.genre) == (want.title, want.issuer, want.year,
                                                                 want.genre)


def test_a_cited_document_in_the_opening_is_no_genre_cue() -> None:
    text = ("2023年，吉林省人民政府认真落实《政府工作报告》和《法治政府建设实施纲要》部署，全面推进法治政府建设。"
            "\n一、主要举措\n正文。")
    assert report_of(text).meta.genre is Genre.FAZHI_REPORT


@pytest.mark.parametrize(("opening", "issuer"), [
    ("2023年，在市委的坚强领导下，市政府坚持以习近平法治思想为指导，推动宁波市法治政府建设迈上新台阶。",
     "宁波市人民政府"),
    ("2023年，在区委的坚强领导下，海珠区司法局坚持以习近平法治思想为指导，全面推进依法行政。", "海珠区司法局"),
    ("2023年，在县委的坚强领导下，县司法局深入贯彻习近平法治思想，全面推进依法行政。", "县司法局"),  # never named
])
def test_the_subject_after_an_opening_clause(opening: str, issuer: str | None) -> None:
    text = f"关于2023年度法治政府建设情况的报告\n{opening}\n一、主要举措\n正文。"
    assert report_of(text).meta.issuer == issuer


@pytest.mark.parametrize("county", ["将乐县", "特克斯县", "和平区", "向阳区"])
def test_a_name_that_starts_like_a_verb_keeps_it(county: str) -> None:
    text = f"{county}2023年法治政府建设年度报告\n2023年，{county}坚持以习近平法治思想为指导。\n一、主要举措\n正文。"
    assert report_of(text).meta.issuer == f"{county}人民政府"


def test_an_office_never_placed_keeps_its_name_and_infers_no_title() -> None:
    meta = report_of("2023年，司法厅坚持以习近平法治思想为指导，全面推进法治政府建设。\n一、主要举措\n正文。").meta
    assert (meta.issuer, meta.title) == ("司法厅", None)


# --- openings and pages seen in real reports of every genre (issue 12, item 8) ----------------
COMPILED = ("本报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《关于印发<中华人民共和国政府信息公开工作"
            "年度报告格式>的通知》有关规定由天津市司法局编制。全文包括:总体情况,主动公开政府信息情况,政府信息公开"
            "行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项。\n一、总体情况\n2023年,市司法局认真"
            "贯彻落实市委、市政府推进政务公开工作的部署要求。按照市财政局要求做好财政预决算公开工作。")
PAGE_LABEL = ("首页\n>> 政务公开 >> 法治政府工作报告\n• 信息索引号:\n11330703736873621E/2024-139175\n• 发布机构:\n"
              "\n澧浦镇\n• 发文字号:\n• 发布日期:\n2024-01-31\n澧浦镇2023年度法治政府建设工作报告\n"
              "发布时间: 2024-01-31 15:51 信息来源: 党政综合管理办公室 访问次数: 字体:[ ]\n"
              "今年以来,在区委、区政府的坚强领导下,澧浦镇坚持以习近平新时代中国特色社会主义思想为指导,深入推进"
              "法治政府建设。\n一、主要举措与成效\n组织行政决策合法性审查13次。")
NATIONAL = ("Page 2 - 政府工作报告\nP. 2\n政府工作报告\n——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上\n"
            "国务院总理 李强\n各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全\n国政协委员提出意见。\n"
            "一、2024 年工作回顾\n过去一年,我国发展历程很不平凡。国内生产总值增长5%。")
PAPER = ("去年依法办结行政复议案件29.3万件\n发布时间:2024-04-28 02:36:39 来源: sp20240428\n"
         "本报北京4月1日电 (记者张璁)日前发布的司法部2023年法治政府建设年度报告显示,2023年,各级行政复议"
         "机构始终以维护群众合法权益为落脚点,全国新收行政复议案件31.5万件。\n"
         "报告显示,司法部持续提升行政复议质效。\n《 人民日报 》( 2024年04月02日 07 版)\n(责编:赵欣悦、袁勃)")
HK_NEWS = ("大會現場 張寶杉 攝\n【香港商報網訊】2月19日,綿陽市涪城區第六屆人民代表大會第四次會議隆重開幕,代區長鄧輝作"
           "政府工作報告。\n鄧輝在報告中說,2018年涪城全區經濟社會發展取得顯著成效。地區生產總值增長9.3%。\n"
           "報告從五個方面對過去一年的工作進行了全面回顧。")
BULLETIN = ("当前位置: 首页 > 政务公开 > 统计数据 > 年度环境状况公报\n2016年度深圳市环境状况公报\n"
            "2016年,全市环境质量总体保持良好水平。环境空气中二氧化硫年平均浓度符合国家二级标准。\n一、大气环境\n正文。")
STREET = ("司法局2022年度法治政府建设工作报告-23篇(第26/40页)\n(七)争议化解助和谐,充分发挥复议职能。\n"
          "截至目前,我市共收到行政复议申请85件。居前列的单位为市公安局30件,南市街道7件,占比8.2%。\n"
          "(八)强素质提能力,锻造司法行政队伍铁军。\n组建全市法治人才库。")


@pytest.mark.parametrize(("text", "genre", "title", "inferred", "issuer", "year", "published"), [
    (COMPILED, Genre.INFO_DISCLOSURE_REPORT, "天津市司法局2023年政府信息公开工作年度报告", True,
     "天津市司法局", 2023, None),
    (PAGE_LABEL, Genre.FAZHI_REPORT, "澧浦镇2023年度法治政府建设工作报告", False, "澧浦镇人民政府", 2023,
     "2024-01-31"),
    (NATIONAL, Genre.GOV_WORK_REPORT, "政府工作报告", False, "国务院", 2024, None),
    (PAPER, Genre.NEWS, "去年依法办结行政复议案件29.3万件", False, "司法部", 2023, "2024-04-02"),
    (HK_NEWS, Genre.NEWS, None, False, None, 2018, None),
    (BULLETIN, Genre.OTHER, "2016年度深圳市环境状况公报", False, None, 2016, None),
    (STREET, Genre.FAZHI_REPORT, "司法局2022年度法治政府建设工作报告", False, "司法局", 2022, None),
], ids=["compiled_by", "label_above_value", "on_behalf_of_state_council", "paper_date_and_headline",
        "hk_news", "bulletin", "street_is_no_city"])
def test_real_openings(text: str, genre: Genre, title: str | None, inferred: bool, issuer: str | None,
                       year: int, published: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.genre, meta.title, meta.title_inferred, meta.issuer, meta.year, meta.published) == (
        genre, title, inferred, issuer, year, published)


@pytest.mark.parametrize(("opening", "wrong"), [
    ("2023年,按照市司法局的部署,全市推进政务公开。本年度报告由市司法局编制。", "按照市司法局"),
    ("日前发布的司法部2023年法治政府建设年度报告显示,全国行政复议案件增长。", "的司法部"),
    ("根据省司法厅要求,四川省司法厅坚持以习近平法治思想为指导。", "根据省司法厅"),
])
def test_issuer_never_carries_a_preposition(opening: str, wrong: str) -> None:
    issuer = report_of(f"{opening}\n一、总体情况\n正文。").meta.issuer
    assert issuer != wrong and not (issuer or "").startswith(("按照", "的", "根据", "由"))


@pytest.mark.parametrize(("title", "issuer"), [
    ("经开区管理委员会2023年法治政府建设年度报告", "经开区管理委员会"),  # 经 of 经开区 is the name, not 经…
    ("的确县2023年法治政府建设年度报告", None),  # never a name
])
def test_a_name_that_starts_like_a_preposition(title: str, issuer: str | None) -> None:
    got = report_of(f"{title}\n2023年,全区坚持以习近平法治思想为指导。\n一、主要举措\n正文。").meta.issuer
    assert got == issuer or (issuer is None and not (got or "").startswith("的"))


# --- where else an issuer stands (issue 12, item 8; patterns found on a holdout of real reports) ----
@pytest.mark.parametrize(("text", "issuer", "title"), [
    # a space between the issuer and 关于 in the title
    ("龙山县司法局 关于2024年度法治政府建设情况的报告\n县委、县人民政府:\n2024年,在县委的领导下,"
     "全面推进依法行政。\n一、主要举措\n正文。", "龙山县司法局", "龙山县司法局 关于2024年度法治政府建设情况的报告"),
    # the issuer on its own line under the title, a page's 发布时间 line between them
    ("关于2024年度台州市行政复议工作的报告\n\n发布时间:2025-06-20 信息来源:市人大\n\n台州市司法局\n\n"
     "2024年,全市行政复议机构认真贯彻行政复议法。\n一、基本情况\n正文。", "台州市司法局",
     "关于2024年度台州市行政复议工作的报告"),
    # the opening sentence's subject: a 街道办事处 after a clause, a region before 法治政府建设
    ("2023年,在区委、区政府的正确领导下,石井街道办事处坚持以习近平法治思想为指导。\n一、主要工作\n正文。",
     "石井街道办事处", "石井街道2023年法治政府建设情况报告"),
    ("2022年,金水区法治政府建设工作在市委、市政府正确领导下取得新进展。\n一、主要工作\n正文。",
     "金水区人民政府", "金水区2022年法治政府建设情况报告"),
    # 市委市政府 and (法治市场监管) hold no city: the city is the one the text names
    ("2023年,市市场监管局在市委市政府的坚强领导下,按照“法治市场监管”的要求,推进嘉兴市法治建设。\n"
     "一、主要工作\n正文。", "嘉兴市市场监管局", "嘉兴市市场监管局2023年法治政府建设情况报告"),
    # 现公布区统计局…: the verb is no part of the (never placed) office
    ("根据《中华人民共和国政府信息公开条例》规定,现公布区统计局2023年政府信息公开工作年度报告。\n"
     "一、总体情况\n2023年,我局主动公开政府信息50条。", "区统计局", None),
])
def test_issuer_from_every_place_it_stands(text: str, issuer: str, title: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.issuer, meta.title) == (issuer, title)


@pytest.mark.parametrize(("text", "genre", "year", "issuer"), [
    # the end of a plan's years inside 《》 is no report year
    ("根据《法治政府建设实施纲要(2021—2025年)》和相关文件要求,现将市人社局2022年法治政府建设情况报告予以公开。\n"
     "一、主要举措和成效\n2022年,市人社局坚持依法行政,办理行政复议案件12件。", Genre.FAZHI_REPORT, 2022, "市人社局"),
    # a 政府工作报告 whose heading names the year it looks back on
    ("政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n各位代表:\n"
     "现在,我代表国务院,向大会报告政府工作,请予审议。\n一、2024年工作回顾\n过去一年,我国发展历程很不平凡。",
     Genre.GOV_WORK_REPORT, 2024, "国务院"),
    # 本年报根据《条例》…: an 政府信息公开 report, whatever parts it lists
    ("一、总体情况\n本年报根据《中华人民共和国政府信息公开条例》要求编制,由总体情况、政府信息公开行政复议和行政诉讼"
     "情况等组成。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。\n二、主动公开政府信息情况\n正文。",
     Genre.INFO_DISCLOSURE_REPORT, 2024, None),
    # a newspaper's byline above the article
    ("法治日报全媒体记者 张三\n当前,法治政府建设年度报告已经成为各级政府展示法治成效的重要载体。2020年,"
     "各级政府发布年度报告的比例继续提高。\n报告显示,依法行政水平稳步提升。", Genre.NEWS, 2020, None),
    # a county named only as the subject of the opening sentence
    ("2019年,在省委、省政府和市委、市政府的正确领导下,新建县全面贯彻党的十九大精神,扎实推进法治政府建设。\n"
     "一、主要工作\n正文。", Genre.FAZHI_REPORT, 2019, "新建县人民政府"),
])
def test_year_genre_and_issuer_of_more_layouts(text: str, genre: Genre, year: int,
                                               issuer: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.genre, meta.year, meta.issuer) == (genre, year, issuer)


@pytest.mark.parametrize(("text", "issuer"), [
    # the addressee line is whom the report goes to; 县委、县政府 open the first sentence
    ("中共某某州委、某某州人民政府:\n2025年,县委、县政府坚持以习近平法治思想为指导,全面推进依法行政。\n"
     "一、主要做法\n(一)加强领导。县委、县政府高度重视,全年召开县委全面依法治县委员会会议1次。\n"
     "二、存在问题\n石门县法治人才不足。", "石门县人民政府"),
    # an opening paragraph that ends in 如下: is no addressee
    ("2025年,桥东街道办事处深入学习贯彻习近平法治思想,现将有关情况报告如下:\n一、总体情况\n正文。",
     "桥东街道办事处"),
])
def test_the_addressee_is_not_the_issuer(text: str, issuer: str) -> None:
    assert report_of(text).meta.issuer == issuer



@pytest.mark.parametrize(("text", "genre", "issuer"), [
    # a 年报 that opens straight into its tables, 第二十条 written with spaces
    ("一、总体情况\n(一)主动公开信息情况\n本局主动公开政府信息120条。\n| 第二十条 第(一)项 |\n"
     "| 信息内容 | 本年制发件数 |\n| 规章 | 0 |\n三、收到和处理政府信息公开申请情况\n正文。",
     Genre.INFO_DISCLOSURE_REPORT, None),
    # X市政府 is the X市人民政府
    ("2017年,淄川市政府在省委、省政府的坚强领导下,全面推进依法行政。\n一、主要工作\n正文。", Genre.FAZHI_REPORT,
     "淄川市人民政府"),
])
def test_genre_and_issuer_of_short_forms(text: str, genre: Genre, issuer: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.genre, meta.issuer) == (genre, issuer)


def test_a_news_headline_says_who_published() -> None:
    """司法部发布《…》 as a headline above the dateline names the issuer of the news item."""
    text = ("司法部發布《行政復議工作白皮書(2024)》\n中新網7月1日電 據司法部微信公眾號消息,6月30日,發布白皮書。"
            "白皮書顯示,2024年全國行政復議機關辦理案件。\n全文如下:\n前言")
    assert report_of(text).meta.issuer == "司法部"



@pytest.mark.parametrize(("text", "genre", "issuer"), [
    # a press photo's credit makes news
    ("4月24日上午,某市人民政府新闻办召开新闻发布会,介绍2024年法治政府建设情况。\n"
     "新闻发布会现场(摄影:王某某)\n发布会上,市司法局介绍了有关情况。", Genre.NEWS, None),
    # the 年报's standard parts without its tables or title
    ("2022年,某市住房和城乡建设局以习近平新时代中国特色社会主义思想为指导,认真落实政务公开工作。\n一、总体情况\n"
     "(一)政府信息主动公开情况。全年主动公开信息120条。\n(二)政府信息依申请公开情况。全年办理申请7件。",
     Genre.INFO_DISCLOSURE_REPORT, None),
    # 全面依法治县 and 样板县 are no counties
    ("2023年,在市委、市政府的坚强领导下,我县坚持以习近平法治思想为指导,县委全面依法治县委员会"
     "统筹推进,全面依法治县工作取得成效,打造法治样板县。\n一、主要工作\n宜川县法治建设成效明显。",
     Genre.FAZHI_REPORT, "宜川县人民政府"),
])
def test_more_genres_and_issuers_of_real_layouts(text: str, genre: Genre, issuer: str | None) -> None:
    meta = report_of(text).meta
    assert meta.genre == genre and (issuer is None or meta.issuer == issuer)


def test_a_party_group_line_above_the_title_is_the_issuers() -> None:
    meta = report_of("中共某市交通运输局党组\n2022年度法治政府建设报告\n2022年,市交通运输局党组坚持依法行政。\n"
                     "一、主要工作\n正文。").meta
    assert (meta.title, meta.issuer) == ("中共某市交通运输局党组2022年度法治政府建设报告", "某市交通运输局")


@pytest.mark.parametrize(("text", "issuer"), [
    # a measure word starts no place: 128名区管领导干部 names no 名区
    ("2023年,区司法局坚持以习近平法治思想为指导。组织区管领导干部以及128名区管领导干部参加学法考试。\n"
     "一、主要工作\n正文。", "区司法局"),
    # a verb before a province is no part of it
    ("2024年,省人社厅坚持依法行政,邀请湖北省博物馆专家授课。\n一、主要工作\n正文。", "湖北省人社厅"),
])
def test_region_names_read_from_the_text_are_places(text: str, issuer: str) -> None:
    assert report_of(text).meta.issuer == issuer


@pytest.mark.parametrize(("text", "genre", "issuer", "published"), [
    # X市委、市政府 open a report that has no title: the city's government
    ("临委〔2024〕7号\n2023年,临江市委、市政府深入贯彻习近平法治思想,全面推进依法行政。\n一、主要举措\n正文。",
     Genre.FAZHI_REPORT, "临江市人民政府", None),
    # 我局在市委、市政府…: the 局 reports, not a city glued to 在
    ("2021年,我局在市委、市政府的领导下,全面推进依法行政。\n一、主要举措\n我局办理行政复议案件3件。",
     Genre.FAZHI_REPORT, None, None),
    # a news page: the headline, a "date time source" line, an opening on 近日
    ("某州市司法局发布全市行政复议案件分析报告\n\n2024-03-02 10:15 某州市司法局\n\n近日,某州市司法局发布"
     "《2023年度全市行政复议案件分析报告》。报告显示,全年收到行政复议申请420件。", Genre.NEWS, "某州市司法局",
     "2024-03-02"),
])
def test_joint_openings_and_dated_source_lines(text: str, genre: Genre, issuer: str | None,
                                               published: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.genre, meta.published) == (genre, published)
    assert meta.issuer == issuer or (issuer is None and "在" not in (meta.issuer or ""))


@pytest.mark.parametrize(("text", "year", "issuer"), [
    # no title: the 年度 the opening names, not the earlier year a sentence goes back to
    ("一、总体情况\n按照《中华人民共和国政府信息公开条例》的有关规定,以及某县政务公开办关于2022年度政府信息"
     "公开的工作要求,我局做了统计。\n我局2021年主动公开行政许可12项,2022年新增公开行政许可3项。", 2022, None),
    # a page's 发文机关 field names the issuer
    ("索引号: 000/2024-01\n发文机关: 白山市江源区人民政府\n成文日期: 2024年03月01日\n"
     "2023年,全区坚持依法行政。\n一、主要举措\n正文。", 2023, "白山市江源区人民政府"),
    # 一年来, a township opens the first sentence
    ("一年来,石桥乡在县委、县政府的正确领导下,深入推进法治政府建设。\n一、主要举措\n2024年,全乡办理案件3件。",
     2024, "石桥乡人民政府"),
    # 现将X乡2024年…报告如下: a township names itself in the opening
    ("根据工作要求,现将柳林乡2024年法治政府建设工作报告如下:\n一、主要举措\n正文。", 2024, "柳林乡人民政府"),
])
def test_year_and_issuer_of_untitled_openings(text: str, year: int, issuer: str | None) -> None:
    meta = report_of(text).meta
    assert (meta.year, meta.issuer) == (year, issuer)


def test_a_news_page_with_its_paper_and_time_under_the_headline() -> None:
    text = ("《某省法治政府建设评估报告(2023)》发布 我市位列第三\n\n  • 江城晚报\n  • 2024-05-10 09:12:33\n"
            "某省法治研究会5月8日发布了《某省法治政府建设评估报告(2023)》,对21个市州政府进行评估。(记者 李明)\n"
            "分享到:\n  • 至少输入5个字符\n  • 表情\n热门资讯\n联系我们,版权所有,未经授权不得转载本站内容,违者必究!")
    report = report_of(text)
    meta = report.meta
    assert (meta.genre, meta.issuer, meta.published, meta.year) == (Genre.NEWS, "江城晚报", "2024-05-10", 2023)
    assert meta.title == "《某省法治政府建设评估报告(2023)》发布 我市位列第三"
    assert [i.text for i in report.indicators] == ["21个"]  # the comment box's 5个字符 is no figure


@pytest.mark.parametrize(("text", "issuer", "title"), [
    # a 我厅 report: the province from the page's head, the office from what it reports on
    ("栏目:甘肃省司法厅-通知公告 发布时间:2021-12-30\n按照工作要求,我厅对2021年全省行政复议案件进行了统计。"
     "具体如下:\n一、基本情况\n全省新收行政复议申请3100件,受理行政复议案件2800件,审结行政复议案件2700件,"
     "行政复议纠错率12.1%。\n表1:省直部门行政复议案件情况", "甘肃省司法厅", "甘肃省司法厅2021年行政复议工作年度报告"),
    # 现将我局…: the 局 the opening leaves unnamed, named by a document it issued
    ("根据工作要求,现将我局2022年度法治政府建设工作报告如下:\n一、主要工作\n我局持续推进交通运输领域执法规范化,"
     "印发《某江市交通运输局规范性文件工作规程》,加强道路运输和公路执法。\n二、存在问题\n正文。",
     "某江市交通运输局", "某江市交通运输局2022年法治政府建设情况报告"),
])
def test_an_office_that_says_only_we(text: str, issuer: str, title: str) -> None:
    meta = report_of(text).meta
    assert (meta.issuer, meta.title) == (issuer, title)


@pytest.mark.parametrize(("text", "title", "issuer"), [
    # a page's field labels around the title
    ("索引号: 0001/2023-00026\n名称: 某山市2022年行政复议案件办理情况统计分析报告 文号:\n正文开始。\n"
     "一、基本情况\n全市收到行政复议申请40件。", "某山市2022年行政复议案件办理情况统计分析报告", "某山市人民政府"),
    ("标  题: 某江县人民政府关于2024年度法治政府建设工作情况的报告\n一、主要举措\n正文。",
     "某江县人民政府关于2024年度法治政府建设工作情况的报告", "某江县人民政府"),
    # 审核省…: a verb before 省 makes no province; the 厅 stays without one
    ("2023年,省司法厅坚持依法行政,合法性审核省政府规章草案12件。\n一、主要举措\n正文。", None, "省司法厅"),
])
def test_titles_without_field_labels_and_provinces_that_are_none(text: str, title: str | None,
                                                                   issuer: str | None) -> None:
    meta = report_of(text).meta
    assert (None if meta.title_inferred else meta.title, meta.issuer) == (title, issuer)


def test_a_report_that_opens_on_jinri_we_is_no_news_and_its_title_date_is_published() -> None:
    text = ("2014年度全县行政复议工作相关情况 (2015-03-20)\n\n近日,我们对全县2014年度的行政复议工作进行了汇总。\n"
            "一、行政复议案件情况\n全年共收到行政复议申请320件,受理290件。")
    meta = report_of(text).meta
    assert (meta.genre, meta.published, meta.title, meta.year) == (
        Genre.RECONSIDERATION_REPORT, "2015-03-20", "2014年度全县行政复议工作相关情况", 2014)


def test_news_of_a_published_report_with_its_source_line() -> None:
    text = ("报告精读 | 某省法治政府评估报告(2022)\n来源:法治观察  作者:本网转载   发布时间:2022-11-02\n\n"
            "2022年10月20日,某大学法治研究院和某出版社共同发布了《某省法治政府评估报告(2022)》(以下简称《报告》)。\n"
            "法治政府\n被评估城市的平均得分为701.2分,平均得分率为70.1%。")
    meta = report_of(text).meta
    assert (meta.genre, meta.issuer, meta.published, meta.year) == (Genre.NEWS, "法治观察", "2022-11-02", 2022)


def test_a_titled_xinxi_gongkai_nianbao() -> None:
    meta = report_of("2023年某阳县卫生健康委员会信息公开年报\n根据《中华人民共和国政府信息公开条例》第五十条规定,"
                     "现编制本年度报告。\n一、总体情况\n全年发布信息120条。").meta
    assert (meta.title, meta.issuer, meta.genre) == (
        "2023年某阳县卫生健康委员会信息公开年报", "某阳县卫生健康委员会", Genre.INFO_DISCLOSURE_REPORT)


def test_a_time_word_before_shi_zhengfu_makes_no_city() -> None:
    text = ("2024年,在市委的正确领导下,市政府坚持依法行政。\n一、主要举措\n推动学法常态化,年内市政府常务会议集体学法5次,"
            "全面推进依法行政。\n二、存在问题\n许阳市法治政府建设仍有短板。")
    assert report_of(text).meta.issuer == "许阳市人民政府"


@pytest.mark.parametrize(("text", "issuer"), [
    # 编制X乡2024年…报告: the township names itself
    ("根据《中华人民共和国政府信息公开条例》等相关规定,编制某源市石门乡2024年政府信息公开工作年度报告。\n"
     "一、总体情况\n2024年我乡主动公开信息15条。", "某源市石门乡人民政府"),
    # an e-paper's 当前报纸名称: the paper tells the news
    ("当前报纸名称:某北日报\n\n推进行政争议实质性化解\n\n本报讯(记者 王某)8月12日,某市中级人民法院发布"
     "《2024年度行政审判白皮书》。\n该白皮书显示,全市两级法院共受理一审行政案件1029件。", "某北日报"),
])
def test_more_places_an_issuer_stands(text: str, issuer: str) -> None:
    assert report_of(text).meta.issuer == issuer


@pytest.mark.parametrize(("text", "issuer"), [
    # a bracketed name under the title; a government's line above the title a page repeats
    (f"2024年法治政府建设工作报告\n(城南街道)\n今年来,城南街道{BODY}", "城南街道"),
    ("政策文件\n2021年法治政府建设工作情况报告\n• 索引号:1495410037/gyz1/2022-00021\n• 发文字号:\n"
     "• 发文机构:gyz1\n• 发布日期:2022-03-31\n眉山市彭山区公义镇人民政府\n"
     f"2021年法治政府建设工作情况报告\n2021年我镇{BODY}", "眉山市彭山区公义镇人民政府"),
    # 长治市 is a place (法治市 is none), and the office's own region is kept
    (f"2022年,长治市司法局坚持以习近平新时代中国特色社会主义思想为指导。平顺县龙溪镇龙镇村等4个村有望被命名。\n{BODY}",
     "长治市司法局"),
])
def test_issuer_under_or_above_the_title_and_places_ending_in_zhi(text: str, issuer: str) -> None:
    assert report_of(text).meta.issuer == issuer


def test_an_untitled_text_about_reconsideration_alone_is_a_reconsideration_report() -> None:
    text = ("文山市以行政复议体制改革为契机,充分发挥行政复议化解行政争议作用,在加快法治政府建设方面取得成效。\n"
            "严格行政复议审查标准,持续推进行政复议、行政审判衔接。\n"
            "充分发挥行政复议主渠道作用,创新推出“行政复议+调解”工作机制,助力法治政府建设。"
            "全市纳入行政复议调解27件,调解结案17件。\n新收行政复议案件同比增长45.78%。")
    meta = report_of(text).meta
    assert meta.genre is Genre.RECONSIDERATION_REPORT
    # ... while a report that names 法治政府 as often is one on 法治政府
    assert report_of(text.replace("行政复议", "依法行政", 3)).meta.genre is Genre.FAZHI_REPORT


@pytest.mark.parametrize(("text", "issuer"), [
    ("2024年,在黨中央、國務院的堅強領導下,全省各級行政機關堅持以習近平新時代中國特色社會主義思想為指導,"
     f"全面貫徹習近平總書記考察青海重要講話精神。\n{BODY}", "青海省人民政府"),
    # two provinces named, or no province-wide voice: no one to name
    (f"2024年,全省各级行政机关坚持对口支援,青海、江苏两省深化合作。\n{BODY}", None),
    (f"2024年,各级行政机关贯彻考察青海重要讲话精神。\n{BODY}", None),
])
def test_a_province_that_speaks_as_a_whole_and_names_itself_once(text: str, issuer: str | None) -> None:
    assert report_of(text).meta.issuer == issuer


@pytest.mark.parametrize(("text", "issuer"), [
    # 我省 speaks for the province; a 年报 names the site it is published on
    (f"2023年,我省深入学习贯彻习近平法治思想,福建全面推进依法行政。\n{BODY}", "福建省人民政府"),
    ("本报告依据《中华人民共和国政府信息公开条例》编制。报告的电子版可在九江市濂溪区人民政府网下载。"
     "本报告所列统计数据的期限自2024年1月1日起。\n一、总体情况\n正文。", "九江市濂溪区人民政府"),
    # a verb before 市委/市政府 makes no place: the office keeps no region
    (f"2024年,在市委、市政府正确领导下,市司法局深入学习贯彻习近平法治思想,认真落实市委、市政府各项工作要求,"
     f"编制完成市政府年度立法计划,参与市级立法。\n{BODY}", "市司法局"),
])
def test_a_province_that_says_we_a_nianbao_site_and_verbs_before_a_level_word(text: str, issuer: str) -> None:
    assert report_of(text).meta.issuer == issuer


def test_the_title_names_its_author_before_the_page_s_publisher() -> None:
    text = ("标      题 西藏自治区人民政府关于2017年度全区法治政府建设情况的报告\n"
            "索引号 000014349/2018-00024 文      号\n"
            "发布机构 西藏自治区法治政府建设工作领导小组办公室 发布日期 2018-05-31 17:25:00\n"
            f"2017年,在自治区党委、政府的坚强领导下,各地各部门深入推进依法行政。\n{BODY}")
    meta = report_of(text).meta
    assert meta.title == "西藏自治区人民政府关于2017年度全区法治政府建设情况的报告"
    assert meta.issuer == "西藏自治区人民政府"


def test_a_nianbao_that_opens_on_the_regulations_it_follows() -> None:
    text = ("依据《中华人民共和国政府信息公开条例》和《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》"
            "(国办公开办函〔2021〕30号)要求,编制本报告。\n一、总体情况\n2023年,沙依巴克区人民政府办公室坚持"
            "依法公开,主动公开政府信息120条。")
    assert report_of(text).meta.genre is Genre.INFO_DISCLOSURE_REPORT


def test_a_tianjin_jie_opening_its_report_is_the_issuer() -> None:
    text = f"2023年,万兴街在区委、区政府的正确领导下,认真落实法治政府建设部署要求。\n{BODY}"
    assert report_of(text).meta.issuer == "万兴街"


@pytest.mark.parametrize(("text", "issuer", "year"), [
    # a year written without 年 (2024以来,…); 在…指导下,X区委、区政府坚持…
    (f"2024以来,在县委、县政府的精心指导下,本人切实履行推进法治政府建设第一责任人职责。\n{BODY}", None, 2024),
    (f"2023年,在市委、市政府的精心指导下,清江浦区委、区政府坚持以习近平新时代中国特色社会主义思想为指导。\n{BODY}",
     "清江浦区人民政府", 2023),
    # an office named with a bracketed place, in the title
    ("北京大兴国际机场临空经济区(廊坊)管理委员会 2022年政府信息公开工作年度报告\n一、总体情况\n"
     "2022年,管委会认真贯彻落实政府信息公开的有关要求,主动公开政府信息731条。",
     "北京大兴国际机场临空经济区(廊坊)管理委员会", 2022),
])
def test_more_openings_and_titles_of_unseen_reports(text: str, issuer: str | None, year: int) -> None:
    meta = report_of(text).meta
    assert (meta.issuer, meta.year) == (issuer, year)
