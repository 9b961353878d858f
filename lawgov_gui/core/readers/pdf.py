"""The text of a PDF that has a text layer, one paragraph a line (pdfium).

pdfium gives characters and their boxes in content order; lines are rebuilt here
from the boxes (pdfium's own line breaks miss some, for instance after a comma
that ends a line). Then:

- page furniture goes: among the two highest and the two lowest lines of each
  page, those repeated on many pages (running headers and footers; digits count
  as one) and page numbers ("— 3 —", "- 3 -", "第3页", "3", "第 3 页 共 10 页", "3/10");
- lines broken by the layout are joined back into paragraphs. A line ends its
  paragraph when it stops short of the right margin (a heading standing alone, the
  last line of a paragraph), when the next line starts a heading marker (一、 （一）
  1. （1）) or a new indented paragraph, when a wider gap follows, or when it ends a
  sentence (。！？；：) — unless the document marks its paragraphs (a first-line
  indent, or a wider gap between paragraphs) and the next line shows none, which
  makes it the same paragraph going on. Two centred lines of one size are one
  title.

A PDF without a text layer (a scan), a password-protected or damaged one, one
of more than MAX_PAGES pages and one of more than limits.MAX_PDF_CHARS characters
(counted page by page before a page is read) are refused with a ReportError in
Chinese. pdfium is
not thread-safe: every call into it holds one lock.
"""

from __future__ import annotations

import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .. import limits
from ..errors import ReportError
from ..extract.normalize import shadow
from ..extract.sections import HEADING

MAX_PAGES = 2000
MIN_CHARS = 10  # a page with fewer non-space characters has no real text layer
CORRUPT = "文件已损坏，无法作为 PDF 打开。"
NO_TEXT = "此 PDF 没有文字层，需要先进行文字识别（OCR）。"
PASSWORD = "此 PDF 设有打开密码，请先在 PDF 阅读器中输入密码并另存为无密码的副本后再打开。"
SECURITY = "此 PDF 使用了不支持的加密方式，无法打开。"
NO_PDFIUM = "缺少 PDF 组件（pypdfium2），无法打开 PDF 文件。"
TOO_MANY_CHARS = "此 PDF 的文字太多（超过 {} 万字），无法打开。"

