"""Write the printed summary as a Word document (.docx), atomically.

The document holds what the print preview shows, in the same order and wording
(`briefing`): the title and an info line, page 1's digest and 核查 box
(`word_digest`), then on a new page a real Word heading per section (Heading
1–4, so the navigation pane and a table of contents work) with all its figures
as a table, the charts at the PDF's width, the 存在的主要问题 and 下步工作打算
points as bulleted lists, the reader's 批注 (`word_notes`), optionally a table of every figure and the report's
full text, and a line naming the source file and the date. The source file's
SHA-256 is in the file's properties (comments, identifier), not on the page.

The layout comes from the one spec of `lawgov_gui.core.summary.layout`, as the
printed summary's: `word_setup` writes it into the page and the styles, and
`word_blocks` adds the notes, tables and pictures in that style.

python-docx is imported only when a document is written. Fonts are named, not
embedded: Word or WPS substitutes a font that is not installed.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..summary import KeyFigure, Part, SectionDigest, Summary
from ..summary.layout import (
    FULL_TABLE_HEAD,
    TABLE_HEADING,
    TEXT_HEADING,
    Layout,
    LayoutSpec,
    info_line,
    source_line,
    spec,
)
from ..summary.options import Options
from .atomic import atomic_write, check_zip, save_whole
from .briefing import (
    PRODUCER,
    SUBJECT,
    FigureTable,
    chart_width_pt,
    figure_table,
    identifier,
    provenance,
)
from .tables import xml_safe
from .word_blocks import grid_table, keep_last_with_next, note, picture, picture_row
from .word_digest import digest_page
from .word_notes import notes_section
from .word_setup import page_numbers, setup_page, setup_styles

if TYPE_CHECKING:
    from docx.document import Document

Chart = tuple[str, bytes]  # caption, PNG


def write_docx(summary: Summary, path: str | os.PathLike[str], options: Options | None = None,
               charts: Sequence[Chart] = ()) -> None:
    """Write `summary` as a .docx file, replacing `path` only once it is complete.

    Args:
        summary: what to write.
        path: the file to create or replace.
        options: layout, paper, and whether to add the full table and text (default
            `Options()`); its `charts` flag is the caller's: pass no charts to leave them out.
        charts: (caption, PNG bytes) pairs, shown after the section digests.

    Raises:
        ImportError: python-docx is not installed.
    """
    doc = build_document(summary, options, charts)
    atomic_write(path, lambda tmp: save_whole(tmp, doc.save), check_zip)


def build_document(summary: Summary, options: Options | None = None,
                   charts: Sequence[Chart] = ()) -> Document:
    """The python-docx Document of `summary` (arguments as for `write_docx`)."""
    import docx

    options = options or Options()
    doc = docx.Document()
    lay = spec(options.layout)
    setup_page(doc, lay, options.paper)
    setup_styles(doc, lay)
    page_numbers(doc, lay)
    _properties(doc, summary)
    _content(doc, summary, lay, charts, options)
    return doc


def _content(doc: Document, summary: Summary, lay: LayoutSpec, charts: Sequence[Chart],
             options: Options) -> None:
    """Everything in the body, in order: the digest page, then the detail."""
    _header(doc, summary, lay)
    digest_page(doc, summary, lay)
    table = figure_table(summary)
    for digest in summary.sections:
        _section(doc, digest, table)
    _left_out(doc, summary, Part.SECTIONS, lay)
    _charts(doc, list(charts), options)
    _points(doc, summary.problems_heading, summary.problems)
    _left_out(doc, summary, Part.PROBLEMS, lay)
    _points(doc, summary.plans_heading, summary.plans)
    _left_out(doc, summary, Part.PLANS, lay)
    notes_section(doc, summary, lay)
    if options.table:
        _full_table(doc, summary.sections)
        _left_out(doc, summary, Part.TABLE, lay)
    if options.full_text:
        _full_text(doc, summary.text)
        _left_out(doc, summary, Part.TEXT, lay)
    _source_line(doc, summary, lay)


def _left_out(doc: Document, summary: Summary, part: Part, lay: LayoutSpec) -> None:
    """Say what a long report's summary left out of `part`, if anything."""
    said = summary.left_out.note(part)
    if said:
        note(doc, said, lay.table_pt, "555555", before=2, after=4)


