"""One way to run short background work on Qt's thread pool and hear how it went.

Used for work that ends on its own and is not cancelled: importing pyqtgraph
while the first report opens, writing a summary file. (Report loads, which can be
stuck on a named pipe and are abandoned, run on daemon threads instead: see
gui/shell/loading.py.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


@cache
def make_qt_types() -> None:
    """Make every PySide6 type (and its enums) now, on this thread: call it on the UI thread
    before a pool thread imports a module that uses Qt.

    PySide6 creates its types lazily, on first attribute access, and not safely when two
    threads do it at once. pyqtgraph's import walks every attribute of QtCore, QtGui and
    QtWidgets; while the UI thread handled events, that crashed the program at start-up
    about one time in fifteen under load. Made once (about 0.13 s), before any thread starts.
    """
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            getattr(module, name)


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
