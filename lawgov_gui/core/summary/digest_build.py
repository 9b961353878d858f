"""The digest (要点摘编) of a report: page 1 of its summary, built from the report model.

An overview sentence (who, which year, the report's parts, how many figures); one sentence
per achievement section (`headline`); the firsts and highlights (`highlights`); the
problems and the plans, one short line each (`wording.gist`); the source. Every part is
bounded, so that for a report like the seed the digest, the title and the 核查 box fit one
A4 page in the compact layout (about 1100 characters of digest).
"""

from __future__ import annotations

import bisect
from pathlib import Path

from ..model import Genre, Indicator, Report, Section
from .digest import Digest, DigestLine
from .headline import headline
from .highlights import highlights
from .wording import clauses, cn_date, cn_number, full_width, gist, short_title

MAX_LINES = 8
MAX_POINTS = 5
_LISTED_PARTS = 4     # a report of more parts is summed up by their number
_PART_CHARS = 16      # a part's title listed in the overview at most this long
_GIST = 40
_OPENING = 50         # characters of a section's opening quoted when it states no figure
_WHAT = {Genre.FAZHI_REPORT: "法治政府建设情况", Genre.INFO_DISCLOSURE_REPORT: "政府信息公开工作情况",
         Genre.RECONSIDERATION_REPORT: "行政复议工作情况", Genre.GOV_WORK_REPORT: "政府工作情况"}


def build_digest(report: Report, listed: list[Section], problems: list[str],
                 plans: list[str]) -> Digest:
    """The digest of `report`; `listed` are its problems and plans sections (not achievements),
    `problems` and `plans` their points."""
    units = achievement_units(report, listed)
    spans = [(s.start, s.end) for s in units] or [(0, len(report.text))]
    if listed and not units:
        spans = [(0, min(s.start for s in listed))]
    return Digest(overview(report), _lines(report, units), highlights(report.text, spans),
                  _gists(problems), _gists(plans), source(report))


def achievement_units(report: Report, listed: list[Section]) -> list[Section]:
    """The sections that get a sentence: each top-level section that is not a list of problems
    or plans, or, when it has subsections, each of those."""
    units: list[Section] = []
    for top in report.sections:
        if any(top.id == s.id or top.id.startswith(s.id + ".") for s in listed):
            continue
        units.extend(top.children or [top])
    return units


def _in(report: Report, section: Section) -> list[Indicator]:
    """The figures stated in `section` (its subsections included)."""
    starts = report.indicator_starts()
    return report.indicators[bisect.bisect_left(starts, section.start):
                             bisect.bisect_left(starts, section.end)]


def _lines(report: Report, units: list[Section]) -> tuple[DigestLine, ...]:
    """One line per unit (at most MAX_LINES: those that quote figures first), in report order."""
    if not units:
        sentence, ids = headline(report, list(report.indicators))
        return (DigestLine("", "主要情况", sentence, ids),) if sentence else ()
    lines = []
    for s in units:
        sentence, ids = headline(report, _in(report, s))
        lines.append(DigestLine(s.id, full_width(s.marker) + short_title(s.title),
                                sentence or _opening(report, s), ids))
    lines = [line for line in lines if line.sentence]
    keep = sorted(lines, key=lambda line: not line.figures)[:MAX_LINES]
    return tuple(line for line in lines if line in keep)


def _opening(report: Report, section: Section) -> str:
    """The first whole clauses of a section's body (at most _OPENING characters), for a
    section that states no figure; "" when the text is cut before its first clause ends."""
    body = report.text[section.heading_end:section.end]
    end = max(body.rfind(c, 0, _OPENING * 3) for c in "。；;")
    parts, out = clauses(body[:end]) if end > 0 else [], ""
    for part in parts:
        if len(out) + len(part) + 1 > _OPENING:
            break
        out = f"{out}，{part}" if out else part
    return out


def overview(report: Report) -> str:
    """One sentence: who reports on what, in which year, in how many parts, stating how many figures."""
    m = report.meta
    who = m.issuer or "本报告"
    what = _WHAT.get(m.genre) or (full_width(m.title) if m.title else "有关情况")
    year = f"{m.year}年" if m.year else ""
    parts = [full_width(s.title).strip("。") for s in report.sections]
    sentence = f"{who}报告{year}{what}"
    if parts:
        listed = "".join(f"“{p}”" for p in parts)
        short = len(parts) <= _LISTED_PARTS and all(len(p) <= _PART_CHARS for p in parts)
        sentence += f"，分{listed}{cn_number(len(parts))}部分" if short else \
            f"，共{cn_number(len(parts))}部分"
    count = len(report.indicators)
    return sentence + (f"，文中列出数据{count}项。" if count else "，文中未列出具体数据。")


def source(report: Report) -> str:
    """来源：issuer, its date (published, or signed), the file it was read from."""
    m = report.meta
    date = cn_date(m.published)
    when = ("" if not date else f"，{date}落款" if m.published == m.signed else f"，{date}发布")
    return f"来源：{m.issuer or '发布机关未写明'}{when}；文件：{Path(report.source.path).name}"


def _gists(points: list[str]) -> tuple[str, ...]:
    """At most MAX_POINTS points, each one short line, none twice."""
    out: list[str] = []
    for point in points:
        line = gist(point, _GIST)
        if line and line not in out:
            out.append(line)
    return tuple(out[:MAX_POINTS])
