"""The library window as a reader uses it: keys, the reports table, import, search, rebuild."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lawgov_gui.core import load_report
from lawgov_gui.gui.library.filters import Field
from lawgov_gui.gui.library.reports_model import Column
from lawgov_gui.gui.library.window import FIRST_SIZE, LibraryWindow, first_size
from tests.conftest import SEED
from tests.core.library.conftest import DEV, write_bad
from tests.gui.conftest import ime_type

WAIT_MS = 60000  # an import reads files in worker processes on a busy machine


@pytest.fixture
def make_window(qtbot):
    def make(model, active: bool = True) -> LibraryWindow:
        window = LibraryWindow(model)
        qtbot.addWidget(window)
        window.show()
        if active:  # its shortcuts work in the active window
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window
    return make


def copies(folder: Path, n: int) -> list[Path]:
    """`n` reports with different texts (the seed, each with a line of its own)."""
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    out = []
    for k in range(n):
        p = folder / f"copy{k:02}.txt"
        p.write_text(f"{text}\n附：第 {k} 份。\n", encoding="utf-8")
        out.append(p)
    return out


def finish(qtbot, window: LibraryWindow) -> None:
    with qtbot.waitSignal(window.panel.ended, timeout=WAIT_MS):
        pass


def test_an_empty_library_says_what_to_do_and_adds_from_its_button(
        qtbot, make_window, empty_model, monkeypatch) -> None:
    window = make_window(empty_model)
    assert window.windowTitle() == "报告库 — 法治政府建设报告阅读器"
    assert window.reports.pages.currentWidget() is window.reports.empty
    assert window.reports.add_button.text() == "添加报告…"
    assert not empty_model.exists()  # looking makes no file
    qtbot.waitUntil(window.reports.add_button.hasFocus)  # Enter or Space adds reports
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(SEED), str(write_bad(empty_model.path.parent)[0])],
                                         ""))
    with qtbot.waitSignal(empty_model.reportsChanged, timeout=WAIT_MS):
        QTest.mouseClick(window.reports.add_button, Qt.MouseButton.LeftButton)
    lines = [window.panel.results.item(r).text() for r in range(window.panel.results.count())]
    assert lines[0] == f"已添加  {SEED}" and lines[1].startswith("跳过：")
    assert lines[-1] == "共 2 个文件：已添加 1，重复 0，跳过 1。" == window.panel.label.text()
    assert window.reports.pages.currentWidget() is window.reports.table
    assert window.reports.table.model().rowCount() == 1
    qtbot.waitUntil(window.reports.table.hasFocus)  # the report added, ready to open


def test_the_table_lists_sorts_filters_and_opens_on_enter(qtbot, make_window, filled_model) -> None:
    window = make_window(filled_model)
    table = window.reports.table
    assert table.model().rowCount() == 1 + len(DEV)
    assert window.reports.count.text() == f"共 {1 + len(DEV)} 份"
    levels = window.reports.filters.combos[Field.LEVEL]
    levels.setCurrentIndex(levels.findData("省"))
    issuers = {table.model().index(r, Column.ISSUER).data() for r in range(table.model().rowCount())}
    assert "吉林省人民政府" in issuers and window.reports.count.text().endswith(f"/{1 + len(DEV)} 份")
    window.reports.text.setText("吉林")
    assert table.model().rowCount() == 1
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    with qtbot.waitSignal(window.openAt) as opened:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [str(SEED), 0, 0]


def test_search_as_typed_in_chinese_and_open_the_hit(qtbot, make_window, filled_model) -> None:
    window = make_window(filled_model)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.search
    query = window.search.query
    qtbot.waitUntil(query.hasFocus)
    with qtbot.waitSignal(window.search.searched, check_params_cb=lambda n: n > 0):
        ime_type(query, "复议")
    assert "份报告含有“复议”" in window.search.message.text()
    QTest.keyClick(query, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    with qtbot.waitSignal(window.openAt) as opened:
        QTest.keyClick(window.search.results, Qt.Key.Key_Return)
    path, start, end = opened.args
    assert load_report(path).text[start:end] == "复议"  # offsets in the report's own text


@pytest.mark.parametrize(("typed", "said"), [
    ("、，", "搜索词中没有可检索的汉字、字母或数字。"),
    ("量子纠缠", "没有找到“量子纠缠”。"),
])
def test_a_search_that_finds_nothing_says_so(qtbot, make_window, filled_model, typed: str,
                                             said: str) -> None:
    window = make_window(filled_model)
    window.focus_search()
    ime_type(window.search.query, typed)
    with qtbot.waitSignal(window.search.searched, check_params_cb=lambda n: n == 0):
        QTest.keyClick(window.search.query, Qt.Key.Key_Return)
    assert window.search.message.text() == said and window.search.hits.rowCount() == 0


def test_tabs_by_ctrl_tab_and_esc_closes(qtbot, make_window, filled_model) -> None:
    window = make_window(filled_model)
    assert window.tabs.currentWidget() is window.reports
    QTest.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.search
    QTest.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.reports
    assert window.tabs.accessibleName() and window.reports.table.accessibleName() == "报告列表"
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_esc_stops_an_import_and_what_is_stored_stays(qtbot, make_window, empty_model,
                                                      tmp_path: Path) -> None:
    window = make_window(empty_model)
    files = copies(tmp_path / "many", 24)
    with qtbot.waitSignal(window.panel.bar.valueChanged, timeout=WAIT_MS):
        assert window.add([str(tmp_path / "many")])
    assert window.panel.label.text().startswith("正在导入：第 ")
    assert window.reports.empty_title.text() == "正在导入报告…"  # listed at the end
    assert not window.reports.add_button.isVisible()
    assert not window.add([str(SEED)])  # one import at a time
    assert window.statusBar().currentMessage().startswith("报告库正在导入或重建报告")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    finish(qtbot, window)
    stored = window.reports.table.model().rowCount()
    assert 0 < stored < len(files) and window.isVisible()
    assert f"已取消：其余 {len(files) - stored} 个文件未导入" in window.panel.label.text()


def test_a_damaged_library_is_rebuilt_with_its_reports(qtbot, make_window, filled_model) -> None:
    with sqlite3.connect(filled_model.path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    window = make_window(filled_model, active=False)  # the question is the active window
    box = window.damage_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "报告库无法使用" and "批注全部保留" in box.informativeText()
    rebuild = next(b for b in box.buttons() if b.text() == "重建(&R)")
    with qtbot.waitSignal(filled_model.reportsChanged, timeout=WAIT_MS):
        QTest.mouseClick(rebuild, Qt.MouseButton.LeftButton)
    assert window.reports.table.model().rowCount() == 1 + len(DEV)
    assert f"：{1 + len(DEV)} 份报告，保留批注 0 条。" in window.panel.label.text()
    assert "损坏的旧文件已另存为" in window.panel.label.text()


def test_pages_are_added_as_tabs(qtbot, make_window, empty_model) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window(empty_model)
    index = window.add_page(QLabel("对比"), "对比(&3)")
    assert index == 2 and window.tabs.tabText(2) == "对比(&3)"


def test_a_tab_makes_its_costly_part_when_first_shown(qtbot, make_window, library_model) -> None:
    from PySide6.QtGui import QKeySequence

    from lawgov_gui.gui.library.checks_view import ChecksView
    from lawgov_gui.gui.library.compare_view import CompareView
    from lawgov_gui.gui.library.pair_view import PairView

    window = make_window(library_model)
    compare, pair = CompareView(library_model, window), PairView(library_model, window)
    for view, title in ((compare, "比较"), (ChecksView(library_model, window), "核查"),
                        (pair, "对照")):
        window.add_page(view, title)
    assert not compare.panel.place.made() and not pair.place.made()  # the window opens without
    assert compare.own.rowCount() == 0  # nor reads their figures
    window.tabs.setCurrentWidget(window.search)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.NextChild))
    assert window.tabs.currentWidget() is compare and compare.panel.place.made()
    assert compare.panel.chart.marks  # drawn with the indicator chosen before it was made
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.NextChild))
    with qtbot.waitSignal(pair.aligned, timeout=WAIT_MS):
        QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.NextChild))
    assert window.tabs.currentWidget() is pair and pair.place.made()
    qtbot.waitUntil(pair.sections.hasFocus)  # the keyboard in the headings once they come


@pytest.mark.parametrize(("room", "size"), [
    (QSize(4000, 3000), FIRST_SIZE),
    (QSize(800, 600), QSize(720, 540)),  # 90 %: room for the frame
    (QSize(4000, 600), QSize(FIRST_SIZE.width(), 540)),
])
def test_the_first_size_fits_the_screen(qapp, room: QSize, size: QSize) -> None:
    assert first_size(room) == size  # at 100 %


def test_the_first_size_grows_with_the_interface(qapp, monkeypatch) -> None:
    monkeypatch.setattr("lawgov_gui.gui.library.window.room_factor", lambda: 2 ** 0.5)  # 200 %
    assert first_size(QSize(4000, 3000)) == QSize(1556, 1018)
    assert first_size(QSize(1600, 1000)) == QSize(1440, 900)
