"""How much the core reads, unpacks and builds before it says a report is too large.

Every limit is read as `limits.NAME` at the moment it is checked, so a test (or a
caller with other needs) may lower one for a run. Each keeps the whole pipeline of
the largest accepted report — load, summary, export — within seconds and well
under 2 GB on an ordinary machine.
"""

from __future__ import annotations

from .errors import ReportError

MAX_BYTES = 64 * 2**20  # a report file on disk
MAX_UNZIPPED = 200 * 2**20  # all entries of a .docx together, as actually unpacked
MAX_PART = 64 * 2**20  # one XML part of a .docx (the body), as actually unpacked
MAX_CHARS = 10_000_000  # characters of decoded text (about 5,000 printed pages)
MAX_PDF_CHARS = 1_000_000  # characters of a PDF's text layer (about 500 pages; rebuilt from boxes, 5–10 µs each)
MAX_LINES = 500_000  # paragraphs of the text
MAX_FIGURES = 200_000  # figures found in the text


def too_long(chars: int | None) -> ReportError:
    """The refusal of a text of `chars` characters (None: not counted to the end)."""
    size = f"（约 {chars / 10_000:.0f} 万字）" if chars is not None else ""
    return ReportError(f"报告太长{size}，超过 {MAX_CHARS // 10_000} 万字的上限，无法打开。")


def check_chars(chars: int) -> None:
    """Raise ReportError when a text of `chars` characters is over MAX_CHARS."""
    if chars > MAX_CHARS:
        raise too_long(chars)


def check_lines(lines: int) -> None:
    """Raise ReportError when a text of `lines` paragraphs is over MAX_LINES."""
    if lines > MAX_LINES:
        raise ReportError(f"报告的段落太多（{lines} 段），超过 {MAX_LINES} 段的上限，无法打开。")


def too_many_figures() -> ReportError:
    """The refusal of a text with more than MAX_FIGURES figures."""
    return ReportError(f"报告中的数字太多（超过 {MAX_FIGURES} 个），不像一份报告，无法打开。")
