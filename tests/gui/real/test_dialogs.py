"""The other dialogs the menus open, used as a reader uses them: the file dialog (in
Chinese), the summary's save dialogs and About. The panels' exports: test_panel_exports.py.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileInfo, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QTreeView,
)

from lawgov_gui import __version__
from lawgov_gui.gui.printing.actions import OptionsDialog

from .person import WAIT_MS, Person

CJK = re.compile(r"[\u4e00-\u9fff]")
REPORT_NAME = "吉林省2023年法治政府建设情况报告.txt"
STAMP = datetime(2024, 3, 15, 10, 30).timestamp()


def a_folder_of_reports(folder: Path, seed: Path) -> Path:
    """A folder with a subfolder and reports of a known date; returns the report to open."""
    folder.mkdir(parents=True)
    (folder / "往年报告").mkdir()
    for name in (REPORT_NAME, "吉林省2022年法治政府建设情况报告.txt"):
        shutil.copy(seed, folder / name)
        os.utime(folder / name, (STAMP, STAMP))
    return folder / REPORT_NAME


def rows(view: QTreeView) -> dict[str, list[str]]:
    """The file dialog's detail view: name → the texts of its columns."""
    model, root = view.model(), view.rootIndex()
    return {model.index(r, 0, root).data(): [model.index(r, c, root).data() or ""
                                             for c in range(model.columnCount(root))]
            for r in range(model.rowCount(root))}


def check_chinese(person: Person, dialog: QFileDialog, folder: Path, shoot) -> None:
    """The labels, headers, types and dates of Qt's file dialog read as Chinese."""
    dialog.resize(860, 520)  # every column wide enough to read
    person.qtbot.waitUntil(lambda: dialog.width() >= 860, timeout=WAIT_MS)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)：", labels
    assert labels["fileTypeLabel"] == "文件类型(&T)：", labels
    assert CJK.search(labels["fileNameLabel"]), labels
    for name in ("backButton", "forwardButton", "toParentButton", "newFolderButton"):
        assert CJK.search(dialog.findChild(QToolButton, name).toolTip()), name
    person.click(dialog.findChild(QToolButton, "detailModeButton"))
    person.name_file(dialog, str(folder))
    person.press(dialog.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)
    view = dialog.findChild(QTreeView, "treeView")
    person.qtbot.waitUntil(lambda: REPORT_NAME in rows(view), timeout=WAIT_MS)
    header = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert all(CJK.search(h) for h in header), header
    assert rows(view)["往年报告"][2] == "文件夹"
    date = QFileInfo(str(folder / REPORT_NAME)).lastModified()
    shown = rows(view)[REPORT_NAME][3]
    assert shown == QLocale.system().toString(date, QLocale.FormatType.ShortFormat)
    assert shown != QLocale.c().toString(date, QLocale.FormatType.ShortFormat)  # "15 3 2024"
    for column in range(4):  # as a double click on the header's dividers does
        view.resizeColumnToContents(column)
    shoot(dialog, "file-dialog.png")


def test_open_dialog_is_in_chinese_and_opens_the_chosen_report(
        person: Person, tmp_path: Path, seed_path: Path, shoot) -> None:
    window = person.window
    report = a_folder_of_reports(tmp_path / "报告", seed_path)

    def choose(dialog: QFileDialog) -> None:
        check_chinese(person, dialog, report.parent, shoot)
        person.name_file(dialog, report.name)
        person.press(dialog.findChild(QLineEdit, "fileNameEdit"), Qt.Key.Key_Return)

    with person.qtbot.waitSignal(window.reportShown, timeout=WAIT_MS):
        person.through(lambda: person.shortcut("open"), [(QFileDialog, choose)])
    assert window.state.path == str(report)


def test_summary_exports_start_in_documents_then_where_the_last_one_went(
        person: Person, home: Path, tmp_path: Path) -> None:
    window, qtbot = person.window, person.qtbot
    stem = Path(window.state.path).stem
    first = tmp_path / "导出" / "第一份摘要.pdf"
    first.parent.mkdir()
    accept = (OptionsDialog, lambda dialog: person.press(dialog, Qt.Key.Key_Return))
    with qtbot.waitSignal(window.summary.exported, timeout=WAIT_MS * 2):
        person.through(lambda: person.shortcut("export_pdf"), [
            accept, (QFileDialog, person.save_as(home / "Documents", str(first), f"{stem}-摘要.pdf"))])
    assert first.read_bytes().startswith(b"%PDF-")
    assert str(first) in window.status_label.text()
    with qtbot.waitSignal(window.summary.exported, timeout=WAIT_MS * 2) as saved:
        person.through(lambda: person.menu("export_docx"), [
            accept, (QFileDialog, person.save_as(first.parent, None, f"{stem}-摘要.docx"))])
    assert saved.args == [str(first.parent / f"{stem}-摘要.docx")]
    assert (first.parent / f"{stem}-摘要.docx").stat().st_size > 0
    assert saved.args[0] in window.status_label.text()


def test_about_names_the_version_and_closes_with_enter(person: Person) -> None:
    def read(box: QMessageBox) -> None:
        assert __version__ in box.text() and "从不联网" in box.text()
        person.press(box, Qt.Key.Key_Return)

    person.through(lambda: person.menu("about"), [(QMessageBox, read)])
    person.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT_MS)
