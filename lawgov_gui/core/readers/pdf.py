"""The text of a PDF that has a text layer, one paragraph a line (pdfium).

`pdf_to_text` opens the document, refuses what it cannot read, and reads each
page's lines (`pdf_lines`), drops the page furniture (`pdf_furniture`) and joins
the lines back into paragraphs (`pdf_paragraphs`).

A PDF without a text layer (a scan), a password-protected or damaged one, one
of more than MAX_PAGES pages and one of more than limits.MAX_PDF_CHARS characters
(counted page by page before a page is read) are refused with a ReportError in
Chinese (`messages`). pdfium is not thread-safe: every call into it holds one lock.
"""

from __future__ import annotations

import threading

from .. import limits
from ..errors import ReportError
from .messages import (
    NO_PDFIUM,
    PDF_CORRUPT,
    PDF_NO_TEXT,
    PDF_PASSWORD,
    PDF_SECURITY,
    PDF_TOO_MANY_CHARS,
    PDF_TOO_MANY_PAGES,
)
from .pdf_furniture import strip_furniture
from .pdf_lines import page_lines
from .pdf_paragraphs import paragraphs

MAX_PAGES = 2000
MIN_CHARS = 10  # a page with fewer non-space characters has no real text layer

_LOCK = threading.Lock()


def pdf_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The body text of a PDF, one paragraph a line, and metadata hints ("title").

    Raises:
        ReportError: a scan without text layer, a password, damage, too many pages.
    """
    if b"%%EOF" not in data.rstrip(b"\x00\t\n\x0c\r ")[-1024:]:  # cut short (%%EOF ends a PDF)
        raise ReportError(PDF_CORRUPT)
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
                raise ReportError(PDF_PASSWORD) from None
            if code == pdfium_c.FPDF_ERR_SECURITY:
                raise ReportError(PDF_SECURITY) from None
            raise ReportError(PDF_CORRUPT) from None
        try:
            count = len(pdf)
            if count == 0:
                raise ReportError(PDF_CORRUPT)
            if count > MAX_PAGES:
                raise ReportError(PDF_TOO_MANY_PAGES.format(count, MAX_PAGES))
            pages = []
            chars = 0
            for index in range(count):
                try:
                    page = pdf[index]
                except pdfium.PdfiumError:
                    raise ReportError(PDF_CORRUPT) from None
                try:
                    textpage = page.get_textpage()
                    try:
                        chars += pdfium_c.FPDFText_CountChars(textpage)
                        if chars > limits.MAX_PDF_CHARS:
                            limit = limits.MAX_PDF_CHARS // 10_000
                            raise ReportError(PDF_TOO_MANY_CHARS.format(limit))
                        pages.append(page_lines(pdfium_c, textpage, index))
                    finally:
                        textpage.close()
                finally:
                    page.close()
            title = (pdf.get_metadata_value("Title") or "").strip()
        finally:
            pdf.close()

    if not any(sum(not ch.isspace() for line in lines for ch in line.text) >= MIN_CHARS
               for lines in pages):
        raise ReportError(PDF_NO_TEXT)
    body = strip_furniture(pages)
    if sum(not ch.isspace() for lines in body for line in lines for ch in line.text) < MIN_CHARS:
        raise ReportError(PDF_NO_TEXT)
    text = "\n".join(paragraphs(body))
    return text, ({"title": title} if title else {})
