"""Find (Ctrl+F) as a reader uses it: a box wide enough for a phrase, the view following
the typing, and F3 answering at once, also on a ~1 MB report."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from lawgov_gui.gui.reader.find_bar import BOX_CHARS
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.gui.conftest import ime_type
from tests.gui.shell.test_main_window import find
from tests.gui.window_helpers import big_report


@pytest.fixture(scope="module")
def big_path(tmp_path_factory) -> Path:
    return big_report(tmp_path_factory.mktemp("big"))


def in_view(window: MainWindow, offset: int) -> bool:
    view = window.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.base + offset)
    return view.viewport().rect().contains(view.cursorRect(cursor).center())


def test_the_box_keeps_room_for_a_phrase_beside_the_results(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edit = window.find_bar.edit
    assert window.find.dock.isVisible()
    room = edit.fontMetrics().horizontalAdvance("中" * BOX_CHARS)
    assert edit.width() >= room
    window.resize(900, window.height())  # a narrower window squeezes the tree, not the box
    qtbot.waitUntil(lambda: window.width() < 1000)
    assert edit.width() >= room
    assert edit.minimumWidth() >= room


def test_typing_moves_the_view_to_the_first_match(qtbot, window: MainWindow) -> None:
    report = window.state.report
    window.text.scroll_to_offset(0)
    window.actions["find"].trigger()
    find(qtbot, window, "败诉率")  # first stated far below the opening screen
    first = report.text.index("败诉率")
    assert window.find.spans[window.find.current][0] == first
    assert in_view(window, first)
    assert window.find_bar.count.text().startswith("1/")


def test_typing_finds_the_first_match_after_the_place_being_read(qtbot,
                                                                window: MainWindow) -> None:
    report = window.state.report
    starts = [i for i in range(len(report.text)) if report.text.startswith("行政复议", i)]
    window.text.scroll_to_offset(starts[-1] - 5)
    top = window.text.top_offset()
    expected = next(n for n, s in enumerate(starts) if s >= top)
    assert expected > 0
    window.actions["find"].trigger()
    find(qtbot, window, "行政复议")
    assert window.find.current == expected
    assert window.find_bar.count.text() == f"{expected + 1}/{len(starts)}"
    assert in_view(window, starts[expected])


def test_alt_left_returns_to_where_the_search_began(qtbot, window: MainWindow) -> None:
    window.text.scroll_to_offset(0)
    window.actions["find"].trigger()
    find(qtbot, window, "败诉率")
    assert window.text.top_offset() > 0
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.text.top_offset() == 0


def test_typing_in_a_big_report_never_waits_for_a_search(qtbot, open_window,
                                                         big_path: Path) -> None:
    window = open_window(big_path)
    window.actions["find"].trigger()
    searches: list[int] = []
    window.find.searched.connect(searches.append)
    keys = []
    with qtbot.waitSignal(window.find.searched, timeout=5000):
        for ch in "行政复议":
            t0 = time.perf_counter()
            ime_type(window.find_bar.edit, ch)
            keys.append(time.perf_counter() - t0)
    assert max(keys) < 0.05  # each key is only typed; the search waits for the pause
    assert len(searches) == 1
    total = window.state.report.text.count("行政复议")
    assert searches == [total] and total > 300


def test_f3_ten_times_moves_ten_matches_at_once_in_a_big_report(qtbot, open_window,
                                                               big_path: Path) -> None:
    window = open_window(big_path)
    window.actions["find"].trigger()
    find(qtbot, window, "行政复议")
    total = len(window.find.spans)
    assert window.find_bar.count.text() == f"1/{total}"
    presses = []
    for n in range(2, 12):
        t0 = time.perf_counter()
        qtbot.keyClick(window, Qt.Key.Key_F3)
        presses.append(time.perf_counter() - t0)
        assert window.find_bar.count.text() == f"{n}/{total}"  # handled by the time it returns
    assert max(presses) < 0.25, presses
    qtbot.waitUntil(lambda: in_view(window, window.find.spans[10][0]), timeout=20000)


def test_only_matches_near_the_view_are_painted(qtbot, open_window, big_path: Path) -> None:
    window = open_window(big_path)
    window.actions["find"].trigger()
    find(qtbot, window, "行")
    marked = window.text.marks.marked()
    assert len(window.find.spans) > 3000
    assert 0 < len(marked) < 300
    lo, hi = window.text.visible_span()
    assert all(lo <= s or e > lo for s, e in marked) and all(s < hi for s, _ in marked)
    top = window.text.top_offset()
    assert any(s >= top for s, _ in marked)
