"""A reader opens the library (Ctrl+L), adds the seed, the dev openings and a bad file, searches
复议 and opens a hit in the main window; the window never stops answering meanwhile.

The longest pause of the event loop during the import is measured (a 10 ms timer) and printed,
not asserted: the machine's load decides it as much as the program.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from tests.core.library.conftest import DEV, write_bad
from tests.gui.conftest import ime_type

from .person import WAIT_MS, Person


class PauseMeter:
    """The longest gap between the ticks of a 10 ms timer: how long the event loop stalled."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def test_import_search_and_open_a_hit(person: Person, seed_path, tmp_path, shoot,
                                      capsys) -> None:
    window, qtbot = person.window, person.qtbot
    person.shortcut("library")
    library = window.library_window
    qtbot.waitUntil(library.isActiveWindow, timeout=WAIT_MS)
    assert library.reports.pages.currentWidget() is library.reports.empty
    qtbot.waitUntil(library.reports.add_button.hasFocus, timeout=WAIT_MS)  # Enter adds reports
    bad = write_bad(tmp_path / "bad")[1]
    meter = PauseMeter()
    meter.start()
    with qtbot.waitSignal(library.panel.ended, timeout=WAIT_MS * 4):
        assert library.add([str(seed_path), *map(str, DEV), str(bad)])
    longest = meter.stop()
    with capsys.disabled():
        print(f"\nlongest event-loop pause during the import of {len(DEV) + 2} files: "
              f"{longest} ms")
    assert library.reports.table.model().rowCount() == 1 + len(DEV)
    assert library.panel.label.text() == (
        f"共 {len(DEV) + 2} 个文件：已添加 {len(DEV) + 1}，重复 0，跳过 1。")
    qtbot.waitUntil(library.reports.table.hasFocus, timeout=WAIT_MS)  # the reports to read
    person.click(library.panel.close_button)  # the import's results, read: closed
    shoot(library, "library-window.png")

    QTest.keySequence(library, QKeySequence(QKeySequence.StandardKey.Find))
    query = library.search.query
    qtbot.waitUntil(query.hasFocus, timeout=WAIT_MS)
    with qtbot.waitSignal(library.search.searched, timeout=WAIT_MS,
                          check_params_cb=lambda n: n > 0):
        ime_type(query, "复议")
    shoot(library, "library-search.png")
    QTest.keyClick(query, Qt.Key.Key_Down)
    hit = library.search.hits.hit(library.search.results.currentIndex().row())
    QTest.keyClick(library.search.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.text.textCursor().selectedText() == "复议", timeout=WAIT_MS)
    assert window.state.path == hit.path
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
