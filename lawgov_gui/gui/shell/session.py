"""The open report, and loading a new one off the UI thread.

Each load runs on its own daemon thread (see loading.py): it reads the file (or
takes text already in memory, such as the clipboard's), runs the core and lays
out the reading document (a QTextDocument, no widget), then hands both to the UI
thread. It never touches a widget. If the load fails or is cancelled, the report
already open stays open.

A newer open supersedes an older one: the older is abandoned and its result, if
it ever comes, ignored. A file read by text recognition (OCR) tells its progress
page by page (`ocrProgress`, through an OcrFeed, taken at each poll); cancelling
or superseding it also asks the recognition to stop before its next page. A theme
change while a report loads re-lays that report out once it arrives, rather than
superseding it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from ...core import Report, ReportError, Source, build_report, load_report
from ...core.analysis.search import Searcher
from ...core.readers.html import html_to_text
from ...core.readers.text import Decoded
from ..common.state import AppState
from ..reader.document import DocStyle, Layout, build_document
from ..reader.section_tree import build_rows
from .loading import POLL_MS, LoadJob, Stage
from .ocr_feed import OcrFeed


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportSession", text)


@dataclass(slots=True)
class Prepared:
    """Everything the window shows for one report, built off the UI thread."""

    report: Report
    layout: Layout
    searcher: Searcher
    tree_rows: list


def prepare(report: Report, style: DocStyle,
            reached: Callable[[Stage], None] = lambda _s: None) -> Prepared:
    """Lay out, index for search and build the tree rows of `report` (any thread).

    Args:
        report: the report to show.
        style: the reading style to lay it out in.
        reached: told when the layout and the indexing begin.
    """
    reached(Stage.LAYOUT)
    layout = build_document(report, style)
    reached(Stage.INDEX)
    return Prepared(report, layout, Searcher(report), build_rows(report))


def _load_and_prepare(load: Callable[[], Report], style: DocStyle,
                      reached: Callable[[Stage], None]) -> Prepared:
    """A load's work, on its thread: make the report and prepare it."""
    reached(Stage.READ)
    return prepare(load(), style, reached)


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


class ReportSession(QObject):
    """Loads reports in the background, and lays the open one out again on request.

    Args:
        state: the window's state; its report is the one `relayout` lays out anew.
        style: returns the reading style (fonts, colours) to lay documents out with.

    Signals:
        loadStarted(str): a load of this path began.
        loaded(object): the new report is ready to show (a Prepared).
        loadFailed(str, str): the path could not be opened; the message says why.
        loadCancelled(str): the reader cancelled the load of this path.
        stageChanged(object): the current load reached this Stage.
        ocrProgress(object): the current load recognised a page (an OcrPage; done 0:
            the recognition starts).
        busyChanged(bool): a load started or ended.
    """

    loadStarted = Signal(str)
    loaded = Signal(object)
    loadFailed = Signal(str, str)
    loadCancelled = Signal(str)
    stageChanged = Signal(object)
    ocrProgress = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, state: AppState, style: Callable[[], DocStyle],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._style = style
        self._token = 0
        self._current: tuple[str, LoadJob] | None = None
        self._feed: OcrFeed | None = None  # the current load's recognition, if it reads a file
        self._stage = Stage.READ
        self._restyle = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    @property
    def busy(self) -> bool:
        """Whether a load is under way (an abandoned one does not count)."""
        return self._current is not None

    def open(self, path: str | Path) -> None:
        """Start loading `path`; the result arrives through `loaded` or `loadFailed`."""
        feed = OcrFeed()
        self._start(str(path), partial(load_report, Path(path), feed.control), feed)

    def open_text(self, text: str, html: bool, name: str) -> None:
        """Start building a report from `text` as if read from a file called `name`.

        Args:
            text: the text, or a web page's markup when `html` is true.
            html: whether `text` is HTML.
            name: stands in for the path (in `loaded`, `loadFailed` and the Source).
        """
        self._start(name, partial(report_from_text, text, html, name))

    def relayout(self) -> None:
        """Lay the open report out again (after a theme change), in the background.

        While another report loads, it is laid out in the new style once it arrives
        (or, if it fails, the report still open is).
        """
        report = self._state.report
        if self.busy:
            self._restyle = True
        elif report is not None:
            self._start(report.source.path, lambda: report)

    def cancel(self) -> None:
        """Give up the current load (`loadCancelled`); the open report stays."""
        if self._current is not None:
            path, job = self._current
            self._stop_feed()
            self._drop()
            job.abandon()
            self.loadCancelled.emit(path)
            self._catch_up()

    def _start(self, path: str, load: Callable[[], Report], feed: OcrFeed | None = None) -> None:
        was_busy = self.busy
        if self._current is not None:
            self._current[1].abandon()  # superseded
            self._stop_feed()
        self._restyle = False
        job = self._job(load)
        self._current, self._stage, self._feed = (path, job), Stage.READ, feed
        self.loadStarted.emit(path)
        if not was_busy:
            self.busyChanged.emit(True)
        job.start()
        self._poll.start()

    def _job(self, load: Callable[[], Report]) -> LoadJob:
        self._token += 1
        home = QThread.currentThread()
        return LoadJob(self._token, partial(_load_and_prepare, load, self._style()),
                       lambda prepared: prepared.layout.document.moveToThread(home),
                       tr("读取文件时发生意外错误：{0}"))

    def _catch_up(self) -> None:
        """A theme change came during the load just ended: lay the open report out anew."""
        if self._restyle:
            self._restyle = False
            self.relayout()

    def _stop_feed(self) -> None:
        if self._feed is not None:
            self._feed.stop()
            self._feed = None

    def _drop(self) -> None:
        self._current = None
        self._feed = None
        self._poll.stop()
        self.busyChanged.emit(False)

    def _check(self) -> None:
        """Poll the current load: tell its pages and new stage, or deliver its outcome."""
        if self._current is None:
            return
        path, job = self._current
        outcome = job.collect()  # first: every page told before the work ended is told below
        self._tell_pages()
        if self._current is None or self._current[1] is not job:
            return  # a receiver of ocrProgress cancelled the load, or opened another
        if job.stage is not self._stage:
            self._stage = job.stage
            self.stageChanged.emit(job.stage)
        if outcome is not None:
            self._drop()
            self._deliver(path, *outcome)
            self._catch_up()

    def _tell_pages(self) -> None:
        """Emit the pages the current load recognised since the last poll."""
        feed = self._feed
        for page in feed.take() if feed is not None else []:
            if self._feed is not feed:
                return  # cancelled or superseded by a receiver
            self.ocrProgress.emit(page)

    def _deliver(self, path: str, succeeded: bool, result: Any) -> None:
        """Emit `loaded` (result: the Prepared) or `loadFailed` (result: the message)."""
        if succeeded:
            self.loaded.emit(result)
        else:
            self.loadFailed.emit(path, result)
