"""The text of one section of the 对照 view as rich text: its heading in bold, its paragraphs, and
the figures paired with the other year marked, so the eye finds them."""

from __future__ import annotations

from html import escape

from ...core.library.align import Heading
from ...core.library.figure_pairs import Figure


def section_html(text: str, heading: Heading, figures: list[Figure], mark: str) -> str:
    """The section `heading` of `text` as HTML; `figures` inside it get the background `mark`."""
    inside = sorted((f for f in figures if heading.heading_end <= f.start and f.end <= heading.end),
                    key=lambda f: f.start)
    title = text[heading.start:heading.heading_end].strip()
    head = f"<p><b>{escape(title)}</b></p>" if title else ""
    return head + _paragraphs(text, heading.heading_end, heading.end, inside, mark)


def _paragraphs(text: str, start: int, end: int, figures: list[Figure], mark: str) -> str:
    """The text from `start` to `end`, a <p> a line, each figure in a marked <span>."""
    parts, at = [], start
    for f in figures:
        if f.start >= at:
            parts += [escape(text[at:f.start]),
                      f'<span style="background-color:{mark}">{escape(text[f.start:f.end])}</span>']
            at = f.end
    parts.append(escape(text[at:end]))
    lines = "".join(parts).split("\n")
    return "".join(f"<p>{line}</p>" for line in lines if line.strip())


def missing_html(year_text: str, muted: str) -> str:
    """What a pane shows when its report has no section for the row."""
    return f'<p style="color:{muted}">{escape(year_text)}</p>'
