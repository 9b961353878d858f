"""The printed summary's content, built from a Report without Qt.

One Summary feeds every output: the print preview, the PDF, the Word file and
`lawgov-gui summary`. It holds the header, a digest per section (its headline and
key figures, `key_figures`), the 存在的主要问题 and 下步工作打算 points, and the
footer. A long report's summary is bounded (`bounds`): `Summary.left_out` counts
what was left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Indicator, Report, Section
from . import bounds
from .bounds import LeftOut
from .digest import Compliance, Digest
from .key_figures import KeyFigure, key_figures, pick_key

_PROBLEMS = re.compile(r"问题|不足|差距")
_PLANS = re.compile(r"下步|下一步|打算|计划|思路|安排")
_POINT_SPLIT = re.compile(r"[；;]|(?<=[。])")
_LEAD_IN = re.compile(r"^.*?(?:主要表现在|表现为|主要是|具体如下|如下)[:：]")


@dataclass(frozen=True, slots=True)
class SectionDigest:
    """A section's headline, its key figures and all of its figures.

    Attributes:
        id: the section's id.
        level: its level (1 for 一、).
        heading: marker + title.
        figures: the key ones, at most KEY_PER_SECTION.
        all_figures: every row, for the table of all figures.
    """

    id: str
    level: int
    heading: str
    figures: list[KeyFigure]
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
    digest: Digest | None = None
    compliance: Compliance | None = None


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
    problems, plans = _find(report, _PROBLEMS), _find(report, _PLANS)
    digests, left = _digests(report, include, [s for s in (problems, plans) if s is not None])
    problem_points = _points(report, problems) if problems else []
    plan_points = _points(report, plans) if plans else []
    text = _cut_text(report.text)
    left_out = LeftOut(sections=left[0], figures=left[1],
                       problems=max(0, len(problem_points) - bounds.MAX_POINTS),
                       plans=max(0, len(plan_points) - bounds.MAX_POINTS),
                       chars=len(report.text) - len(text))
    m = report.meta
    return Summary(
        title=m.title or Path(report.source.path).stem, title_inferred=m.title_inferred,
        issuer=m.issuer or "未知", year=f"{m.year}年" if m.year else "未知",
        published=m.published or "未知", sections=digests,
        problems=problem_points[:bounds.MAX_POINTS], plans=plan_points[:bounds.MAX_POINTS],
        problems_heading=f"{problems.marker}{problems.title}" if problems else "存在的主要问题",
        plans_heading=f"{plans.marker}{plans.title}" if plans else "下步工作打算",
        source_name=Path(report.source.path).name, sha256=report.source.sha256,
        made=(today or dt.date.today()).isoformat(), indicators=list(report.indicators),
        text=text, left_out=left_out)


def _digests(report: Report, include: set[str] | None,
             listed: list[Section]) -> tuple[list[SectionDigest], tuple[int, int]]:
    """The digests (at most MAX_DIGESTS, MAX_TABLE_ROWS figures in all) and
    (sections, figures) left out."""
    by_section: dict[str | None, list[Indicator]] = defaultdict(list)
    for ind in report.indicators:
        by_section[ind.section].append(ind)
    digests: list[SectionDigest] = []
    sections_out = figures_out = 0
    rows_left = bounds.MAX_TABLE_ROWS
    for s in report.iter_sections():
        if include is not None and s.id not in include:
            continue
        if any(s.id == x.id or s.id.startswith(x.id + ".") for x in listed):
            continue  # shown as a list of points
        if len(digests) == bounds.MAX_DIGESTS:
            sections_out += 1
            figures_out += len(by_section[s.id])
            continue
        rows = key_figures(by_section[s.id], report)
        figures_out += max(0, len(rows) - rows_left)
        kept = rows[:rows_left]
        rows_left -= len(kept)
        digests.append(SectionDigest(s.id, s.level, f"{s.marker}{s.title}",
                                     pick_key(rows, report), kept))
    return digests, (sections_out, figures_out)


def _cut_text(text: str) -> str:
    """`text`, or its first MAX_TEXT_CHARS characters up to the end of a line."""
    if len(text) <= bounds.MAX_TEXT_CHARS:
        return text
    end = text.rfind("\n", 0, bounds.MAX_TEXT_CHARS)
    return text[:end if end > 0 else bounds.MAX_TEXT_CHARS]
