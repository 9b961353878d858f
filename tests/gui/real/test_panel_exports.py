"""The indicator panels' export dialogs in a real window: a chart as PNG, the table as CSV,
both starting in the export folder (the last export's, else Documents).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from .person import WAIT_MS, Person


def test_chart_and_table_exports_start_in_the_export_folder(
        person: Person, home: Path) -> None:
    panels = person.window.panels.panels
    documents = home / "Documents"
    chart = documents / "比率.png"
    export_chart = next(b for b in panels.findChildren(QPushButton) if b.text() == "导出图表…")
    person.through(lambda: person.click(export_chart),
                   [(QFileDialog, person.save_as(documents, chart.name))])
    person.qtbot.waitUntil(chart.exists, timeout=WAIT_MS)
    assert chart.read_bytes().startswith(b"\x89PNG")
    bar = panels.tabs.tabBar()
    tab = panels.tabs.indexOf(panels.table)
    person.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    person.qtbot.waitUntil(lambda: panels.tabs.currentWidget() is panels.table, timeout=WAIT_MS)
    table = documents / "指标.csv"
    with person.qtbot.waitSignal(panels.table.exported, timeout=WAIT_MS):
        person.through(lambda: person.click(panels.table.csv_button),
                       [(QFileDialog, person.save_as(documents, table.name))])
    assert "指标" in table.read_text("utf-8-sig")
