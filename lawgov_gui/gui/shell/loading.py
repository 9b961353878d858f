"""One report load on its own daemon thread, which can be abandoned, never waited for.

Loads do not use a thread pool: two loads stuck on a named pipe or a huge file
would fill it, and a pool's threads are joined at exit, so a stuck load would keep
the process alive after the window closed. Each load gets a daemon thread instead.

Abandoning a load (a newer open, the reader's 取消) does two things. Its outcome
is no longer wanted. And its work is stopped as soon as it runs Python code
again: `Cancelled` is raised in its thread (PyThreadState_SetAsyncExc, the
mechanism behind Ctrl+C), so an abandoned pure-Python parse frees the processor
within milliseconds. A thread blocked in a system call (opening a named pipe)
stays blocked until the process ends; being a daemon thread, it does not delay
the exit.

The thread never signals the UI thread: the UI thread polls `collect` (the
session does, every POLL_MS), so no worker ever reaches a deleted object. The one
step that needs both threads, moving the finished document to the UI thread, is a
handshake: the worker moves it while the UI thread waits for it holding neither
the interpreter lock nor any of Qt's locks. (PySide keeps the interpreter lock
through Qt calls such as moveToThread; done freely, the move could wait for a Qt
lock that the UI thread held while it waited for the interpreter lock.)
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from enum import Enum

from ...core import ReportError

POLL_MS = 20  # how often the UI thread looks for finished loads
HANDOVER_SECONDS = 10.0  # the handshake's limit (it takes microseconds)


class Stage(Enum):
    """Where a load is; the status bar names it while the reader waits."""

    READ = 1  # reading the file and finding sections and indicators (the core)
    LAYOUT = 2  # laying the reading document out
    INDEX = 3  # indexing the text for find


class Cancelled(BaseException):
    """Raised inside an abandoned load's thread to end its work (not an Exception, so
    no `except Exception` in the core swallows it)."""


_threads: set[threading.Thread] = set()  # started, maybe still running; UI thread only


class LoadJob:
    """Run `work` on a daemon thread; the UI thread collects the outcome.

    Args:
        token: the load's number.
        work: does the load; given a callback to report each Stage reached.
        hand_over: run on the worker during the handshake, to move what `work`
            returned to the UI thread.
        unexpected: the message for an unexpected error, with {0} for its text.
    """

    def __init__(self, token: int, work: Callable[[Callable[[Stage], None]], object],
                 hand_over: Callable[[object], None], unexpected: str) -> None:
        self.token = token
        self.stage = Stage.READ
        self._work, self._hand_over, self._unexpected = work, hand_over, unexpected
        self._outcome: tuple[bool, object] | None = None  # (succeeded, result or message)
        self._lock = threading.Lock()
        self._working = True  # in `work`: Cancelled may be raised in the thread
        self._wanted = True
        self._handover, self._moved = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lawgov-load-{token}",
                                        daemon=True)

    def start(self) -> None:
        running()  # forget the threads that ended
        _threads.add(self._thread)
        self._thread.start()

    def collect(self) -> tuple[bool, object] | None:
        """(True, result) or (False, message in Chinese) once the work is done, else None.

        UI thread only. Waits (a few microseconds) while the worker hands the result over.
        """
        if self._outcome is None:
            return None
        self._handover.set()
        if not self._moved.wait(HANDOVER_SECONDS):
            self.abandon()
            return False, self._unexpected.format("handover timed out")
        return self._outcome

    def abandon(self) -> None:
        """Stop the work at its next Python instruction; its outcome is dropped."""
        with self._lock:
            self._wanted = False
            if self._working and self._thread.ident is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self._thread.ident), ctypes.py_object(Cancelled))
                self._working = False
        self._handover.set()  # a worker waiting to hand over need not wait

    def _run(self) -> None:
        try:
            outcome = self._attempt()
            self._end_work()
            _checkpoint()  # a Cancelled raised just before _end_work fires here, at the latest
        except Cancelled:
            return
        self._outcome = outcome
        self._handover.wait()
        if self._wanted and outcome[0]:
            self._hand_over(outcome[1])
        self._moved.set()

    def _attempt(self) -> tuple[bool, object]:
        try:
            return True, self._work(self._reached)
        except ReportError as e:
            return False, e.message
        except Exception as e:
            return False, self._unexpected.format(e)

    def _reached(self, stage: Stage) -> None:
        self.stage = stage  # read by the UI thread when it polls

    def _end_work(self) -> None:
        with self._lock:
            self._working = False


def _checkpoint() -> None:
    """A Python call: the interpreter raises a pending asynchronous exception on entry."""


def running() -> int:
    """How many load threads have not ended (stuck or abandoned ones included)."""
    _threads.difference_update([t for t in _threads if not t.is_alive()])
    return len(_threads)
