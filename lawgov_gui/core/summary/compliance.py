"""The 核查 box: does the report have the parts the 2019 《法治政府建设与责任落实督察工作规定》
asks of an annual report, and was it made public by 1 April of the following year?

Each part is looked for as a heading first (a top-level heading before a deeper one), then as
wording in the text; the check says where it was found. The date check compares the
publication date (or, when that is all the report states, the signature date) with 1 April
of the year after the one reported on; without a date or a year it says it could not check.
The box reads headings and wording only, not whether the content is adequate; its note says so.
A report of another genre (政府信息公开年度报告, 行政复议…) is not checked against these rules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Genre, Meta, Report, Section
from .digest import Check, Compliance, Verdict
from .wording import cn_date, full_width, short_title

RULES = "《法治政府建设与责任落实督察工作规定》（2019年）"
ON_TIME = "按时公开（次年4月1日前）"
_NOTE = f"据{RULES}核查，只看本文件的标题和字样，不评判内容是否充分。"
_OTHER_GENRE = f"本文是{{genre}}，不是法治政府建设年度报告，未按{RULES}核查。"
_GENRE_NAMES = {Genre.INFO_DISCLOSURE_REPORT: "政府信息公开年度报告", Genre.GOV_WORK_REPORT: "政府工作报告",
                Genre.RECONSIDERATION_REPORT: "行政复议工作报告", Genre.NEWS: "新闻报道"}


@dataclass(frozen=True, slots=True)
class _Part:
    name: str
    top: tuple[re.Pattern[str], ...]  # a top-level heading that holds the part, the surest first
    deeper: re.Pattern[str]    # a deeper heading that does
    wording: tuple[re.Pattern[str], ...]  # wordings that state it, the surest first
    outside_plans: bool = False  # look for the wording outside the plans (it is a report of what was done)


PROBLEM_HEADINGS = (re.compile(r"存在.{0,6}(?:问题|不足)|问题和不足|不足和|差距和|^(?:主要)?(?:问题|不足)"),
                    re.compile(r"问题|不足|差距|短板"))
PLAN_HEADINGS = (re.compile(r"下步|下一步|下一年|明年|打算|展望|\d{4}年.{0,6}(?:安排|计划|思路)"),
                 re.compile(r"计划|思路|安排"))
PARTS = (
    _Part("主要举措和成效", (re.compile(r"举措|成效|做法|成绩|进展|工作情况|建设情况|开展情况|推进情况|总体情况|工作回顾"),),
          re.compile(r"主要举措|主要成效|主要做法"), (re.compile(r"主要举措|主要做法"), re.compile(r"取得.{0,6}成效|工作成效"))),
    _Part("存在的不足和原因", PROBLEM_HEADINGS, re.compile(r"存在.{0,6}(?:问题|不足)|问题和不足|不足和|差距和"),
          (re.compile(r"存在的(?:主要)?(?:问题|不足)|不足之处|差距和不足|问题和不足"),)),
    _Part("党政主要负责人履行第一责任人职责情况", (re.compile(r"第一责任人|主要负责人"),),
          re.compile(r"第一责任人|主要负责人"),
          (re.compile(r"第一责任人职责"), re.compile(r"主要负责人.{0,15}(?:履行|职责|述法)")),
          outside_plans=True),
    _Part("下一年度工作安排", PLAN_HEADINGS, re.compile(r"下一步|下步|下一年|明年|工作打算|工作计划"),
          (re.compile(r"下一步|下步|下一年度"), re.compile(r"明年|\d{4}年(?:将|要)"))),
)
_PLANS = PARTS[3]
_CAUSE = re.compile(r"原因")
_PLACE = 12  # characters of the title that says where a wording was found


def compliance(report: Report) -> Compliance:
    """The 核查 box of `report`."""
    genre = report.meta.genre
    if genre in _GENRE_NAMES:
        return Compliance((), _OTHER_GENRE.format(genre=_GENRE_NAMES[genre]))
    checks = (*(_part_check(report, part) for part in PARTS), on_time(report.meta))
    lead = "" if genre == Genre.FAZHI_REPORT else "未能确定文种，按法治政府建设年度报告核查。"
    return Compliance(checks, lead + _NOTE)


def _heading(report: Report, part: _Part) -> Section | None:
    """The first top-level heading that holds `part`, else the first deeper one."""
    return top_section(report, part.top) or next(
        (s for s in report.iter_sections() if s.level > 1 and part.deeper.search(s.title)), None)


def top_section(report: Report, patterns: tuple[re.Pattern[str], ...]) -> Section | None:
    """The first top-level section whose title the surest of `patterns` matches."""
    for pattern in patterns:
        found = next((s for s in report.sections if pattern.search(s.title)), None)
        if found is not None:
            return found
    return None


def _where(report: Report, pos: int) -> Section | None:
    """The innermost section holding text[pos]."""
    holding = [s for s in report.iter_sections() if s.start <= pos < s.end]
    return holding[-1] if holding else None


def _part_check(report: Report, part: _Part) -> Check:
    section = _heading(report, part)
    if section is not None:
        detail = f"见“{full_width(section.marker + section.title)}”"
        if part is PARTS[1] and not _CAUSE.search(report.text, section.start, section.end):
            detail += "，未见“原因”字样"
        return Check(part.name, Verdict.PRESENT, detail)
    plans = _heading(report, _PLANS) if part.outside_plans else None
    for wording in part.wording:
        for m in wording.finditer(report.text):
            if plans is None or not plans.start <= m.start() < plans.end:
                return Check(part.name, Verdict.PRESENT, _wording_detail(report, m))
    return Check(part.name, Verdict.MISSING, "未找到相应标题或表述")


def _wording_detail(report: Report, m: re.Match[str]) -> str:
    """无专门标题；（一）党的领导全面加强中有“第一责任人职责”: where the wording is."""
    where = _where(report, m.start())
    if where is None:
        return f"无专门标题；正文中有“{full_width(m.group())}”"
    title = short_title(where.title, _PLACE)
    place = full_width(where.marker) + (title if len(title) <= _PLACE else title[:_PLACE - 2] + "…")
    return f"无专门标题；{place}中有“{full_width(m.group())}”"


def on_time(meta: Meta) -> Check:
    """Whether the report was made public before 1 April of the year after the one reported on."""
    if meta.year is None:
        return Check(ON_TIME, Verdict.UNKNOWN, "报告未写明所报年度，无法核查")
    which = "落款日期" if meta.published and meta.published == meta.signed else "发布日期"
    try:
        day = dt.date.fromisoformat(meta.published or "")
    except ValueError:
        return Check(ON_TIME, Verdict.UNKNOWN, "报告未写明发布日期或落款日期，无法核查")
    deadline = dt.date(meta.year + 1, 4, 1)
    stated = f"{which}{cn_date(meta.published)}"
    if day < deadline:
        return Check(ON_TIME, Verdict.PRESENT, f"{stated}，在{cn_date(deadline.isoformat())}前")
    return Check(ON_TIME, Verdict.MISSING, f"{stated}，未在{cn_date(deadline.isoformat())}前")
