"""Readers: a report file (text in any Chinese encoding, a web page, .docx, PDF, OFD,
.doc/.wps, a scan) to plain text.

Every reader refuses what is not a report with a Chinese `ReportError`: files that are
not regular files, over the limits, damaged, encrypted, zip bombs, or text that decodes
to nonsense. The public face is `decode_file` (path → decoded text and its format).

Modules: `files` (bounded reads of regular files), `text` (format and encoding, the
entry point), `plausible` (text or noise), `html`, `safezip` (a zip opened without
trusting it), `safe_xml` (its XML read without trusting it), `docx` with `docx_body` and
`docx_numbering`, `pdf` with `pdf_lines`,
`pdf_furniture` and `pdf_paragraphs` (the last two also serve OFD), `ofd` with
`ofd_xml` and `ofd_page`, `ole` (what an OLE2 container holds) and `legacy` (.doc and
.wps converted by LibreOffice), `ocr` (scanned pages and page images) with
`ocr_engine`, `ocr_image`, `ocr_layout` and `ocr_text`, and `messages` (every refusal's
wording, once).
"""

from .text import Decoded, decode_file

__all__ = ["Decoded", "decode_file"]
