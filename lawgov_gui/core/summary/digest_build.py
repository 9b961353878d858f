"""The digest (要点摘编) of a report: page 1 of its summary, built from the report model.

An overview sentence (who, which year, the report's parts, how many figures); one sentence
per achievement section (`headline`); the firsts and highlights (`highlights`); the
problems and the plans, one short line each (`wording.gist`); the source. Every part is
bounded, and the sentences share what the other parts leave of MAX_CHARS, so that the
digest, the title and the 核查 box fit one A4 page in the compact layout.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from ..model import Genre, Indicator, Report, Section
from .digest import Digest, DigestLine
from .headline import MAX_SENTENCE, headline
from .highlights import highlights
from .wording import clauses, cn_date, cn_number, full_width, gist, short_title

MAX_CHARS = 1100      # the whole digest, about: with the title and the 核查 box one compact A4 page
MAX_LINES = 8
_MIN_SENTENCE = 40    # characters a section's sentence may always have, however full the page
_HEADING = 20         # characters of a line's heading, about
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
    rest = (overview(report), highlights(report.text, spans), _gists(problems), _gists(plans),
            source(report))
    used = len(rest[0]) + sum(len(p) + 1 for part in rest[1:4] for p in part) + len(rest[4])
    share = (MAX_CHARS - used) // max(1, min(len(units), MAX_LINES)) - _HEADING
    limit = max(_MIN_SENTENCE, min(MAX_SENTENCE, share))
    return Digest(rest[0], _lines(report, units, limit), *rest[1:])


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


def _lines(report: Report, units: list[Section], limit: int) -> tuple[DigestLine, ...]:
    """One line per unit (at most MAX_LINES: those that quote figures first), in report order,
    each sentence at most `limit` characters."""
    if not units:
        sentence, ids = headline(report, list(report.indicators), limit)
        return (DigestLine("", "主要情况", sentence, ids),) if sentence else ()
    lines = [_line(report, s, limit) for s in units]
    lines = [line for line in lines if line is not None]
    keep = sorted(lines, key=lambda line: not line.figures)[:MAX_LINES]
    return tuple(line for line in lines if line in keep)


def _line(report: Report, section: Section, limit: int) -> DigestLine | None:
    """A unit's line: its headline figures, else its subsections' titles, else its opening;
    None when there is nothing to say that its heading does not already say."""
    title = short_title(section.title)
    sentence, ids = headline(report, _in(report, section), limit)
    if not sentence:
        sentence = _titles(section) or _opening(report, section)
    if not sentence or _bare(sentence) in _bare(full_width(section.title)):
        return None
    return DigestLine(section.id, full_width(section.marker) + title, sentence, ids)


def _bare(text: str) -> str:
    """Text without its marks and list markers, to compare a sentence with a heading."""
    return re.sub(r"[\W\d_]+", "", text)


def _titles(section: Section) -> str:
    """The titles of a section's subsections, joined, as long as they fit _OPENING characters."""
    out = ""
    for child in section.children:
        part = short_title(child.title)
        if len(out) + len(part) + 1 > _OPENING:
            break
        out = f"{out}；{part}" if out else part
    return out


def _opening(report: Report, section: Section) -> str:
    """The first whole clauses of a section's body (at most _OPENING characters), for a
    section that states no figure; "" when the text is cut before its first sentence ends."""
    body = report.text[section.heading_end:section.end]
    end = max(body.rfind(c, 0, _OPENING * 3) for c in "。；;")
    out = ""
    for part in clauses(body[:end]) if end > 0 else []:
        if len(out) + len(part) + 1 > _OPENING:
            break
        out = f"{out}，{part}" if out else part
    return out


def overview(report: Report) -> str:
    """One sentence: who reports on what, in which year, in which parts, stating how many figures."""
    m = report.meta
    who = "本文" if m.genre == Genre.NEWS else m.issuer or "本报告"
    verb = "报道" if m.genre == Genre.NEWS else "报告" if m.issuer else "介绍"
    year = f"{m.year}年" if m.year else ""
    sentence = f"{who}{verb}{year}{_WHAT.get(m.genre, '有关情况')}" + _parts(report)
    count = len(report.indicators)
    return sentence + (f"，文中列出数据{count}项。" if count else "，文中未列出具体数据。")


def _parts(report: Report) -> str:
    """，分“A”“B”两部分 · ，内容为“A” · ，共七部分 · "" (no parts)."""
    parts = [full_width(s.title).strip("。") for s in report.sections]
    if not parts:
        return ""
    if len(parts) > _LISTED_PARTS or any(len(p) > _PART_CHARS for p in parts):
        return f"，共{cn_number(len(parts))}部分"
    listed = "".join(f"“{p}”" for p in parts)
    return f"，内容为{listed}" if len(parts) == 1 else f"，分{listed}{cn_number(len(parts))}部分"


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
