"""Write the printed summary as a Word document (.docx), atomically.

The document holds what the print preview shows, in the same order: the title
and an info line, a real Word heading per section digest (Heading 1–4, so the
navigation pane and a table of contents work) with its key figures as a table,
the charts, the 存在的主要问题 and 下步工作打算 points as bulleted lists, then
optionally a table of every figure and the report's full text, and a line
naming the source file.

The layout comes from the one spec of `lawgov_gui.core.summary.layout`, as the
printed summary's.

python-docx is imported only when a document is written. Fonts are named, not
embedded: Word or WPS substitutes a font that is not installed.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..summary.content import KeyFigure, Part, SectionDigest, Summary
from ..summary.layout import (
    FIGURE_HEAD,
    FULL_TABLE_HEAD,
    TABLE_HEADING,
    TEXT_HEADING,
    LayoutSpec,
    info_line,
    source_line,
    spec,
)
from ..summary.options import Options
from .atomic import atomic_write, check_zip, save_whole
from .tables import _ILLEGAL_XML
from .word_setup import page_numbers, setup_page, setup_styles

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

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
    """Everything in the body, in order."""
    _header(doc, summary, lay)
    for digest in summary.sections:
        _digest(doc, digest)
    _left_out(doc, summary, Part.SECTIONS, lay)
    for caption, png in charts:
        _chart(doc, caption, png)
    _points(doc, summary.problems_heading, summary.problems)
    _left_out(doc, summary, Part.PROBLEMS, lay)
    _points(doc, summary.plans_heading, summary.plans)
    _left_out(doc, summary, Part.PLANS, lay)
    if options.table:
        _full_table(doc, summary.sections)
        _left_out(doc, summary, Part.TABLE, lay)
    if options.full_text:
        _full_text(doc, summary.text)
        _left_out(doc, summary, Part.TEXT, lay)
    _source_line(doc, summary, lay)


def _left_out(doc: Document, summary: Summary, part: Part, lay: LayoutSpec) -> None:
    """Say what a long report's summary left out of `part`, if anything."""
    note = summary.left_out.note(part)
    if note:
        _note(doc, note, lay.table_pt, "555555", before=2, after=4)


# --- page and styles ---------------------------------------------------------------------------


def _properties(doc: Document, summary: Summary) -> None:
    """File properties: the title, this program, now (not the template's)."""
    props = doc.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title, props.subject = _clean(summary.title), "法治政府建设年度报告摘要"
    props.author = props.last_modified_by = "lawgov-gui"
    props.comments, props.keywords = f"来源文件：{_clean(summary.source_name)}", ""
    props.created = props.modified = now
    props.revision = 1


def _clean(text: str) -> str:
    """Text XML can hold: no control characters."""
    return _ILLEGAL_XML.sub("", text)


def _header(doc: Document, summary: Summary, lay: LayoutSpec) -> None:
    """The title (alone, inferred or not: a printed document shows no guesswork) and the info line."""
    doc.add_paragraph(_clean(summary.title), style="Title")
    info = info_line(summary.issuer, summary.year, summary.published)
    _note(doc, _clean(info), lay.table_pt, "333333", after=lay.body_pt)


def _note(doc: Document, text: str, pt: float, color: str, before: float = 0,
          after: float = 0) -> Paragraph:
    """A centred, single-spaced, unindented line of small coloured text."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment, fmt.line_spacing = WD_ALIGN_PARAGRAPH.CENTER, 1.0
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    run = p.add_run(text)
    run.font.size, run.font.color.rgb = Pt(pt), RGBColor.from_string(color)
    return p


def heading_style(level: int) -> str:
    """The built-in heading style of a section level: Heading 1 … Heading 4."""
    return f"Heading {min(max(level, 1), 4)}"


def _digest(doc: Document, digest: SectionDigest) -> None:
    """A section's heading and, when it has any, its key figures."""
    doc.add_paragraph(_clean(digest.heading), style=heading_style(digest.level))
    if digest.figures:
        _table(doc, list(FIGURE_HEAD), [_cells(f) for f in digest.figures],
               (0.42, 0.2, 0.38))


