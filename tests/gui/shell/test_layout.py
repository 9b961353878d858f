"""No dead ends in the window's layout: docks come back, 重置布局, the panels' scope
follows the section chosen, and the reading position returns to the very line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from lawgov_gui.gui.shell.main_window import MainWindow
from tests.gui.shell.test_main_window import click_section, section
from tests.gui.window_helpers import panels_ready

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def scope_of(window: MainWindow):
    """The section the panels are narrowed to."""
    return window.state.scope


def test_a_closed_dock_comes_back_from_the_view_menu_and_its_shortcut(qtbot,
                                                                      window: MainWindow) -> None:
    panels, results = window.panels, window.find.dock
    panels.close()
    assert not panels.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL_SHIFT)
    assert panels.isVisible()
    show_results = window.actions["show_find_results"]
    assert show_results.shortcut().toString() == "Ctrl+Shift+2"
    assert not results.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL_SHIFT)
    assert results.isVisible()
    view_menu = window.actions["reset_layout"].associatedObjects()[-1]
    assert {window.actions["show_panels"], show_results} <= set(view_menu.actions())


def test_reset_layout_puts_every_dock_back(qtbot, window: MainWindow) -> None:
    panels = window.panels
    fresh = (panels.width(), window.splitter.sizes()[0])  # a first start's layout
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, panels)
    panels.setFloating(True)
    panels.hide()
    window.find.dock.show()
    window.splitter.setSizes([40, 1500])
    window.actions["reset_layout"].trigger()
    assert panels.isVisible() and not panels.isFloating()
    assert window.dockWidgetArea(panels) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.find.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert not window.find.dock.isVisible()  # the find bar is closed
    qtbot.waitUntil(lambda: (panels.width(), window.splitter.sizes()[0]) == fresh)


def test_the_scope_survives_a_theme_switch(qtbot, window: MainWindow) -> None:
    panels_ready(qtbot, window)
    five = section(window, "(五)防风险")
    click_section(qtbot, window, five.id)
    qtbot.waitUntil(lambda: scope_of(window) is five)
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.actions["theme_dark"].trigger()
    assert scope_of(window) is five
    qtbot.waitUntil(lambda: "(五)" in window.panels.panels.scope.full_text())
    window.actions["theme_light"].trigger()


def test_back_and_forward_bring_the_scope_back_too(qtbot, window: MainWindow) -> None:
    panels_ready(qtbot, window)
    five, three = section(window, "(五)防风险"), section(window, "(三)谋发展")
    click_section(qtbot, window, five.id)
    click_section(qtbot, window, three.id)
    qtbot.waitUntil(lambda: scope_of(window) is three)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window, Qt.Key.Key_Left, alt)
    qtbot.waitUntil(lambda: scope_of(window) is five)
    assert five.start <= window.text.top_offset() < five.start + 3
    qtbot.keyClick(window, Qt.Key.Key_Left, alt)
    qtbot.waitUntil(lambda: scope_of(window) is None)
    assert "全部章节" in window.panels.panels.scope.full_text()
    qtbot.keyClick(window, Qt.Key.Key_Right, alt)
    qtbot.waitUntil(lambda: scope_of(window) is five)


def test_the_scope_survives_a_restart(qtbot, window: MainWindow, open_window, settings) -> None:
    five = section(window, "(五)防风险")
    click_section(qtbot, window, five.id)
    window.close()
    again = open_window(None, settings)
    panels_ready(qtbot, again)
    qtbot.waitUntil(lambda: scope_of(again) is not None and scope_of(again).id == five.id)
    assert "(五)" in again.panels.panels.scope.full_text()


def test_all_resets_the_scope_the_window_keeps(qtbot, window: MainWindow) -> None:
    panels_ready(qtbot, window)
    five = section(window, "(五)防风险")
    click_section(qtbot, window, five.id)
    qtbot.waitUntil(lambda: scope_of(window) is five)
    window.panels.panels.allChosen.emit()
    assert window.state.scope is None


def test_choosing_a_long_section_keeps_the_dock_width(qtbot, open_window,
                                                      tmp_path: Path) -> None:
    title = "强化法治保障，" * 8
    report = tmp_path / "long.txt"
    report.write_text(f"某市2023年法治政府建设情况报告\n一、{title}\n全年办理行政复议案件12件，"
                      "办结率98.5%。\n二、其他\n新增备案审查文件34件。\n", encoding="utf-8")
    window = open_window(report)
    panels_ready(qtbot, window)
    dock = window.panels
    width, text = dock.width(), window.text.width()
    sid = window.state.report.sections[0].id
    click_section(qtbot, window, sid)
    label = window.panels.panels.scope
    qtbot.waitUntil(lambda: title.rstrip("，") in label.full_text())
    qtbot.waitUntil(lambda: label.text() != "")
    assert dock.width() == width and window.text.width() == text
    assert "…" in label.text() and label.toolTip() == label.full_text()


def test_the_very_line_at_the_top_comes_back(qtbot, window: MainWindow, open_window,
                                             settings) -> None:
    window.close()
    first = open_window(None, settings)  # the size every later start restores
    view = first.text
    doc = view.document()
    block = max((doc.findBlockByNumber(n) for n in range(doc.blockCount())),
                key=lambda b: b.layout().lineCount())
    line = block.layout().lineAt(block.layout().lineCount() // 2)
    top = doc.documentLayout().blockBoundingRect(block).top() + line.y()
    view.verticalScrollBar().setValue(int(top) + 1)
    offset = view.top_offset()
    assert offset == block.position() + line.textStart() - view.base  # inside the paragraph
    words = first.state.report.text[offset:offset + 12]
    first.close()
    again = open_window(None, settings)
    assert again.text.top_offset() == offset
    assert again.state.report.text[again.text.top_offset():].startswith(words)


def test_docks_are_named_for_the_view_menu(window: MainWindow) -> None:
    docks = window.findChildren(QDockWidget)
    assert {d.objectName() for d in docks} == {"indicatorPanels", "findDock", "notesPanel"}
    assert all(d.toggleViewAction() in window.actions.by_name.values() for d in docks)
