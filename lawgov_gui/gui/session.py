"""The open report, and loading a new one off the UI thread.

One worker per load reads the file (or takes text already in memory, such as
the clipboard's), runs the core and lays out the reading document (a
QTextDocument, no widget), then hands both to the UI thread. It emits `finished`
or `failed` and never touches a widget. If the load fails, the report already
open stays open.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal

from ..core import Report, ReportError, Source, build_report, load_report
from ..core.html_text import html_to_text
from ..core.reading import Decoded
from ..core.search import Searcher
from .document import DocStyle, Layout, build_document
from .section_tree import build_rows


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportSession", text)


@dataclass(slots=True)
class Prepared:
    """Everything the window shows for one report, built off the UI thread."""

    report: Report
    layout: Layout
    searcher: Searcher
    tree_rows: list


def prepare(report: Report, style: DocStyle) -> Prepared:
    """Lay out, index for search and build the tree rows of `report` (any thread)."""
    return Prepared(report, build_document(report, style), Searcher(report), build_rows(report))


def report_from_text(text: str, html: bool, name: str) -> Report:
    """Build the report of text held in memory (a web page's markup when `html`).

    Args:
        text: the text or markup, as copied.
        html: whether `text` is HTML; only its readable text is kept, nothing is fetched.
        name: what the text is called in place of a file path (e.g. "剪贴板").

    Raises:
        ReportError: there is no readable text.
    """
    body, hints = html_to_text(text) if html else (text, {})
    if not body.strip():
        raise ReportError(tr("{0}里没有文字。").format(name))
    decoded = Decoded("html" if html else "text", None, body, hints)
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return build_report(decoded, Source(name, decoded.format, None, digest))


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)


class _LoadTask(QRunnable):
    """Read, extract and lay out one report in a pool thread.

    Args:
        token: this load's number, sent back with the result.
        load: makes the report (reads a file, or returns the open report to relayout).
        style: the reading style to lay the document out in.
    """

    def __init__(self, token: int, load: Callable[[], Report], style: DocStyle) -> None:
        super().__init__()
        self.signals = _Signals()
        self._args = (token, load, style)
        self._home = QThread.currentThread()

    def run(self) -> None:
        token, load, style = self._args
        try:
            prepared = prepare(load(), style)
            prepared.layout.document.moveToThread(self._home)
        except ReportError as e:
            self.signals.failed.emit(token, e.message)
            return
        except Exception as e:
            self.signals.failed.emit(token, tr("读取文件时发生意外错误：{0}").format(e))
            return
        self.signals.finished.emit(token, prepared)


class ReportSession(QObject):
    """Holds the report being read and loads new ones in the background.

    Args:
        style: returns the reading style (fonts, colours) to lay documents out with.

    Signals:
        loadStarted(str): a load of this path began.
        loaded(object): the new report is ready to show (a Prepared).
        loadFailed(str, str): the path could not be opened; the message says why.
        busyChanged(bool): a load started or ended.
    """

    loadStarted = Signal(str)
    loaded = Signal(object)
    loadFailed = Signal(str, str)
    busyChanged = Signal(bool)

    def __init__(self, style: Callable[[], DocStyle], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._style = style
        self._token = 0
        self._pending: dict[int, tuple[str, _LoadTask]] = {}
        self.report: Report | None = None
        self.layout: Layout | None = None
        self.path: str | None = None

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def open(self, path: str | Path) -> None:
        """Start loading `path`; the result arrives through `loaded` or `loadFailed`."""
        self._start(str(path), partial(load_report, Path(path)))

    def open_text(self, text: str, html: bool, name: str) -> None:
        """Start building a report from `text` as if read from a file called `name`.

        Args:
            text: the text, or a web page's markup when `html` is true.
            html: whether `text` is HTML.
            name: stands in for the path (in `loaded`, `loadFailed` and the Source).
        """
        self._start(name, partial(report_from_text, text, html, name))

    def relayout(self) -> None:
        """Lay the open report out again (after a theme change), in the background."""
        if self.report is not None and self.path is not None:
            report = self.report
            self._start(self.path, lambda: report)

    def _start(self, path: str, load: Callable[[], Report]) -> None:
        self._token += 1
        task = _LoadTask(self._token, load, self._style())
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        was_busy = self.busy
        self._pending[self._token] = (path, task)
        self.loadStarted.emit(path)
        if not was_busy:
            self.busyChanged.emit(True)
        QThreadPool.globalInstance().start(task)

    def _settle(self, token: int) -> str | None:
        entry = self._pending.pop(token, None)
        if not self._pending:
            self.busyChanged.emit(False)
        return entry[0] if entry and token == self._token else None

    def _on_finished(self, token: int, prepared: Prepared) -> None:
        path = self._settle(token)
        if path is None:
            return
        self.report, self.layout, self.path = prepared.report, prepared.layout, path
        self.loaded.emit(prepared)

    def _on_failed(self, token: int, message: str) -> None:
        path = self._settle(token)
        if path is not None:
            self.loadFailed.emit(path, message)
