"""What the window opens first: the report asked for, else the last one, else the sample.

A report named on the command line that cannot be opened (a folder, a missing or
unreadable file) gets the window's Chinese error dialog, and the window then opens
the next candidate: the report open at the last exit, at its reading position,
then the bundled sample. A load the reader cancels moves on the same way. So the
window never stays empty under "正在打开报告…". The chain ends once a report is
shown, or as soon as the reader opens something else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ...assets import sample_report_path
from .settings import CLIPBOARD, Settings

if TYPE_CHECKING:
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("FirstReport", text)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A report to try, and the reading offset to restore in it (None: the top)."""

    path: str
    offset: int | None = None


def candidates(path: str | Path | None, settings: Settings) -> list[Candidate]:
    """The reports to try in turn: `path` if given, the last report, the bundled sample."""
    found = [Candidate(str(path))] if path is not None else []
    last, offset = settings.last_report()
    if last and last != CLIPBOARD and Path(last).is_file():
        found.append(Candidate(last, offset))
    found.append(Candidate(str(sample_report_path())))
    unique: dict[str, Candidate] = {}
    for c in found:
        unique.setdefault(c.path, c)
    return list(unique.values())


class FirstReport(QObject):
    """Open the first of `tries` that loads, in the window, one after another.

    Args:
        window: the window to open them in (its parent).
        tries: the candidates, best first.
    """

    def __init__(self, window: MainWindow, tries: list[Candidate]) -> None:
        super().__init__(window)
        self._window, self._tries = window, list(tries)
        self._ours = self._done = False
        session = window.session
        session.loaded.connect(self._stop)
        session.loadFailed.connect(self._next)
        session.loadCancelled.connect(self._next)
        session.loadStarted.connect(self._started)

    def start(self) -> None:
        self._next()

    def _next(self, *_: object) -> None:
        if not self._tries:
            if self._window.state.report is None:  # every one failed or was cancelled
                self._window.text.setPlaceholderText(tr("没有打开的报告。请用“文件 → 打开”选择报告。"))
            self._stop()
            return
        first = self._tries.pop(0)
        self._ours = True
        self._window.open_path(first.path, restore_offset=first.offset)
        self._ours = False

    def _started(self, _path: str) -> None:
        if not self._ours:
            self._stop()  # the reader opened something else: theirs wins

    def _stop(self, *_: object) -> None:
        if self._done:
            return
        self._done = True
        session = self._window.session
        for signal, slot in ((session.loaded, self._stop), (session.loadFailed, self._next),
                             (session.loadCancelled, self._next),
                             (session.loadStarted, self._started)):
            signal.disconnect(slot)
        self._tries.clear()
        self.deleteLater()
