"""The compare view as a user meets it: find an indicator by typing, read its figures with the
benchmarks apart, open a figure's report with Enter, pick a bar, switch the chart, export."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPointF, Qt

from lawgov_gui.core.library import Library
from lawgov_gui.core.library.compare import HEADERS
from lawgov_gui.gui.common.library_model import LibraryModel
from lawgov_gui.gui.library import compare_view
from lawgov_gui.gui.library.compare_model import figure_key
from lawgov_gui.gui.library.compare_series import ChartMode
from lawgov_gui.gui.library.compare_view import CompareView
from tests.conftest import SEED
from tests.core.library.conftest import write_pair
from tests.gui.conftest import ime_type
from tests.gui.library.conftest import show


def _shown(qtbot, model: LibraryModel) -> CompareView:
    return show(qtbot, CompareView(model), 1200, 700)


@pytest.fixture
def view(qtbot, library_model: LibraryModel) -> CompareView:
    return _shown(qtbot, library_model)


def _text(model: LibraryModel, path: str) -> str:
    (text,) = model.library().conn.execute(
        "SELECT t.text FROM texts t JOIN reports r ON r.id = t.report WHERE r.path = ?",
        (path,)).fetchone()
    return text


def test_typing_finds_an_indicator(qtbot, view: CompareView) -> None:
    edit = view.chooser.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    ime_type(edit, "纠错率")
    popup = view.chooser.completer().popup()
    assert popup.isVisible()
    with qtbot.waitSignal(view.chooser.chosen, timeout=3000) as blocker:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert blocker.args == ["recon.direct_correction_rate"]
    assert view.chooser.currentText() == "行政复议直接纠错率（recon.direct_correction_rate）· 6 条"
    assert view.own.rowCount() == 6 and view.own_title.text() == "各报告所述（6 条）"


@pytest.mark.parametrize(("cid", "own", "benchmarks"), [
    ("lit.head_appearance_rate", 6, 0),
    ("recon.direct_correction_rate", 6, 0),
    ("lit.loss_rate", 1, 1),
])
def test_benchmarks_in_a_table_of_their_own(view: CompareView, cid: str, own: int,
                                            benchmarks: int) -> None:
    view.show_indicator(cid)
    assert view.chooser.current() == cid
    assert (view.own.rowCount(), view.benchmarks.rowCount()) == (own, benchmarks)
    assert view.bench_table.isVisible() is bool(benchmarks)
    assert not any(r.benchmark for r in view.own.rows)
    if benchmarks:
        assert view.bench_title.text() == f"对照基准（{benchmarks} 条）"
        assert [r.value for r in view.benchmarks.rows] == [18.91]


def test_enter_opens_the_report_at_the_figure(qtbot, view: CompareView,
                                              library_model: LibraryModel) -> None:
    view.show_indicator("lit.head_appearance_rate")
    table = view.own_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.openAt, timeout=3000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    path, start, end = blocker.args
    row = view.own.row(table.currentIndex().row())
    assert (path, start, end) == (row.path, row.start, row.end)
    assert _text(library_model, path)[start:end] == row.text


def test_a_double_click_opens_a_benchmark_at_its_difference(qtbot, view: CompareView) -> None:
    view.show_indicator("lit.loss_rate")
    table = view.bench_table
    cell = table.visualRect(table.model().index(0, 3)).center()
    with qtbot.waitSignal(view.openAt, timeout=3000) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # as delivered:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a click first
        qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    (row,) = view.benchmarks.rows
    assert blocker.args == [row.path, row.start, row.end] and row.text == "6.88个百分点"


def test_a_click_on_a_bar_selects_its_row(qtbot, view: CompareView) -> None:
    view.show_indicator("recon.direct_correction_rate")
    chart = view.panel.chart
    target = chart.marks[2]
    scene = chart.plot.getViewBox().mapViewToScene(QPointF(chart.xs[2], target.value / 2))
    with qtbot.waitSignal(view.panel.figureChosen, timeout=3000):
        qtbot.mouseClick(chart.layout_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=chart.layout_widget.mapFromScene(scene))
    current = view.own_table.currentIndex()
    assert view.own.row(current.row()) == target
    assert list(chart.mark.opts["x"]) == [2.0]


def test_the_chart_switches_to_years_by_keyboard(qtbot, view: CompareView) -> None:
    view.show_indicator("recon.direct_correction_rate")
    assert [view.panel.choice.itemText(n) for n in range(view.panel.choice.count())] == [
        "2023年", "2022年"]
    view.panel.mode.setFocus()
    qtbot.keyClick(view.panel.mode, Qt.Key.Key_Down)
    assert view.panel.current_mode() is ChartMode.BY_YEAR
    assert view.panel.choice_label.text() == "发布机关："
    assert view.panel.choice.currentText() == "松原市人民政府"
    assert [r.period for r in view.panel.chart.marks] == [2022, 2023]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reads_back(qtbot, view: CompareView, monkeypatch, tmp_path: Path,
                           suffix: str) -> None:
    view.show_indicator("lit.loss_rate")
    target = tmp_path / f"对比{suffix}"
    monkeypatch.setattr(compare_view, "ask_save_path", lambda *_: str(target))
    button = view.csv_button if suffix == ".csv" else view.xlsx_button
    with qtbot.waitSignal(view.exported, timeout=5000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(target)]
    if suffix == ".csv":
        with open(target, encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
    else:
        sheet = openpyxl.load_workbook(target).active
        table = [["" if v is None else str(v) for v in r] for r in sheet.iter_rows(values_only=True)]
    assert tuple(table[0]) == HEADERS
    assert [r[9] for r in table[1:]] == ["本级", "对照基准（据差值推算）"]
    assert table[2][4] == "18.91"


def test_an_empty_library_says_so_and_makes_no_file(qtbot, empty_model: LibraryModel) -> None:
    view = _shown(qtbot, empty_model)
    assert view.stack.currentWidget() is view.empty
    assert "还没有可以对比的指标" in view.empty.text()
    assert not view.csv_button.isEnabled() and not empty_model.exists()


def test_the_file_column_shows_only_when_rows_read_alike_without_it(view: CompareView) -> None:
    from lawgov_gui.gui.library.compare_model import Column

    view.show_indicator("recon.direct_correction_rate")  # issuers and years tell them apart
    assert view.own_table.isColumnHidden(view.own.column_of(Column.FILE))


def test_an_indicator_without_figures_says_so(view: CompareView) -> None:
    view.show_indicator("lit.no_such_rate")
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text() == "报告库中没有“lit.no_such_rate”的数据。"


def test_new_reports_are_shown(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add([SEED], workers=1)
    model = LibraryModel(path)
    view = _shown(qtbot, model)
    view.show_indicator("recon.direct_correction_rate")
    assert view.own.rowCount() == 1
    with Library(path) as lib:
        lib.add(write_pair(tmp_path / "pairs", "松原市人民政府", 2212, 8.5), workers=1)
    with qtbot.waitSignal(model.reportsChanged, timeout=3000):
        model.refresh()
    assert view.chooser.current() == "recon.direct_correction_rate"
    assert view.own.rowCount() == 3 and view.chooser.currentText().endswith("· 3 条")
    assert figure_key(view.own.row(0)) != figure_key(view.own.row(1))
    model.close()


def test_a_damaged_library_says_to_rebuild(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"not a library at all" * 10)
    model = LibraryModel(path)
    with qtbot.waitSignal(model.damaged, timeout=3000):
        view = _shown(qtbot, model)
    assert view.stack.currentWidget() is view.empty and "重建" in view.empty.text()
    assert not view.csv_button.isEnabled()


def test_copies_of_a_report_in_two_formats_show_their_files(qtbot, tmp_path: Path) -> None:
    from lawgov_gui.gui.library.compare_model import Column
    from lawgov_gui.gui.library.compare_table import FILE_EMS
    from tests.conftest import ROOT

    docx = ROOT / "tests" / "data" / "seed.docx"  # the seed's text, as Word
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add([SEED, docx], workers=1)
    model = LibraryModel(tmp_path / "lib.sqlite3")
    view = _shown(qtbot, model)
    view.show_indicator("lit.head_appearance_rate")
    table, file = view.own_table, view.own.column_of(Column.FILE)
    assert table.model().headerData(file, Qt.Orientation.Horizontal) == "文件"
    assert not table.isColumnHidden(file)  # the rows read alike but for it
    names = {table.model().index(r, file).data() for r in range(2)}
    assert names == {SEED.name, docx.name}
    assert table.columnWidth(file) <= table.fontMetrics().horizontalAdvance("文" * FILE_EMS)
    model.close()


def test_an_export_before_the_tab_is_shown_reads_the_library(qtbot, library_model, monkeypatch,
                                                            tmp_path: Path) -> None:
    view = CompareView(library_model)  # made with the window, never shown: nothing read yet
    qtbot.addWidget(view)
    assert view.own.rowCount() == 0 and not view.panel.place.made()
    target = tmp_path / "对比.csv"
    monkeypatch.setattr(compare_view, "ask_save_path", lambda *_: str(target))
    with qtbot.waitSignal(view.exported, timeout=5000):
        view.csv_button.click()
    with open(target, encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == 1 + view.own.rowCount() + view.benchmarks.rowCount() > 1
