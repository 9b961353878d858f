"""A reader compares an indicator across the library, reads the checks, and sets two years of one
issuer side by side, by keyboard only: Ctrl+Tab from tab to tab, typing in the indicator chooser,
the arrows in the lists, and Enter to open a place in the main window.

The library: the seed, the dev openings, two issuers' 2022 and 2023 reports (one of them quoting
a change the year before does not bear out) and the 示例市 pair of the 对照 tests.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from tests.core.library.conftest import DEV, write_pair
from tests.core.library.two_years import ISSUER, write_two_years
from tests.gui.conftest import ime_type

from .person import WAIT_MS, Person


def next_tab(library) -> None:
    """Ctrl+Tab: the library window's next tab."""
    QTest.keySequence(library, QKeySequence(QKeySequence.StandardKey.NextChild))


def fill(person: Person, seed_path, tmp_path):
    """Open the library by Ctrl+L, import the reports, close the import's results."""
    person.shortcut("library")
    library = person.window.library_window
    person.qtbot.waitUntil(library.isActiveWindow, timeout=WAIT_MS)
    reports = tmp_path / "reports"
    write_pair(reports, "松原市人民政府", 2212, 7.2)  # 82.37% agrees with 2212 → 4034
    write_pair(reports, "白城市人民政府", 2000, 10.4)  # 2000 → 4034 is not 82.37%: flagged
    write_two_years(reports)
    with person.qtbot.waitSignal(library.panel.ended, timeout=WAIT_MS * 4):
        assert library.add([str(seed_path), *map(str, DEV), str(reports)])
    person.click(library.panel.close_button)
    return library


def keyboard() -> QWidget:
    """Where a key goes: the focus widget; in an editable combo box, its line edit (as the
    window system's key events reach it)."""
    focus = QApplication.focusWidget()
    return focus.lineEdit() if isinstance(focus, QComboBox) and focus.isEditable() else focus


def tab_to(person: Person, widget, presses: int,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press Tab (Shift+Tab with `modifier`) `presses` times; the keyboard is then in `widget`."""
    for _ in range(presses):
        QTest.keyClick(keyboard(), Qt.Key.Key_Tab, modifier)
    person.qtbot.waitUntil(widget.hasFocus, timeout=WAIT_MS)


def choose_indicator(person: Person, chooser, typed: str, cid: str) -> None:
    """Type part of an indicator's name into the chooser and take the completion offered."""
    edit = chooser.lineEdit()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    ime_type(edit, typed)
    popup = chooser.completer().popup()
    person.qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    with person.qtbot.waitSignal(chooser.chosen, timeout=WAIT_MS,
                                 check_params_cb=lambda chosen: chosen == cid):
        QTest.keyClick(popup, Qt.Key.Key_Return)


def test_compare_checks_and_pair_by_keyboard(person: Person, seed_path, tmp_path, shoot) -> None:
    if QGuiApplication.platformName() == "offscreen":  # Tab there stops in the combo boxes
        pytest.skip("Tab from box to box needs a real window (the run under Xvfb)")
    window, qtbot = person.window, person.qtbot
    library = fill(person, seed_path, tmp_path)
    compare, checks, pair = (library.tabs.widget(i) for i in (2, 3, 4))
    for _ in range(2):
        next_tab(library)
    assert library.tabs.currentWidget() is compare
    qtbot.waitUntil(compare.chooser.hasFocus, timeout=WAIT_MS)
    choose_indicator(person, compare.chooser, "直接纠错", "recon.direct_correction_rate")
    edit = compare.chooser.lineEdit()
    qtbot.waitUntil(lambda: edit.cursorPosition() == 0, timeout=WAIT_MS)  # read from its start
    assert compare.own.rowCount() == 7  # the seed and three issuers' two years
    tab_to(person, compare.own_table, 3)  # past 导出 CSV… and 导出 Excel…
    tab_to(person, compare.panel.choice, 2)  # past 图表's mode to its year
    QTest.keyClick(compare.panel.choice, Qt.Key.Key_Down)  # the years latest first
    assert compare.panel.choice.currentData() == 2022
    tab_to(person, compare.own_table, 2, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(compare.own_table, Qt.Key.Key_Down)
    current = compare.own_table.currentIndex()
    assert compare.own_table.selectionModel().isRowSelected(current.row())
    assert len(compare.panel.chart.mark.opts["x"]) == 1  # its bar marked in the chart
    shoot(library, "library-compare.png")

    next_tab(library)
    assert library.tabs.currentWidget() is checks
    qtbot.waitUntil(lambda: checks.findings_model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(checks.table.hasFocus, timeout=WAIT_MS)
    assert "不一致 1 项" in checks.summary.text()

    next_tab(library)
    assert library.tabs.currentWidget() is pair
    box = pair.chooser.issuer_box
    box.setFocus(Qt.FocusReason.TabFocusReason)
    for key in (Qt.Key.Key_Home, *[Qt.Key.Key_Down] * box.count()):
        if pair.chooser.issuer().name == ISSUER:
            break
        QTest.keyClick(box, key)
    assert pair.chooser.issuer().name == ISSUER
    qtbot.waitUntil(lambda: pair.alignment is not None and not pair.aligner.waiting(),
                    timeout=WAIT_MS)  # aligned on the thread pool: the pair last chosen
    assert pair.pages.currentIndex() == 1
    pair.sections.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(7):  # to 三、强化行政复议和应诉工作 | 四、…
        QTest.keyClick(pair.sections, Qt.Key.Key_Down)
    row = pair.sections_model.rows()[pair.sections.currentIndex().row()]
    assert row.right is not None and "行政复议" in row.right.label
    shoot(library, "library-pair.png")
    QTest.keyClick(pair.sections, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "行政复议" in window.text.textCursor().selectedText(), timeout=WAIT_MS)
    qtbot.waitUntil(window.text.hasFocus, timeout=WAIT_MS)
