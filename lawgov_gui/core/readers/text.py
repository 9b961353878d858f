"""Turn a file's bytes into decoded text, deciding the format from the content.

Plain text may come in UTF-8 (with or without BOM), GB18030/GBK/GB2312, Big5 or
UTF-16; charset-normalizer decides when the bytes carry no BOM and are not valid
UTF-8. Web pages are recognised by their markup, whatever their extension, and
their declared charset is honoured. PDF, zip and OLE2 files are recognised by
their first bytes: a PDF is read by readers.pdf; a zip with OFD.xml at its root
by readers.ofd, any other zip as a .docx by readers.docx, each first checked as a
zip (size, compression ratio, its main part) so a zip bomb is never unpacked; an
OLE2 file holding a Word document (.doc, .wps) is converted to .docx by
LibreOffice (readers.legacy) and read as one; page images (PNG,
JPEG, TIFF) by readers.ocr (a scan: format "pdf", Decoded.ocr), as are PDF pages
without a text layer.
Text that decodes to noise (NULs, mostly rare characters: plausible.py) is read
with another Chinese encoding if one fits, else refused. Anything else that is
not text gets a ReportError saying why, in Chinese.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReportError
from .html import html_to_text, looks_like_html
from .messages import (
    DOCX_CORRUPT,
    EMPTY_FILE,
    NO_TEXT_IN_FILE,
    NOT_TEXT,
    OFD_CORRUPT,
    PDF_CORRUPT,
    UNKNOWN_ENCODING,
)
from .ocr import OcrControl
from .ocr_image import is_image
from .ole import OLE_SIGNATURE
from .plausible import CONTROL, check_text, refusal
from .safezip import DAMAGE, check_zip

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CANDIDATES = ["utf_8", "gb18030", "big5hkscs", "utf_16_le", "utf_16_be"]
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
            "big5": "big5hkscs", "utf8": "utf-8", "utf-8-sig": "utf-8"}
_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9]*[\s/>]|!--|!doctype)", re.I)


@dataclass(slots=True)
class Decoded:
    """A file read as text: its format, encoding, text, metadata hints and whether OCR
    read it (a scanned PDF or a page image: format "pdf")."""

    format: str
    encoding: str | None
    text: str
    hints: dict[str, str] = field(default_factory=dict)
    ocr: bool = False


def _canonical(name: str) -> str:
    name = name.lower().replace("_", "-")
    return _ALIASES.get(name, name)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 5:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if max(even, odd) < 4 * min(even, odd):
        return None  # NULs on both sides: binary, not UTF-16 (which has them on one)
    return "utf-16-le" if odd > even else "utf-16-be"


def _mostly_utf8(data: bytes) -> bool:
    """True for UTF-8, allowing a few bad bytes (a page cut off mid-character)."""
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        bad = data.decode("utf-8", errors="replace").count("\ufffd")
        return bad <= max(4, len(data) // 200)  # GB18030 read as UTF-8 fails on most characters


def detect_encoding(data: bytes) -> str:
    """The encoding of text bytes: BOM, then strict UTF-8, then charset-normalizer."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    guess = _utf16_without_bom(data)
    if guess:
        return guess
    if _mostly_utf8(data):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None:
        return _canonical(best.encoding)
    fallback = _least_damaged(data)
    if fallback is None:
        raise ReportError(UNKNOWN_ENCODING)
    return fallback


def _least_damaged(data: bytes) -> str | None:
    """The Chinese encoding that decodes `data` with the fewest bad characters, if few.

    charset-normalizer gives up on text with a few damaged bytes; such a file still
    reads, with a replacement character where the damage is.
    """
    scores = []
    for name in ("gb18030", "big5hkscs", "utf-8"):
        text = data.decode(name, errors="replace")
        bad = text.count("\ufffd") + len(CONTROL.findall(text))
        scores.append((bad / max(1, len(text)), name))
    ratio, name = min(scores)
    return name if ratio < 0.02 else None


