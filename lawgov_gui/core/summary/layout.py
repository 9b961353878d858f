"""The one layout spec of the printed summary, read by the PDF painter and the Word writer.

Two layouts: ``GBT`` after GB/T 9704 (党政机关公文格式) — margins 37/35/28/26 mm
(top/bottom/left/right), body 三号仿宋 on a fixed 28.9 pt line (22 lines to the
page), title 二号小标宋, page numbers "— 1 —" in 四号宋体 at the outer side
(odd pages right, even pages left), 7 mm below the text block — and ``COMPACT``,
a one- to two-page briefing: 16 mm margins, 10.5 pt 宋体 body, bold 黑体
headings, 9.5 pt tables, page numbers centred. Family lists name fallbacks in
order; the Word writer names the first (Word or WPS substitutes a missing font).
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
LATIN = "Times New Roman"

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

    margins: tuple[float, float, float, float]  # top, bottom, left, right
    footer_mm: float  # Word: page bottom to the page-number line
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

    def heading(self, level: int) -> Heading:
        """The heading of a section level (1–4, clamped)."""
        return self.headings[min(max(level, 1), 4) - 1]


_SONG = ("宋体", "SimSun", "Songti SC")
_HEI = ("黑体", "SimHei", "Heiti SC")
_KAI = ("楷体", "楷体_GB2312", "KaiTi", "STKaiti")
_FANG = ("仿宋", "仿宋_GB2312", "FangSong", "STFangsong")

SPECS = {
    Layout.GBT: LayoutSpec(
        (37, 35, 28, 26), 22, _FANG, 16, 28.9,
        ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋"), 22, True,
        (Heading(_HEI, 16, False), Heading(_KAI, 16, False), Heading(_FANG, 16, True),
         Heading(_FANG, 16, True)),
        12, 7.5, PageNumber(_SONG, 14, True), True),
    Layout.COMPACT: LayoutSpec(
        (16, 16, 16, 16), 8, _SONG, 10.5, 0, _HEI, 15, True,
        (Heading(_HEI, 12, True), Heading(_HEI, 12, True), Heading(_SONG, 12, True),
         Heading(_SONG, 12, True)),
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
