"""The main window and the library: Ctrl+L, 添加到报告库, and a place found opened here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from lawgov_gui.core.library import Library, LibraryError, default_db_path
from lawgov_gui.gui.shell.library_commands import same_file
from lawgov_gui.gui.shell.settings import Settings
from tests.core.library.conftest import DEV, write_pair

WAIT_MS = 60000


def test_the_library_is_in_the_data_folder_unless_set(settings: QSettings, tmp_path: Path) -> None:
    assert Settings(settings).library_path() == default_db_path()
    settings.setValue("library/path", str(tmp_path / "mine.sqlite3"))
    assert Settings(settings).library_path() == tmp_path / "mine.sqlite3"
    settings.setValue("library/path", 12)
    assert Settings(settings).library_path() == default_db_path()


@pytest.mark.parametrize(("a", "b", "same"), [
    ("/r/a.txt", "/r/a.txt", True),
    ("a.txt", str(Path("a.txt").absolute()), True),
    ("/r/a.txt", "/r/b.txt", False),
    (None, "/r/a.txt", False),
])
def test_same_file(a: str | None, b: str, same: bool) -> None:
    assert same_file(a, b) is same


def test_ctrl_l_opens_the_library_window_once(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.library_commands._window is None  # made on first use
    QTest.keySequence(window, window.actions["library"].shortcut())
    library = window.library_window
    qtbot.waitUntil(library.isVisible)
    assert window.library_window is library and library.model is window.library
    assert window.library.path == default_db_path()


def test_the_open_report_is_added_to_the_library(qtbot, window, seed_path: Path) -> None:
    job = window.library_commands.add_current()
    assert job is not None
    assert window.statusBar().currentMessage() == f"正在把 {seed_path.name} 加入报告库…"
    with qtbot.waitSignal(window.library.reportsChanged, timeout=WAIT_MS):
        pass
    assert window.statusBar().currentMessage() == f"已把 {seed_path.name} 加入报告库。"
    assert [e.path for e in window.library.entries()] == [str(seed_path)]
    with qtbot.waitSignal(window.library.reportsChanged, timeout=WAIT_MS):
        window.library_commands.add_current()
    assert window.statusBar().currentMessage() == (
        f"{seed_path.name} 已在报告库中（内容相同的报告）。")


def _selected(window) -> str:
    return window.text.textCursor().selectedText()


def test_a_place_in_the_open_report_is_selected_there(qtbot, window, seed_path: Path) -> None:
    with Library(window.library.path) as library:
        library.add([seed_path])
        (hit,) = library.search("质量提升")
    window.library_window.openAt.emit(hit.path, hit.start, hit.end)
    qtbot.waitUntil(lambda: _selected(window) == "质量提升")
    assert window.text.top_offset() <= hit.start < window.text.visible_span()[1]


def test_a_place_in_another_report_opens_it_first(qtbot, window) -> None:
    other = next(p for p in DEV if "tongzhou" in p.name)
    with Library(window.library.path) as library:
        library.add([other])
        (hit,) = library.search("法治", limit=1)
    with qtbot.waitSignal(window.reportShown, timeout=WAIT_MS):
        window.library_window.openAt.emit(hit.path, hit.start, hit.end)
    assert window.state.path == str(other)
    qtbot.waitUntil(lambda: _selected(window) == "法治")


def test_a_damaged_library_met_anywhere_offers_a_rebuild(qtbot, window) -> None:
    window.library.path.parent.mkdir(parents=True, exist_ok=True)
    window.library.path.write_bytes(b"not a library at all" * 10)
    with pytest.raises(LibraryError):
        window.library.notes("a" * 64)  # as the notes panel reads them
    box = window.library_window.damage_box
    assert box is not None and box.isVisible() and window.library_window.isVisible()
    assert "不是报告库文件" in box.detailedText()


def test_every_view_of_the_library_is_a_tab_that_opens_its_places_here(qtbot, window,
                                                                        seed_path: Path) -> None:
    from lawgov_gui.gui.library.checks_view import ChecksView
    from lawgov_gui.gui.library.compare_view import CompareView
    from lawgov_gui.gui.library.pair_view import PairView

    with Library(window.library.path) as library:
        library.add([seed_path])
        row = library.compare("lit.head_appearance_rate")[0]
    tabs = window.library_window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["报告", "搜索", "比较", "核查", "对照"]
    views = [tabs.widget(i) for i in range(2, 5)]
    assert [type(v) for v in views] == [CompareView, ChecksView, PairView]
    views[0].openAt.emit(row.path, row.start, row.end)
    qtbot.waitUntil(lambda: _selected(window) == row.text)


def test_a_place_opened_puts_the_keyboard_in_the_text(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    elsewhere = next(e for e in window.findChildren(QLineEdit) if e.isVisible())
    elsewhere.setFocus()  # where a reader left it: the section filter
    qtbot.waitUntil(elsewhere.hasFocus)
    other = next(p for p in DEV if "tongzhou" in p.name)
    with Library(window.library.path) as library:
        library.add([other])
        (hit,) = library.search("法治", limit=1)
    with qtbot.waitSignal(window.reportShown, timeout=WAIT_MS):
        window.library_window.openAt.emit(hit.path, hit.start, hit.end)
    qtbot.waitUntil(lambda: _selected(window) == "法治")
    qtbot.waitUntil(window.text.hasFocus)


def test_the_library_window_keeps_its_size_and_place(qtbot, open_window, seed_path: Path,
                                                      settings: QSettings) -> None:
    window = open_window(seed_path)
    window.library_commands.show()
    library = window.library_window
    qtbot.waitExposed(library)
    library.resize(640, 480)
    qtbot.waitUntil(lambda: library.size() == QSize(640, 480))
    library.close()
    assert Settings(settings).geometry("library") is not None
    again = open_window(seed_path).library_window
    assert again is not library and again.size() == QSize(640, 480)


def test_the_compare_and_checks_tabs_take_the_keyboard(qtbot, window, tmp_path: Path) -> None:
    with Library(window.library.path) as library:
        library.add(write_pair(tmp_path / "pair", "松原市人民政府", 2212, 8.5))
    window.library_commands.show()
    library = window.library_window
    qtbot.waitUntil(library.isActiveWindow)
    checks = library.tabs.widget(3)
    qtbot.waitUntil(lambda: checks.findings_model.rowCount() > 0, timeout=WAIT_MS)
    library.tabs.setCurrentIndex(1)
    for view, takes in ((library.tabs.widget(2), "chooser"), (checks, "table")):
        QTest.keySequence(library, QKeySequence(QKeySequence.StandardKey.NextChild))
        assert library.tabs.currentWidget() is view
        qtbot.waitUntil(getattr(view, takes).hasFocus)


def test_an_empty_checks_tab_leaves_the_keyboard_on_the_tabs(qtbot, window, seed_path) -> None:
    with Library(window.library.path) as library:
        library.add([seed_path])  # one report: nothing to check across reports
    window.library_commands.show()
    library = window.library_window
    qtbot.waitUntil(library.isActiveWindow)
    checks = library.tabs.widget(3)
    qtbot.waitUntil(lambda: checks.stack.currentWidget() is checks.empty
                    and checks.empty.text().startswith("报告库中还没有"), timeout=WAIT_MS)
    library.tabs.setCurrentIndex(2)
    QTest.keySequence(library, QKeySequence(QKeySequence.StandardKey.NextChild))
    assert library.tabs.currentWidget() is checks
    qtbot.waitUntil(library.tabs.tabBar().hasFocus)


def test_tab_leaves_the_compare_table_for_the_chart(qtbot, window, seed_path) -> None:
    with Library(window.library.path) as library:
        library.add([seed_path])
    window.library_commands.show()
    library = window.library_window
    qtbot.waitUntil(library.isActiveWindow)
    compare = library.tabs.widget(2)
    library.tabs.setCurrentWidget(compare)
    compare.own_table.setFocus()
    qtbot.waitUntil(compare.own_table.hasFocus)
    QTest.keyClick(compare.own_table, Qt.Key.Key_Tab)
    qtbot.waitUntil(compare.panel.mode.hasFocus)
    QTest.keyClick(compare.panel.mode, Qt.Key.Key_Tab)
    qtbot.waitUntil(compare.panel.choice.hasFocus)
    QTest.keyClick(compare.panel.choice, Qt.Key.Key_Tab)  # past the chart, which has no keys
    qtbot.waitUntil(library.tabs.tabBar().hasFocus)


def test_compare_exports_start_in_the_export_folder_and_are_remembered(
        qtbot, window, seed_path, tmp_path: Path, monkeypatch) -> None:
    first, then = tmp_path / "exports", tmp_path / "elsewhere"
    for folder in (first, then):
        folder.mkdir()
    window.settings.remember_export(str(first / "before.pdf"))
    asked: list[str] = []

    def dialog(_parent, _caption, start, _filter):
        asked.append(start)
        return str(then / "复议.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    with Library(window.library.path) as library:
        library.add([seed_path])
    window.library_commands.show()
    compare = window.library_window.tabs.widget(2)
    with qtbot.waitSignal(compare.exported, timeout=WAIT_MS):
        compare.csv_button.click()
    assert Path(asked[0]).parent == first
    assert window.settings.export_dir() == str(then)
