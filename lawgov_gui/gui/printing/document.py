"""Lay the printed summary out as a QTextDocument, in 公文 (GB/T 9704) or compact style.

Page 1 is the digest: the title and info line, 要点摘编 (the overview, a paragraph
per section with its heading run in, the highlights, problems and plans lines,
the source) and the 核查 box. The detail starts on a new page: every section's
figures as a table (指标/数值/年份/关系), the charts, the problems and plans, the
reader's 批注 (when the report has notes), optionally the full table and text, and the footer, kept with the paragraph
before it. The wording is shared with the Word file (core/writers/briefing.py).

The same document is painted by the print preview, the printer and the PDF
writer (pages.py), so what the preview shows is what prints. Sizes, fonts and
strings come from the one layout spec (core/summary/layout.py) through
formats.py; the flow (flow.py) writes its paragraphs, tables and pictures.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from ...core.summary import KeyFigure, Part, Summary
from ...core.summary.digest import (
    COMPLIANCE_HEAD,
    COMPLIANCE_HEADING,
    DETAIL_HEADING,
    DIGEST_HEADING,
    Compliance,
    Verdict,
)
from ...core.summary.layout import (
    FULL_TABLE_HEAD,
    TABLE_HEADING,
    TEXT_HEADING,
    Layout,
    info_line,
    source_line,
)
from ...core.summary.options import Options
from ...core.writers.briefing import (
    MISSING_COLOR,
    NOTES_HEADING,
    Lead,
    caption_centres_pt,
    chart_width_pt,
    check_cells,
    digest_paragraphs,
    figure_table,
    note_groups,
)
from .flow import Flow
from .formats import (
    CENTER,
    GROUP_END,
    KEEP_TOGETHER,
    KEEP_WITH_NEXT,
    block,
    chars,
    installed,
)
from .pictures import Chart


class Builder(Flow):
    """Writes a Summary into a QTextDocument laid out in points (72 per inch).

    Args:
        summary: what to show.
        options: layout, paper and what to include.
        charts: the chart pictures, shown when the options ask for charts.
    """

    def __init__(self, summary: Summary, options: Options, charts: Sequence[Chart] = ()) -> None:
        super().__init__(options.layout)
        self.summary, self.options, self.charts = summary, options, list(charts)

    def build(self) -> QTextDocument:
        """The whole summary, in order: the digest page, then the detail."""
        self._header()
        if self._digest_page():
            self._page_heading(DETAIL_HEADING)
        for digest in self.summary.sections:
            self._section(digest.level, digest.heading, digest.figures)
        self._left_out(Part.SECTIONS)
        self._charts()
        self._points(self.summary.problems_heading, self.summary.problems, Part.PROBLEMS)
        self._points(self.summary.plans_heading, self.summary.plans, Part.PLANS)
        self._notes()
        if self.options.table:
            self._full_table()
        if self.options.full_text:
            self._full_text()
        self._footer()
        return self.doc

    def _digest_page(self) -> bool:
        """Page 1: the digest and the 核查 box, if the summary has them; whether it has."""
        digest, compliance = self.summary.digest, self.summary.compliance
        if digest is not None:
            self._heading(1, DIGEST_HEADING, 0, True)
            for paragraph in digest_paragraphs(digest):
                self._lead(paragraph)
            self._small(digest.source, "#555555", 2, 4)
        if compliance is not None:
            self._compliance(compliance)
        return digest is not None or compliance is not None

    def _lead(self, paragraph: Lead) -> None:
        """A digest paragraph: its lead in the heading font, run in, then the prose."""
        st, head = self.style, self.style.heading(2)
        self._paragraph(block(st, None, 0, 2, indent=True))
        if paragraph.lead:
            bold = head.bold or not installed(head.families)
            self.cursor.insertText(paragraph.lead, chars(head.families, st.body_pt, bold))
        self.cursor.insertText(paragraph.text, chars(st.body, st.body_pt))

    def _compliance(self, compliance: Compliance) -> None:
        """The 核查 box: a row per check (a missing part's mark in red), then the note."""
        self._heading(1, COMPLIANCE_HEADING, 6, True)
        self._mark(KEEP_TOGETHER)  # the box stays whole: on the next page if it must
        self._table(list(COMPLIANCE_HEAD), [check_cells(c) for c in compliance.checks],
                    [30, 20, 50])
        table = self.doc.rootFrame().childFrames()[-1]
        for row, check in enumerate(compliance.checks, start=1):
            if check.verdict == Verdict.MISSING:
                cell = table.cellAt(row, 1)
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastCursorPosition().position(),
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(chars(self.style.body, self.style.table_pt, True,
                                             f"#{MISSING_COLOR}"))
        self._small(compliance.note, "#555555", 2, 0)
        self._mark(GROUP_END)

    def _mark(self, rule: int) -> None:
        """Give the paragraph at the cursor the keep `rule` (formats.py)."""
        fmt = QTextBlockFormat()
        fmt.setProperty(rule, True)
        self.cursor.mergeBlockFormat(fmt)

    def _header(self) -> None:
        s, st = self.summary, self.style
        self.text(s.title, chars(st.title, st.title_pt, st.title_bold), block(st, CENTER, 0, 6))
        info = info_line(s.issuer, s.year, s.published)
        self.text(info, chars(st.body, st.table_pt, False, "#333333"), block(st, CENTER, 0, 12))

    def _section(self, level: int, heading: str, figures: list[KeyFigure]) -> None:
        """A section's heading and the table of all its figures."""
        self._heading(level, heading, 6 if level == 1 else 2, bool(figures) or level == 1)
        if figures:
            table = figure_table(self.summary)
            self._table(list(table.head), [table.cells(f) for f in figures], list(table.widths))

    def _charts(self) -> None:
        """The chart pictures, if asked for: one below the other, or side by side (compact)."""
        if not (self.options.charts and self.charts):
            return
        width = chart_width_pt(self.options, len(self.charts))
        if self.options.layout == Layout.COMPACT:
            self._picture_row(self.charts, width,
                              caption_centres_pt(self.options, len(self.charts)))
            return
        for caption, image in self.charts:
            self._picture(caption, image, width)

    def _left_out(self, part: Part) -> None:
        """Say what a long report's summary left out of `part`, if anything."""
        note = self.summary.left_out.note(part)
        if note:
            st = self.style
            self.text(note, chars(st.body, st.table_pt, False, "#555555"), block(st, None, 2, 4))

    def _points(self, title: str, points: list[str], part: Part) -> None:
        """A heading and its points as a bulleted list (problems, plans)."""
        if not points:
            return
        self._heading(1, title, 6, True)
        st = self.style
        fmt = QTextListFormat()
        fmt.setStyle(QTextListFormat.Style.ListDisc)
        fmt.setIndent(1)
        for n, point in enumerate(points):
            self.text(point, chars(st.body, st.body_pt), block(st, None, 0, 1))
            if n == 0:
                current = self.cursor.createList(fmt)
            else:
                current.add(self.cursor.block())
        self._left_out(part)

    def _notes(self) -> None:
        """批注: the reader's notes, a heading per section (nothing when there are none)."""
        groups = note_groups(self.summary.notes)
        if groups:
            self._heading(1, NOTES_HEADING, 6, True)
        for heading, paragraphs in groups:
            self._heading(2, heading, 2, True)
            for paragraph in paragraphs:
                self._lead(paragraph)

    def _appendix_heading(self, title: str, fmt: QTextBlockFormat) -> None:
        head = self.style.heading(1)
        self.text(title, chars(head.families, head.pt, True), fmt)

    def _full_table(self) -> None:
        rows = [[d.heading[:14], f.subject, f.value, f.relation]
                for d in self.summary.sections for f in d.figures]
        self._appendix_heading(TABLE_HEADING, block(self.style, None, 10, 4, keep=True))
        self._table(list(FULL_TABLE_HEAD), rows, [22, 34, 16, 28])
        self._left_out(Part.TABLE)

    def _full_text(self) -> None:
        st = self.style
        fmt = block(st, None, 10, 4)
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self._appendix_heading(TEXT_HEADING, fmt)
        for line in self.summary.text.split("\n"):
            self.text(line, chars(st.body, st.body_pt), block(st, None, 0, 0, indent=True))
        self._left_out(Part.TEXT)

    def _footer(self) -> None:
        """The source file and the date, kept on the page of the text before it."""
        st, s = self.style, self.summary
        self._mark(KEEP_WITH_NEXT)  # after a table: its last row (keep.py)
        line = source_line(s.source_name, s.made)
        fmt = QTextBlockFormat()
        fmt.setTopMargin(14)
        self.text(line, chars(st.body, st.source_pt, False, "#666666"), fmt)
