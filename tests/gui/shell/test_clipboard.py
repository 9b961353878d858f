"""File → 从剪贴板打开: a copied web page or text becomes the report being read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from lawgov_gui.gui.shell.main_window import MainWindow
from lawgov_gui.gui.shell.settings import CLIPBOARD

PAGE = """<html><head><title>某市2023年法治政府建设情况报告_某市人民政府</title></head>
<body><nav>首页 | 政务公开</nav>
<h1>某市2023年法治政府建设情况报告</h1>
<p>一、主要举措</p><p>全年办理行政复议案件<b>128件</b>，纠错率为12.5%。</p>
<p>二、存在问题</p><p>基层执法力量仍然不足。</p>
<footer>版权所有</footer></body></html>"""

TEXT = "某县2023年法治政府建设情况报告\n一、主要举措\n全年受理行政复议案件36件。\n"


def copy(html: str | None = None, text: str | None = None) -> None:
    """Put `html` and/or `text` on the clipboard, as a browser or editor copies."""
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def paste(qtbot, window: MainWindow) -> None:
    """Press Ctrl+Shift+V and wait for the pasted report to be on screen."""
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_V,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_menu_lists_the_command_with_its_shortcut(window: MainWindow) -> None:
    action = window.actions["open_clipboard"]
    assert action.text() == "从剪贴板打开(&V)"
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_copied_web_page_opens_as_its_text(qtbot, window: MainWindow) -> None:
    copy(html=PAGE, text="只有纯文本")
    paste(qtbot, window)
    shown = window.text.toPlainText()
    assert "全年办理行政复议案件128件" in shown
    assert "只有纯文本" not in shown and "<p>" not in shown
    assert "首页" not in shown and "版权所有" not in shown
    assert window.windowTitle().startswith("某市2023年法治政府建设情况报告")
    assert window.tree.model.rowCount() >= 1
    report = window.state.report
    assert report.source.path == CLIPBOARD and report.source.format == "html"
    assert any(i.text == "128件" for i in report.indicators)


def test_copied_text_opens_and_stays_out_of_recent_files(qtbot, window: MainWindow,
                                                        seed_path: Path) -> None:
    copy(text=TEXT)
    paste(qtbot, window)
    assert "全年受理行政复议案件36件" in window.text.toPlainText()
    assert window.state.report.source.format == "text"
    assert "剪贴板" in window.status_label.text()
    recent = [a.text() for a in window.actions.recent_menu.actions()]
    assert recent and str(seed_path) in recent[0]
    assert not any(CLIPBOARD in t for t in recent)


def test_a_second_paste_replaces_the_first(qtbot, window: MainWindow) -> None:
    copy(text=TEXT)
    paste(qtbot, window)
    copy(html=PAGE)
    paste(qtbot, window)
    assert "128件" in window.text.toPlainText() and "36件" not in window.text.toPlainText()
    assert window.text.top_offset() == 0


def test_empty_clipboard_shows_the_error_and_keeps_the_report(qtbot, window: MainWindow) -> None:
    QApplication.clipboard().clear()
    before = window.state.report
    with qtbot.waitSignal(window.session.loadFailed, timeout=10000):
        window.actions["open_clipboard"].trigger()
    box = window.error_box
    assert box is not None and box.isVisible()
    assert box.text() == "剪贴板里没有文字。"
    assert "当前报告保持打开" in box.informativeText()
    assert window.state.report is before
    assert "法治政府建设情况" in window.text.toPlainText()
    box.accept()


def test_blank_page_is_empty_too(qtbot, window: MainWindow) -> None:
    copy(html="<html><body><script>var a = 1;</script>  </body></html>")
    with qtbot.waitSignal(window.session.loadFailed, timeout=10000) as blocker:
        window.open_clipboard()
    assert blocker.args == [CLIPBOARD, "剪贴板里没有文字。"]
    window.error_box.accept()


def test_restart_after_reading_a_paste_reopens_the_last_file(qtbot, window: MainWindow,
                                                             open_window, settings,
                                                             seed_path: Path) -> None:
    window.text.scroll_to_offset(2000)
    offset = window.text.top_offset()
    window.close()
    reading = open_window(None, settings)
    copy(text=TEXT)
    paste(qtbot, reading)
    reading.close()
    assert reading.settings.last_report() == (str(seed_path), offset)
    again = open_window(None, settings)
    assert again.state.path == str(seed_path)
    assert again.text.top_offset() == offset
    assert again.error_box is None
