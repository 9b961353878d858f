"""The reader window, driven as a reader would: click, scroll, type, then look."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser, QToolTip, QTreeView

from lawgov_gui.core import Section
from lawgov_gui.gui.common.fonts import missing_glyphs
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.gui.conftest import ime_type


def section(window: MainWindow, prefix: str, parent: str = "1") -> Section:
    """The section of the open report whose marker+title starts with `prefix`."""
    report = window.state.report
    assert report is not None
    return next(s for s in report.iter_sections()
                if f"{s.marker}{s.title}".startswith(prefix) and s.id.startswith(parent))


def tree_index(window: MainWindow, sid: str):
    item = window.tree._index_by_id[sid]
    return window.tree.proxy.mapFromSource(item.index())


def click_section(qtbot, window: MainWindow, sid: str) -> None:
    view = window.tree.view
    index = tree_index(window, sid)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def find(qtbot, window: MainWindow, query: str) -> None:
    """Type `query` in the find bar and wait for the search that follows the pause."""
    with qtbot.waitSignal(window.find.searched, timeout=5000):
        ime_type(window.find_bar.edit, query)


def test_window_shows_tree_text_and_header(window: MainWindow) -> None:
    tree = window.findChild(QTreeView, "sectionTree")
    text = window.findChild(QTextBrowser, "reportText")
    assert tree is not None and text is not None
    assert tree.model().rowCount() == 3
    assert "吉林省2023年法治政府建设情况报告" in text.toPlainText()
    assert text.toPlainText().split("\n")[0] == "吉林省2023年法治政府建设情况报告"
    assert "吉林省人民政府" in text.toPlainText().split("\n")[1]
    assert "60 个指标" in window.status_label.text()


def help_event_at(view, position: int) -> str:
    """The tooltip the reading view shows when the pointer rests on document `position`."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    point = view.cursorRect(cursor).center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point,
                                                       view.viewport().mapToGlobal(point)))
    tip = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return tip


def test_an_inferred_title_is_the_title_alone_with_a_note_on_hover(window: MainWindow) -> None:
    assert window.state.report.meta.title_inferred
    assert "推断" not in window.windowTitle()
    assert help_event_at(window.text, window.text.base + 2) == ""  # the body has no such note
    assert help_event_at(window.text, 3) == "标题由正文推断"


def test_clicking_a_section_brings_its_heading_to_the_top(qtbot, window: MainWindow) -> None:
    target = section(window, "(一)学思想")
    click_section(qtbot, window, target.id)
    top = window.text.top_offset()
    assert target.start <= top < target.start + 3
    assert window.text.toPlainText()[window.text.base + top:].startswith("(一)学思想")


def test_enter_on_a_section_jumps_too(qtbot, window: MainWindow) -> None:
    target = section(window, "(四)转方式")
    view = window.tree.view
    view.setFocus()
    view.setCurrentIndex(tree_index(window, target.id))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert target.start <= window.text.top_offset() < target.start + 3


def test_scrolling_selects_the_section_being_read(qtbot, window: MainWindow) -> None:
    five = section(window, "(五)防风险")
    window.text.setFocus()
    doc = window.text.document()
    block = doc.findBlock(window.text.base + five.start + 40)
    y = int(doc.documentLayout().blockBoundingRect(block).top()) + 30
    window.text.verticalScrollBar().setValue(y)
    current = window.tree.view.currentIndex()
    assert current.data().startswith("(五)防风险")
    assert window.tree.view.selectionModel().isSelected(current)
    assert window.text.hasFocus() or not window.tree.view.hasFocus()


def test_back_and_forward_retrace_jumps(qtbot, window: MainWindow) -> None:
    start = window.text.top_offset()
    target = section(window, "(三)谋发展")
    click_section(qtbot, window, target.id)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.text.top_offset() == start
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert target.start <= window.text.top_offset() < target.start + 3


def test_find_counts_matches_and_f3_moves(qtbot, window: MainWindow) -> None:
    total = window.state.report.text.count("行政复议")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    find(qtbot, window, "行政复议")
    assert total >= 3
    assert window.find_bar.count.text() == f"1/{total}"
    shown = window.text.marks.marked()
    assert shown and set(shown) <= set(window.find.spans)  # the ones near the view
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.find_bar.count.text() == f"2/{total}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"3/{total}"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == f"2/{total}"
    start, _ = window.find.spans[1]
    assert window.text.top_offset() <= start
    assert window.find.results.count() == total
    assert "行政复议" in window.find.results.item(0).text()


def test_find_folds_full_and_half_width(qtbot, window: MainWindow) -> None:
    window.actions["find"].trigger()
    find(qtbot, window, "（一）")
    assert window.find_bar.count.text() == "1/2"
    assert "学思想" in window.find.results.item(0).text()


