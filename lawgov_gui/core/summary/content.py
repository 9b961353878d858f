"""The printed summary's content, built from a Report without Qt.

One Summary feeds every output: the print preview, the PDF, the Word file and
`lawgov-gui summary`. It holds the header, the digest of page 1 and the 核查 box
(`digest_build`, `compliance`), the figures of each section (`key_figures`), the
存在的主要问题 and 下步工作打算 points, and the footer. Every printed heading is in
full-width punctuation (`wording.full_width`). A long report's summary is bounded
(`bounds`): `Summary.left_out` counts what was left out.
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
from .compliance import PLAN_HEADINGS, PROBLEM_HEADINGS, compliance, top_section
from .digest import Compliance, Digest
from .digest_build import build_digest
from .key_figures import KeyFigure, key_figures
from .wording import full_width

_POINT_SPLIT = re.compile(r"[；;]|(?<=[。])")
_LEAD_IN = re.compile(r"^.*?(?:主要表现在|表现为|主要是|具体如下|如下)[:：]")


@dataclass(frozen=True, slots=True)
class SectionDigest:
    """A section's heading and all of its figures, each labelled to read alone.

    Attributes:
        id: the section's id.
        level: its level (1 for 一、).
        heading: marker + title, in full-width punctuation.
        figures: every row of the section (none for a parent kept only for its heading).
    """

    id: str
    level: int
    heading: str
    figures: list[KeyFigure]


@dataclass(frozen=True, slots=True)
class NoteLine:
    """A reader's note as the summary prints it (批注): the heading of the section it is in ("" for
    the opening before the first section), the text it marks, and the words written (none for a
    highlight)."""

    heading: str
    quote: str
    text: str


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
    notes: list[NoteLine] = field(default_factory=list)


def _points(report: Report, section: Section) -> list[str]:
    """A section's points: its sub-headings, or its sentences/clauses (full-width, as printed)."""
    if section.children:
        return [full_width(c.title) for c in section.children]
    body = report.text[section.heading_end:section.end].strip()
    body = _LEAD_IN.sub("", body, count=1)
    points = (p.strip(" 。；;") for p in _POINT_SPLIT.split(body))
    return [full_width(p) for p in points if len(p) >= 4]


def build_summary(report: Report, include: set[str] | None = None,
                  today: dt.date | None = None) -> Summary:
    """The summary of `report`.

    Args:
        report: the report.
        include: ids of the sections to list (None: all of them); the headings of their
            parents are kept, so that a subsection reads under its part.
        today: the date the summary is made (default: today).
    """
    problems, plans = top_section(report, PROBLEM_HEADINGS), top_section(report, PLAN_HEADINGS)
    listed = [s for s in (problems, plans) if s is not None]
    digests, left = _digests(report, include, listed)
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
        problems_heading=heading(problems) if problems else "存在的主要问题",
        plans_heading=heading(plans) if plans else "下步工作打算",
        source_name=Path(report.source.path).name, sha256=report.source.sha256,
        made=(today or dt.date.today()).isoformat(), indicators=list(report.indicators),
        text=text, left_out=left_out,
        digest=build_digest(report, listed, problem_points, plan_points),
        compliance=compliance(report))


def heading(section: Section) -> str:
    """A section's heading as printed: marker + title, in full-width punctuation."""
    return full_width(f"{section.marker}{section.title}")


def _digests(report: Report, include: set[str] | None,
             listed: list[Section]) -> tuple[list[SectionDigest], tuple[int, int]]:
    """The digests (at most MAX_DIGESTS, MAX_TABLE_ROWS figures in all) and
    (sections, figures) left out."""
    by_section: dict[str | None, list[Indicator]] = defaultdict(list)
    for ind in report.indicators:
        by_section[ind.section].append(ind)
    parents = _parents(include)
    digests: list[SectionDigest] = []
    sections_out = figures_out = 0
    rows_left = bounds.MAX_TABLE_ROWS
    for s in report.iter_sections():
        if include is not None and s.id not in include and s.id not in parents:
            continue
        if any(s.id == x.id or s.id.startswith(x.id + ".") for x in listed):
            continue  # shown as a list of points
        if len(digests) == bounds.MAX_DIGESTS:
            sections_out += 1
            figures_out += len(by_section[s.id])
            continue
        rows = key_figures(by_section[s.id], report) if include is None or s.id in include else []
        figures_out += max(0, len(rows) - rows_left)
        kept = rows[:rows_left]
        rows_left -= len(kept)
        digests.append(SectionDigest(s.id, s.level, heading(s), kept))
    return digests, (sections_out, figures_out)


def _parents(include: set[str] | None) -> set[str]:
    """The ids of the parents of the sections in `include` ("1" for "1.5")."""
    parts = (sid.split(".") for sid in include or ())
    return {".".join(p[:n]) for p in parts for n in range(1, len(p))}


def _cut_text(text: str) -> str:
    """`text`, or its first MAX_TEXT_CHARS characters up to the end of a line."""
    if len(text) <= bounds.MAX_TEXT_CHARS:
        return text
    end = text.rfind("\n", 0, bounds.MAX_TEXT_CHARS)
    return text[:end if end > 0 else bounds.MAX_TEXT_CHARS]