def _table(doc: Document, head: list[str], rows: list[list[str]],
           widths: tuple[float, ...]) -> Table:
    """A "Table Grid" table: a shaded, repeated header row, then `rows`."""
    table = doc.add_table(rows=len(rows) + 1, cols=len(head), style="Table Grid")
    table.autofit = False
    style_id = doc.styles["Table Text"].style_id  # set by id: a lookup per cell is slow
    for r, (row, values) in enumerate(zip(table.rows, [head, *rows], strict=True)):
        for cell, value in zip(row.cells, values, strict=True):
            p = cell.paragraphs[0]
            p._p.style = style_id
            if value:  # an empty cell keeps a run-less paragraph, so merging adds nothing
                p.add_run(_clean(value)).bold = r == 0 or None
    _header_row(table.rows[0])
    _column_widths(doc, table, widths)
    return table


def _header_row(row: Any) -> None:
    """Repeat the row atop each page the table runs onto, centred and shaded."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    repeat = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(repeat)
    for cell in row.cells:
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:fill"), "E7E6E6")
        cell._tc.get_or_add_tcPr().append(shade)


def _column_widths(doc: Document, table: Table, fractions: tuple[float, ...]) -> None:
    """Share the text block's width among the columns."""
    block = _text_block(doc)[0]
    for column, fraction in zip(table.columns, fractions, strict=True):
        width = int(block * fraction)
        column.width = width
        for cell in column.cells:
            cell.width = width


def _text_block(doc: Document) -> tuple[int, int]:
    """Width and height of the text block (EMU)."""
    section = doc.sections[0]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    height = (section.page_height or 0) - (section.top_margin or 0) - (section.bottom_margin or 0)
    return int(width), int(height)


def _chart(doc: Document, caption: str, png: bytes) -> None:
    """A picture as wide as the text block (shorter if it would be too tall), captioned."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.image.image import Image

    image = Image.from_blob(png)
    width, height = _text_block(doc)
    limit = int(height * 0.6)
    if image.px_width and width * image.px_height / image.px_width > limit:
        width = int(limit * image.px_width / image.px_height)
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment, fmt.line_spacing, fmt.keep_with_next = WD_ALIGN_PARAGRAPH.CENTER, 1.0, True
    fmt.first_line_indent = 0
    p.add_run().add_picture(io.BytesIO(png), width=width)
    doc.add_paragraph(_clean(caption), style="Caption")


def _points(doc: Document, title: str, points: list[str]) -> None:
    """A heading and its points as a bulleted list (nothing when there are none)."""
    if not points:
        return
    doc.add_paragraph(_clean(title), style="Heading 1")
    for point in points:
        doc.add_paragraph(_clean(point), style="List Bullet")


def _full_table(doc: Document, sections: list[SectionDigest]) -> None:
    """附表：every figure of every section, the section named once per group."""
    doc.add_paragraph(TABLE_HEADING, style="Heading 1")
    groups = [(d.heading, d.all_figures) for d in sections if d.all_figures]
    rows = [[heading if n == 0 else "", *_cells(f)]
            for heading, figures in groups for n, f in enumerate(figures)]
    table = _table(doc, list(FULL_TABLE_HEAD), rows, (0.2, 0.34, 0.16, 0.3))
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
            doc.add_paragraph(_clean(line.strip()), style="Body Text")


def _source_line(doc: Document, summary: Summary, lay: LayoutSpec) -> None:
    """The closing line: source file, its SHA-256, the day the summary was made."""
    line = source_line(summary.source_name, summary.sha256, summary.made)
    p = _note(doc, _clean(line), lay.source_pt, "666666", before=lay.body_pt)
    p.paragraph_format.alignment = None
