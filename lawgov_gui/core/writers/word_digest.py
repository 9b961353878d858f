"""Page 1 of the Word summary: the digest (要点摘编) and the 核查 box.

The same paragraphs and rows as the PDF's page 1 (`briefing`): a Heading 1, the
overview and a paragraph per digest line (its heading run in, in the heading
font), the highlights, problems and plans lines, the source, then the 核查 table
with a missing part's mark in red, and its note. The detail starts on a new page
under a centred heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..summary import Summary
from ..summary.digest import (
    COMPLIANCE_HEAD,
    COMPLIANCE_HEADING,
    DETAIL_HEADING,
    DIGEST_HEADING,
    Compliance,
    Digest,
    Verdict,
)
from ..summary.layout import LayoutSpec
from .briefing import MISSING_COLOR, Lead, check_cells, digest_paragraphs
from .tables import xml_safe
from .word_blocks import east_asian_font, grid_table, note

if TYPE_CHECKING:
    from docx.document import Document

SMALL_COLOR = "555555"


def digest_page(doc: Document, summary: Summary, lay: LayoutSpec) -> bool:
    """The digest and the 核查 box, if the summary has them; whether it has.

    When it has, the detail that follows starts on a new page under DETAIL_HEADING.
    """
    if summary.digest is not None:
        _digest(doc, summary.digest, lay)
    if summary.compliance is not None:
        _compliance(doc, summary.compliance, lay)
    if summary.digest is None and summary.compliance is None:
        return False
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    heading = doc.add_paragraph(DETAIL_HEADING, style="Heading 1")
    fmt = heading.paragraph_format
    fmt.page_break_before, fmt.first_line_indent = True, 0
    fmt.alignment, fmt.keep_with_next = WD_ALIGN_PARAGRAPH.CENTER, True
    return True


def _digest(doc: Document, digest: Digest, lay: LayoutSpec) -> None:
    """要点摘编: its heading, a paragraph per part, the source."""
    doc.add_paragraph(DIGEST_HEADING, style="Heading 1")
    for paragraph in digest_paragraphs(digest):
        lead_paragraph(doc, paragraph, lay)
    _small(doc, digest.source, lay, 2, 4)


def lead_paragraph(doc: Document, paragraph: Lead, lay: LayoutSpec) -> None:
    """A paragraph: its lead run in, in the heading font of level 2, then the prose (the
    digest's lines, and the 批注 section's quotes and notes)."""
    from docx.shared import Pt

    p = doc.add_paragraph(style="Body Text")
    p.paragraph_format.space_after = Pt(lay.spacing(2))  # none on the grid, as the PDF's
    if paragraph.lead:
        head = lay.heading(2)
        run = p.add_run(xml_safe(paragraph.lead))
        east_asian_font(run, head.families[0])
        run.bold = head.bold or None
    p.add_run(xml_safe(paragraph.text))


def _compliance(doc: Document, compliance: Compliance, lay: LayoutSpec) -> None:
    """核查: a row per check, a missing part's mark bold and red, then the note; the box is
    kept on one page with its note, as in the PDF (each row whole, and with the next)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    head = doc.add_paragraph(COMPLIANCE_HEADING, style="Heading 1")
    head.paragraph_format.keep_with_next = True
    table = grid_table(doc, list(COMPLIANCE_HEAD), [check_cells(c) for c in compliance.checks],
                       (0.3, 0.2, 0.5))
    for row in table.rows:
        properties = row._tr.get_or_add_trPr()
        if properties.find(qn("w:cantSplit")) is None:  # the head row has it already
            properties.append(OxmlElement("w:cantSplit"))
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    for row, check in zip(table.rows[1:], compliance.checks, strict=True):
        if check.verdict == Verdict.MISSING:
            for run in row.cells[1].paragraphs[0].runs:
                run.bold, run.font.color.rgb = True, RGBColor.from_string(MISSING_COLOR)
    _small(doc, compliance.note, lay, 2, 0)


def _small(doc: Document, text: str, lay: LayoutSpec, before: float, after: float) -> None:
    """A line of small grey text at the left (the digest's source, the 核查 note), if any."""
    if text:
        p = note(doc, xml_safe(text), lay.table_pt, SMALL_COLOR, before=lay.spacing(before),
                 after=lay.spacing(after))
        p.paragraph_format.alignment = None