# --- the parts, in order -----------------------------------------------------------------------


def _properties(doc: Document, summary: Summary) -> None:
    """File properties: the title, this program, now (not the template's), and the source
    file with its SHA-256 (in the comments and the identifier: the page does not print it)."""
    props = doc.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title, props.subject = xml_safe(summary.title), SUBJECT
    props.author = props.last_modified_by = PRODUCER
    props.comments, props.keywords = xml_safe(provenance(summary)), ""
    props.identifier = identifier(summary)
    props.created = props.modified = now
    props.revision = 1


def _header(doc: Document, summary: Summary, lay: LayoutSpec) -> None:
    """The title (alone, inferred or not: a printed document shows no guesswork) and the info line."""
    doc.add_paragraph(xml_safe(summary.title), style="Title")
    info = info_line(summary.issuer, summary.year, summary.published)
    note(doc, xml_safe(info), lay.table_pt, "333333", after=lay.body_pt)


def heading_style(level: int) -> str:
    """The built-in heading style of a section level: Heading 1 … Heading 4."""
    return f"Heading {min(max(level, 1), 4)}"


def _section(doc: Document, digest: SectionDigest, table: FigureTable) -> None:
    """A section's heading and, when it has any, the table of all its figures."""
    heading = doc.add_paragraph(xml_safe(digest.heading), style=heading_style(digest.level))
    heading.paragraph_format.keep_with_next = True
    if digest.figures:
        grid_table(doc, list(table.head), [table.cells(f) for f in digest.figures],
                   tuple(w / 100 for w in table.widths))


def _charts(doc: Document, charts: list[Chart], options: Options) -> None:
    """The charts at the PDF's width: one below the other (公文), or side by side (compact)."""
    if not charts:
        return
    width = chart_width_pt(options, len(charts))
    if options.layout == Layout.COMPACT:
        picture_row(doc, charts, width)
        return
    for caption, png in charts:
        picture(doc, caption, png, width)


def _points(doc: Document, title: str, points: list[str]) -> None:
    """A heading and its points as a bulleted list (nothing when there are none)."""
    if not points:
        return
    doc.add_paragraph(xml_safe(title), style="Heading 1")
    for point in points:
        doc.add_paragraph(xml_safe(point), style="List Bullet")


def _full_table(doc: Document, sections: list[SectionDigest]) -> None:
    """附表：every figure of every section, the section named once per group."""
    doc.add_paragraph(TABLE_HEADING, style="Heading 1")
    groups = [(d.heading, d.figures) for d in sections if d.figures]
    rows = [[heading if n == 0 else "", *_cells(f)]
            for heading, figures in groups for n, f in enumerate(figures)]
    table = grid_table(doc, list(FULL_TABLE_HEAD), rows, (0.2, 0.34, 0.16, 0.3))
    start = 1
    for _, figures in groups:
        end = start + len(figures) - 1
        if end > start:
            table.cell(start, 0).merge(table.cell(end, 0))
        start = end + 1


def _cells(figure: KeyFigure) -> list[str]:
    """A figure's row: subject, value, relation."""
    return [figure.subject, figure.value, figure.relation]


def _full_text(doc: Document, text: str) -> None:
    """附件：the report's text, a paragraph per non-empty line, on a new page."""
    heading = doc.add_paragraph(TEXT_HEADING, style="Heading 1")
    heading.paragraph_format.page_break_before = True
    for line in text.split("\n"):
        if line.strip():
            doc.add_paragraph(xml_safe(line.strip()), style="Body Text")


def _source_line(doc: Document, summary: Summary, lay: LayoutSpec) -> None:
    """The closing line: the source file and the day the summary was made, kept on the page
    of the paragraph or table row before it."""
    keep_last_with_next(doc)
    line = source_line(summary.source_name, summary.made)
    p = note(doc, xml_safe(line), lay.source_pt, "666666", before=lay.body_pt)
    p.paragraph_format.alignment = None
