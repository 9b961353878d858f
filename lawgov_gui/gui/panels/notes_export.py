"""Saving a report's notes: as Markdown to read or send, as JSON to keep or print headless.

The JSON file is the library's own backup format (core/library/notes.py), so
`lawgov-gui summary --notes FILE.json` prints the same 批注 as the window.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...core import Report
from ...core.library import Note
from ...core.library.notes import save
from ...core.library.notes_text import to_markdown
from ...core.writers.atomic import atomic_write, write_failure
from ..common.save_dialog import ExportFolder, ask_save_path, export_failed


def tr(text: str) -> str:
    return QCoreApplication.translate("NotesExport", text)


class NotesFormat(StrEnum):
    """The two ways notes are saved, by file suffix."""

    MARKDOWN = ".md"
    JSON = ".json"


def suggested_name(report: Report, fmt: NotesFormat) -> str:
    """The file name offered at first: the report's name and 批注."""
    stem = Path(report.source.path).stem if report.source.path else tr("报告")
    return stem + tr("-批注") + fmt.value


def write_notes(report: Report, notes: list[Note], fmt: NotesFormat, path: str) -> None:
    """Write `notes` of `report` to `path` in `fmt`.

    Raises:
        OSError: the file cannot be written (a WriteFailed has a Chinese message).
    """
    if fmt is NotesFormat.JSON:
        save(notes, Path(path))
        return
    title = report.meta.title or Path(report.source.path).stem
    text = to_markdown(notes, title, report.sections)
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def export_notes(parent: QWidget, report: Report, notes: list[Note], fmt: NotesFormat,
                 exports: ExportFolder, ask=ask_save_path) -> str | None:
    """Ask where, then save; the path written, or None (cancelled, or failed: said in a box).

    Args:
        parent: the dialogs' parent.
        report: the open report.
        notes: its notes.
        fmt: Markdown or JSON.
        exports: where the dialog starts; remembers the folder after a success.
        ask: the save dialog (tests replace it).
    """
    kind = tr("Markdown 文件 (*.md)") if fmt is NotesFormat.MARKDOWN else tr("JSON 文件 (*.json)")
    path = ask(parent, tr("导出批注"), suggested_name(report, fmt), kind, exports)
    if not path:
        return None
    if not path.lower().endswith(fmt.value):
        path += fmt.value
    try:
        write_notes(report, notes, fmt, path)
    except OSError as exc:
        parent.error_box = export_failed(parent, write_failure(exc, path))
        return None
    exports.remember_export(path)
    return path
