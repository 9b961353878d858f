"""Long library work (an import, a rebuild) on a thread of its own, the window never waiting.

The work runs on a plain Python thread with its own library connection. It never signals the
UI thread: it writes how far it is into the job under a lock, and the UI thread polls every
POLL_MS, so the window is updated at most that often however fast files go by, and no worker
ever reaches a deleted object. The files themselves are read in the core's worker processes.

One job at a time per library file: `Jobs` refuses a second while one runs.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...core.library import LibraryError

POLL_MS = 100  # how often the window looks at the job: often enough to look live, never busy

Step = Callable[[int, int, object], None]
Work = Callable[[Step, Callable[[], bool]], object]


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryJobs", text)


@dataclass
class _Shared:
    """What the thread writes and the UI thread reads, under `lock`."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    done: int = 0
    total: int = 0
    items: list[object] = field(default_factory=list)  # one per step, in the order done
    over: bool = False
    result: object = None
    error: str | None = None


def describe(error: Exception) -> str:
    """The Chinese sentence for a job that failed with `error`."""
    if isinstance(error, LibraryError):
        return error.message
    if isinstance(error, (OSError, sqlite3.Error)):
        return tr("报告库无法写入：{0}").format(error)
    return tr("处理时出错（{0}）。").format(type(error).__name__)


class Job(QObject):
    """`work(step, cancelled)` on its own thread; `step(done, total, item)` after each file.

    Args:
        work: the work; it returns the job's result.
        parent: the owner.

    Signals:
        progressed(int, int, list): done, total and the items done since the last report.
        finished(object): the work returned this (also after a cancel: what was done).
        failed(str): the work raised; the Chinese message says why.
    """

    progressed = Signal(int, int, list)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._shared = _Shared()
        self._seen = 0
        self._cancel = threading.Event()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._thread = threading.Thread(target=self._run, name="lawgov-library-job")

    def start(self) -> None:
        """Start the work and the polling."""
        self._poll.start()
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop after the file in hand (what is stored stays)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def running(self) -> bool:
        return self._poll.isActive()

    def wait(self, seconds: float | None = None) -> None:
        """Wait for the thread (the window closing): the work stops cleanly, the file whole."""
        self._thread.join(seconds)

    def _run(self) -> None:
        try:
            result, error = self._work(self._step, self._cancel.is_set), None
        except Exception as e:  # the job's end, whatever it is, reaches the window
            result, error = None, describe(e)
        with self._shared.lock:
            self._shared.result, self._shared.error, self._shared.over = result, error, True

    def _step(self, done: int, total: int, item: object) -> None:
        with self._shared.lock:
            self._shared.done, self._shared.total = done, total
            self._shared.items.append(item)

    def _collect(self) -> None:
        """Report progress since the last poll, and the end once the thread is done."""
        s = self._shared
        with s.lock:
            done, total, fresh, over = s.done, s.total, s.items[self._seen:], s.over
            result, error = s.result, s.error
        self._seen += len(fresh)
        if fresh:
            self.progressed.emit(done, total, fresh)
        if over:
            self._poll.stop()
            self._thread.join()
            if error is None:
                self.finished.emit(result)
            else:
                self.failed.emit(error)


class Jobs(QObject):
    """The one background job of a library file, if any."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: Job | None = None

    def busy(self) -> bool:
        return self.current is not None and self.current.running()

    def start(self, work: Work) -> Job | None:
        """Start `work` as the job; None (nothing started) when one runs already."""
        if self.busy():
            return None
        job = Job(work, self)
        self.current = job
        job.start()
        return job

    def stop(self) -> None:
        """Cancel the job that runs and wait for it to stop (the program is closing)."""
        if self.busy():
            assert self.current is not None
            self.current.cancel()
            self.current.wait()
