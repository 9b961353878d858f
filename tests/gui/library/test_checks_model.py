"""The checks table's data without a widget: the verdict in words, the cells, which report a
column opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.core.library import CheckKind, Finding
from lawgov_gui.gui.library.checks_model import (
    FLAGGED_ROLE,
    ChecksTableModel,
    Column,
    Verdict,
    cell_text,
    place,
    verdict,
)

CHANGE = Finding(CheckKind.CHANGE, False, "松原市人民政府", "recon.applications", 2023, "…相符。",
                 ("松原-2023.txt", "松原-2022.txt"), ("4034件，同比增长82.37%", "2212件"), "2212件",
                 ((10, 26), (40, 45)))
FLAGGED = Finding(CheckKind.CHANGE, True, "白城市人民政府", "recon.applications", 2023, "…不符。",
                  ("白城-2023.txt", "白城-2022.txt"), ("4034件，同比增长82.37%", "2000件"), "2212件",
                  ((10, 26), (40, 45)))
CONFLICT = Finding(CheckKind.CONFLICT, True, "松原市人民政府", "recon.direct_correction_rate", 2022,
                   "…不同。", ("a/松原-2022.txt", "b/松原-2022.txt"), ("8.5%", "8.7%"), "",
                   ((70, 74), (70, 74)))


@pytest.mark.parametrize(("finding", "expected"), [
    (CHANGE, Verdict.AGREES), (FLAGGED, Verdict.DISAGREES), (CONFLICT, Verdict.CONFLICT)])
def test_verdict(finding: Finding, expected: Verdict) -> None:
    assert verdict(finding) is expected


@pytest.mark.parametrize(("finding", "column", "text"), [
    (CHANGE, Column.VERDICT, "✓ 一致"), (FLAGGED, Column.VERDICT, "✗ 不一致"),
    (CONFLICT, Column.VERDICT, "! 冲突"), (CHANGE, Column.INDICATOR, "收到行政复议申请数"),
    (CHANGE, Column.YEARS, "2023年对2022年"), (CONFLICT, Column.YEARS, "2022年"),
    (FLAGGED, Column.IMPLIED, "约2212件"), (CONFLICT, Column.IMPLIED, "—"),
    (FLAGGED, Column.OTHER_STATED, "2000件"), (CONFLICT, Column.REPORT, "松原-2022.txt"),
])
def test_cells(finding: Finding, column: Column, text: str) -> None:
    assert cell_text(finding, column) == text


@pytest.mark.parametrize(("column", "opened"), [
    (Column.VERDICT, ("松原-2023.txt", 10, 26)), (Column.STATED, ("松原-2023.txt", 10, 26)),
    (Column.OTHER_STATED, ("松原-2022.txt", 40, 45)), (Column.OTHER_REPORT, ("松原-2022.txt", 40, 45)),
])
def test_the_second_reports_columns_open_it(column: Column, opened: tuple) -> None:
    assert place(CHANGE, column) == opened


def test_model_roles() -> None:
    model = ChecksTableModel()
    model.set_findings([FLAGGED, CHANGE])
    assert (model.rowCount(), model.columnCount()) == (2, len(Column))
    assert [model.index(r, 0).data(FLAGGED_ROLE) for r in range(2)] == [True, False]
    assert model.index(0, Column.OTHER_REPORT).data(Qt.ItemDataRole.ToolTipRole) == "白城-2022.txt"
    assert model.index(0, Column.ISSUER).data(Qt.ItemDataRole.ToolTipRole) == "…不符。"
    assert model.headerData(Column.IMPLIED, Qt.Orientation.Horizontal) == "推算上年"
