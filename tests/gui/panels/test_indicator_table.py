"""The indicator table on the seed report, used as a reader would: click, type, choose, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView

from lawgov_gui.core.analysis.figures import sentence_of
from lawgov_gui.core.model import SectionIndex
from lawgov_gui.gui.panels.table import IndicatorTable
from lawgov_gui.gui.panels.table_model import CANONICAL, LABEL, SENTENCE, VALUE, YEAR
from tests.gui.conftest import ime_type

HEADERS = ["章节", "指标", "数值", "单位", "限定", "类型", "年份", "统一指标", "关系", "原文"]


@pytest.fixture
def table(qtbot, seed_report) -> IndicatorTable:
    widget = IndicatorTable(seed_report)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def view(table: IndicatorTable) -> QTableView:
    found = table.findChild(QTableView, "indicatorTable")
    assert found is not None
    return found


def column(table: IndicatorTable, col: int) -> list[str]:
    """The texts shown in column `col`, top to bottom."""
    model = view(table).model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def click_header(qtbot, table: IndicatorTable, col: int) -> None:
    header = view(table).horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick `text` in a closed combo box with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def double_click(qtbot, widget, pos: QPoint) -> None:
    """Double-click as the platform delivers it: a click, then the double-click event.

    QTest.mouseDClick alone sends only MouseButtonDblClick, which an item view
    takes for a press when no press on the same item came before it.
    """
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=pos)


def row_rect_center(table: IndicatorTable, row: int, col: int = 1) -> QPoint:
    v = view(table)
    index = v.model().index(row, col)
    v.scrollTo(index)
    return v.visualRect(index).center()


def test_shows_every_indicator_with_the_headers(table: IndicatorTable, seed_report) -> None:
    model = view(table).model()
    assert model.rowCount() == 60
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)] == HEADERS
    first = seed_report.indicators[0]
    assert column(table, LABEL)[0] == "法治政府建设示范地区数" == first.label
    assert column(table, CANONICAL)[0] == "法治政府建设示范地区数"
    assert column(table, YEAR)[0] == "2023年"
    assert column(table, 0)[0].startswith("(一)")
    assert column(table, 2)[4] == "619,000"
    alignment = Qt.AlignmentFlag(model.index(0, VALUE).data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_the_sentence_cell_shows_the_figure_and_its_tooltip_the_whole_sentence(
        table: IndicatorTable, seed_report) -> None:
    model = view(table).model()
    for row in (0, 30, 59):
        ind = seed_report.indicators[row]
        cell = model.index(row, SENTENCE)
        assert ind.text in cell.data()
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert f"<b>{ind.text}</b>" in tip
        assert sentence_of(seed_report, ind).replace(ind.text, "") in tip.replace(
            f"<b>{ind.text}</b>", "")


def test_clicking_the_value_header_sorts_numerically(qtbot, table: IndicatorTable,
                                                     seed_report) -> None:
    values = sorted(i.value for i in seed_report.indicators)
    click_header(qtbot, table, VALUE)
    assert column(table, VALUE)[:4] == ["2", "3", "4", "5"]
    shown = [row[VALUE] for row in table.shown_rows()[1:]]
    assert shown == values
    click_header(qtbot, table, VALUE)
    assert column(table, VALUE)[0] == "450,000,000,000"
    assert [row[VALUE] for row in table.shown_rows()[1:]] == values[::-1]


def test_typing_in_the_filter_keeps_rows_mentioning_it(qtbot, table: IndicatorTable,
                                                      seed_report) -> None:
    box = table.findChild(QLineEdit)
    assert box is not None and box.placeholderText() == "筛选指标…"
    box.setFocus()
    ime_type(box, "复议")
    assert box.text() == "复议"
    expected = [i for i in seed_report.indicators
                if "复议" in i.subject or "复议" in sentence_of(seed_report, i)]
    rows = table.shown_rows()[1:]
    assert 0 < len(rows) == len(expected) < 60
    assert all(any("复议" in str(cell) for cell in row) for row in rows)
    box.clear()
    assert view(table).model().rowCount() == 60


def test_choosing_a_kind_keeps_only_that_kind(qtbot, table: IndicatorTable) -> None:
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.currentText() == "全部类型"
    choose(qtbot, combo, "百分比")
    assert view(table).model().rowCount() == 12
    assert set(column(table, 5)) == {"百分比"}
    assert all(v.endswith("%") or v == "%" for v in column(table, 3))
    choose(qtbot, combo, "全部类型")
    assert view(table).model().rowCount() == 60


def test_a_section_narrows_the_table_to_its_span(table: IndicatorTable, seed_report) -> None:
    five = SectionIndex(seed_report.sections).get("1.5")
    assert five is not None and five.marker == "(五)"
    table.set_section(five)
    assert view(table).model().rowCount() == 15
    assert all(s.startswith("(五)") for s in column(table, 0))
    table.set_section(None)
    assert view(table).model().rowCount() == 60


def test_filters_combine(qtbot, table: IndicatorTable, seed_report) -> None:
    table.set_section(SectionIndex(seed_report.sections).get("1.5"))
    combo = table.findChild(QComboBox)
    choose(qtbot, combo, "百分比")
    rows = table.shown_rows()[1:]
    assert rows and all(r[0].startswith("(五)") and r[5] == "百分比" for r in rows)
    assert len(rows) < 12


def test_double_clicking_a_row_emits_its_indicator(qtbot, table: IndicatorTable,
                                                   seed_report) -> None:
    click_header(qtbot, table, VALUE)
    click_header(qtbot, table, VALUE)  # largest first, so row ≠ indicator index
    largest = max(seed_report.indicators[:60], key=lambda i: i.value).id
    v = view(table)
    emitted: list[str] = []
    table.indicatorActivated.connect(emitted.append)
    with qtbot.waitSignal(table.indicatorActivated, timeout=2000) as blocker:
        double_click(qtbot, v.viewport(), row_rect_center(table, 0))
    assert blocker.args == [largest]
    assert emitted == [largest]  # once, not once per click


def test_enter_on_a_row_emits_its_indicator(qtbot, table: IndicatorTable, seed_report) -> None:
    v = view(table)
    v.setFocus()
    qtbot.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=row_rect_center(table, 7))
    emitted: list[str] = []
    table.indicatorActivated.connect(emitted.append)
    with qtbot.waitSignal(table.indicatorActivated, timeout=2000) as blocker:
        qtbot.keyClick(v, Qt.Key.Key_Return)
    seventh = seed_report.indicators[7].id
    assert blocker.args == [seventh]
    assert emitted == [seventh]


def test_select_indicator_selects_quietly(qtbot, table: IndicatorTable, seed_report) -> None:
    with qtbot.assertNotEmitted(table.indicatorActivated):
        assert table.select_indicator(seed_report.indicators[45].id)
    v = view(table)
    selected = v.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [45]
    assert v.viewport().rect().intersects(v.visualRect(selected[0]))


def test_select_indicator_outside_the_filter_selects_nothing(table: IndicatorTable,
                                                             seed_report) -> None:
    table.set_section(SectionIndex(seed_report.sections).get("1.5"))
    assert not table.select_indicator(seed_report.indicators[0].id)
    assert not table.select_indicator("no such id")
    assert view(table).selectionModel().selectedRows() == []


def export(qtbot, table: IndicatorTable, monkeypatch, button_text: str, path: Path) -> Path:
    """Click an export button, answering its save dialog with `path`."""
    asked: list[str] = []
    monkeypatch.setattr(table, "ask_save_path",
                        lambda caption, suggested, name_filter: (asked.append(suggested),
                                                                 str(path))[1])
    button = next(b for b in table.findChildren(QPushButton) if b.text() == button_text)
    with qtbot.waitSignal(table.exported, timeout=5000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(Path(blocker.args[0]).suffix)
    return Path(blocker.args[0])


def filtered_and_sorted(qtbot, table: IndicatorTable) -> None:
    choose(qtbot, table.findChild(QComboBox), "计数")
    click_header(qtbot, table, VALUE)
    click_header(qtbot, table, VALUE)


def test_csv_export_writes_the_rows_shown(qtbot, table: IndicatorTable, monkeypatch,
                                          tmp_path: Path) -> None:
    filtered_and_sorted(qtbot, table)
    shown = table.shown_rows()
    assert len(shown) == 1 + 43 and shown[0] == HEADERS
    written = export(qtbot, table, monkeypatch, "导出 CSV…", tmp_path / "指标")
    assert written == tmp_path / "指标.csv"
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(written, encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [[str(c) for c in row] for row in shown]


def test_xlsx_export_writes_numbers_as_numbers(qtbot, table: IndicatorTable, monkeypatch,
                                               tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    filtered_and_sorted(qtbot, table)
    shown = table.shown_rows()
    written = export(qtbot, table, monkeypatch, "导出 Excel…", tmp_path / "指标.xlsx")
    ws = openpyxl.load_workbook(written).active
    cells = [[c.value if c.value is not None else "" for c in row]
             for row in ws.iter_rows(max_col=len(HEADERS))]
    assert cells == shown
    assert ws["C2"].data_type == "n" and ws["C2"].value == 450_000_000_000
    assert ws.freeze_panes == "A2"


def test_a_failed_export_says_so(qtbot, table: IndicatorTable, monkeypatch,
                                 tmp_path: Path) -> None:
    monkeypatch.setattr(table, "ask_save_path",
                        lambda *_: str(tmp_path / "missing" / "out.csv"))
    with qtbot.assertNotEmitted(table.exported):
        qtbot.mouseClick(table.csv_button, Qt.MouseButton.LeftButton)
    box = table.error_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "out.csv" in box.text()
    box.close()


def test_cancelling_the_save_dialog_writes_nothing(qtbot, table: IndicatorTable, monkeypatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setattr(table, "ask_save_path", lambda *_: "")
    with qtbot.assertNotEmitted(table.exported):
        qtbot.mouseClick(table.xlsx_button, Qt.MouseButton.LeftButton)
    assert table.error_box is None


def test_widgets_have_accessible_names(table: IndicatorTable) -> None:
    widgets = [table.findChild(QLineEdit), table.findChild(QComboBox), view(table),
               *table.findChildren(QPushButton)]
    assert all(w is not None and w.accessibleName() for w in widgets)


def test_the_model_finds_rows_by_indicator_id_without_a_view(seed_report) -> None:
    from lawgov_gui.gui.panels.table_model import ID_ROLE, IndicatorTableModel

    model = IndicatorTableModel(seed_report)
    assert all(model.row_of(i.id) == n for n, i in enumerate(seed_report.indicators))
    assert model.row_of("no such id") is None
    assert model.index(3, 0).data(ID_ROLE) == seed_report.indicators[3].id
    assert IndicatorTableModel().row_of(seed_report.indicators[0].id) is None
