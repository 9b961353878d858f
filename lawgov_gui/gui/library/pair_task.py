"""The 对照 view's alignment of two reports, on the thread pool: the window never waits for it.

Aligning two long reports takes most of a second (300 sections: 0.8 s), so it runs as a PoolTask
(common/worker.py) with a library connection of its own. One alignment runs at a time; a choice
made meanwhile waits for it, and only the latest choice waits (a reader stepping through the
years starts one alignment, not one per step). An alignment that comes back after the reader
chose something else is dropped: what is shown is always the pair last chosen.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...core.library import Library, LibraryError
from ...core.library.align import Alignment
from ..common.worker import PoolTask


def tr(text: str) -> str:
    return QCoreApplication.translate("PairView", text)


def describe(error: Exception) -> str:
    """The Chinese sentence for an alignment that failed with `error`."""
    if isinstance(error, LibraryError):
        return str(error)
    return tr("对照时出错（{0}）。").format(type(error).__name__)


def align(path: Path, before: int, after: int, _progress: object) -> Alignment:
    """The reports `before` and `after` of the library at `path`, aligned (a PoolTask's work:
    it is given a progress callback, not used here)."""
    with Library(path) as library:
        return library.pair(before, after)


class Aligner(QObject):
    """Aligns the pair asked for last, on the thread pool.

    Signals:
        aligned(object): the Alignment of the pair asked for last.
        failed(str): why the pair asked for last cannot be aligned (in Chinese).
    """

    aligned = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = 0  # the number of the latest question
        self._next: tuple[int, Path, int, int] | None = None  # waiting for the running one
        self._running: int | None = None  # the number of the question being worked on
        self._tasks: list[PoolTask] = []  # the running task, and the one before (its signals
        # may still be delivering when the next one starts)

    def ask(self, path: Path, before: int, after: int) -> None:
        """Align the reports with ids `before` and `after` of the library at `path`."""
        self._asked += 1
        self._next = (self._asked, path, before, after)
        if self._running is None:
            self._start()

    def forget(self) -> None:
        """Drop the question asked last: its answer, if it comes, is not reported."""
        self._asked += 1
        self._next = None

    def waiting(self) -> bool:
        """Whether the answer to the latest question is still to come."""
        return self._next is not None or (self._running is not None
                                          and self._running == self._asked)

    def working(self) -> bool:
        """Whether an alignment runs (wanted or not)."""
        return self._running is not None

    def _start(self) -> None:
        assert self._next is not None
        number, path, before, after = self._next
        self._next, self._running = None, number
        task = PoolTask(partial(align, path, before, after), describe)
        task.signals.finished.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._tasks = [*self._tasks[-1:], task]
        task.start()

    def _done(self, alignment: Alignment) -> None:
        if self._over():
            self.aligned.emit(alignment)

    def _failed(self, message: str) -> None:
        if self._over():
            self.failed.emit(message)

    def _over(self) -> bool:
        """The running alignment is over: whether it answers the latest question (else the
        question waiting starts)."""
        latest = self._running == self._asked
        self._running = None
        if self._next is not None:
            self._start()
        return latest
