"""The text of a PDF, one paragraph a line (pdfium; OCR for pages without a text layer).

`read_pdf` opens the document, refuses what it cannot read, and reads each page's
lines (`pdf_lines`); a page without a text layer (a scan) is rendered and recognised
(`ocr`) when the OCR group is installed, so a scanned or a mixed PDF opens too. The
page furniture is dropped (`pdf_furniture`) and the lines are joined back into
paragraphs (`pdf_paragraphs`).

A scan without the OCR group, a password-protected or damaged PDF, one of more than
MAX_PAGES pages and one of more than limits.MAX_PDF_CHARS characters (counted page by
page before a page is read) are refused with a ReportError in Chinese (`messages`).
pdfium is not thread-safe: every call into it holds one lock (not held while a
rendered page is being recognised).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any, NamedTuple

from .. import limits
from ..errors import ReportError
from .messages import (
    NO_PDFIUM,
    PDF_CORRUPT,
    PDF_NO_TEXT_NO_OCR,
    PDF_OCR_NO_TEXT,
    PDF_PASSWORD,
    PDF_SECURITY,
    PDF_TOO_MANY_CHARS,
    PDF_TOO_MANY_PAGES,
)
from .ocr import OcrControl, recognise_pages
from .ocr_engine import available
from .ocr_image import RENDER_DPI
from .pdf_furniture import strip_furniture
from .pdf_lines import Line, page_lines
from .pdf_paragraphs import paragraphs

MAX_PAGES = 2000
MIN_CHARS = 10  # a page with fewer non-space characters has no real text layer
MAX_RENDER = 5000  # pixels: the longest side of a page rendered for OCR (A2 at 150 dpi)

_LOCK = threading.Lock()


class PdfText(NamedTuple):
    """A PDF read: its text (one paragraph a line), metadata hints, whether OCR read it."""

    text: str
    hints: dict[str, str]
    ocr: bool


def pdf_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The body text of a PDF, one paragraph a line, and metadata hints ("title").

    Raises:
        ReportError: a scan (without the OCR group), a password, damage, too many pages.
    """
    text, hints, _ = read_pdf(data)
    return text, hints


def _open(pdfium: Any, pdfium_c: Any, data: bytes) -> Any:
    """The document, or the ReportError that says why it does not open (holding _LOCK)."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReportError(PDF_PASSWORD) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReportError(PDF_SECURITY) from None
        raise ReportError(PDF_CORRUPT) from None
    count = len(pdf)
    if count == 0 or count > MAX_PAGES:
        pdf.close()
        raise ReportError(PDF_TOO_MANY_PAGES.format(count, MAX_PAGES) if count else PDF_CORRUPT)
    return pdf


def _text_layers(pdfium: Any, pdfium_c: Any, pdf: Any) -> list[list[Line]]:
    """Each page's lines from its text layer (holding _LOCK)."""
    pages = []
    chars = 0
    for index in range(len(pdf)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            raise ReportError(PDF_CORRUPT) from None
        try:
            textpage = page.get_textpage()
            try:
                chars += pdfium_c.FPDFText_CountChars(textpage)
                _check_chars(chars)
                pages.append(page_lines(pdfium_c, textpage, index))
            finally:
                textpage.close()
        finally:
            page.close()
    return pages


def _check_chars(chars: int) -> None:
    if chars > limits.MAX_PDF_CHARS:
        raise ReportError(PDF_TOO_MANY_CHARS.format(limits.MAX_PDF_CHARS // 10_000))


def _scanned(lines: list[Line]) -> bool:
    """True for a page without a real text layer."""
    return sum(not ch.isspace() for line in lines for ch in line.text) < MIN_CHARS


def _rendered(pdf: Any, indices: list[int]) -> Iterator[tuple[int, Any, float]]:
    """Each page of `indices` rendered (RGB, RENDER_DPI, at most MAX_RENDER pixels a
    side: a poster-sized page is rendered smaller), when its turn comes."""
    for index in indices:
        with _LOCK:
            page = pdf[index]
            try:
                scale = min(RENDER_DPI / 72, MAX_RENDER / max(*page.get_size(), 1.0))
                image = page.render(scale=scale).to_pil().convert("RGB")
            finally:
                page.close()
        yield index, image, 1 / scale


def _recognised(pdf: Any, pages: list[list[Line]], control: OcrControl | None) -> bool:
    """Recognise the pages of `pages` without a text layer, in place; True when any text
    was recognised."""
    scans = [n for n, lines in enumerate(pages) if _scanned(lines)]
    if not scans or not available():
        return False
    chars = sum(len(line.text) for lines in pages for line in lines)
    for index, lines in zip(scans, recognise_pages(_rendered(pdf, scans), len(scans), control),
                            strict=True):
        pages[index] = lines
        chars += sum(len(line.text) for line in lines)
        _check_chars(chars)
    return any(not _scanned(pages[n]) for n in scans)


def read_pdf(data: bytes, control: OcrControl | None = None) -> PdfText:
    """A PDF's body text, one paragraph a line, its metadata hints ("title") and whether
    some of its pages were recognised (pages without a text layer, by OCR).

    Args:
        data: the file's bytes.
        control: progress and cancel of the recognition (ocr.OcrControl).

    Raises:
        ReportError: a scan without the OCR group, a password, damage, too many pages;
            ocr.OcrCancelled when the control says stop.
    """
    if b"%%EOF" not in data.rstrip(b"\x00\t\n\x0c\r ")[-1024:]:  # cut short (%%EOF ends a PDF)
        raise ReportError(PDF_CORRUPT)
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:
        raise ReportError(NO_PDFIUM) from None

    with _LOCK:
        pdf = _open(pdfium, pdfium_c, data)
    try:
        with _LOCK:
            pages = _text_layers(pdfium, pdfium_c, pdf)
            title = (pdf.get_metadata_value("Title") or "").strip()
        ocr = _recognised(pdf, pages, control)
    finally:
        with _LOCK:
            pdf.close()
    body = strip_furniture(pages)
    if _scanned([line for lines in body for line in lines]):
        raise ReportError(PDF_OCR_NO_TEXT if available() else PDF_NO_TEXT_NO_OCR)
    text = "\n".join(paragraphs(body))
    return PdfText(text, ({"title": title} if title else {}), ocr)