def _decode(data: bytes, encoding: str) -> tuple[str, str]:
    """(text, encoding): `data` decoded, or by another Chinese encoding if that one reads.

    Raises:
        ReportError: the text holds NULs, many control characters, or reads as
            the noise of a wrong decoding, whatever the encoding.
    """
    text = data.decode(encoding, errors="replace")
    error = refusal(text)
    if error is None:
        return text.lstrip("\ufeff"), encoding
    for other in ("gb18030", "big5hkscs", "utf-8"):  # never UTF-16: it reads any bytes
        try:
            candidate = data.decode(other)
        except UnicodeDecodeError:
            continue
        if refusal(candidate) is None:
            return candidate.lstrip("\ufeff"), other
    unmarked_nuls = b"\x00" in data and not any(data.startswith(b) for b, _ in _BOMS)
    raise ReportError(NOT_TEXT) if unmarked_nuls else error


def _is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip(b"\x00\t\r\n \xef\xbb\xbf").startswith(b"%PDF-")


# What a damaged document can make the PDF and zip libraries raise (found by fuzzing:
# zipfile's NotImplementedError for a garbled version field, a UnicodeDecodeError
# from pdfium's text).
_DAMAGE = (*DAMAGE, UnicodeDecodeError, IndexError, TypeError)


def _read_binary(data: bytes, ocr: OcrControl | None = None) -> Decoded | None:
    """A PDF, OFD, Word file or page image read (an OLE one converted), or refused; None for
    anything else. `ocr` follows and stops the recognition of scanned pages."""
    if _is_pdf(data):
        from .pdf import read_pdf

        try:
            text, hints, recognised = read_pdf(data, ocr)
        except _DAMAGE:
            raise ReportError(PDF_CORRUPT) from None
        return Decoded("pdf", None, text, hints, recognised)
    if is_image(data):  # a page image reads as a one-page scanned PDF
        from .ocr import image_to_text

        return Decoded("pdf", None, image_to_text(data, ocr), {}, True)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        from .ofd import is_ofd, ofd_to_text

        if not is_ofd(data):
            return _read_docx(data)
        try:
            text, hints = ofd_to_text(data)
        except _DAMAGE:
            raise ReportError(OFD_CORRUPT) from None
        return Decoded("ofd", None, text, hints)
    if data.startswith(OLE_SIGNATURE):
        from .legacy import word_to_docx

        return _read_docx(word_to_docx(data))  # "docx": the formats CONTRACT.md allows
    return None


def _read_docx(data: bytes) -> Decoded:
    """A .docx read, or refused as damaged."""
    from .docx import docx_to_text

    try:
        check_zip(data)
        text, hints = docx_to_text(data)
    except _DAMAGE:
        raise ReportError(DOCX_CORRUPT) from None
    return Decoded("docx", None, text, hints)


def _declared_encoding(data: bytes) -> str | None:
    """The charset a web page declares, if it really decodes the page."""
    m = _DECLARED.search(data[:4096])
    if not m or any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    name = _canonical(m.group(1).decode("ascii", "replace"))
    try:
        data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    return name


def decode_file(path: Path, data: bytes, ocr: OcrControl | None = None) -> Decoded:
    """Decide the format of `data` from its content and decode it.

    Args:
        path: the file's path (its extension is only a tie-breaker).
        data: the file's bytes.
        ocr: progress and cancel of the recognition of a scan (readers.ocr).
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReportError(EMPTY_FILE.format(path))
    decoded = _read_binary(data, ocr)
    if decoded is not None:
        if not decoded.text.strip():
            raise ReportError(NO_TEXT_IN_FILE.format(path))
        check_text(decoded.text)
        return decoded
    text, encoding = _decode(data, _declared_encoding(data) or detect_encoding(data))
    if not text.strip():
        raise ReportError(NO_TEXT_IN_FILE.format(path))
    enc = _canonical(encoding).replace("-sig", "")
    tagged = path.suffix.lower() in (".html", ".htm", ".xhtml") and _TAG.search(text[:4096])
    if looks_like_html(text) or tagged:
        body, hints = html_to_text(text)
        return Decoded("html", enc, body, hints)
    return Decoded("text", enc, text)
