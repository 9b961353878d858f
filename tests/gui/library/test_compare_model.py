"""The compare table's data without a widget: a group's rows, the cells as the reports wrote them,
the benchmarks apart, keys back to a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.core.library import Library
from lawgov_gui.gui.library.compare_model import (
    KEY_ROLE,
    SORT_ROLE,
    Column,
    CompareTableModel,
    Group,
    figure_key,
    read_alike,
)
from tests.conftest import ROOT, SEED


@pytest.fixture(scope="module")
def rows(library_path: Path) -> dict[str, list]:
    with Library(library_path) as lib:
        return {cid: lib.compare(cid) for cid in
                ("lit.head_appearance_rate", "recon.direct_correction_rate", "lit.loss_rate")}


def _table(rows, cid: str, group: Group) -> list[list[str]]:
    model = CompareTableModel(group)
    model.set_rows(rows[cid])
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


@pytest.mark.parametrize(("group", "headers"), [
    (Group.OWN, ["发布机关", "报告年度", "数据年度", "数值", "指标名称", "文件", "原句"]),
    (Group.BENCHMARK, ["发布机关", "报告年度", "数据年度", "数值", "对照口径", "文件", "原句"]),
])
def test_headers(group: Group, headers: list[str]) -> None:
    model = CompareTableModel(group)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(headers))] == headers


@pytest.mark.parametrize(("cid", "group", "count", "first"), [
    ("lit.head_appearance_rate", Group.OWN, 6,
     ["吉林省人民政府", "2023年", "2023年", "100%", "行政机关负责人出庭应诉率"]),
    ("lit.head_appearance_rate", Group.BENCHMARK, 0, None),
    ("recon.direct_correction_rate", Group.OWN, 6,
     ["吉林省人民政府", "2023年", "2023年", "9.93%", "行政复议直接纠错率"]),
    ("recon.direct_correction_rate", Group.BENCHMARK, 0, None),
    ("lit.loss_rate", Group.OWN, 1, ["吉林省人民政府", "2023年", "2023年", "12.03%", "行政诉讼败诉率"]),
    ("lit.loss_rate", Group.BENCHMARK, 1, ["吉林省人民政府", "2023年", "2022年", "约18.91%", "去年全国均值"]),
])
def test_rows_of_a_group(rows, cid: str, group: Group, count: int, first) -> None:
    table = _table(rows, cid, group)
    assert len(table) == count
    if first:
        assert table[0][:5] == first and table[0][6].endswith("。")


@pytest.mark.parametrize("cid", ["lit.head_appearance_rate", "recon.direct_correction_rate",
                                 "lit.loss_rate"])
def test_own_and_benchmarks_never_mix(rows, cid: str) -> None:
    own, bench = CompareTableModel(Group.OWN), CompareTableModel(Group.BENCHMARK)
    for model in (own, bench):
        model.set_rows(rows[cid])
    assert not any(r.benchmark for r in own.rows) and all(r.benchmark for r in bench.rows)
    assert own.rowCount() + bench.rowCount() == len(rows[cid])


def test_keys_lead_back_to_their_row(rows) -> None:
    model = CompareTableModel(Group.OWN)
    model.set_rows(rows["recon.direct_correction_rate"])
    for n, row in enumerate(model.rows):
        assert model.data(model.index(n, 0), KEY_ROLE) == figure_key(row)
        assert model.row_of(figure_key(row)) == n
    assert len({figure_key(r) for r in model.rows}) == model.rowCount()
    assert model.row_of("0:no such report") is None


@pytest.mark.parametrize(("column", "role", "expected"), [
    (Column.VALUE, SORT_ROLE, 18.91),
    (Column.PERIOD, SORT_ROLE, 2022),
    (Column.VALUE, Qt.ItemDataRole.ToolTipRole, "据原文所说的差值“6.88个百分点”推算"),
    (Column.BASELINE, Qt.ItemDataRole.DisplayRole, "去年全国均值"),
    (Column.SENTENCE, Qt.ItemDataRole.DisplayRole, "…低于去年全国均值6.88个百分点。"),  # the figure shows
    (Column.SENTENCE, Qt.ItemDataRole.ToolTipRole,
     "<p>全省行政机关负责人出庭率保持100%,行政机关一审行政诉讼案件败诉率12.03%,同比下降11.63个百分点,"
     "低于去年全国均值<b>6.88个百分点</b>。</p>"),
    (Column.VALUE, Qt.ItemDataRole.TextAlignmentRole,
     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
])
def test_benchmark_cells(rows, column: Column, role, expected) -> None:
    model = CompareTableModel(Group.BENCHMARK)
    model.set_rows(rows["lit.loss_rate"])
    assert model.data(model.index(0, model.column_of(column)), role) == expected


@pytest.mark.parametrize(("sentence", "text", "shown"), [
    ("出庭应诉率100%。", "100%", "出庭应诉率100%。"),
    ("2023年，全市收到行政复议申请4034件，同比增长82.37%，直接纠错率9.93%。", "9.93%", "…直接纠错率9.93%。"),
    ("全省行政机关负责人出庭率保持100%,行政机关一审行政诉讼案件败诉率12.03%。", "12.03%",
     "…行政机关一审行政诉讼案件败诉率12.03%。"),
    ("全省各级行政机关在行政诉讼案件中的负责人出庭应诉的比例达到了百分之九十以上即95%。", "95%",
     "…百分之九十以上即95%。"),  # a long clause: the eight characters before the figure
])
def test_the_sentence_cell_shows_the_figure(sentence: str, text: str, shown: str) -> None:
    from lawgov_gui.core.library import CompareRow
    from lawgov_gui.gui.library.compare_model import excerpt

    row = CompareRow("a.txt", "某市人民政府", 2023, 2023, 1.0, "%", text, "指标", sentence, False, None,
                     0, len(text), False)
    assert excerpt(row) == shown


def test_copies_of_a_report_in_two_formats_are_told_apart_by_their_files(qapp, tmp_path) -> None:
    docx = ROOT / "tests" / "data" / "seed.docx"  # the seed's text, as Word
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add([SEED, docx], workers=1)
        found = lib.compare("lit.head_appearance_rate")
    model = CompareTableModel(Group.OWN)
    model.set_rows(found)
    cells = [tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
             for r in range(model.rowCount())]
    assert len(cells) == 2 and len(set(cells)) == 2  # the same figure in each: not alike
    file = model.column_of(Column.FILE)
    assert {c[file] for c in cells} == {SEED.name, docx.name}
    tips = {model.data(model.index(r, file), Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    assert tips == {str(SEED), str(docx)}
    assert read_alike(found) and not read_alike(found[:1])

