"""Building blocks of a Word document: a small centred note, a grid table, a picture.

Each adds to a python-docx `Document` in the summary's house style: a note is a
centred, single-spaced line of small coloured text; a grid table has a shaded
header row repeated on every page, its text in the "Table Text" style and its
columns sharing the text block's width; a picture is as wide on paper as in the
PDF (narrower if it would not fit the text block) and captioned, one below the
other or side by side in a row that never splits. Text goes in without the control
characters XML cannot hold.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from .tables import xml_safe

CELL_MARGIN_TWIPS = 108  # the "Table Grid" style's left and right cell margins
# the w:tblPr children that follow w:tblInd (the schema fixes their order; w:tblCellMar is 4th)
_AFTER_INDENT = ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                 "w:tblCaption", "w:tblDescription", "w:tblPrChange")

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph


def note(doc: Document, text: str, pt: float, color: str, before: float = 0,
         after: float = 0) -> Paragraph:
    """A centred, single-spaced, unindented line of small coloured text.

    Args:
        doc: the document to add to.
        text: the line.
        pt: its size, in points.
        color: its colour, as RRGGBB.
        before, after: the space around it, in points.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment, fmt.line_spacing = WD_ALIGN_PARAGRAPH.CENTER, 1.0
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    run = p.add_run(text)
    run.font.size, run.font.color.rgb = Pt(pt), RGBColor.from_string(color)
    return p


def grid_table(doc: Document, head: list[str], rows: list[list[str]],
               widths: tuple[float, ...]) -> Table:
    """A "Table Grid" table: a shaded, repeated header row, then `rows`.

    Args:
        doc: the document to add to.
        head: the header row.
        rows: the body rows, as many cells each as `head`; an empty cell stays empty.
        widths: each column's share of the text block's width.
    """
    table = doc.add_table(rows=len(rows) + 1, cols=len(head), style="Table Grid")
    table.autofit = False
    style_id = doc.styles["Table Text"].style_id  # set by id: a lookup per cell is slow
    for r, (row, values) in enumerate(zip(table.rows, [head, *rows], strict=True)):
        for cell, value in zip(row.cells, values, strict=True):
            p = cell.paragraphs[0]
            p._p.style = style_id
            if value:  # an empty cell keeps a run-less paragraph, so merging adds nothing
                p.add_run(xml_safe(value)).bold = r == 0 or None
    _header_row(table.rows[0])
    _column_widths(doc, table, widths)
    _indent(table, CELL_MARGIN_TWIPS)
    return table


def _indent(table: Table, twips: int) -> None:
    """Indent the table by its cells' left margin: Word (compatibility mode 14, python-docx's
    template) measures the indent to the first cell's text, so the border meets the margin
    and the table, as wide as the text block, stays inside it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(twips))
    indent.set(qn("w:type"), "dxa")
    table._tbl.tblPr.insert_element_before(indent, *_AFTER_INDENT)


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


def east_asian_font(run: Any, name: str) -> None:
    """Set a run's Chinese font (its Latin font stays the style's)."""
    from docx.oxml.ns import qn

    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def picture(doc: Document, caption: str, png: bytes, width_pt: float) -> None:
    """A picture `width_pt` points wide (as in the PDF; less if taller than the page), captioned."""
    p = doc.add_paragraph()
    _picture_paragraph(p, png, _fitted(doc, png, width_pt))
    p.paragraph_format.keep_with_next = True
    doc.add_paragraph(xml_safe(caption), style="Caption")


def picture_row(doc: Document, charts: list[tuple[str, bytes]], width_pt: float) -> None:
    """Pictures side by side, each `width_pt` points wide above its caption, in a borderless
    table as wide as the text block whose picture row never splits across pages."""
    from docx.oxml import OxmlElement

    table = doc.add_table(rows=2, cols=len(charts))
    table.autofit = False
    for c, (caption, png) in enumerate(charts):
        p = table.cell(0, c).paragraphs[0]
        _picture_paragraph(p, png, _fitted(doc, png, width_pt))
        p.paragraph_format.keep_with_next = True
        cap = table.cell(1, c).paragraphs[0]
        cap.style = doc.styles["Caption"]
        cap.add_run(xml_safe(caption))
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    _column_widths(doc, table, tuple(1 / len(charts) for _ in charts))
    _no_cell_margins(table)


def _no_cell_margins(table: Table) -> None:
    """No left or right cell margins: the cells span the table, the table the text block."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.insert_element_before(margins, *_AFTER_INDENT[3:])


def _fitted(doc: Document, png: bytes, width_pt: float) -> int:
    """The width (EMU) of a picture `width_pt` wide, narrower if it would pass the text block."""
    from docx.image.image import Image
    from docx.shared import Pt

    image = Image.from_blob(png)
    width, height = _text_block(doc)
    wanted = min(int(Pt(width_pt)), width)
    if image.px_width and wanted * image.px_height / image.px_width > height:
        wanted = int(height * image.px_width / image.px_height)
    return wanted


def _picture_paragraph(p: Paragraph, png: bytes, width: int) -> None:
    """Add the picture, `width` EMU wide, to the centred, unindented, single-spaced `p`."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    fmt = p.paragraph_format
    fmt.alignment, fmt.line_spacing, fmt.first_line_indent = WD_ALIGN_PARAGRAPH.CENTER, 1.0, 0
    p.add_run().add_picture(io.BytesIO(png), width=width)


def keep_last_with_next(doc: Document) -> None:
    """Keep the body's last paragraph, or its last table row, on the page of what comes next."""
    from docx.oxml.ns import qn

    last = [e for e in doc.element.body if e.tag != qn("w:sectPr")][-1]
    paragraphs = ([p for cell in doc.tables[-1].rows[-1].cells for p in cell.paragraphs]
                  if last.tag == qn("w:tbl") else [doc.paragraphs[-1]])
    for p in paragraphs:
        p.paragraph_format.keep_with_next = True
