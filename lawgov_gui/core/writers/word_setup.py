"""Page, styles and page-number footer of the Word summary (see word.py).

The styles python-docx writes the layout spec (`core.summary.layout`) into, and
its "— n —" page-number fields. On the 公文 grid the section gets Word's document
grid of lines (w:docGrid: 22 lines of 28.9 pt) and the text is condensed so that
28 characters of three-size type fill a line, as GB/T 9704 asks (a grid of
characters would do it in Word and WPS, but LibreOffice gives each character
two cells of a pitch below its size: 15 to the line); paragraph spacing comes
in whole lines, as in the PDF. The footer is placed so that the page number's
dashes sit the spec's 7 mm below the text block.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from ..summary.layout import LATIN, MM, LayoutSpec, PageNumber, Paper, paper_mm

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

_THEME_FONTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# The w:rPr children that come after w:spacing (ECMA-376 CT_RPr order).
_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                  "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                  "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def setup_page(doc: Document, lay: LayoutSpec, paper: Paper) -> None:
    """Paper size and margins of the (single) section."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(v) for v in paper_mm(paper))
    top, bottom, left, right = lay.margins_on(paper)
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    footer = footer_mm(lay, bottom)
    section.footer_distance = Mm(footer)
    section.header_distance = Mm(min(footer, top / 2))
    if lay.chars_per_line:
        _doc_grid(section, lay)


def footer_mm(lay: LayoutSpec, bottom: float) -> float:
    """Page bottom to the footer (mm): the number's line (exactly its size) centred on the
    spec's gap below the text block."""
    rule = lay.page_number
    return bottom - rule.gap_mm - rule.pt / MM / 2


def _doc_grid(section: Any, lay: LayoutSpec) -> None:
    """Word's grid of lines and characters: the line pitch and the character pitch."""
    from docx.oxml.ns import qn

    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = section._sectPr.makeelement(qn("w:docGrid"), {})
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(lay.line_pt * 20)))  # twentieths of a point
    grid.attrib.pop(qn("w:charSpace"), None)


def condensed_twips(lay: LayoutSpec) -> int:
    """Character spacing (twentieths of a point, negative) that fits the grid's characters
    of body text on a line: the next whole twip below the pitch."""
    return math.floor((lay.char_pt() - lay.body_pt) * 20)


def setup_styles(doc: Document, lay: LayoutSpec) -> None:
    """Fonts, sizes and spacing of every style the document uses."""
    _defaults(doc, lay)
    body = lay.body[0]
    _style(doc, "Normal", body, lay.body_pt, line=lay.line_pt)
    _style(doc, "Title", lay.title[0], lay.title_pt, bold=lay.title_bold, align="center",
           line=lay.line_pt or lay.title_pt * 1.5, after=lay.spacing(6))
    _no_border(doc.styles["Title"])
    for level, head in enumerate(lay.headings, start=1):  # the PDF's spacing (document.py)
        _style(doc, f"Heading {level}", head.families[0], head.pt, bold=head.bold, line=lay.line_pt,
               indent=2 * lay.char_pt() if lay.indent_headings else 0,
               before=lay.spacing(6 if level == 1 else 2), after=lay.spacing(2))
    _style(doc, "Body Text", body, lay.body_pt, line=lay.line_pt, indent=2 * lay.char_pt())
    _style(doc, "List Bullet", body, lay.body_pt, line=lay.line_pt)
    _style(doc, "Caption", body, lay.table_pt, align="center", after=lay.body_pt * 0.5,
           color="333333")
    _style(doc, "Footer", lay.page_number.families[0], lay.page_number.pt,
           line=lay.page_number.pt)
    _table_text_style(doc, lay)


def _defaults(doc: Document, lay: LayoutSpec) -> None:
    """Document defaults: the body fonts, on a grid the condensed characters, Chinese as
    the East Asian language, no spacing."""
    from docx.oxml.ns import qn

    rpr = doc.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    _fonts(rpr, lay.body[0])
    if lay.chars_per_line:
        spacing = rpr.makeelement(qn("w:spacing"), {qn("w:val"): str(condensed_twips(lay))})
        rpr.insert_element_before(spacing, *_AFTER_SPACING)
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")
    spacing = doc.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), "0")


def _fonts(rpr: Any, east_asian: str) -> None:
    """Name the fonts of a w:rPr outright: theme fonts would override them."""
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for attr in _THEME_FONTS:
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), LATIN)
    fonts.set(qn("w:hAnsi"), LATIN)
    fonts.set(qn("w:eastAsia"), east_asian)


def _style(doc: Document, name: str, font: str, pt: float, *, bold: bool = False,
           align: str | None = None, line: float = 0, indent: float = 0, before: float = 0,
           after: float = 0, color: str = "000000") -> None:
    """Set a paragraph style's font (black, upright) and paragraph spacing."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    style = doc.styles[name]
    _fonts(style.element.get_or_add_rPr(), font)
    style.font.size, style.font.bold, style.font.italic = Pt(pt), bold, False
    style.font.color.rgb = RGBColor.from_string(color)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = Pt(line) if line else 1.2
    fmt.first_line_indent = Pt(indent) if indent else None
    if align:
        fmt.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())


def _no_border(style: Any) -> None:
    """Drop the rule the built-in Title style draws under the title."""
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    for border in ppr.findall(qn("w:pBdr")) if ppr is not None else ():
        ppr.remove(border)


def _table_text_style(doc: Document, lay: LayoutSpec) -> None:
    """A "Table Text" paragraph style: table size, single-spaced, no indent."""
    from docx.enum.style import WD_STYLE_TYPE

    style = doc.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    if lay.line_pt:  # on the grid, as the PDF's rows: whole lines
        _style(doc, "Table Text", lay.body[0], lay.table_pt, line=lay.line_pt)
    else:
        _style(doc, "Table Text", lay.body[0], lay.table_pt, before=1, after=1)
        style.paragraph_format.line_spacing = 1.0


# --- page numbers ------------------------------------------------------------------------------


def page_numbers(doc: Document, lay: LayoutSpec) -> None:
    """"— 1 —" footers: at the outer side (GB/T 9704) or centred."""
    from docx.shared import Pt

    rule = lay.page_number
    section, indent = doc.sections[0], Pt(rule.pt)  # one character from the edge
    if not rule.outer:
        _page_number(section.footer.paragraphs[0], "center")
        return
    doc.settings.odd_and_even_pages_header_footer = True
    odd = _page_number(section.footer.paragraphs[0], "right")
    odd.paragraph_format.right_indent = indent
    even = _page_number(section.even_page_footer.paragraphs[0], "left")
    even.paragraph_format.left_indent = indent


def _page_number(p: Paragraph, align: str) -> Paragraph:
    """Fill a footer paragraph with "— {PAGE} —"."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())
    before, after = PageNumber.text("\0").split("\0")
    p.add_run(before)
    _page_field(p)
    p.add_run(after)
    return p


def _page_field(p: Paragraph) -> None:
    """Append a PAGE field: begin, instruction, separator, the value shown, end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    _field_char(p, "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    p.add_run()._r.append(instr)
    _field_char(p, "separate")
    p.add_run("1")
    _field_char(p, "end")


def _field_char(p: Paragraph, kind: str) -> None:
    """Append a run holding a field character: begin, separate or end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    p.add_run()._r.append(char)
