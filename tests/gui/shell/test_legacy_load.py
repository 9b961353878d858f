"""A .doc opens through the background load: LibreOffice's seconds never block the window.

The conversion (core/readers/legacy.py) runs in the load's own thread, like any
other read; the UI thread keeps handling events all along. A 10 ms timer on the
UI thread measures the longest pause between its ticks while the load is busy:
about 90 ms at worst on this shared 2-core machine, where LibreOffice starting up
takes both cores for a moment; a conversion on the UI thread would pause it for
the whole conversion (3–4 s), which MAX_PAUSE catches without failing on load.
"""

from __future__ import annotations

import time
from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer

from lawgov_gui.core.readers.legacy import find_soffice
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.conftest import ROOT

SEED_DOC = ROOT / "tests" / "data" / "seed.doc"
MAX_PAUSE = 0.5  # seconds


@pytest.mark.skipif(find_soffice() is None, reason="no LibreOffice")
def test_a_doc_loads_while_the_window_stays_responsive(qtbot, window: MainWindow) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    busy_ended: list[float] = []
    window.session.busyChanged.connect(lambda busy: busy or busy_ended.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(window.reportShown, timeout=60_000):
        window.open_path(SEED_DOC)
        started = time.monotonic()  # the load runs from here on
    timer.stop()
    assert window.state.path == str(SEED_DOC)
    assert "吉林省2023年法治政府建设情况报告" in window.text.toPlainText()
    during = [started, *(t for t in ticks if t <= busy_ended[0]), busy_ended[0]]
    assert busy_ended[0] - started > 0.5  # LibreOffice took its time ...
    assert max(b - a for a, b in pairwise(during)) < MAX_PAUSE  # ... elsewhere
