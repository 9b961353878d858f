"""The figures out of their sentence, as an official sees them in the panels: the rates
panel and the indicator table on the seed and on a 政府信息公开 report with a table.

With LAWGOV_SCREENSHOTS set, the four views are saved for the README.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.core import Kind
from lawgov_gui.gui.panels.table_model import CANONICAL, LABEL, YEAR
from tests.conftest import SHARED

from .person import WAIT_MS, Person

FENGXIAN = SHARED / "eval" / "dev" / "h2_14_fengxian_2020_xxgk.txt"


def open_tab(person: Person, name: str) -> None:
    panels = person.window.panels.panels
    bar = panels.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == name)
    person.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    person.qtbot.waitUntil(lambda: panels.tabs.currentIndex() == index, timeout=WAIT_MS)


def table_cells(person: Person, column: int) -> list[str]:
    model = person.window.panels.panels.table.view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_seed_figures_read_alone(person: Person, shoot) -> None:
    panels = person.window.panels.panels
    rates = panels.rates
    labels = rates.rows.labels
    assert len(set(labels)) == len(labels), "two bars with one name"
    assert all(ind.kind == Kind.PERCENT and not ind.growth for _, ind in rates.items)
    assert "复议后起诉率（2022年）" in labels and "复议后起诉率" in labels
    shoot(person.window, "panel-rates-seed.png")
    open_tab(person, "指标表")
    assert table_cells(person, LABEL)[0] == "法治政府建设示范地区数"
    assert "2022年" in table_cells(person, YEAR)
    shoot(person.window, "panel-table-seed.png")


@pytest.mark.skipif(not FENGXIAN.exists(), reason="../shared is not beside the repo")
def test_a_disclosure_table_reads_by_row_and_column(person: Person, shoot) -> None:
    window = person.window
    with person.qtbot.waitSignal(window.reportShown, timeout=WAIT_MS):
        window.open_path(FENGXIAN)
    shoot(window, "panel-rates-fengxian.png")
    open_tab(person, "指标表")
    labels = table_cells(person, LABEL)
    assert "规章（本年新公开数量）" in labels and "规范性文件（对外公开总数量）" in labels
    row = table_cells(person, CANONICAL).index("政府规章（制定、修改）数")  # 规章 × 本年新制作数量
    assert labels[row] == "政府规章（制定、修改）数"
    shoot(window, "panel-table-fengxian.png")