_LOCK = threading.Lock()
_PAGE_NUMBER = re.compile(
    r"[-\u2010-\u2015\u2212\uff0d_~·•.\s]*\d{1,4}[-\u2010-\u2015\u2212\uff0d_~·•.\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|[（(]\s*\d{1,4}\s*[)）]"
    r"|page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.I)
_SENTENCE_END = "。！？；：!?;:…"
_CLOSERS = "”’\"')）]】》」』〕"
_BAND = 2  # lines at the top and at the bottom of a page that may be furniture


@dataclass(slots=True)
class _Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    em: float
    page: int


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def pdf_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The body text of a PDF, one paragraph a line, and metadata hints ("title").

    Raises:
        ReportError: a scan without text layer, a password, damage, too many pages.
    """
    if b"%%EOF" not in data.rstrip(b"\x00\t\n\x0c\r ")[-1024:]:  # cut short (%%EOF ends a PDF)
        raise ReportError(CORRUPT)
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:
        raise ReportError(NO_PDFIUM) from None

    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as e:
            code = getattr(e, "err_code", None)
            if code == pdfium_c.FPDF_ERR_PASSWORD:
                raise ReportError(PASSWORD) from None
            if code == pdfium_c.FPDF_ERR_SECURITY:
                raise ReportError(SECURITY) from None
            raise ReportError(CORRUPT) from None
        try:
            count = len(pdf)
            if count == 0:
                raise ReportError(CORRUPT)
            if count > MAX_PAGES:
                raise ReportError(f"此 PDF 有 {count} 页，超过 {MAX_PAGES} 页的上限，无法打开。")
            pages = []
            chars = 0
            for index in range(count):
                try:
                    page = pdf[index]
                except pdfium.PdfiumError:
                    raise ReportError(CORRUPT) from None
                try:
                    textpage = page.get_textpage()
                    try:
                        chars += pdfium_c.FPDFText_CountChars(textpage)
                        if chars > limits.MAX_PDF_CHARS:
                            raise ReportError(TOO_MANY_CHARS.format(limits.MAX_PDF_CHARS // 10_000))
                        pages.append(_page_lines(pdfium_c, textpage, index))
                    finally:
                        textpage.close()
                finally:
                    page.close()
            title = (pdf.get_metadata_value("Title") or "").strip()
        finally:
            pdf.close()

    if not any(sum(not ch.isspace() for line in lines for ch in line.text) >= MIN_CHARS
               for lines in pages):
        raise ReportError(NO_TEXT)
    body = _strip_furniture(pages)
    if sum(not ch.isspace() for lines in body for line in lines for ch in line.text) < MIN_CHARS:
        raise ReportError(NO_TEXT)
    text = "\n".join(_paragraphs(body))
    return text, ({"title": title} if title else {})


# --- characters to lines -------------------------------------------------------------------

def _page_lines(pdfium_c, textpage, page_index: int) -> list[_Line]:
    """The page's lines in content order, rebuilt from the character boxes."""
    n = pdfium_c.FPDFText_CountChars(textpage)
    rect = pdfium_c.FS_RECTF()
    lines: list[_Line] = []
    chars: list[str] = []
    box: list[float] = []  # left, right, top, bottom of the line so far
    heights: list[float] = []
    widths: list[float] = []  # of full-width characters: one em each
    prev: tuple[str, float, float, float, float] | None = None  # ch, left, right, top, bottom
    space = generated_space = False
    high = 0

    def close() -> None:
        text = "".join(chars).strip()
        if text:
            em = statistics.median(widths) if widths else 0.8 * statistics.median(heights)
            lines.append(_Line(text, box[0], box[1], box[2], box[3], max(em, 0.1), page_index))
        chars.clear()
        heights.clear()
        widths.clear()

    for i in range(n):
        u = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if pdfium_c.FPDFText_IsGenerated(textpage, i):
            generated_space = generated_space or u in (32, 13, 10)
            continue
        if 0xD800 <= u < 0xDC00:
            high = u
            continue
        if 0xDC00 <= u < 0xE000:
            if not high:
                continue
            u, high = 0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00), 0
        if u in (9, 32, 0xA0, 0x3000, 13, 10):
            space = True
            continue
        if u < 32 or u in (0xFFFE, 0xFFFF) or 0x7F <= u < 0xA0:
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect):
            continue
        ch = chr(u)
        left, right, top, bottom = rect.left, rect.right, rect.top, rect.bottom
        height = max(top - bottom, 0.1)
        if prev is not None:
            _, _, p_right, p_top, p_bottom = prev
            p_height = max(p_top - p_bottom, 0.1)
            overlap = min(top, p_top) - max(bottom, p_bottom)
            em = max(height, p_height)
            same_line = overlap >= 0.5 * min(height, p_height) and left >= p_right - 0.5 * em
            if not same_line:
                close()
            else:
                gap = left - p_right
                if gap > 1.5 * em or (space and gap > -0.1 * em) or (
                        generated_space and _latin(prev[0]) and _latin(ch)):
                    chars.append(" ")
        if not chars:
            box = [left, right, top, bottom]
        else:
            box = [min(box[0], left), max(box[1], right), max(box[2], top), min(box[3], bottom)]
        chars.append(ch)
        heights.append(height)
        if u >= 0x2E80 and 0.5 * height < right - left < 1.5 * height:
            widths.append(right - left)
        prev = (ch, left, right, top, bottom)
        space = generated_space = False
    close()
    return lines


# --- page furniture ------------------------------------------------------------------------

def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _bands(lines: list[_Line]) -> tuple[list[int], list[int]]:
    """Indices of the highest and of the lowest lines of a page."""
    by_height = sorted(range(len(lines)), key=lambda k: -lines[k].top)
    return by_height[:_BAND], by_height[-_BAND:]


def _apart(lines: list[_Line], k: int, pitch: float | None) -> bool:
    """True when line k stands apart from the lines next to it (more than a line pitch)."""
    if pitch is None:
        return True
    others = [line.top for n, line in enumerate(lines) if n != k]
    if not others:
        return True
    return min(abs(top - lines[k].top) for top in others) > 1.3 * pitch


def _line_pitch(pages: list[list[_Line]]) -> float | None:
    """The usual distance from one line to the next."""
    pitches = []
    for lines in pages:
        tops = sorted((line.top for line in lines), reverse=True)
        pitches += [a - b for a, b in pairwise(tops) if a - b > 0]
    return statistics.median(pitches) if pitches else None


