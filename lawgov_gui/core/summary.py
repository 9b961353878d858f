"""The printed summary's content, built from a Report without Qt.

One Summary feeds every output: the print preview, the PDF, the Word file and
`lawgov-gui summary`. It holds the header, a digest per section (its headline and
key indicators), the 存在的主要问题 and 下步工作打算 points, and the footer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .model import Indicator, Report, Section

_PROBLEMS = re.compile(r"问题|不足|差距")
_PLANS = re.compile(r"下步|下一步|打算|计划|思路|安排")
_POINT_SPLIT = re.compile(r"[；;]|(?<=[。])")
_LEAD_IN = re.compile(r"^.*?(?:主要表现在|表现为|主要是|具体如下|如下)[:：]")
KEY_PER_SECTION = 6


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


def relation_phrase(ind: Indicator, lookup: dict[str, Indicator]) -> str:
    """同比增长82.37% · 21.56%→13.21% · 低于去年全国均值6.88个百分点 · or ""."""
    ch = ind.change
    if ch is None:
        return ""
    word = {"up": "增长", "down": "下降"}.get(ch.direction or "", "变化")
    if ch.type == "yoy":
        return f"同比{word}{ind.text}"
    if ch.type == "vs":
        return f"{'高于' if ch.direction == 'up' else '低于'}{ch.baseline or ''}{ind.text}"
    other = lookup.get(ch.of or "")
    if other is None:
        return ""
    first, second = (ind, other) if ch.role == "before" else (other, ind)
    return f"{first.text}→{second.text}"


def _key_figures(inds: list[Indicator], lookup: dict[str, Indicator]) -> list[KeyFigure]:
    """The section's figures, a change folded into the figure it qualifies."""
    rows: list[KeyFigure] = []
    folded = {i.change.of for i in inds if i.change and i.change.type in ("yoy", "vs")}
    for ind in inds:
        ch = ind.change
        if ch and ch.type in ("yoy", "vs") and ch.of in lookup:
            continue  # shown on the row of the figure it qualifies
        if ch and ch.type == "from_to" and ch.role == "before":
            continue  # shown on the row of the "after" figure
        relation = relation_phrase(ind, lookup)
        if ind.id in folded:
            relation = "；".join(relation_phrase(c, lookup) for c in inds
                                if c.change and c.change.of == ind.id
                                and c.change.type in ("yoy", "vs"))
        rows.append(KeyFigure(ind.subject or "—", _as_written(ind), relation, ind.id))
    return rows


def _weight(row: KeyFigure, lookup: dict[str, Indicator]) -> float:
    """How much a figure says: a stated change first, then rates, then big counts."""
    ind = lookup[row.indicator]
    return (3 if row.relation else 0) + (2 if ind.kind == "percent" else 0) + min(
        ind.value, 1e12) / 1e13 + (1 if ind.kind in ("count", "money") and ind.value >= 1000 else 0)


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
    listed = [s for s in (problems, plans) if s is not None]
    digests = []
    for s in report.iter_sections():
        if include is not None and s.id not in include:
            continue
        if any(s.id == x.id or s.id.startswith(x.id + ".") for x in listed):
            continue  # shown as a list of points
        own = [i for i in report.indicators if i.section == s.id]
        rows = _key_figures(own, lookup)
        digests.append(SectionDigest(s.id, s.level, f"{s.marker}{s.title}",
                                     _pick_key(rows, lookup), rows))
    m = report.meta
    return Summary(
        title=m.title or Path(report.source.path).stem, title_inferred=m.title_inferred,
        issuer=m.issuer or "未知", year=f"{m.year}年" if m.year else "未知",
        published=m.published or "未知", sections=digests,
        problems=_points(report, problems) if problems else [],
        plans=_points(report, plans) if plans else [],
        problems_heading=f"{problems.marker}{problems.title}" if problems else "存在的主要问题",
        plans_heading=f"{plans.marker}{plans.title}" if plans else "下步工作打算",
        source_name=Path(report.source.path).name, sha256=report.source.sha256,
        made=(today or dt.date.today()).isoformat(), indicators=list(report.indicators),
        text=report.text)
