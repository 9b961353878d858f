"""The canonical catalogue: package data complete and consistent, sentences tied to the right id.

The sentences are written in the style of the reports (made up, not copied from the gold files).
"""

from __future__ import annotations

import re

import pytest

from lawgov_gui.core.extract import catalogue_data
from lawgov_gui.core.extract.catalogue import Tagger, canonical_for, entries, entry
from lawgov_gui.core.extract.normalize import shadow
from lawgov_gui.core.model import Kind, SectionIndex, TableCell
from tests.core.extract import catalogue_eval
from tests.core.helpers import report_of

# Every id of ../shared/CATALOGUE.md (kept here so the test runs without the shared folder).
CATALOGUE_IDS = """
lead.study_sessions lead.exam_pass_rate lead.demo_regions lead.demo_projects lead.task_completion_rate
func.license_items func.items_cut func.powers_delegated func.online_rate func.online_items func.time_cut
func.certificates_cut func.new_entities func.fair_competition rule.local_laws rule.gov_rules
rule.normative_review rule.normative_filing rule.filing_rate rule.cleanup_rules rule.cleanup_normative
dec.major_decisions dec.legality_review dec.legal_opinions dec.counsel_coverage dec.contract_reviews
enf.officers enf.penalty_cases enf.inspections enf.joint_inspection_rate enf.discretion_rules
enf.case_review_pass_rate enf.no_penalty_cases enf.rectification_rate recon.applications
recon.accepted recon.concluded recon.correction_rate recon.direct_correction_rate recon.mediated
recon.litigation_after_rate lit.first_instance_cases lit.loss_rate lit.head_appearance_rate
lit.judicial_suggestions lit.procuratorial_suggestions disp.prelitigation_accepted
disp.prelitigation_resolved disp.resolution_rate disp.mediation_cases disp.mediation_success_rate
disp.hotline_cases disp.hotline_satisfaction open.proactive open.requests open.reply_rate
sup.inspection_items law.education_events law.service_teams law.legal_aid_cases
""".split()
SHARED_CATALOGUE = (catalogue_eval.SHARED / "CATALOGUE.md") if catalogue_eval.SHARED else None


def test_every_catalogue_id_is_in_the_package_data():
    ids = {e.id for e in entries()}
    assert set(CATALOGUE_IDS) <= ids
    assert len(ids) == len(entries())  # no id twice


