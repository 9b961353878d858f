"""Readers: a report file (text in any Chinese encoding, a web page, .docx, PDF) to plain text.

Every reader refuses what is not a report with a Chinese `ReportError`: files that are
not regular files, over the limits, damaged, encrypted, zip bombs, or text that decodes
to nonsense. The public face is `decode_file` (path → decoded text and its format).
"""

from .text import Decoded, decode_file

__all__ = ["Decoded", "decode_file"]
