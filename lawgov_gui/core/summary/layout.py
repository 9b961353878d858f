"""The one layout spec of the printed summary, read by the PDF painter and the Word writer.

Two layouts: ``GBT`` after GB/T 9704-2012 (党政机关公文格式) — 天头 37 mm, 订口
28 mm, a 版心 (text block) of 156 × 225 mm whatever the paper, body 三号仿宋 on a
grid of 22 lines × 28 characters (a fixed 28.9 pt line; spacing comes in whole
lines), title 二号小标宋, level-1 headings 三号黑体, level-2 三号楷体, page numbers
"— 1 —" in 四号宋体 at the outer side (odd pages right, even pages left, one
character in), their dashes 7 mm below the 版心 — and ``COMPACT``: the 要点 (digest)
and the 核查 box on one page, then the detail; 16 mm margins, 10.5 pt 宋体 body,
黑体/楷体 headings, 9.5 pt tables, page numbers centred.

Family lists name, in order, the names Windows, WPS/Office, macOS and domestic
Linux (方正 fonts of UOS and Kylin) give a typeface, then the bundled OFL font
that stands in for it (``PRINT_FALLBACKS``; 黑体 falls back to the bundled sans,
in bold). The Word writer names the first, which every Windows has (Word or
WPS substitutes a missing one).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Layout(StrEnum):
    """The summary's layouts."""

    GBT = "gbt"
    COMPACT = "compact"


class Paper(StrEnum):
    """The papers the summary is laid out for."""

    A4 = "a4"
    LETTER = "letter"


PAPER_MM = {Paper.A4: (210.0, 297.0), Paper.LETTER: (215.9, 279.4)}  # width, height
MM = 72 / 25.4  # points in a millimetre
LATIN = "Times New Roman"

# The bundled stand-ins (lawgov_gui/resources/fonts, registered on the first print).
SERIF_FALLBACK = "Lawgov Noto Serif SC"  # for 仿宋 and 宋体
TITLE_FALLBACK = "Lawgov Noto Serif SC Bold"  # for 小标宋
KAI_FALLBACK = "Lawgov WenKai SC"  # for 楷体
PRINT_FALLBACKS = (SERIF_FALLBACK, TITLE_FALLBACK, KAI_FALLBACK)

TABLE_HEADING = "附表：全部指标"
TEXT_HEADING = "附件：报告全文"
FIGURE_HEAD = ("指标", "数值", "关系")
FULL_TABLE_HEAD = ("章节", *FIGURE_HEAD)


@dataclass(frozen=True, slots=True)
class Heading:
    """One heading level: font families, size (pt), bold."""

    families: tuple[str, ...]
    pt: float
    bold: bool


@dataclass(frozen=True, slots=True)
class PageNumber:
    """The page-number rule: "— n —" under the text block, outer side or centred."""

    families: tuple[str, ...]
    pt: float
    outer: bool  # odd pages right, even pages left, one character in (else centred)
    gap_mm: float = 7.0  # GB/T 9704: 7 mm below the text block

    @staticmethod
    def text(number: int | str) -> str:
        """The page number as printed: "— 1 —"."""
        return f"— {number} —"


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    """Page and type of one layout (millimetres and points)."""

    margins: tuple[float, float, float, float]  # top, bottom, left, right (on A4)
    body: tuple[str, ...]
    body_pt: float
    line_pt: float  # fixed line height of body text; 0 = proportional
    title: tuple[str, ...]
    title_pt: float
    title_bold: bool
    headings: tuple[Heading, Heading, Heading, Heading]  # levels 1–4
    table_pt: float
    source_pt: float  # the closing source line
    page_number: PageNumber
    indent_headings: bool  # headings indented two characters, as GB/T body text
    block_mm: tuple[float, float] | None = None  # a fixed 版心 (width, height) on any paper
    chars_per_line: int = 0  # the character grid of body text; 0 = none

    def heading(self, level: int) -> Heading:
        """The heading of a section level (1–4, clamped)."""
        return self.headings[min(max(level, 1), 4) - 1]

    def margins_on(self, paper: Paper | str) -> tuple[float, float, float, float]:
        """Top, bottom, left, right margins (mm) on `paper`: a fixed 版心 keeps its size."""
        if self.block_mm is None:
            return self.margins
        (width, height), (block_w, block_h) = paper_mm(paper), self.block_mm
        top, _, left, _ = self.margins
        return top, height - top - block_h, left, width - left - block_w

    def char_pt(self) -> float:
        """The pitch of body characters (pt): the 版心 width over the grid, else the body size."""
        if not (self.chars_per_line and self.block_mm):
            return self.body_pt
        return self.block_mm[0] * MM / self.chars_per_line

    def spacing(self, pt: float) -> float:
        """Space between paragraphs (pt) as laid out: on a grid whole lines (a space of half
        the body size or more makes one line, less makes none); as asked otherwise."""
        if not self.chars_per_line:
            return pt
        return int(pt / self.body_pt + 0.5) * self.line_pt


_SONG = ("宋体", "SimSun", "NSimSun", "新宋体", "方正书宋_GBK", "方正书宋简体", "Songti SC",
         "STSong", "华文宋体", SERIF_FALLBACK)
_FANG = ("仿宋", "仿宋_GB2312", "FangSong", "FangSong_GB2312", "方正仿宋_GBK", "方正仿宋简体",
         "STFangsong", "华文仿宋", SERIF_FALLBACK)
_HEI = ("黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", "Heiti SC", "STHeiti", "华文黑体")
_KAI = ("楷体", "楷体_GB2312", "KaiTi", "KaiTi_GB2312", "方正楷体_GBK", "方正楷体简体",
        "Kaiti SC", "STKaiti", "华文楷体", KAI_FALLBACK)
_XBS = ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05",
        "方正小标宋", "华文中宋", "STZhongsong", TITLE_FALLBACK)

SPECS = {
    Layout.GBT: LayoutSpec(
        (37, 35, 28, 26), _FANG, 16, 28.9, _XBS, 22, False,
        (Heading(_HEI, 16, False), Heading(_KAI, 16, False), Heading(_FANG, 16, True),
         Heading(_FANG, 16, False)),
        12, 7.5, PageNumber(_SONG, 14, True), True, (156, 225), 28),
    Layout.COMPACT: LayoutSpec(
        (16, 16, 16, 16), _SONG, 10.5, 0, _HEI, 15, True,
        (Heading(_HEI, 12, True), Heading(_KAI, 12, False), Heading(_SONG, 10.5, True),
         Heading(_SONG, 10.5, True)),
        9.5, 7.5, PageNumber(_SONG, 9, False), False),
}


def spec(layout: Layout | str) -> LayoutSpec:
    """The spec of `layout`.

    Raises:
        ValueError: unknown layout.
    """
    return SPECS[Layout(layout)]


def paper_mm(paper: Paper | str) -> tuple[float, float]:
    """Width and height of `paper` in mm.

    Raises:
        ValueError: unknown paper.
    """
    return PAPER_MM[Paper(paper)]


def info_line(issuer: str, year: object, published: str) -> str:
    """The line under the title."""
    return f"发布单位：{issuer}　报告年度：{year}　发布日期：{published}"


def source_line(source_name: str, made: str) -> str:
    """The closing line: the source file and the day the summary was made.

    The file's SHA-256 is in the document's properties, not on the page.
    """
    return f"来源文件：{source_name}　生成日期：{made}"
