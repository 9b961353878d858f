"""Exports of charts (PNG, SVG) and of the indicator table (CSV, Excel): the dialog starts in
the export folder and remembers it, and a failed write keeps the previous file and says why."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

import lawgov_gui
from lawgov_gui.gui.common import save_dialog
from lawgov_gui.gui.panels.table import IndicatorTable
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.gui.window_helpers import panels_ready

PACKAGE = Path(lawgov_gui.__file__).resolve().parent


class Folder:
    """An export folder that records what was remembered."""

    def __init__(self, path: Path) -> None:
        self.path, self.remembered = path, []

    def export_dir(self) -> str:
        return str(self.path)

    def remember_export(self, path: str) -> None:
        self.remembered.append(path)


class Dialogs:
    """Save dialogs answered by the test: `answers` in turn; `asked` holds (caption, start)."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.asked: list[tuple[str, str]] = []

    def __call__(self, parent, caption: str, start: str, name_filter: str) -> tuple[str, str]:
        self.asked.append((caption, start))
        return self.answers.pop(0), ""


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    fake = Dialogs()
    monkeypatch.setattr(save_dialog.QFileDialog, "getSaveFileName", fake)
    return fake


@pytest.fixture
def panels_window(qtbot, window: MainWindow) -> MainWindow:
    return panels_ready(qtbot, window)


def export_button(panels) -> QPushButton:
    return next(b for b in panels.findChildren(QPushButton) if b.text() == "导出图表…")


def test_chart_export_starts_in_the_export_folder_and_remembers_it(
        qtbot, panels_window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    panels = panels_window.panels.panels
    settings = panels_window.settings
    first_dir = Path(settings.export_dir())
    target = tmp_path / "exports" / "比率.png"
    target.parent.mkdir()
    dialogs.answers.append(str(target))
    qtbot.mouseClick(export_button(panels), Qt.MouseButton.LeftButton)
    _caption, start = dialogs.asked[0]
    assert Path(start).parent == first_dir and Path(start).name == "比率.png"
    assert PACKAGE not in Path(start).resolve().parents
    assert QImage(str(target)).width() >= 1200
    assert Path(settings.export_dir()) == target.parent
    dialogs.answers.append("")
    qtbot.mouseClick(export_button(panels), Qt.MouseButton.LeftButton)
    assert Path(dialogs.asked[1][1]).parent == target.parent


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_full_disk_keeps_the_previous_chart_and_says_why(
        qtbot, panels_window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch,
        suffix: str) -> None:
    panels = panels_window.panels.panels
    target = tmp_path / "charts" / f"rates{suffix}"
    target.parent.mkdir()
    target.write_bytes(b"the previous chart")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    dialogs.answers.append(str(target))
    qtbot.mouseClick(export_button(panels), Qt.MouseButton.LeftButton)
    box = panels.error_box
    assert box is not None and box.isVisible()
    assert "磁盘空间不足" in box.text() and str(target) in box.text()
    assert target.read_bytes() == b"the previous chart"
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left
    box.close()


def test_an_image_the_exporter_failed_to_save_is_not_taken_for_a_chart(
        qtbot, panels_window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch) -> None:
    panels = panels_window.panels.panels
    target = tmp_path / "rates.png"
    target.write_bytes(b"the previous chart")
    monkeypatch.setattr(QImage, "save", lambda *_args: False)  # fails without a word
    dialogs.answers.append(str(target))
    qtbot.mouseClick(export_button(panels), Qt.MouseButton.LeftButton)
    assert panels.error_box is not None and "rates.png" in panels.error_box.text()
    assert target.read_bytes() == b"the previous chart"
    assert Path(panels_window.settings.export_dir()) != tmp_path  # a failure is not remembered
    panels.error_box.close()


def test_a_chart_named_without_a_suffix_is_saved_as_png(
        qtbot, panels_window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    dialogs.answers.append(str(tmp_path / "比率"))
    qtbot.mouseClick(export_button(panels_window.panels.panels), Qt.MouseButton.LeftButton)
    assert not QImage(str(tmp_path / "比率.png")).isNull()


@pytest.mark.parametrize("button, suffix", [("导出 CSV…", ".csv"), ("导出 Excel…", ".xlsx")])
def test_table_export_starts_in_the_export_folder_and_remembers_it(
        qtbot, seed_report, dialogs: Dialogs, tmp_path: Path, button: str, suffix: str) -> None:
    folder = Folder(tmp_path)
    table = IndicatorTable(seed_report, exports=folder)
    qtbot.addWidget(table)
    target = tmp_path / "out" / f"指标{suffix}"
    target.parent.mkdir()
    dialogs.answers.append(str(target))
    with qtbot.waitSignal(table.exported, timeout=5000):
        qtbot.mouseClick(next(b for b in table.findChildren(QPushButton) if b.text() == button),
                         Qt.MouseButton.LeftButton)
    start = Path(dialogs.asked[0][1])
    assert start.parent == tmp_path
    assert start.name == f"jilin-2023-fazhi-zhengfu-report-指标{suffix}"
    assert folder.remembered == [str(target)]


def test_a_table_export_on_a_full_disk_keeps_the_previous_file(
        qtbot, seed_report, dialogs: Dialogs, tmp_path: Path, monkeypatch) -> None:
    table = IndicatorTable(seed_report, exports=Folder(tmp_path))
    qtbot.addWidget(table)
    target = tmp_path / "指标.csv"
    target.write_bytes(b"previous")
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    dialogs.answers.append(str(target))
    with qtbot.assertNotEmitted(table.exported):
        qtbot.mouseClick(table.csv_button, Qt.MouseButton.LeftButton)
    assert table.error_box is not None and "磁盘空间不足" in table.error_box.text()
    assert target.read_bytes() == b"previous"
    table.error_box.close()
