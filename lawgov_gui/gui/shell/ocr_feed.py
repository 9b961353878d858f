"""What a load's text recognition tells the window, and how the window stops it.

The core calls `OcrControl.on_page` on the load's thread (core/readers/ocr.py). That
thread never signals the UI thread (see loading.py): it only appends each call to
the feed, under a lock. The session takes what has arrived each time it polls the
load (every POLL_MS) and emits it, on the UI thread, as a queued signal would. The
stop flag is the control's `cancelled`, asked by the core before each page.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from ...core.readers.ocr import OcrControl


@dataclass(frozen=True, slots=True)
class OcrPage:
    """One call of the core's progress: `done` of `total` pages recognised.

    Attributes:
        done: pages recognised so far (0: the recognition starts).
        total: the pages to recognise.
        text: the text of page `done`, one paragraph a line ("" when done is 0).
    """

    done: int
    total: int
    text: str


class OcrFeed:
    """The recognition's progress, passed from the load's thread to the UI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._arrived: list[OcrPage] = []
        self._stop = threading.Event()
        self.control = OcrControl(on_page=self._page, cancelled=self._stop.is_set)

    def _page(self, done: int, total: int, text: str) -> None:
        """The core's `on_page`, on the load's thread: never raises."""
        with self._lock:
            self._arrived.append(OcrPage(done, total, text))

    def take(self) -> list[OcrPage]:
        """The calls that arrived since the last `take`, in order (UI thread)."""
        with self._lock:
            arrived, self._arrived = self._arrived, []
        return arrived

    def stop(self) -> None:
        """Ask the recognition to stop before its next page."""
        self._stop.set()
