"""The 批注 section of the Word summary: the reader's notes, as the PDF prints them.

A Heading 1 (批注), then per section a Heading 2 with its heading and, for each note, the marked
text and the words written, as run-in paragraphs (`briefing.note_groups`); nothing when the
report has no notes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..summary import Summary
from ..summary.layout import LayoutSpec
from .briefing import NOTES_HEADING, note_groups
from .tables import xml_safe
from .word_digest import lead_paragraph

if TYPE_CHECKING:
    from docx.document import Document


def notes_section(doc: Document, summary: Summary, lay: LayoutSpec) -> None:
    """批注: a heading per section, then its notes (nothing when there are none)."""
    groups = note_groups(summary.notes)
    if not groups:
        return
    doc.add_paragraph(NOTES_HEADING, style="Heading 1").paragraph_format.keep_with_next = True
    for heading, paragraphs in groups:
        head = doc.add_paragraph(xml_safe(heading), style="Heading 2")
        head.paragraph_format.keep_with_next = True
        for paragraph in paragraphs:
            lead_paragraph(doc, paragraph, lay)
