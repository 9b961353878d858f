"""From a file to a Report: read, clean, find sections, extract indicators.

This is the one path every view uses: the window, the printed summary and
`lawgov-gui extract` all call `load_report` (or `build_report` on text already
in memory) and read the same Report.
"""

from __future__ import annotations

import bisect
import hashlib
from pathlib import Path

from . import limits
from .extract import cells
from .extract.breakdown import name_breakdowns
from .extract.chrome import clean_lines, is_meta_line
from .extract.indicators import Quantity, find_quantities
from .extract.meaning import describe_figures
from .extract.meta import build_meta
from .extract.normalize import shadow, split_lines
from .extract.relations import link_changes
from .extract.sections import HEADING, build_tree, find_headings
from .extract.subjects import subject_for
from .extract.tables import TableFigure, read_tables
from .extract.unwrap import unwrap
from .gc_pause import paused
from .model import Indicator, Kind, Report, Scope, SectionIndex, Source, TableCell
from .readers.files import read_bytes
from .readers.ocr import OcrControl
from .readers.text import Decoded, decode_file


def load_report(path: str | Path, ocr: OcrControl | None = None) -> Report:
    """Read the report at `path`. Raises ReportError (message in Chinese) on bad input.

    `ocr` follows and stops the recognition of a scan's pages (readers.ocr.OcrControl).
    """
    p = Path(path)
    data = read_bytes(p)
    with paused():  # a full collection on the load thread holds the GIL: the window would wait
        decoded = decode_file(p, data, ocr)
    source = Source(str(p), decoded.format, decoded.encoding, hashlib.sha256(data).hexdigest(),
                    decoded.ocr)
    return build_report(decoded, source)


class _Page:
    """The raw lines joined, their shadow (computed once) and where each line starts."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.joined = "\n".join(lines)
        self.shade = shadow(self.joined)
        self.starts: list[int] = []
        pos = 0
        for line in lines:
            self.starts.append(pos)
            pos += len(line) + 1

    def line_shade(self, i: int) -> str:
        return self.shade[self.starts[i]:self.starts[i] + len(self.lines[i])]

    def quantities_by_line(self) -> list[list[Quantity]]:
        """Quantities found in the page, grouped by the line they stand in."""
        per_line: list[list[Quantity]] = [[] for _ in self.lines]
        for q in find_quantities(self.joined, self.shade):
            per_line[bisect.bisect_right(self.starts, q.start) - 1].append(q)
        return per_line

    def keep_flags(self, per_line: list[list[Quantity]]) -> list[bool]:
        """For each line, whether it holds a heading or an indicator (never dropped)."""
        return [bool(HEADING.match(self.shade, self.starts[i]) or (qs and not is_meta_line(line)))
                for i, (line, qs) in enumerate(zip(self.lines, per_line, strict=True))]


def build_report(decoded: Decoded, source: Source) -> Report:
    """Build the report model from decoded text.

    Raises:
        ReportError: the text is over the size limits (limits.py).
    """
    with paused():  # a million objects that all stay alive: nothing for the collector
        return _build(decoded, source)


def _build(decoded: Decoded, source: Source) -> Report:
    limits.check_chars(len(decoded.text))
    lines = split_lines(decoded.text)
    if decoded.format == "text":  # a copy broken at the page's width (documents have paragraphs)
        lines = unwrap(lines)
    limits.check_lines(len(lines))
    page = _Page(lines)
    per_line = page.quantities_by_line()
    if decoded.format in ("docx", "pdf", "ofd"):  # documents carry no site chrome to drop
        rows = list(range(len(page.lines)))
    else:
        keep = cells.kept_rows(page.starts, read_tables(page.joined, page.shade),
                               page.keep_flags(per_line))
        rows = clean_lines(page.lines, keep)
    kept = [page.lines[i] for i in rows]
    text = "\n".join(kept)
    shade = "\n".join(page.line_shade(i) for i in rows)
    meta = build_meta(page.lines, kept, decoded.hints)
    tables = read_tables(text, shade)
    sections = build_tree(find_headings(text, tables.masked(shade)), len(text))
    figures = cells.merge(_relocate(page.starts, per_line, rows, kept), tables)
    index = SectionIndex(sections)
    indicators = _indicators(text, shade, figures, index)
    name_breakdowns(shade, indicators)
    link_changes(shade, indicators, meta.year)
    describe_figures(text, shade, indicators, index, meta)
    return Report(source, meta, text, sections, indicators)


def _relocate(starts: list[int], per_line: list[list[Quantity]], kept_rows: list[int],
              kept: list[str]) -> list[Quantity]:
    """Move quantities found in the raw lines to their offsets in the cleaned text (in place:
    the page's quantities are read no more)."""
    out: list[Quantity] = []
    pos = 0
    for row, line in zip(kept_rows, kept, strict=True):
        found = per_line[row]
        shift = pos - starts[row]
        if shift:
            for q in found:
                q.start += shift
                q.end += shift
        out += found
        pos += len(line) + 1
    return out


def _indicators(text: str, shade: str, figures: list[tuple[Quantity, TableFigure | None]],
                index: SectionIndex) -> list[Indicator]:
    """The indicators of `figures`: a table cell is named by its row and column."""
    out: list[Indicator] = []
    floor = 0
    at = index.at
    for n, (q, cell) in enumerate(figures, 1):
        start, end, kind = q.start, q.end, q.kind
        if cell is None:
            subject, table = subject_for(text, shade, start, end, kind, floor), None
        else:
            subject, table = cell.subject, TableCell(cell.row, cell.column)
        section = at(start)
        out.append(Indicator(f"i{n}", text[start:end], start, end, q.value, q.unit,
                             q.qualifier, _KINDS.get(kind) or Kind(kind), subject,
                             section.id if section else None, None, "", None, None, _OWN,
                             False, table))
        floor = end
    return out


_KINDS = {k.value: k for k in Kind}  # Kind(x) goes through EnumMeta.__call__: a dict is cheaper
_OWN = Scope.OWN
