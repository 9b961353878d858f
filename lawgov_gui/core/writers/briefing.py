"""The printed summary's wording, shared by the PDF painter and the Word writer.

Both outputs say the same thing in the same order because both read it from
here: the paragraphs of page 1 (the digest, each a lead in the heading font and
its prose), the reader's notes of the 批注 section (in the same run-in paragraphs), the rows of the 核查 box and of the sections' tables of figures, and
the document properties that carry the source file's SHA-256 (it is not printed:
the footer names the file and the date).
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..summary import KeyFigure, NoteLine, Summary
from ..summary.digest import (
    CANONICAL_NOTE,
    DETAIL_HEAD,
    HIGHLIGHTS_LEAD,
    PLANS_LEAD,
    PROBLEMS_LEAD,
    SHA256_LABEL,
    VERDICT_MARKS,
    Check,
    Digest,
)
from ..summary.layout import Layout, paper_mm, spec
from ..summary.options import Options

ITEM_JOIN = "；"
FULL_STOP = "。"
CLOSING = "。！？…"  # a paragraph ending in one of these needs no full stop
QUOTES = "”’」』）)"  # closing quotes and brackets: the stop goes before them if at all
OPEN_ENDED = "，、；：,;:"  # a paragraph ending here ends with a full stop instead
RUN_IN_GAP = "　"  # between a digest line's heading and its sentence
SUBJECT = "法治政府建设年度报告摘要"
PRODUCER = "lawgov-gui"
YEAR_HEAD = DETAIL_HEAD[2]  # 年份
CHART_GAP_PT = 6  # a side-by-side chart's share of the text block less this (compact)
PT_PER_MM = 72 / 25.4
MISSING_COLOR = "C00000"  # the mark of a part the report lacks (RRGGBB)
NOTES_HEADING = "批注"
OPENING = "开头部分"  # the heading of notes before the report's first numbered section
QUOTE_LEAD = "原文"
HIGHLIGHT_LEAD = "高亮"
NOTE_LEAD = "批注"
NOTE_QUOTE_CHARS = 150  # of the marked text, in print


@dataclass(frozen=True, slots=True)
class Lead:
    """One paragraph of the digest: a lead set in the heading font ("" for none), then prose."""

    lead: str
    text: str

    @property
    def whole(self) -> str:
        """The paragraph as read: lead and prose."""
        return self.lead + self.text


def digest_paragraphs(digest: Digest) -> list[Lead]:
    """The overview, a paragraph per digest line, then the highlights, problems and plans lines.

    Each ends in a full stop (``closed``); an empty part is left out.
    """
    out = [Lead("", closed(digest.overview))] if digest.overview else []
    out += [Lead(line.heading + RUN_IN_GAP, closed(line.sentence)) for line in digest.lines]
    for lead, items in ((HIGHLIGHTS_LEAD, digest.highlights), (PROBLEMS_LEAD, digest.problems),
                        (PLANS_LEAD, digest.plans)):
        if items:
            out.append(Lead(lead, closed(ITEM_JOIN.join(items))))
    return out


def note_groups(notes: list[NoteLine]) -> list[tuple[str, list[Lead]]]:
    """The 批注 section: a (heading, paragraphs) group per section in text order, each note its
    marked text (原文, or 高亮 for a highlight) and then its words (批注)."""
    groups: list[tuple[str, list[Lead]]] = []
    for line in notes:
        heading = line.heading or OPENING
        if not groups or groups[-1][0] != heading:
            groups.append((heading, []))
        groups[-1][1].extend(_note_paragraphs(line))
    return groups


def _note_paragraphs(line: NoteLine) -> list[Lead]:
    quote = " ".join(line.quote.split())
    if len(quote) > NOTE_QUOTE_CHARS:
        quote = quote[:NOTE_QUOTE_CHARS] + "……"
    words = RUN_IN_GAP.join(w.strip() for w in line.text.splitlines() if w.strip())
    if not words:
        return [Lead(HIGHLIGHT_LEAD + RUN_IN_GAP, f"“{quote}”")]
    return [Lead(QUOTE_LEAD + RUN_IN_GAP, f"“{quote}”"), Lead(NOTE_LEAD + RUN_IN_GAP, words)]


def closed(text: str) -> str:
    """`text` ending in a full stop: added, or in place of a comma or semicolon; none
    after closing punctuation (。！？…, or one inside a closing quote: ……。”)."""
    body = text.rstrip()
    if not body:
        return body
    inner = body.rstrip(QUOTES)
    if inner and inner[-1] in CLOSING:
        return body
    return body.rstrip(OPEN_ENDED) + FULL_STOP


def figure_label(figure: KeyFigure) -> str:
    """The figure's label, and the catalogue's name for it where that differs."""
    if figure.canonical and figure.canonical != figure.subject:
        return figure.subject + CANONICAL_NOTE.format(figure.canonical)
    return figure.subject


@dataclass(frozen=True, slots=True)
class FigureTable:
    """The columns of the sections' tables of figures (DETAIL_HEAD, 年份 only when a figure
    of the summary has a year: a column of blanks says nothing).

    Attributes:
        years: whether the 年份 column is shown.
        head: the head row.
        widths: the columns' widths, per cent of the text block.
    """

    years: bool
    head: tuple[str, ...]
    widths: tuple[int, ...]

    def cells(self, figure: KeyFigure) -> list[str]:
        """A figure's row: 指标 (and the catalogue's name), 数值, [年份,] 关系."""
        year = [figure.year] if self.years else []
        return [figure_label(figure), figure.value, *year, figure.relation]


def figure_table(summary: Summary) -> FigureTable:
    """The columns of `summary`'s tables of figures."""
    if any(f.year for d in summary.sections for f in d.figures):
        return FigureTable(True, DETAIL_HEAD, (40, 16, 12, 32))
    return FigureTable(False, tuple(h for h in DETAIL_HEAD if h != YEAR_HEAD), (42, 20, 38))


