"""One way to run short background work on Qt's thread pool and hear how it went.

Used for work that ends on its own and is not cancelled: importing pyqtgraph
while the first report opens, writing a summary file. (Report loads, which can be
stuck on a named pipe and are abandoned, run on daemon threads instead: see
gui/shell/loading.py.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    """What a pool task reports; connected on the UI thread, emitted from the pool.

    Signals:
        progress(int, int): done and total steps, as the work goes.
        finished(object): the work returned this.
        failed(str): the work raised; the message (from `describe`) says why.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class PoolTask(QRunnable):
    """Run `work(progress)` on the global thread pool; its outcome arrives as signals.

    Args:
        work: the work; it may call the given progress(done, total) as it goes.
        describe: the message for an exception raised by `work`.
    """

    def __init__(self, work: Callable[[Callable[[int, int], None]], object],
                 describe: Callable[[Exception], str] = str) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work, self._describe = work, describe

    def start(self) -> None:
        """Queue the work on the global thread pool."""
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as e:
            self._emit(self.signals.failed, self._describe(e))
            return
        self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the receiver's window closed meanwhile
            signal.emit(value)
