"""The printed summary's content, built from a Report without Qt.

One Summary feeds every output: the print preview, the PDF, the Word file and
`lawgov-gui summary`. It holds the header, a digest per section (its headline and
key indicators), the 存在的主要问题 and 下步工作打算 points, and the footer.

A very long report gets a summary of bounded size: at most MAX_DIGESTS section
digests, MAX_POINTS points per list, MAX_TABLE_ROWS rows in the table of all
figures and MAX_TEXT_CHARS characters of full text; `Summary.left_out` counts
what was left out and `LeftOut.note` says so in Chinese where it was cut.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..model import ChangeType, Direction, Indicator, Kind, Report, Role, Section

_QUALIFYING = (ChangeType.YOY, ChangeType.VS)  # changes shown on the row of the figure they qualify

_PROBLEMS = re.compile(r"问题|不足|差距")
_PLANS = re.compile(r"下步|下一步|打算|计划|思路|安排")
_POINT_SPLIT = re.compile(r"[；;]|(?<=[。])")
_LEAD_IN = re.compile(r"^.*?(?:主要表现在|表现为|主要是|具体如下|如下)[:：]")
KEY_PER_SECTION = 6
MAX_DIGESTS = 120  # about 40 pages of 公文
MAX_POINTS = 40
MAX_TABLE_ROWS = 1000
MAX_TEXT_CHARS = 100_000
MAX_CHART_RATES = 30  # rows of the rates chart: 520 pt, under a page (a taller picture stops Qt laying out)
MAX_CHART_PAIRS = 12  # pairs of the changes chart: 540 pt, under a Letter page


class Part(enum.Enum):
    """The parts of the summary a long report may have cut."""

    SECTIONS = "sections"
    TABLE = "table"
    PROBLEMS = "problems"
    PLANS = "plans"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class LeftOut:
    """How much of a long report each part of its summary leaves out."""

    sections: int = 0  # section digests
    figures: int = 0  # rows of the table of all figures
    problems: int = 0  # points
    plans: int = 0
    chars: int = 0  # characters of the full text

    def note(self, part: Part) -> str:
        """The Chinese note to print where `part` was cut, or "" when nothing was."""
        if part is Part.SECTIONS and self.sections:
            return (f"（报告较长，摘要只列出前 {MAX_DIGESTS} 个章节，"
                    f"另有 {self.sections} 个章节未列出。）")
        if part is Part.TABLE and self.figures:
            return f"（报告较长，另有 {self.figures} 项指标未列入此表。）"
        points = {Part.PROBLEMS: self.problems, Part.PLANS: self.plans}.get(part, 0)
        if points:
            return f"（只列出前 {MAX_POINTS} 条，另有 {points} 条未列出。）"
        if part is Part.TEXT and self.chars:
            rest = f"约 {self.chars / 10_000:.0f} 万" if self.chars >= 10_000 else f" {self.chars} "
            return f"（全文较长，此处只附前 {MAX_TEXT_CHARS // 10_000} 万字，另有{rest}字未附。）"
        return ""


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """One row of a section's key-indicator table."""

    subject: str
    value: str  # value with unit and qualifier, as written: 2.2万余件
    relation: str  # 同比增长82.37% / 21.56%→13.21% / ""
    indicator: str  # its id


@dataclass(frozen=True, slots=True)
class SectionDigest:
    """A section's headline, its key figures and all of its figures."""

    id: str
    level: int
    heading: str  # marker + title
    figures: list[KeyFigure]  # the key ones, at most KEY_PER_SECTION
    all_figures: list[KeyFigure]


@dataclass(slots=True)
class Summary:
    """Everything the printed summary shows, in order."""

    title: str
    title_inferred: bool
    issuer: str
    year: str
    published: str
    sections: list[SectionDigest]
    problems: list[str]
    plans: list[str]
    problems_heading: str
    plans_heading: str
    source_name: str
    sha256: str
    made: str
    indicators: list[Indicator] = field(default_factory=list)
    text: str = ""
    left_out: LeftOut = field(default_factory=LeftOut)


def chart_items(items: list, limit: int) -> tuple[list, str]:
    """The first `limit` items a chart of the summary draws, and the caption's note."""
    more = len(items) - limit
    note = f"（报告较长，只画出前 {limit} 项，另有 {more} 项未画出）" if more > 0 else ""
    return items[:limit], note


def relation_phrase(ind: Indicator, lookup: dict[str, Indicator]) -> str:
    """同比增长82.37% · 21.56%→13.21% · 低于去年全国均值6.88个百分点 · or ""."""
    ch = ind.change
    if ch is None:
        return ""
    word = {Direction.UP: "增长", Direction.DOWN: "下降"}.get(ch.direction, "变化")
    if ch.type == ChangeType.YOY:
        return f"同比{word}{ind.text}"
    if ch.type == ChangeType.VS:
        return f"{'高于' if ch.direction == Direction.UP else '低于'}{ch.baseline or ''}{ind.text}"
    other = lookup.get(ch.of or "")
    if other is None:
        return ""
    first, second = (ind, other) if ch.role == Role.BEFORE else (other, ind)
    return f"{first.text}→{second.text}"