def check_cells(check: Check) -> list[str]:
    """A row of the 核查 box: 核查项, 结果 (mark and word), 说明."""
    return [check.name, VERDICT_MARKS[check.verdict], check.detail]


def _text_width_pt(options: Options) -> float:
    paper_width = paper_mm(options.paper)[0]
    _, _, left, right = spec(options.layout).margins
    return (paper_width - left - right) * PT_PER_MM


def chart_width_pt(options: Options, count: int) -> float:
    """The width on paper of each of `count` chart pictures, in points, in the PDF and in Word.

    The text block's (公文: one below the other), or its share less a gap (compact:
    side by side on one line).
    """
    width = _text_width_pt(options)
    return width / max(count, 1) - CHART_GAP_PT if options.layout == Layout.COMPACT else width


def caption_centres_pt(options: Options, count: int) -> list[float]:
    """Where the captions of `count` side-by-side charts are centred, from the text block's
    left edge (points): under their pictures, which are centred together on their line."""
    width = chart_width_pt(options, count)
    left = (_text_width_pt(options) - count * width) / 2
    return [left + width * (n + 0.5) for n in range(count)]


def provenance(summary: Summary) -> str:
    """The document's description: the source file and its SHA-256."""
    return f"来源文件：{summary.source_name}　{SHA256_LABEL}：{summary.sha256}"


def identifier(summary: Summary) -> str:
    """The document's identifier: the source file's digest, "sha256:…"."""
    return f"sha256:{summary.sha256}"


_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag><rdf:li>{subject}</rdf:li></rdf:Bag></dc:subject>
   <dc:identifier>{identifier}</dc:identifier>
   <pdf:Keywords>{description}</pdf:Keywords>
   <pdf:Producer>{producer}</pdf:Producer>
   <xmp:CreatorTool>{producer}</xmp:CreatorTool>
   <xmp:CreateDate>{made}</xmp:CreateDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def xmp_packet(summary: Summary) -> bytes:
    """The PDF's XMP metadata: title, subject, the source file and its SHA-256, the date."""
    return _XMP.format(title=escape(summary.title), description=escape(provenance(summary)),
                       subject=SUBJECT, identifier=identifier(summary), producer=PRODUCER,
                       made=summary.made).encode("utf-8")