def test_find_result_click_jumps_and_escape_closes(qtbot, window: MainWindow) -> None:
    window.actions["find"].trigger()
    find(qtbot, window, "败诉率")
    item = window.find.results.item(0)
    rect = window.find.results.visualItemRect(item)
    qtbot.mouseClick(window.find.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start, _ = window.find.spans[0]
    assert window.navigator.section_at(window.text.top_offset()) == window.navigator.section_at(start)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.text.extraSelections() == []


def test_no_match_says_so(qtbot, window: MainWindow) -> None:
    window.actions["find"].trigger()
    find(qtbot, window, "没有这个词")
    assert window.find_bar.count.text() == "无结果"


def test_zoom_changes_size_and_persists(qtbot, window: MainWindow, open_window, settings) -> None:
    before = window.text.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text.document().defaultFont().pointSizeF() == before + 2
    window.close()
    again = open_window(None, settings)
    assert again.text.document().defaultFont().pointSizeF() == before + 2
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.text.document().defaultFont().pointSizeF() == before


def test_binary_file_shows_dialog_and_keeps_report(qtbot, window: MainWindow,
                                                    tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(bytes(range(256)) * 64)
    before = window.state.report
    with qtbot.waitSignal(window.session.loadFailed, timeout=10000):
        window.open_path(bad)
    box = window.error_box
    assert box is not None and box.isVisible()
    assert "不是文本" in box.text()
    assert window.state.report is before
    assert "法治政府建设情况" in window.text.toPlainText()
    box.accept()


def test_restart_restores_reading_position(qtbot, window: MainWindow, open_window,
                                           settings) -> None:
    five = section(window, "(五)防风险")
    click_section(qtbot, window, five.id)
    window.panels.close()
    window.splitter.setSizes([420, 980])
    sizes = window.splitter.sizes()
    window.close()
    again = open_window(None, settings)
    assert five.start <= again.text.top_offset() < five.start + 3
    assert not again.panels.isVisible()
    assert again.splitter.sizes()[0] == sizes[0]  # the window itself may be clamped to the screen


def test_recent_files_menu_lists_opened_reports(window: MainWindow, seed_path: Path) -> None:
    texts = [a.text() for a in window.actions.recent_menu.actions()]
    assert texts and str(seed_path) in texts[0]


def test_hovering_an_indicator_shows_its_details(qtbot, window: MainWindow) -> None:
    report = window.state.report
    ind = next(i for i in report.indicators if i.text == "82.37%")
    view = window.text
    view.scroll_to_offset(ind.start)
    tip = help_event_at(view, view.base + ind.start + 2)
    assert "82.37" in tip and "同比" in tip and "4034件" in tip


def test_documents_never_load_named_resources(window: MainWindow) -> None:
    assert window.text.loadResource(2, QUrl("http://example.com/a.png")) is None
    assert window.text.loadResource(1, QUrl("file:///etc/passwd")) is None


def test_menus_show_shortcuts_and_widgets_have_names(window: MainWindow) -> None:
    assert window.actions["find"].shortcut().toString() == "Ctrl+F"
    assert window.actions["back"].shortcut().toString() == "Alt+Left"
    for widget in (window.tree.view, window.tree.filter, window.text, window.find_bar.edit):
        assert widget.accessibleName()


def test_tree_filter_narrows_sections(qtbot, window: MainWindow) -> None:
    ime_type(window.tree.filter, "营商")
    proxy = window.tree.proxy
    top = proxy.index(0, 0)
    assert proxy.rowCount() == 1 and proxy.rowCount(top) == 1
    assert proxy.index(0, 0, top).data().startswith("(二)抓改革")


def test_dark_theme_relays_out_in_dark_colours(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.actions["theme_dark"].trigger()
    assert window.state.dark
    assert window.palette().window().color().lightness() < 100
    assert window.settings.theme == "dark"
    window.actions["theme_light"].trigger()



def test_dropping_a_file_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("某县2023年法治政府建设情况报告\n一、主要举措\n全年办理行政复议案件12件。\n",
                     encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    point = QPoint(200, 200)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        QApplication.sendEvent(window, drop)
    assert "某县2023年法治政府建设情况报告" in window.windowTitle()
    assert window.tree.model.rowCount() == 1


def test_every_seed_character_has_a_glyph_in_the_view_font(window: MainWindow,
                                                            seed_path: Path) -> None:
    font = window.text.document().defaultFont()
    assert missing_glyphs(font, window.text.toPlainText()) == set()
    assert missing_glyphs(font, seed_path.read_text(encoding="utf-8")) == set()