def _key_figures(inds: list[Indicator], lookup: dict[str, Indicator]) -> list[KeyFigure]:
    """The section's figures, a change folded into the figure it qualifies."""
    rows: list[KeyFigure] = []
    qualifying: dict[str, list[Indicator]] = defaultdict(list)  # id -> its yoy/vs changes
    for i in inds:
        if i.change and i.change.type in _QUALIFYING and i.change.of:
            qualifying[i.change.of].append(i)
    for ind in inds:
        ch = ind.change
        if ch and ch.type in _QUALIFYING and ch.of in lookup:
            continue  # shown on the row of the figure it qualifies
        if ch and ch.type == ChangeType.FROM_TO and ch.role == Role.BEFORE:
            continue  # shown on the row of the "after" figure
        relation = relation_phrase(ind, lookup)
        if ind.id in qualifying:
            relation = "；".join(relation_phrase(c, lookup) for c in qualifying[ind.id])
        rows.append(KeyFigure(ind.subject or "—", _as_written(ind), relation, ind.id))
    return rows


def _weight(row: KeyFigure, lookup: dict[str, Indicator]) -> float:
    """How much a figure says: a stated change first, then rates, then big counts."""
    ind = lookup[row.indicator]
    return (3 if row.relation else 0) + (2 if ind.kind == Kind.PERCENT else 0) + min(
        ind.value, 1e12) / 1e13 + (1 if ind.kind in (Kind.COUNT, Kind.MONEY) and ind.value >= 1000 else 0)


def _pick_key(rows: list[KeyFigure], lookup: dict[str, Indicator]) -> list[KeyFigure]:
    """The KEY_PER_SECTION weightiest rows, kept in report order."""
    if len(rows) <= KEY_PER_SECTION:
        return rows
    ranked = sorted(range(len(rows)), key=lambda n: _weight(rows[n], lookup), reverse=True)
    keep = set(ranked[:KEY_PER_SECTION])
    return [row for n, row in enumerate(rows) if n in keep]


def _as_written(ind: Indicator) -> str:
    return f"{ind.qualifier}{ind.text}" if ind.qualifier and ind.qualifier not in ind.text \
        else ind.text


def _points(report: Report, section: Section) -> list[str]:
    """A section's points: its sub-headings, or its sentences/clauses."""
    if section.children:
        return [c.title for c in section.children]
    body = report.text[section.heading_end:section.end].strip()
    body = _LEAD_IN.sub("", body, count=1)
    return [p.strip(" 。；;") for p in _POINT_SPLIT.split(body) if len(p.strip(" 。；;")) >= 4]


def _find(report: Report, pattern: re.Pattern) -> Section | None:
    return next((s for s in report.sections if pattern.search(s.title)), None)


def build_summary(report: Report, include: set[str] | None = None,
                  today: dt.date | None = None) -> Summary:
    """The summary of `report`.

    Args:
        report: the report.
        include: ids of the sections to digest (None: all of them).
        today: the date the summary is made (default: today).
    """
    lookup = {i.id: i for i in report.indicators}
    problems, plans = _find(report, _PROBLEMS), _find(report, _PLANS)
    digests, left = _digests(report, include, [s for s in (problems, plans) if s is not None],
                             lookup)
    problem_points = _points(report, problems) if problems else []
    plan_points = _points(report, plans) if plans else []
    text = _cut_text(report.text)
    left_out = LeftOut(sections=left[0], figures=left[1],
                       problems=max(0, len(problem_points) - MAX_POINTS),
                       plans=max(0, len(plan_points) - MAX_POINTS),
                       chars=len(report.text) - len(text))
    m = report.meta
    return Summary(
        title=m.title or Path(report.source.path).stem, title_inferred=m.title_inferred,
        issuer=m.issuer or "未知", year=f"{m.year}年" if m.year else "未知",
        published=m.published or "未知", sections=digests,
        problems=problem_points[:MAX_POINTS], plans=plan_points[:MAX_POINTS],
        problems_heading=f"{problems.marker}{problems.title}" if problems else "存在的主要问题",
        plans_heading=f"{plans.marker}{plans.title}" if plans else "下步工作打算",
        source_name=Path(report.source.path).name, sha256=report.source.sha256,
        made=(today or dt.date.today()).isoformat(), indicators=list(report.indicators),
        text=text, left_out=left_out)


def _digests(report: Report, include: set[str] | None, listed: list[Section],
             lookup: dict[str, Indicator]) -> tuple[list[SectionDigest], tuple[int, int]]:
    """The digests (at most MAX_DIGESTS, MAX_TABLE_ROWS figures in all) and
    (sections, figures) left out."""
    by_section: dict[str | None, list[Indicator]] = defaultdict(list)
    for ind in report.indicators:
        by_section[ind.section].append(ind)
    digests: list[SectionDigest] = []
    sections_out = figures_out = 0
    rows_left = MAX_TABLE_ROWS
    for s in report.iter_sections():
        if include is not None and s.id not in include:
            continue
        if any(s.id == x.id or s.id.startswith(x.id + ".") for x in listed):
            continue  # shown as a list of points
        if len(digests) == MAX_DIGESTS:
            sections_out += 1
            figures_out += len(by_section[s.id])
            continue
        rows = _key_figures(by_section[s.id], lookup)
        figures_out += max(0, len(rows) - rows_left)
        kept = rows[:rows_left]
        rows_left -= len(kept)
        digests.append(SectionDigest(s.id, s.level, f"{s.marker}{s.title}",
                                     _pick_key(rows, lookup), kept))
    return digests, (sections_out, figures_out)


def _cut_text(text: str) -> str:
    """`text`, or its first MAX_TEXT_CHARS characters up to the end of a line."""
    if len(text) <= MAX_TEXT_CHARS:
        return text
    end = text.rfind("\n", 0, MAX_TEXT_CHARS)
    return text[:end if end > 0 else MAX_TEXT_CHARS]
