"""The reader never goes on the network: the whole window is driven with sockets refused.

Every way Python code reaches the network (connect, connect_ex, create_connection,
getaddrinfo) is replaced by a stub that records the attempt and fails. Opening the
seed, finding, switching panels, the print preview, the PDF summary and the CSV
export must record nothing; neither must a web page naming remote images,
style sheets, frames and local files, opened from disk or from the clipboard.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from lawgov_gui.core.summary.options import Options
from lawgov_gui.gui.reader.text_view import ReportTextView
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.gui.conftest import ime_type

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>某区2023年法治政府建设情况报告</title>
<link rel="stylesheet" href="http://example.com/site.css">
<script src="http://example.com/track.js"></script></head>
<body><img src="http://example.com/x.png" alt="徽标">
<iframe src="http://example.com/frame.html"></iframe>
<h1>某区2023年法治政府建设情况报告</h1>
<p>一、主要举措</p><p>全年办理行政复议案件58件，<a href="file:///etc/passwd">详见附件</a>。</p>
<p style="background:url(http://example.com/bg.png)">二、下一步打算</p>
<p>行政机关负责人出庭应诉率达到100%。<img src="file:///etc/hosts"></p>
</body></html>"""


@pytest.fixture
def attempts(monkeypatch) -> list[str]:
    """Refuse every socket connection and name lookup; the list of what was tried."""
    tried: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            shown = args[1:] if name.startswith("socket.socket.") else args
            tried.append(f"{name}{shown!r}")
            raise OSError(f"network access in an offline test: {name}")
        return blocked

    for owner, attr in ((socket.socket, "connect"), (socket.socket, "connect_ex"),
                        (socket, "create_connection"), (socket, "getaddrinfo")):
        prefix = "socket.socket." if owner is socket.socket else "socket."
        monkeypatch.setattr(owner, attr, refuse(prefix + attr))
    return tried


@pytest.fixture
def resources(monkeypatch) -> list[str]:
    """Every resource the reading view is asked to load (it must refuse them all)."""
    asked: list[str] = []
    original = ReportTextView.loadResource

    def spy(self, kind: int, name):
        asked.append(name.toString())
        return original(self, kind, name)

    monkeypatch.setattr(ReportTextView, "loadResource", spy)
    return asked


def check_blocked(attempts: list[str]) -> None:
    """The stubs are really in place (so an empty record means something)."""
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80), timeout=1)
    assert len(attempts) == 1 and attempts[0].startswith("socket.create_connection((")
    attempts.clear()


def find(qtbot, window: MainWindow, word: str) -> str:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.find.searched, timeout=5000):
        ime_type(window.find_bar.edit, word)
    count = window.find_bar.count.text()
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    return count


def visit_every_panel(qtbot, window: MainWindow) -> None:
    if window.panels.panels is None:
        with qtbot.waitSignal(window.panels.ready, timeout=20000):
            pass
    tabs = window.panels.panels.tabs
    bar = tabs.tabBar()
    for i in range(tabs.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
        assert tabs.currentIndex() == i


def print_preview(qtbot, window: MainWindow, monkeypatch) -> int:
    monkeypatch.setattr(window.summary, "ask_options", lambda: Options(layout="compact"))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.summary.preview
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=10000)
    pages = preview.pageCount()
    dialog.close()
    return pages


def export_pdf(qtbot, window: MainWindow, monkeypatch, target: Path) -> None:
    monkeypatch.setattr(window.summary, "ask_options", lambda: Options(layout="compact"))
    monkeypatch.setattr(window.summary, "ask_path", lambda suffix: str(target))
    with qtbot.waitSignal(window.summary.exported, timeout=30000):
        window.actions["export_pdf"].trigger()


def export_csv(qtbot, window: MainWindow, monkeypatch, target: Path) -> None:
    panels = window.panels.panels
    panels.tabs.setCurrentWidget(panels.table)
    monkeypatch.setattr(panels.table, "ask_save_path", lambda *_: str(target))
    with qtbot.waitSignal(panels.table.exported, timeout=5000):
        qtbot.mouseClick(panels.table.csv_button, Qt.MouseButton.LeftButton)


def test_reading_printing_and_exporting_never_touch_the_network(
        qtbot, attempts: list[str], open_window, seed_path: Path, monkeypatch,
        tmp_path: Path) -> None:
    check_blocked(attempts)
    window = open_window(seed_path)
    assert find(qtbot, window, "行政复议").startswith("1/")
    visit_every_panel(qtbot, window)
    assert print_preview(qtbot, window, monkeypatch) > 0
    export_pdf(qtbot, window, monkeypatch, tmp_path / "摘要.pdf")
    assert (tmp_path / "摘要.pdf").read_bytes().startswith(b"%PDF-")
    export_csv(qtbot, window, monkeypatch, tmp_path / "指标.csv")
    assert "74.14%" in (tmp_path / "指标.csv").read_text(encoding="utf-8-sig")
    assert attempts == []


def test_a_page_naming_remote_resources_loads_none_of_them(
        qtbot, attempts: list[str], resources: list[str], open_window, tmp_path: Path) -> None:
    check_blocked(attempts)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    window = open_window(page)
    shown = window.text.toPlainText()
    assert "全年办理行政复议案件58件，详见附件。" in shown
    assert "example.com" not in shown and "passwd" not in shown and "徽标" not in shown
    mime = QMimeData()
    mime.setHtml(PAGE)
    QApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(window.reportShown, timeout=10000):
        window.actions["open_clipboard"].trigger()
    assert "出庭应诉率达到100%" in window.text.toPlainText()
    assert attempts == [] and resources == []
