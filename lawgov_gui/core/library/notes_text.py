"""A report's notes as text: found by a word, exported as Markdown, and printed in the summary.

Search within notes is a case-insensitive substring over the marked text and the words written:
a report holds tens of notes, not thousands, so the notes panel filters them as the reader types
without an index (the library's search index covers reports, not notes).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from ..model import Section
from ..section_index import SectionIndex
from ..summary.content import NoteLine, heading
from ..writers.briefing import OPENING
from .notes import Note, NoteKind

KIND_WORDS = {NoteKind.HIGHLIGHT: "高亮", NoteKind.NOTE: "批注"}


def matching(notes: Sequence[Note], query: str) -> list[Note]:
    """The notes whose marked text or words contain `query`, ignoring case (all for "")."""
    needle = query.strip().casefold()
    return [n for n in notes if needle in n.quote.casefold() or needle in n.text.casefold()]


def section_heading(index: SectionIndex, offset: int) -> str:
    """The printed heading of the innermost section holding `offset` ("" before the first)."""
    section = index.at(offset)
    return heading(section) if section is not None else ""


def printed(notes: Sequence[Note], sections: list[Section]) -> list[NoteLine]:
    """The summary's lines of `notes` (in text order), each under its section's heading."""
    index = SectionIndex(sections)
    return [NoteLine(section_heading(index, n.start), n.quote, n.text)
            for n in sorted(notes, key=lambda n: (n.start, n.id or 0))]


def day(note: Note) -> str:
    """The date the note was written, "2024-03-15" ("" when unknown)."""
    return note.created[:10]


def to_markdown(notes: Sequence[Note], title: str, sections: list[Section] | None = None) -> str:
    """The notes as Markdown: the report's title, a heading per section (when `sections` are
    given), each note's marked text as a blockquote, its words, its kind and date."""
    index = SectionIndex(sections or [])
    ordered = sorted(notes, key=lambda n: (n.start, n.id or 0))
    out = [f"# 批注：{title}", ""]
    for head, group in groupby(ordered, key=lambda n: section_heading(index, n.start)):
        if sections is not None:
            out += [f"## {head or OPENING}", ""]
        for note in group:
            out += _markdown_note(note)
    return "\n".join(out).rstrip("\n") + "\n"


def _markdown_note(note: Note) -> list[str]:
    """One note: the quote (every line marked), the words, then "*批注 · date*"."""
    quote = [f"> {line}".rstrip() for line in note.quote.splitlines() or [""]]
    words = [note.text.strip(), ""] if note.text.strip() else []
    stamp = " · ".join(w for w in (KIND_WORDS[note.kind], day(note)) if w)
    return [*quote, "", *words, f"*{stamp}*", ""]