def _strip_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without running headers, footers and page numbers.

    A line at the top or bottom of a page goes when it is a page number, or when
    the same line (digits aside) sits there on many pages and it is short or set
    apart from the body: two pages ending in the same line of prose keep it.
    """
    top_count: Counter[str] = Counter()
    bottom_count: Counter[str] = Counter()
    bands = [_bands(lines) for lines in pages]
    for lines, (top, bottom) in zip(pages, bands, strict=True):
        top_count.update({_furniture_key(lines[k].text) for k in top})
        bottom_count.update({_furniture_key(lines[k].text) for k in bottom})
    repeated = max(2, round(0.4 * len(pages)))
    pitch = _line_pitch(pages)
    out = []
    def furniture(lines: list[_Line], k: int, count: Counter[str]) -> bool:
        text = lines[k].text
        if _is_page_number(text):
            return True
        return count[_furniture_key(text)] >= repeated and (
            len(text) <= 30 or _apart(lines, k, pitch))

    for lines, (top, bottom) in zip(pages, bands, strict=True):
        drop = {k for k in top if furniture(lines, k, top_count)}
        drop |= {k for k in bottom if furniture(lines, k, bottom_count)}
        out.append([line for k, line in enumerate(lines) if k not in drop])
    return out


# --- lines to paragraphs -------------------------------------------------------------------

@dataclass(slots=True)
class _Margins:
    left: float
    right: float


def _margins(pages: list[list[_Line]]) -> list[_Margins]:
    """The text block's left and right edge for each page.

    The median over pages of the same parity (mirrored margins) with enough lines,
    so a short last page or a wide table line does not move it.
    """
    def edges(parity: int, full_pages: bool) -> _Margins | None:
        chosen = [lines for n, lines in enumerate(pages)
                  if n % 2 == parity and lines and (len(lines) >= 5 or not full_pages)]
        if not chosen:
            return None
        return _Margins(statistics.median(min(line.left for line in lines) for lines in chosen),
                        statistics.median(max(line.right for line in lines) for lines in chosen))

    known = {(parity, full): edges(parity, full) for parity in (0, 1) for full in (True, False)}
    by_parity = [known[(p, True)] or known[(1 - p, True)] or known[(p, False)]
                 or known[(1 - p, False)] or _Margins(0.0, 0.0) for p in (0, 1)]
    return [by_parity[n % 2] for n in range(len(pages))]


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _starts_heading(text: str) -> bool:
    return bool(HEADING.match(shadow(text[:8])))


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    margins = _margins(pages)
    lines = [line for page in pages for line in page]
    if not lines:
        return []

    def full(line: _Line) -> bool:
        return line.right >= margins[line.page].right - 2.5 * line.em

    def indent(line: _Line) -> float:
        return (line.left - margins[line.page].left) / line.em

    def centred(line: _Line) -> bool:
        m = margins[line.page]
        left, right = line.left - m.left, m.right - line.right
        return left > 2 * line.em and abs(left - right) < 2 * line.em

    pitches = [a.top - b.top for a, b in pairwise(lines)
               if a.page == b.page and 0 < a.top - b.top < 4 * a.em]
    pitch = statistics.median(pitches) if pitches else None

    def wide_gap(a: _Line, b: _Line) -> bool:
        return (pitch is not None and a.page == b.page
                and a.top - b.top > 1.25 * pitch + 0.1 * a.em)

    # Does the document indent the first line of its paragraphs? Then the indented
    # lines are mostly preceded by a paragraph end (a sentence end, a short line).
    starts = [not full(a) or _ends_sentence(a.text)
              for a, b in pairwise(lines) if 1.0 < indent(b) < 6.0]
    indents = len(starts) >= 3 and sum(starts) >= 0.7 * len(starts)

    # Does it set its paragraphs apart by a wider gap? Then a sentence end at the
    # right margin followed by the usual line pitch is the same paragraph going on.
    gaps = [wide_gap(a, b) for a, b in pairwise(lines)
            if a.page == b.page and _ends_sentence(a.text) and not full(a)]
    spaced = len(gaps) >= 3 and sum(gaps) >= 0.7 * len(gaps)

    def breaks(a: _Line, b: _Line) -> bool:
        if _starts_heading(b.text) or wide_gap(a, b):
            return True
        if centred(a) and centred(b) and not _ends_sentence(a.text):
            return abs(a.em - b.em) > 0.1 * a.em  # a title over two lines goes on
        if not full(a) or indent(b) > 4.0:  # wrapped lines go on at the left margin
            return True
        if indents:
            if indent(b) > 1.0:
                return True
            if indent(b) < 0.5:
                return False
        if spaced and a.page == b.page:
            return False  # no wider gap (checked above): the paragraph goes on
        return _ends_sentence(a.text)

    out = [[lines[0].text]]  # each paragraph's lines, joined once at the end
    for a, b in pairwise(lines):
        if breaks(a, b):
            out.append([b.text])
        else:
            glue = " " if _latin(a.text[-1]) and _latin(b.text[0]) else ""
            out[-1].append(glue + b.text)
    return ["".join(parts) for parts in out]