@pytest.mark.skipif(not (SHARED_CATALOGUE and SHARED_CATALOGUE.is_file()), reason="no shared/CATALOGUE.md")
def test_every_id_of_the_shared_catalogue_is_in_the_package_data():
    text = SHARED_CATALOGUE.read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z]+\.[a-z_]+)` \| ([^|]+) \| ([^|]+) \|", text, re.M)
    assert len(rows) >= 60
    for cid, name, kind in rows:
        e = entry(cid)
        assert e is not None, cid
        assert e.name == name.strip(), cid
        assert e.kind == kind.strip(), cid


def test_kinds_and_units_are_consistent():
    kinds = {k.value for k in Kind}
    for e in entries():
        assert e.kinds and set(e.kinds) <= kinds - {"change_pp", "other"}, e.id
        assert e.name and e.name_en and e.wordings and e.rules, e.id
        for u in e.units:
            if "percent" in e.kinds and u == "%":
                continue
            assert "count" in e.kinds or "duration" in e.kinds, (e.id, u)
        if e.kinds == ("percent",):
            assert e.units == ("%",), e.id
        if e.kinds == ("count",):
            assert "%" not in e.units, e.id
        assert e.id.split(".")[0] in {"lead", "func", "rule", "dec", "enf", "recon", "lit", "disp",
                                      "open", "sup", "law"}, e.id


def test_entry_lookup():
    assert entry("recon.correction_rate").name == "行政复议纠错率"
    assert entry("no.such") is None
    assert entry("func.time_cut").kinds == ("percent", "duration")


def _tag_all(text: str) -> list[tuple[str, str | None]]:
    report = report_of(text)
    tag = Tagger(shadow(report.text))
    index = SectionIndex(report.sections)
    out, floor = [], 0
    for ind in report.indicators:
        sec = index.at(ind.start)
        out.append((ind.text, tag(ind.start, ind.end, ind.kind, ind.unit, floor=floor,
                                  section=sec.title if sec else "", subject=ind.subject)))
        floor = ind.end
    return out


def _id_of(text: str, figure: str) -> str | None:
    nth = 1
    if "#" in figure:
        figure, n = figure.split("#")
        nth = int(n)
    hits = [cid for t, cid in _tag_all(text) if t == figure]
    assert len(hits) >= nth, f"{figure!r} not found in {_tag_all(text)}"
    return hits[nth - 1]


# (sentence, figure (#n for the n-th of that text), id or None)
CASES = [
    # probe 4: parts after 在…61项中; lectures in schools are education events
    ("在取消和调整行政审批项目61项中,取消行政许可项目10项,取消部分内容的行政许可项目8项。", "10项", None),
    ("全县教育系统法治副校长进校园开展法治讲座220余场次。", "220余场次", "law.education_events"),
    ("区政府党组会、常务会议集体学法7次。", "7次", None),
    # set 14: a study of laws under the 常务会议; services fully online
    ("县政府常务会议带头学习贯彻习近平法治思想,组织开展宪法、行政复议法等法律法规学习9次。", "9次", "lead.study_sessions"),
    ("可全程在线办理政务服务事项数量109项。", "109项", "func.online_items"),
    # set 13: (含结转); 主动发布各类信息; a 废止 beside the year's 规范性文件; a category's cases;
    # 复议 outcomes are no disputes settled before a suit
    ("全年共审结行政复议案(含结转)2755件。", "2755件", "recon.concluded"),
    ("通过县人民政府门户网站主动发布各类信息17086条。", "17086条", "open.proactive"),
    ("2023年共制发行政规范性文件12件,废止3件,现行有效件数25件。", "3件", "rule.cleanup_normative"),
    ("行政应诉案件涉及行政管理类别主要集中在人力资源和社会保障类511件。", "511件", None),
    ("以纠错、调解、和解等方式实质性化解行政争议388件,占比14.1%。", "388件", None),
    # a 分别 list through the years shares the id; one through bodies is their parts
    ("2019年至2021年,全省行政机关负责人出庭率分别达到21.1%、65.5%、80.4%。", "80.4%", "lit.head_appearance_rate"),
    ("济南、临沂、菏泽受理行政一审案件数分别为3595件、3125件、2655件。", "3595件", None),
    # probe 3: one verb over a list of kinds; a study session said as 法治专题学习; a level's list
    ("区政府法律顾问共审查重大行政决策1件、规范性文件10件、合同70余份。", "10件", "rule.normative_review"),
    ("区政府法律顾问共审查重大行政决策1件、规范性文件10件、合同70余份。", "70余份", "dec.contract_reviews"),
    ("严格落实常务会议学法制度,开展法治专题学习3次。", "3次", "lead.study_sessions"),
    ("梳理市本级行政许可事项273项。", "273项", "func.license_items"),
    ("市本级新收行政复议申请1230件。", "1230件", None),
    ("2023年全镇主动发布政务公开信息45条。", "45条", "open.proactive"),
    ("2022年度共计公开各类信息236条,其中政府网站发布工作动态27条。", "236条", "open.proactive"),
    # probe 3: a party committee's and the government's study together; service items taken on;
    # a lawsuit a counsel takes on; a 年报's 复议 and 诉讼 are about 信息公开 only
    ("县委常委会、县政府常务会组织集体学法10次。", "10次", None),
    ("乡镇、街道承接事项223项,正常办理223项。", "223项", None),
    ("接受委托参与以区政府为被告的行政诉讼案件31件。", "31件", None),
    # set 12: trainings with study sessions; a total listed by kind; officials trained; attendees
    ("全区各部门累计进行法治培训、会前学法60余次。", "60余次", None),
    ("主动公开各类文件、政策解读等共计3800余条。", "3800余条", "open.proactive"),
    ("组织全市国家工作人员参加“法治讲堂”法治培训17场次。", "17场次", None),
    ("组织全县685名执法人员参加公共法律知识培训。", "685名", None),
    ("全县共有持证执法人员685名。", "685名", "enf.officers"),
    # probe 2: last year's figure in brackets; what a site publishes; 宣布失效 after a 清理
    ("收到行政复议申请共计32件,同比下降43.8%(去年同期57件)。", "57件", "recon.applications"),
    ("收到行政复议申请共计32件,同比下降43.8%(去年同期57人)。", "57人", None),
    ("2024年,县政府网站累计发布各类政务信息10300条。", "10300条", None),  # one channel's
    ("政务微信公众号发布信息622条。", "622条", None),
    ("经过认真清理,保留17件县政府行政规范性文件,宣布失效9件、废止10件。", "9件", "rule.cleanup_normative"),
    ("清理规范性文件2次、100余件,废止7件。", "7件", None),
    ("2024年,我办共收到公开政府信息申请1件,已全部答复。", "1件", "open.requests"),
    ("公开领导信箱(网上信访)办件22件、12345政务服务热线办件7341件。", "7341件", "disp.hotline_cases"),
    ("共下达环境行政处罚决定书2.69万份。", "2.69万份", "enf.penalty_cases"),
    ("平均为每个项目节约审查时限10天以上。", "10天以上", "func.time_cut"),
    # study sessions are the government's own meetings', not a party committee's or a team's alone
    ("2023年共开展领导班子学法12次,开展专题研讨5次。", "12次", None),
    ("街道党工委会集体学法12次。", "12次", None),
    ("镇长办公会会前学法6次。", "6次", "lead.study_sessions"),
    ("局务会集体学法10次。", "10次", "lead.study_sessions"),
    # set 11: 清理废止文件 beside 规范性文件, powers handed down, 复议后被诉率, a region's information
    ("制定发布规范性文件4件,清理废止文件0件,现行有效文件20件。", "0件", "rule.cleanup_normative"),
    ("推动涉及公安、交通领域的20项市级行政权力下放到各县(市)区。", "20项", "func.powers_delegated"),
    ("经行政复议后又被诉的2996件,复议后被诉率为5.3%。", "5.3%", "recon.litigation_after_rate"),
    ("行政检查执法报备17688次。", "17688次", None),
    ("2023年度,市政府门户网站公开全市各类政府信息共计3437条。", "3437条", "open.proactive"),
    ("上海市人民政府网站共发布各类信息46106条。", "46106条", None),
    # the items after the figure; a 件次 count; 上位法规定 holds no 法规
    ("国务院决定再取消和下放68项行政审批项目。", "68项", "func.items_cut"),
    ("提供合同审查意见15件次。", "15件次", "dec.contract_reviews"),
    ("经过清理,决定对与上位法规定不一致的37件省政府规章进行修改。", "37件", "rule.cleanup_rules"),
    ("依托行政争议调处中心,2024年以来成功调解争议20件。", "20件", "disp.prelitigation_resolved"),
    # a figure's value in an earlier year is the same quantity (its period says which year)
    ("市政府部门报送备案规范性文件38件,较2019年的27件增加40.7%。", "27件", "rule.normative_filing"),
    ("受理行政复议案件120件,比上年同期的98件增长22%。", "98件", "recon.accepted"),
    ("受理行政复议案件120件,比上年增加22件。", "22件", None),
    # what the sentence around a bare verb says the figure counts
    ("共制发规范性文件198件,向自治区法制办报送备案197件,报备率99.5%。", "197件", "rule.normative_filing"),
    ("保留证明事项14类164项,其中已有35项实行告知承诺制。", "35项", "func.certificates_cut"),
    ("全省共有人民调解员18.47万人,全年共化解矛盾纠纷417242件,调解成功410942件,成功率98.49%。",
     "417242件", "disp.mediation_cases"),
    ("全省共有人民调解员18.47万人,全年共化解矛盾纠纷417242件,调解成功410942件,成功率98.49%。",
     "98.49%", "disp.mediation_success_rate"),
    ("全年行政复议案件以调解、和解等方式结案65件,调撤率25%。", "65件", "recon.mediated"),
    # ... and what it says they are not
    ("共制作政府信息3021条,其中主动公开信息1027条,依申请公开信息459条。", "459条", None),
    ("本年度共收到依申请公开17条,均按要求完成答复。", "17条", "open.requests"),
    ("代理市政府行政诉讼案件8起,复议案件4起。", "8起", None),
    ("共计成立了12个联合检查小组,抽查企业119家。", "12个", None),
    ("县行政争议协调化解中心受理行政争议案件21件,化解11件。", "21件", "disp.prelitigation_accepted"),
    ("县行政争议协调化解中心受理行政争议案件21件,化解11件。", "11件", "disp.prelitigation_resolved"),
    ("向行政机关发出诉前检察建议11.6万件,回复整改率99.1%。", "99.1%", None),
    ("上述12件内容违法的规范性文件中,5件自行纠正,纠错率67%。", "67%", None),
    ("开通12348法律服务热线,受理法律咨询5.17万件,群众满意率达98%。", "98%", None),
    ("组织开展2次会前学法。", "2次", "lead.study_sessions"),
    # 信息公开: information published on its own initiative; rules published are not rules made
    ("政府信息公开专栏共主动发布政府信息473条,其中发布省政府规章1件。", "473条", "open.proactive"),
    ("政府信息公开专栏共主动发布政府信息473条,其中发布省政府规章1件。", "1件", None),
    ("全年办理群众政府信息公开10件、履职申请9件。", "10件", "open.requests"),
    # cases taken into mediation are not cases closed by it
    ("全市纳入行政复议调解27件,调解结案17件。", "27件", None),
    ("全市纳入行政复议调解27件,调解结案17件。", "17件", "recon.mediated"),
    # a list of figures after a list of verbs, or of one verb's objects: each its place's id
    ("全年共受理、审结行政复议案件120件、115件。", "120件", "recon.accepted"),
    ("全年共受理、审结行政复议案件120件、115件。", "115件", "recon.concluded"),
    ("受理、审结行政复议案件分别为120件和115件。", "115件", "recon.concluded"),
    ("清理规章、规范性文件12件、135件。", "12件", "rule.cleanup_rules"),
    ("清理规章、规范性文件12件、135件。", "135件", "rule.cleanup_normative"),
    ("审核规范性文件、重大行政决策分别为36件、12件。", "36件", "rule.normative_review"),
    ("审核规范性文件、重大行政决策分别为36件、12件。", "12件", "dec.legality_review"),
    # a list of places: each a part of the whole, no id
    ("济南、临沂受理行政一审案件数分别为3595件、3125件。", "3125件", None),
    # the loss rate is that of all cases or the first instance, not of the second (and words
    # naming both give neither: precision first)
    ("一审败诉率为5.2%,二审败诉率为3.1%。", "5.2%", "lit.loss_rate"),
    ("一审败诉率为5.2%,二审败诉率为3.1%。", "3.1%", None),
    ("一审、二审败诉率分别为5.2%和3.1%。", "5.2%", None),
    ("深入开展执法暖企、送法进企等“五大行动”300余场次。", "300余场次", None),
    ("深入开展送法进企活动30场次。", "30场次", "law.education_events"),
    # the penalties imposed, each a case
    ("全年共实施行政处罚185件,罚没款60万元。", "185件", "enf.penalty_cases"),
    ("全年收到涉及行政处罚的复议申请12件。", "12件", "recon.applications"),
    # two kinds counted together: no one id; a topic's lecture and mixed events are no study sessions
    ("完成局12件行政规范性文件和重大决策事项的合法性审查。", "12件", None),
    ("全年党工委中心组法治学习4次,开展物业领域专项工作法律讲座3次。", "3次", None),
    ("落实会前学法制度,开展法治专题讲座、报告会等120场。", "120场", None),
    ("落实会前学法制度,为领导干部举办专题法治讲座3次。", "3次", "lead.study_sessions"),
    # what the requests are about, after the figure
    ("本机关全年收到6件针对本单位有关政府信息公开事务的申请。", "6件", "open.requests"),
    ("全年收到6件关于信息公开工作的意见建议。", "6件", None),
    # both rates stated at once: the pass rate is one of them; a 参考率 alone is none
    ("组织全体干部参加法治理论知识学习考试,参考率和合格率均达100%。", "100%", "lead.exam_pass_rate"),
    ("组织全体干部参加学法用法考试,参考率达100%。", "100%", None),
    ("落实会前学法制度,组织学习《行政处罚法》等法律法规6次。", "6次", "lead.study_sessions"),
    ("在8个社区开展“法治流动课堂”12次。", "12次", "law.education_events"),
    ("办理时间由15天提速至5天,承诺提速率66.7%。", "66.7%", "func.time_cut"),
    # a second figure of the same noun after 、 shares its words, unless each is its own (分别)
    ("清理行政规范性文件3次、60余件,废止5件。", "60余件", "rule.cleanup_normative"),
    ("甲、乙两县受理行政一审案件数分别为312件、205件。", "205件", None),
    # the meeting before the figure, what it studied after it
    ("县政府常务会议先后5次对《安全生产法》等法律法规进行专题学习。", "5次", "lead.study_sessions"),
    ("县政府常务会议先后5次对重点项目进行专题研究。", "5次", None),
    # 13个 counts the bodies that received the applications, not the applications
    ("11个县区政府共收到行政复议申请906件。", "11个", None),
    ("11个县区政府共收到行政复议申请906件。", "906件", "recon.applications"),
    # received cases named by who they are against, far from 收到; a deployment is not the staff
    ("本委共收到以各街道、区政府各部门为被申请人的行政复议案件61件，受理58件。", "61件", "recon.applications"),
    ("本委共收到以各街道、区政府各部门为被申请人的行政复议案件61件，受理58件。", "58件", "recon.accepted"),
    ("共收到群众来信，转交行政复议案件12件。", "12件", None),
    ("开展夜间专项检查，出动执法队员320人。", "320人", None),
    ("全区现有持证执法人员320人。", "320人", "enf.officers"),
    # 领导与示范
    ("全年组织政府常务会议学法12次，举办领导干部法治专题讲座4场。", "12次", "lead.study_sessions"),
    ("全年组织政府常务会议学法12次，举办领导干部法治专题讲座4场。", "4场", "lead.study_sessions"),
    ("坚持会前学法制度，全年开展集体学法8次。", "8次", "lead.study_sessions"),
    ("开展普法宣传活动320场次，发放宣传资料5万余份。", "320场次", "law.education_events"),
    ("组织1200余名领导干部参加年度学法用法考试，合格率100%。", "100%", "lead.exam_pass_rate"),
    ("全市国家工作人员学法考法参考率98.6%。", "98.6%", None),
    ("新命名市级法治政府建设示范地区5个、示范项目12个。", "5个", "lead.demo_regions"),
    ("新命名市级法治政府建设示范地区5个、示范项目12个。", "12个", "lead.demo_projects"),
    ("我区成功创建第三批全国法治政府建设示范区，2个项目入选省级法治政府建设示范项目。", "2个", "lead.demo_projects"),
    ("经评估，法治政府建设实施纲要确定的任务完成率达98.5%。", "98.5%", "lead.task_completion_rate"),
    ("督察反馈问题整改完成率100%。", "100%", "enf.rectification_rate"),
    # 政府职能
    ("公布行政许可事项清单，全区共保留行政许可事项236项。", "236项", "func.license_items"),
    ("取消和下放行政审批事项45项，精简申请材料300余份。", "45项", "func.items_cut"),
    ("区级取消政务服务事项12项。", "12项", None),
    ("向乡镇（街道）下放县级行政处罚权156项。", "156项", "func.powers_delegated"),
    ("承接省级赋权事项38项，做到放得下、接得住。", "38项", "func.powers_delegated"),
    ("政务服务事项网上可办率达99.2%。", "99.2%", "func.online_rate"),
    ("全市95%以上政务服务事项实现“一网通办”。", "95%以上", "func.online_rate"),
    ("网上办理满意率达99.8%。", "99.8%", None),
    ("推动1260项政务服务事项实现全程网办。", "1260项", "func.online_items"),
    ("全年网上办理业务12.6万件。", "12.6万件", None),
    ("行政审批事项承诺时限平均压缩65%。", "65%", "func.time_cut"),
    ("企业开办时间压缩至1个工作日以内。", "1个工作日以内", None),
    ("工程建设项目审批时间缩短30个工作日。", "30个工作日", "func.time_cut"),
    ("取消各类证明事项86项，对52项证明事项实行告知承诺制。", "86项", "func.certificates_cut"),
    ("取消各类证明事项86项，对52项证明事项实行告知承诺制。", "52项", "func.certificates_cut"),
    ("全年新登记市场主体3.2万户，同比增长12.5%。", "3.2万户", "func.new_entities"),
    ("全年新登记市场主体3.2万户，同比增长12.5%。", "12.5%", None),
    ("减税降费政策惠及经营主体12万户。", "12万户", None),
    ("对新出台的政策措施开展公平竞争审查326件。", "326件", "func.fair_competition"),
    # 制度建设
    ("提请市人大常委会审议地方性法规草案4件，制定政府规章2部。", "4件", "rule.local_laws"),
    ("提请市人大常委会审议地方性法规草案4件，制定政府规章2部。", "2部", "rule.gov_rules"),
    ("全年制定修改地方性法规和政府规章9件。", "9件", None),
    ("建立健全内部规章制度15项。", "15项", None),
    ("对行政规范性文件进行合法性审核128件。", "128件", "rule.normative_review"),
    ("报送市政府备案的规范性文件21件，备案审查率100%。", "21件", "rule.normative_filing"),
    ("规范性文件报备率、报备及时率均达100%。", "100%", "rule.filing_rate"),
    ("集中清理规章12部、规范性文件236件，废止规范性文件45件。", "12部", "rule.cleanup_rules"),
    ("集中清理规章12部、规范性文件236件，废止规范性文件45件。", "236件", "rule.cleanup_normative"),
    ("集中清理规章12部、规范性文件236件，废止规范性文件45件。", "45件", "rule.cleanup_normative"),
    # 行政决策
    ("编制年度重大行政决策事项目录，确定重大行政决策事项14项。", "14项", "dec.major_decisions"),
    ("对重大行政决策事项进行合法性审查36件。", "36件", "dec.legality_review"),
    ("全年完成各类合法性审查520件，其中规范性文件审核63件、合同审查210件。", "520件", "dec.legality_review"),
    ("全年完成各类合法性审查520件，其中规范性文件审核63件、合同审查210件。", "63件", "rule.normative_review"),
    ("全年完成各类合法性审查520件，其中规范性文件审核63件、合同审查210件。", "210件", "dec.contract_reviews"),
    ("政府法律顾问出具法律意见书326份，参与重大项目谈判15次。", "326份", "dec.legal_opinions"),
    ("市县两级政府法律顾问覆盖率达100%。", "100%", "dec.counsel_coverage"),
    ("村（社区）法律顾问覆盖率达100%。", "100%", None),
    ("审查政府合同、行政协议1280份。", "1280份", "dec.contract_reviews"),
    # 行政执法
    ("全市现有持证行政执法人员8653名。", "8653名", "enf.officers"),
    ("组织行政执法人员培训32期，培训执法人员4600人次。", "4600人次", None),
    ("全年办理行政处罚案件1.2万件，罚没款3600万元。", "1.2万件", "enf.penalty_cases"),
    ("全年办理行政处罚案件1.2万件，罚没款3600万元。", "3600万元", None),
    ("依法作出不予处罚决定560件，减轻处罚210件。", "560件", "enf.no_penalty_cases"),
    ("推行首违不罚、轻微免罚，办理首违不罚案件385件。", "385件", "enf.no_penalty_cases"),
    ("开展跨部门联合检查426次，联合抽查占比达38.5%。", "426次", "enf.inspections"),
    ("开展跨部门联合检查426次，联合抽查占比达38.5%。", "38.5%", "enf.joint_inspection_rate"),
    ("细化行政裁量权基准3200余项。", "3200余项", "enf.discretion_rules"),
    ("评查行政执法案卷1500卷，案卷评查合格率96.3%。", "96.3%", "enf.case_review_pass_rate"),
    ("全年城区环境空气质量优良率为92.4%。", "92.4%", None),
    # 行政复议
    ("全年共收到行政复议申请1256件，同比增长23.6%。", "1256件", "recon.applications"),
    ("全年共收到行政复议申请1256件，同比增长23.6%。", "23.6%", None),
    ("新收行政复议案件860件，依法受理802件，审结756件。", "860件", "recon.applications"),
    ("新收行政复议案件860件，依法受理802件，审结756件。", "802件", "recon.accepted"),
    ("新收行政复议案件860件，依法受理802件，审结756件。", "756件", "recon.concluded"),
    ("全市行政复议机关受理行政复议案件1024件。", "1024件", "recon.accepted"),
    ("行政复议综合纠错率为15.2%，直接纠错率为8.7%。", "15.2%", "recon.correction_rate"),
    ("行政复议综合纠错率为15.2%，直接纠错率为8.7%。", "8.7%", "recon.direct_correction_rate"),
    ("审结行政复议案件680件，通过调解、和解方式结案126件。", "126件", "recon.mediated"),
    ("经复议后提起行政诉讼的案件占比为12.4%。", "12.4%", "recon.litigation_after_rate"),
    ("复议后起诉率由上年的18.2%降至11.5%。", "18.2%", "recon.litigation_after_rate"),
    ("复议后起诉率由上年的18.2%降至11.5%。", "11.5%", "recon.litigation_after_rate"),
    # 行政诉讼
    ("全年新收一审行政诉讼案件632件，行政机关败诉率为6.8%。", "632件", "lit.first_instance_cases"),
    ("全年新收一审行政诉讼案件632件，行政机关败诉率为6.8%。", "6.8%", "lit.loss_rate"),
    ("行政机关胜诉率为93.2%。", "93.2%", None),
    ("一审行政案件败诉率较上年下降2.3个百分点。", "2.3个百分点", None),
    ("行政机关负责人出庭应诉率达98.6%，同比提高5.2个百分点。", "98.6%", "lit.head_appearance_rate"),
    ("行政机关负责人出庭应诉率达98.6%，同比提高5.2个百分点。", "5.2个百分点", None),
    ("全市行政机关负责人出庭应诉368件，出庭率100%。", "100%", "lit.head_appearance_rate"),
    ("办理人民法院司法建议26件、检察机关检察建议41件。", "26件", "lit.judicial_suggestions"),
    ("办理人民法院司法建议26件、检察机关检察建议41件。", "41件", "lit.procuratorial_suggestions"),
    # 矛盾纠纷
    ("行政争议调解中心全年受理诉前行政争议420件，成功化解312件，化解率74.3%。", "420件", "disp.prelitigation_accepted"),
    ("行政争议调解中心全年受理诉前行政争议420件，成功化解312件，化解率74.3%。", "312件", "disp.prelitigation_resolved"),
    ("行政争议调解中心全年受理诉前行政争议420件，成功化解312件，化解率74.3%。", "74.3%", "disp.resolution_rate"),
    ("全县各级人民调解组织调解矛盾纠纷6523件，调解成功率98.7%。", "6523件", "disp.mediation_cases"),
    ("全县各级人民调解组织调解矛盾纠纷6523件，调解成功率98.7%。", "98.7%", "disp.mediation_success_rate"),
    ("建立人民调解组织326个，配备专兼职人民调解员1800余名。", "326个", None),
    ("12345政务服务便民热线受理群众诉求56.3万件，群众满意率97.6%。", "56.3万件", "disp.hotline_cases"),
    ("12345政务服务便民热线受理群众诉求56.3万件，群众满意率97.6%。", "97.6%", "disp.hotline_satisfaction"),
    ("群众对政务服务的满意率达99%。", "99%", None),
    # 政务公开
    ("全年主动公开政府信息2.3万条。", "2.3万条", "open.proactive"),
    ("共收到政府信息公开申请285件，按时答复率100%。", "285件", "open.requests"),
    ("共收到政府信息公开申请285件，按时答复率100%。", "100%", "open.reply_rate"),
    ("办理人大代表建议128件、政协提案156件，答复率100%。", "100%", None),
    # 监督、普法、法律服务
    ("市级督查检查考核事项由56项精简至18项。", "56项", "sup.inspection_items"),
    ("市级督查检查考核事项由56项精简至18项。", "18项", "sup.inspection_items"),
    ("开展“送法下乡”活动86场。", "86场", "law.education_events"),
    ("组建律师服务团等法律服务团队45个。", "45个", "law.service_teams"),
    ("全年办理法律援助案件3265件，提供法律咨询1.8万人次。", "3265件", "law.legal_aid_cases"),
    ("全年办理法律援助案件3265件，提供法律咨询1.8万人次。", "1.8万人次", None),
    ("全市法律援助机构共受理法律援助案件8650件。", "8650件", "law.legal_aid_cases"),
    # words of other fields that look like catalogue wordings
    ("成功创建国家生态文明建设示范区1个、省级全域旅游示范区2个。", "1个", None),
    ("全年全市公安机关破获刑事案件3260起，查处治安案件1.2万起。", "1.2万起", None),
    ("全市法院受理各类案件15.6万件，审结14.8万件。", "14.8万件", None),
    ("组织开展安全生产大检查，整改隐患12.3万项，整改率99.2%。", "99.2%", None),
    ("全年累计接待来访群众6800人次，办理来信3600件。", "3600件", None),
    ("接待群众来信来访1260批次，办理信访事项860件。", "860件", None),
    ("开展行政执法监督检查12次，下发行政执法监督意见书8份。", "12次", None),
    ("组织执法人员参加执法资格考试，通过率86.5%。", "86.5%", None),
    ("开展行政执法案卷评查，抽查案卷860卷，优秀率32%，合格率96.7%。", "32%", None),
    ("开展行政执法案卷评查，抽查案卷860卷，优秀率32%，合格率96.7%。", "96.7%", "enf.case_review_pass_rate"),
    ("全年办理市人大代表建议186件、市政协提案265件，按时办结率100%，代表委员满意率98.9%。", "98.9%", None),
    ("全市共有人民调解委员会1263个，人民调解员6580名，全年调解各类纠纷1.8万件。", "1263个", None),
    ("全市共有人民调解委员会1263个，人民调解员6580名，全年调解各类纠纷1.8万件。", "1.8万件", "disp.mediation_cases"),
    ("推动法治宣传进机关、进乡村、进社区、进学校、进企业、进单位“六进”活动126次。", "126次", "law.education_events"),
    ("全年共办理各类审批事项86万件，审批时间平均缩短40%。", "40%", "func.time_cut"),
    ("政务服务事项平均承诺办理时限压缩至2.6个工作日，压缩比例达82%。", "2.6个工作日", None),
    ("政务服务事项平均承诺办理时限压缩至2.6个工作日，压缩比例达82%。", "82%", "func.time_cut"),
    ("全面推行“证照分离”改革，新设经营主体8600户，同比增长16.3%。", "8600户", "func.new_entities"),
    ("推动“证照分离”改革全覆盖，涉企经营许可事项523项全部纳入改革范围。", "523项", None),
    ("全市行政复议机关共办理行政复议案件3265件，其中新收2980件，上年结转285件。", "2980件", "recon.applications"),
    ("全市行政复议机关共办理行政复议案件3265件，其中新收2980件，上年结转285件。", "285件", None),
    ("本年度因政府信息公开被申请行政复议5件，被提起行政诉讼2件。", "5件", None),
    ("县司法局共办理行政复议案件86件，审结81件，结案率94.2%。", "81件", "recon.concluded"),
    ("完成市政府规章清理工作，废止规章3部，修改规章5部。", "5部", "rule.cleanup_rules"),
    ("2023年全国行政复议机关直接纠错率为13.1%。", "13.1%", "recon.direct_correction_rate"),
    # the catalogue's own wordings: 审结…复议申请, 办理…信息公开案件, N个项目荣获…示范命名
    ("全年共审结行政复议申请212件（含上年度结转），纠错率14.6%。", "212件", "recon.concluded"),
    ("依法办理政府信息公开案件58件（含上年结转3件），均在法定期限内答复。", "58件", "open.requests"),
    ("依法办理政府信息公开案件58件（含上年结转3件），均在法定期限内答复。", "3件", None),
    ("因政府信息公开被提起行政诉讼的案件2件。", "2件", None),
    ("我区和3个法治政府建设项目荣获全省法治政府建设示范命名。", "3个", "lead.demo_projects"),
    ("2个项目入选第三批全国法治政府建设示范项目。", "2个", "lead.demo_projects"),
    ("5个地区（项目）荣获全省第二批法治政府建设示范命名。", "5个", None),
    ("落实政府常务会议学法制度，专题学习《中华人民共和国行政复议法》等法律12次。", "12次", "lead.study_sessions"),
    ("组织召开县政府常务会议3次专题研究部署法治政府建设工作。", "3次", None),
    ("市人大常委会开展执法检查6次，听取专项工作报告8个。", "6次", None),
]


@pytest.mark.parametrize(("sentence", "figure", "want"), CASES,
                         ids=[f"{n}-{c[1]}" for n, c in enumerate(CASES)])
def test_sentence(sentence, figure, want):
    assert _id_of(sentence, figure) == want


# The 口径 rules of CATALOGUE.md, one by one.
RULES = [
    # a count id is never given to a percentage, nor a rate id to a count
    ("受理行政复议申请占收到申请总数的95.2%。", "95.2%", None),
    ("全年审结行政复议案件中纠错85件。", "85件", None),
    # 个百分点 never gets an id
    ("行政复议纠错率同比上升3.2个百分点。", "3.2个百分点", None),
    ("出庭应诉率较上年提高12个百分点。", "12个百分点", None),
    # 纠错率 is not 直接纠错率
    ("行政复议直接纠错率11.3%。", "11.3%", "recon.direct_correction_rate"),
    ("行政复议纠错率11.3%。", "11.3%", "recon.correction_rate"),
    # 收到 is not 受理
    ("全年收到行政复议申请540件，其中受理498件。", "540件", "recon.applications"),
    ("全年收到行政复议申请540件，其中受理498件。", "498件", "recon.accepted"),
    ("受理行政复议申请498件。", "498件", "recon.accepted"),
    ("收到信息公开申请96件。", "96件", "open.requests"),
    # 胜诉率 is not lit.loss_rate
    ("行政机关一审胜诉率为91.4%。", "91.4%", None),
    ("行政机关一审败诉率为8.6%。", "8.6%", "lit.loss_rate"),
    # a part takes an id only when the id names that part
    ("受理行政复议案件500件，其中受理涉企案件120件。", "120件", None),
    ("受理行政复议案件500件，其中涉及征收拆迁的126件。", "126件", None),
    # 主动公开 of one type of document is a part; the total is 政府信息 (or no object)
    ("2023年，市司法局主动公开行政规范性文件3件，行政处罚文件12件。", "3件", None),
    ("本年度主动公开政策解读材料26篇。", "26篇", None),
    ("通过门户网站主动公开12件规范性文件。", "12件", None),
    ("在政府网站主动公开市政府和市政府办公室行政规范性文件42件。", "42件", None),
    ("在政府公报主动公开市政府规章9件（含新制定3件，废止6件）。", "9件", None),
    ("主动公开规范性文件、政策解读等政府信息3600余条。", "3600余条", "open.proactive"),
    ("全年通过政府网站主动公开各类政府信息4580条。", "4580条", "open.proactive"),
    ("全年主动公开1360条。", "1360条", "open.proactive"),
    ("调解矛盾纠纷3200件，其中调解涉企纠纷860件。", "860件", None),
    ("化解行政争议312件，占受理总数的74.3%。", "74.3%", None),
    ("审结行政复议案件456件，其中调解和解结案98件。", "98件", "recon.mediated"),
    # a growth rate is not the share's id
    ("行政机关负责人出庭应诉率同比增长15.6%。", "15.6%", None),
    ("主动公开政府信息1.2万条，同比增长8.3%。", "8.3%", None),
    ("行政复议申请同比增加230件。", "230件", None),
    # a national or other region's figure keeps its id
    ("一审败诉率为5.1%，低于全省平均水平。", "5.1%", "lit.loss_rate"),
]


@pytest.mark.parametrize(("sentence", "figure", "want"), RULES,
                         ids=[f"{n}-{c[1]}" for n, c in enumerate(RULES)])
def test_caliber_rule(sentence, figure, want):
    assert _id_of(sentence, figure) == want


# Figures the sentence calls not (yet) the catalogue quantity: assigned, before acceptance, only
# proposed, planned, still to do (the `pending` guard); and the words that look like it but are not.
# Wordings with words inside them (主动…公开, 时限压缩比达到…): the id holds; the time left does not.
INSERTED = [
    ("2023年,我局主动通过政府网站公开政府信息86条。", "86条", "open.proactive"),
    ("依申请事项办理时限压缩比达到80%。", "80%", "func.time_cut"),
    ("行政许可事项办理时限压缩至3个工作日。", "3个工作日", None),
    # 对N份X、M份Y进行了Z: what was done comes after the things counted
    ("对全县41份重要文件、12份重要合同进行了合法性审查。", "41份", "dec.legality_review"),
    ("对全县41份重要文件、12份重要合同进行了合法性审查。", "12份", "dec.contract_reviews"),
    # 新公布N件…并废止M件: each figure its own verb
    ("新公布2件政府规章并废止4件。", "2件", "rule.gov_rules"),
    ("新公布2件政府规章并废止4件。", "4件", "rule.cleanup_rules"),
    # 政府本级 after the whole is a part; alone, it is what the report states
    ("全市受理行政复议案件430件。市政府本级受理行政复议案件142件。", "142件", None),
    ("省政府本级依申请公开155件，答复率100%。", "155件", "open.requests"),
    # the time left after a cut is no cut; staff study is no government study session
    ("由原来串联办理审批时间240多天,缩短到并联办理审批时间92天。", "92天", None),
    ("组织干部职工学法4次。", "4次", None),
    # the party's study group alone, or with the government's meetings in one count, is no government
    # study session; 法制审核案件 are 执法决定
    ("县委理论学习中心组学法7次。", "7次", None),
    ("全年召开镇党委会、镇长办公室会议、理论学习中心组年度学法8次。", "8次", None),
    ("完成重大法制审核案件36件。", "36件", None),
    # the replies are another count than the requests received
    ("全年受理政府信息公开申请95件，答复政府信息公开申请98件。", "95件", "open.requests"),
    ("全年受理政府信息公开申请95件，答复政府信息公开申请98件。", "98件", None),
]


@pytest.mark.parametrize(("sentence", "figure", "want"), INSERTED,
                         ids=[f"{n}-{c[1]}" for n, c in enumerate(INSERTED)])
def test_wording_with_words_inside(sentence, figure, want):
    assert _id_of(sentence, figure) == want


PENDING = [
    ("针对上级交办的23件行政争议化解案件，逐案制定化解方案。", "23件", None),
    ("对市政府转办的信访事项12件全部办结。", "12件", None),
    ("2024年在复议受理前协商化解案件21件。", "21件", None),
    ("行政复议受理前化解行政争议9件。", "9件", None),
    ("2个项目被推荐参与全国法治政府建设示范项目申报。", "2个", None),
    ("3个项目入围省级法治政府建设示范项目候选名单。", "3个", None),
    ("2024年计划制定政府规章3部。", "3部", None),
    ("拟提请市人大常委会审议地方性法规草案2件。", "2件", None),
    ("全年总共需办理行政复议案件66件。", "66件", None),
    ("年底需化解行政争议案件15件。", "15件", None),
    ("尚未化解的行政争议4件，已逐案明确责任单位。", "4件", None),
    # not pending: 拟 inside the phrase, 接待, a hotline's 交办件, the plain quantities
    ("对拟出台的重大行政决策事项开展合法性审查15件。", "15件", "dec.legality_review"),
    ("法律援助中心接待办理法律援助案件120件。", "120件", "law.legal_aid_cases"),
    ("办理12345热线交办的群众诉求3200件。", "3200件", "disp.hotline_cases"),
    ("全年受理8890诉求2135件，办结率100%。", "2135件", "disp.hotline_cases"),
    ("全年受理行政复议案件80件，化解行政争议31件。", "80件", "recon.accepted"),
    ("全年受理行政复议案件80件，化解行政争议31件。", "31件", "disp.prelitigation_resolved"),
    # a figure in brackets after a category counts that category only: a part, no id
    ("公安交警处罚类行政复议案件增幅超3倍(新收1250件)。", "1250件", None),
    ("各类行政复议案件持续增加(新收1250件)。", "1250件", "recon.applications"),
    # 市本级 is the city's own level: a part of the 全市 total
    ("市本级新收行政复议申请1230件，同比增长12%。", "1230件", None),
    ("市本级新收行政复议申请1230件，全市新收行政复议申请4360件。", "4360件", "recon.applications"),
]


@pytest.mark.parametrize(("sentence", "figure", "want"), PENDING,
                         ids=[f"{n}-{c[1]}" for n, c in enumerate(PENDING)])
def test_not_yet_the_quantity(sentence, figure, want):
    assert _id_of(sentence, figure) == want


def test_from_to_pair_shares_the_id():
    text = "行政复议纠错率由2022年的9.1%上升至2023年的12.6%。"
    assert [cid for _, cid in _tag_all(text)] == ["recon.correction_rate"] * 2


def test_section_title_gives_the_topic():
    text = "一、行政复议工作情况\n全年依法受理案件320件，审结305件。\n"
    assert [cid for _, cid in _tag_all(text)] == ["recon.accepted", "recon.concluded"]


# The sentences before the figure's own in its paragraph give the topic when its sentence names none
# (a bare 审结/调解 after the 复议 sentence); a sentence that names 行政争议 makes 化解 a dispute's.
PARAGRAPH = [
    ("全年共收到行政复议申请96件，受理88件。现已审结80件，其中纠错9件，调解21件。", "80件", "recon.concluded"),
    ("全年共收到行政复议申请96件，受理88件。现已审结80件，其中纠错9件，调解21件。", "21件", "recon.mediated"),
    ("全年共收到行政复议申请96件。\n全市法院受理各类案件15.6万件，审结14.8万件。", "14.8万件", None),
    ("全年受理一审行政诉讼案件120件。审结110件。", "110件", None),
    ("针对上级交办的行政争议，通过复议专报、调解等方式开展化解工作，目前已化解9件，化解率达60%。",
     "9件", "disp.prelitigation_resolved"),
    ("针对上级交办的行政争议，通过复议专报、调解等方式开展化解工作，目前已化解9件，化解率达60%。",
     "60%", "disp.resolution_rate"),
    ("以调解、和解等方式结案170件，复议案件综合化解率达到42%。", "42%", None),
    ("排查化解矛盾纠纷及行政争议520件，化解率98%。", "98%", None),
    # a 复议 paragraph that names 行政争议 once in passing still speaks of 复议
    ("全县共受理行政复议案件9起，全部审结。行政复议化解行政争议的主渠道作用初步显现。作出撤销、确认违法"
     "等直接纠错决定5件，纠错率达55.6%。", "55.6%", "recon.correction_rate"),
]


@pytest.mark.parametrize(("sentence", "figure", "want"), PARAGRAPH,
                         ids=[f"{n}-{c[1]}" for n, c in enumerate(PARAGRAPH)])
def test_paragraph_topic(sentence, figure, want):
    assert _id_of(sentence, figure) == want


def test_genre_gives_the_topic():
    s = "本年度共受理案件88件。"
    start = s.index("88件")
    assert canonical_for(s, start, start + 3, "count", "件") is None
    assert canonical_for(s, start, start + 3, "count", "件",
                         genre="reconsideration_report") == "recon.accepted"


def test_traditional_script_and_full_width():
    assert _id_of("收到行政復議申請１２０件。", "１２０件") == "recon.applications"


@pytest.mark.parametrize(("row", "column", "want"), [
    ("规章", "本年新制作数量", "rule.gov_rules"),
    ("规章", "本年制发件数", "rule.gov_rules"),
    ("规章", "本年废止件数", "rule.cleanup_rules"),
    ("行政规范性文件", "本年废止件数", "rule.cleanup_normative"),
    ("规范性文件", "本年新制作数量", None),
    ("规章", "现行有效件数", None),
    ("一、本年新收政府信息公开申请数量", "总计", "open.requests"),
    ("一、本年新收政府信息公开申请数量", "自然人", None),
    ("行政处罚", "本年处理决定数量", "enf.penalty_cases"),
    ("行政许可", "本年处理决定数量", None),
])
def test_table_cells(row, column, want):
    s = "规章 | 0 | 0 | 0"
    assert canonical_for(s, 5, 6, "count", "", table=TableCell(row, column)) == want


def test_kinds_without_ids():
    s = "投入资金1.2亿元，纠错率上升1.5个百分点，新增绿地12公顷。"
    for fig, kind, unit in (("1.2亿元", "money", "元"), ("1.5个百分点", "change_pp", "个百分点"),
                            ("12公顷", "other", "公顷")):
        i = s.index(fig)
        assert canonical_for(s, i, i + len(fig), kind, unit) is None


def test_growth_flag_wins():
    s = "出庭应诉率98%。"
    i = s.index("98%")
    assert canonical_for(s, i, i + 3, "percent", "%") == "lit.head_appearance_rate"
    assert canonical_for(s, i, i + 3, "percent", "%", growth=True) is None


def test_loaded_once():
    assert catalogue_data.load() is catalogue_data.load()


@pytest.mark.skipif(not catalogue_eval.gold_pairs(), reason="no shared/eval gold files")
def test_gold_files_floor():
    total = [0, 0, 0]
    for g, t in catalogue_eval.gold_pairs():
        counts = catalogue_eval.score_file(g, t)
        total = [a + b for a, b in zip(total, counts, strict=True)]
        p, _, f = catalogue_eval.prf(*counts)
        assert p >= 0.95 and (counts[2] < 5 or f >= 0.90), (g.name, counts)
    p, _, f = catalogue_eval.prf(*total)
    assert p >= 0.95 and f >= 0.90, total


def test_a_list_of_parts_after_a_paragraph_ending_in_qizhong():
    s = ("一、基本情况\n全市新收行政复议申请980件,受理行政复议案件900件。其中:\n"
         "1.市政府新收行政复议申请120件,受理110件。\n2.各县区共收到行政复议申请860件,受理790件。\n"
         "二、主要做法\n全年新收行政复议申请比上年多,共新收行政复议申请980件。")
    tagger = Tagger(s)
    ids = {}
    floor = 0
    for fig in ("980件", "900件", "120件", "110件", "860件", "790件", "980件#2"):
        text, _, n = fig.partition("#")
        at = -1
        for _ in range(int(n or 1)):
            at = s.index(text, at + 1)
        ids[fig] = tagger(at, at + len(text), "count", "件", floor=floor)
        floor = at + len(text)
    assert ids == {"980件": "recon.applications", "900件": "recon.accepted", "120件": None, "110件": None,
                   "860件": None, "790件": None, "980件#2": "recon.applications"}


def test_a_part_that_states_its_share_of_the_whole_repeats_no_id():
    s = ("全年共收到行政复议申请5100件,其中依法受理4200件,占收案总数的82.4%。\n(二)复议机关收案情况\n"
         "市政府收到复议申请980件,占收到申请总数的19.2%;区政府共收到复议申请1320件,占25.9%。"
         "作出纠错决定的160件,纠错为3.8%。")
    tagger, floor, ids = Tagger(s), 0, []
    for fig, kind, unit in (("5100件", "count", "件"), ("4200件", "count", "件"), ("82.4%", "percent", "%"),
                            ("980件", "count", "件"), ("1320件", "count", "件"), ("3.8%", "percent", "%")):
        at = s.index(fig)
        ids.append(tagger(at, at + len(fig), kind, unit, floor=floor))
        floor = at + len(fig)
    assert ids == ["recon.applications", "recon.accepted", None, None, None, "recon.correction_rate"]


def test_a_nianbao_s_reconsideration_and_lawsuits_are_about_disclosure_alone() -> None:
    sentence = "本年度收到依申请公开件30件,新发生行政诉讼案件1件,受理行政复议申请2件。"
    s = shadow(sentence)
    ids = {}
    for genre in (None, "info_disclosure_report"):
        tagger = Tagger(s, genre)
        for fig in ("1件", "2件"):
            at = sentence.index(fig)
            ids[(genre, fig)] = tagger(at, at + len(fig), "count", "件")
    assert ids[(None, "1件")] == "lit.first_instance_cases" and ids[(None, "2件")] == "recon.accepted"
    assert ids[("info_disclosure_report", "1件")] is None and ids[("info_disclosure_report", "2件")] is None
