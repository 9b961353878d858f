"""Helpers of the window tests: a ~1 MB report, and waiting for the indicator panels."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEED

_BODY_START = re.compile(r"^2023年", re.M)
_BODY_END = "[ 纠错 ]"


def big_report(folder: Path, size: int = 1_000_000) -> Path:
    """Write a report of about `size` bytes of UTF-8 into `folder`; its path."""
    text = SEED.read_text(encoding="utf-8")
    start = _BODY_START.search(text)
    assert start is not None and _BODY_END in text
    end = text.index(_BODY_END, start.start())
    head, body, tail = text[:start.start()], text[start.start():end], text[end:]
    copies = max(1, round((size - len((head + tail).encode())) / len(body.encode())))
    path = folder / "big-report.txt"
    path.write_text(head + body * copies + tail, encoding="utf-8")
    return path


def panels_ready(qtbot, window):
    """`window` once its indicator panels are built (pyqtgraph loads in the background)."""
    if window.panels.panels is None:
        with qtbot.waitSignal(window.panels.ready, timeout=20000):
            pass
    return window
