"""The checks view: the findings across reports as a table, flagged ones first and marked so in
grayscale too, filtered to those that ask for a look, and each opening its reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from lawgov_gui.core.library import Library
from lawgov_gui.gui.common.library_model import LibraryModel
from lawgov_gui.gui.library.checks_model import Column
from lawgov_gui.gui.library.checks_view import ChecksView
from tests.core.library.conftest import write_pair
from tests.gui.library.conftest import show


def _shown(qtbot, model: LibraryModel) -> ChecksView:
    return show(qtbot, ChecksView(model), 1200, 500)


@pytest.fixture
def view(qtbot, library_model: LibraryModel) -> ChecksView:
    view = _shown(qtbot, library_model)
    assert view.empty.text() == "正在核对报告库中的报告…"  # checked on the thread pool
    with qtbot.waitSignal(view.checked, timeout=10000) as blocker:
        pass
    assert blocker.args == [4]
    return view


def _cells(view: ChecksView) -> list[list[str]]:
    m = view.table.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


@pytest.mark.parametrize(("issuer", "cells"), [
    ("白城市人民政府", ["✗ 不一致", "白城市人民政府", "收到行政复议申请数", "2023年对2022年",
                    "4034件，同比增长82.37%", "约2212件", "2000件", "白城市人民政府-2023.txt",
                    "白城市人民政府-2022.txt"]),
    ("松原市人民政府", ["! 冲突", "松原市人民政府", "行政复议直接纠错率", "2022年", "8.5%", "—", "8.7%",
                    "松原市人民政府-2022.txt", "松原市人民政府-2022.txt"]),
    ("松原市人民政府", ["✓ 一致", "松原市人民政府", "收到行政复议申请数", "2023年对2022年",
                    "4034件，同比增长82.37%", "约2212件", "2212件", "松原市人民政府-2023.txt",
                    "松原市人民政府-2022.txt"]),
])
def test_a_row_per_finding(view: ChecksView, issuer: str, cells: list[str]) -> None:
    assert cells in _cells(view)


def test_flagged_first_and_counted(view: ChecksView) -> None:
    verdicts = [row[0] for row in _cells(view)]
    assert verdicts == ["✗ 不一致", "! 冲突", "✓ 一致", "✓ 一致"]  # 松原's 2022 twice (revised)
    assert view.summary.text() == "共 4 项：一致 2 项，不一致 1 项，冲突 1 项。"


def test_flagged_reads_apart_in_colour_and_weight(view: ChecksView) -> None:
    m = view.table.model()
    flagged, agrees = m.index(0, Column.VERDICT), m.index(2, Column.VERDICT)
    bad, good = QColor(view.colors.bad), QColor(view.colors.good)
    assert (flagged.data(Qt.ItemDataRole.ForegroundRole), agrees.data(
        Qt.ItemDataRole.ForegroundRole)) == (bad, good)
    assert flagged.data(Qt.ItemDataRole.FontRole).bold()
    assert agrees.data(Qt.ItemDataRole.FontRole) is None
    assert "不符" in flagged.data(Qt.ItemDataRole.ToolTipRole)


def test_only_the_flagged_by_keyboard(qtbot, view: ChecksView) -> None:
    view.flagged_only.setFocus()
    qtbot.keyClick(view.flagged_only, Qt.Key.Key_Space)
    assert [row[0] for row in _cells(view)] == ["✗ 不一致", "! 冲突"]
    qtbot.keyClick(view.flagged_only, Qt.Key.Key_Space)
    assert len(_cells(view)) == 4


@pytest.mark.parametrize(("column", "year"), [(Column.STATED, "2023"), (Column.OTHER_STATED, "2022"),
                                              (Column.OTHER_REPORT, "2022")])
def test_enter_opens_the_report_of_the_column(qtbot, view: ChecksView,
                                              library_model: LibraryModel, column: Column,
                                              year: str) -> None:
    table = view.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, column))
    with qtbot.waitSignal(view.openAt, timeout=3000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    path, start, end = blocker.args
    assert Path(path).name == f"白城市人民政府-{year}.txt"
    (text,) = library_model.library().conn.execute(
        "SELECT t.text FROM texts t JOIN reports r ON r.id = t.report WHERE r.path = ?",
        (path,)).fetchone()
    said = table.model().index(0, Column.STATED if year == "2023" else Column.OTHER_STATED).data()
    assert text[start:end] == said


def test_nothing_to_check_says_so(qtbot, empty_model: LibraryModel) -> None:
    view = _shown(qtbot, empty_model)  # no file: nothing to check, no thread
    assert view.stack.currentWidget() is view.empty
    assert "还没有可以跨报告核对的数字" in view.empty.text() and not empty_model.exists()


def test_checked_again_when_reports_change(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    first, second = write_pair(tmp_path / "pair", "四平市人民政府", 2212, 8.5)
    with Library(path) as lib:
        lib.add([first], workers=1)
    model = LibraryModel(path)
    view = _shown(qtbot, model)
    with qtbot.waitSignal(view.checked, timeout=10000):
        pass
    assert view.stack.currentWidget() is view.empty
    with Library(path) as lib:
        lib.add([second], workers=1)
    with qtbot.waitSignal(view.checked, timeout=10000) as blocker:
        model.refresh()
    assert blocker.args == [1] and [row[0] for row in _cells(view)] == ["✓ 一致"]
    model.close()


def test_a_damaged_library_says_to_rebuild(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"not a library at all" * 10)
    model = LibraryModel(path)
    view = _shown(qtbot, model)
    with qtbot.waitSignal(view.checked, timeout=10000) as blocker:
        pass
    assert blocker.args == [-1] and view.stack.currentWidget() is view.empty
    assert "重建" in view.empty.text()
    model.close()
