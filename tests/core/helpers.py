"""Build reports from in-memory text for the core tests."""

from __future__ import annotations

from lawgov_gui.core import Report, build_report
from lawgov_gui.core.model import Source
from lawgov_gui.core.readers.text import Decoded


def report_of(text: str, hints: dict[str, str] | None = None) -> Report:
    """The report the core builds from `text` as if read from a UTF-8 .txt file."""
    return build_report(Decoded("text", "utf-8", text, hints or {}),
                        Source("memory.txt", "text", "utf-8", "0" * 64))


def figures(text: str) -> list[tuple]:
    """(text, value, unit, qualifier, kind) of every indicator found in `text`."""
    return [(i.text, i.value, i.unit, i.qualifier, i.kind) for i in report_of(text).indicators]
