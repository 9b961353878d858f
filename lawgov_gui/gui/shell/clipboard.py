"""File → 从剪贴板打开: read what was copied (a web page or plain text) as a report.

HTML is preferred, as a browser copies it: its readable text is kept and nothing
it names is fetched. The report is built in the session's worker like a file;
an empty clipboard fails the same way a bad file does, and the report already
open stays open.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from .session import ReportSession
from .settings import CLIPBOARD


def clipboard_content() -> tuple[str, bool]:
    """The clipboard's HTML if it has any, else its plain text: (text, is_html)."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return "", False
    if mime.hasHtml() and mime.html().strip():
        return mime.html(), True
    return (mime.text() if mime.hasText() else ""), False


def open_clipboard(session: ReportSession) -> None:
    """Start building a report from the clipboard; the session reports the outcome."""
    text, html = clipboard_content()
    session.open_text(text, html, CLIPBOARD)
