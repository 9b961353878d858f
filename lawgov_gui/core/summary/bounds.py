"""How much of a long report its summary keeps, and the notes saying what was left out.

A very long report gets a summary of bounded size: at most MAX_DIGESTS section
digests, MAX_POINTS points per list, MAX_TABLE_ROWS figures in the sections'
detail (and the table of all figures), MAX_TEXT_CHARS characters of
full text, and MAX_CHART_RATES / MAX_CHART_PAIRS items in its charts.
`Summary.left_out` (a `LeftOut`) counts what was left out and `LeftOut.note`
says so in Chinese where it was cut. The limits are read when a summary is
built, so a test may lower them on this module.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

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
    """How much of a long report each part of its summary leaves out.

    Attributes:
        sections: section digests.
        figures: figures of the sections' detail (and the table of all figures).
        problems: points of 存在的主要问题.
        plans: points of 下步工作打算.
        chars: characters of the full text.
    """

    sections: int = 0
    figures: int = 0
    problems: int = 0
    plans: int = 0
    chars: int = 0

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


def chart_items(items: list, limit: int) -> tuple[list, str]:
    """The first `limit` items a chart of the summary draws, and the caption's note."""
    more = len(items) - limit
    note = f"（报告较长，只画出前 {limit} 项，另有 {more} 项未画出）" if more > 0 else ""
    return items[:limit], note
