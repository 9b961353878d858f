"""The indicator panels, linked both ways to the text: click, hover, narrow, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip

from lawgov_gui.core import Kind
from lawgov_gui.gui.panels.table_model import SENTENCE
from lawgov_gui.gui.shell.main_window import MainWindow
from tests.gui.shell.test_main_window import click_section, section
from tests.gui.window_helpers import panels_ready


@pytest.fixture
def panels_window(qtbot, window: MainWindow) -> MainWindow:
    return panels_ready(qtbot, window)


def open_tab(qtbot, panels, name: str) -> None:
    """Click the panels' tab called `name`, as a reader would."""
    bar = panels.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == name)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panels.tabs.currentIndex() == index


def bar_point(chart, row: int, value: float):
    """Viewport coordinates of the middle of a bar (or point) in a row chart."""
    vb = chart.plot.getViewBox()
    scene = vb.mapViewToScene(QPointF(value / 2, row))
    return chart.layout_widget.mapFromScene(scene)


def test_rates_panel_has_one_bar_per_share(panels_window: MainWindow) -> None:
    rates = panels_window.panels.panels.rates
    shares = [i for i in panels_window.state.report.indicators
              if i.kind == Kind.PERCENT and not i.growth]
    assert [ind.text for _, ind in rates.items] == [i.text for i in shares]
    assert len(rates.bars.opts["width"]) == 10


def test_clicking_a_bar_jumps_to_the_figure(qtbot, panels_window: MainWindow) -> None:
    rates = panels_window.panels.panels.rates
    row = next(r for r, (_, ind) in enumerate(rates.items) if ind.text == "12.03%")
    index, ind = rates.items[row]
    with qtbot.waitSignal(rates.indicatorActivated, timeout=3000) as blocker:
        qtbot.mouseClick(rates.layout_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=bar_point(rates, row, ind.value))
    assert blocker.args == [index]
    view = panels_window.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.base + ind.start)
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    assert view.marks.flashing()
    assert rates.mark.opts["width"] == [ind.value]


def test_clicking_a_figure_in_the_text_marks_bar_and_row(qtbot, panels_window: MainWindow) -> None:
    view, panels = panels_window.text, panels_window.panels.panels
    ind = next(i for i in panels_window.state.report.indicators if i.text == "74.14%")
    view.reveal(ind.start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.base + ind.start + 2)
    with qtbot.waitSignal(view.indicatorClicked, timeout=3000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.cursorRect(cursor).center())
    assert panels.rates.mark.opts["width"] == [74.14]
    open_tab(qtbot, panels, "指标表")
    selected = panels.table.view.selectionModel().selectedRows()
    assert selected and "74.14%" in selected[0].siblingAtColumn(SENTENCE).data(Qt.ItemDataRole.ToolTipRole)


def test_narrowing_to_a_section_and_back(qtbot, panels_window: MainWindow) -> None:
    panels = panels_window.panels.panels
    five = section(panels_window, "(五)防风险")
    click_section(qtbot, panels_window, five.id)
    assert panels_window.state.scope is five
    qtbot.waitUntil(lambda: "(五)" in panels.scope.full_text(), timeout=3000)
    assert all(five.start <= ind.start < five.end for _, ind in panels.rates.items)
    assert len(panels.rates.items) == 6  # the section's shares; 同比增长82.37% is a change
    assert "(五)" in panels.scope.full_text() and "15" in panels.scope.full_text()
    open_tab(qtbot, panels, "指标表")
    assert panels.table.row_count() == 15
    reset = next(b for b in panels.findChildren(QPushButton) if b.text() == "全部")
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert panels_window.state.scope is None
    qtbot.waitUntil(lambda: panels.table.row_count() == 60, timeout=3000)


def test_changes_show_stated_and_derived_pairs(qtbot, panels_window: MainWindow) -> None:
    panels = panels_window.panels.panels
    open_tab(qtbot, panels, "变化")
    pct = [p for _, p in panels.changes.percent.pairs]
    cnt = [p for _, p in panels.changes.counts.pairs]
    assert [(p.before_period, p.after, p.derived) for p in pct] == [
        ("2022", 13.21, False), ("2022", 86.53, True), ("2022", 12.03, True)]
    assert [round(p.before) for p in cnt] == [2212, 108]
    ticks = panels.changes.percent.plot.getAxis("left")._tickLevels[0]
    assert sum("推算" in label for _, label in ticks) == 2


def test_checks_recompute_two_rates(qtbot, panels_window: MainWindow) -> None:
    panels = panels_window.panels.panels
    open_tab(qtbot, panels, "核对")
    texts = [panels.checks.item(i).text() for i in range(panels.checks.count())]
    assert len(texts) == 2 and all(t.startswith("✓") for t in texts)
    assert "1702件 ÷ 1967件" in texts[0]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_exported_chart_is_not_blank(qtbot, panels_window: MainWindow, tmp_path: Path,
                                     monkeypatch, suffix: str) -> None:
    panels = panels_window.panels.panels
    target = tmp_path / f"rates{suffix}"
    monkeypatch.setattr(panels, "ask_export_path", lambda: str(target))
    export = next(b for b in panels.findChildren(QPushButton) if b.text() == "导出图表…")
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert target.exists()
    if suffix == ".svg":
        assert "<svg" in target.read_text(encoding="utf-8")
        return
    image = QImage(str(target))
    assert image.width() >= 1200 and image.height() > 300
    assert image.pixelColor(2, 2).name() == "#ffffff"
    bar = panels.rates.colors.bar
    colors = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
              for y in range(0, image.height(), 7)}
    assert bar in colors
    assert len(colors) > 20  # text and axes too, not a flat picture


def test_bar_tooltip_shows_figure_and_sentence(qtbot, panels_window: MainWindow) -> None:
    rates = panels_window.panels.panels.rates
    row = 0
    _, ind = rates.items[row]
    point = bar_point(rates, row, ind.value)
    scene_pos = rates.layout_widget.mapToScene(point)
    tips = []
    monkey = rates.tooltip_for
    rates.tooltip_for = lambda i: tips.append(i) or monkey(i)
    rates._moved(scene_pos)
    assert tips and "74.14" in monkey(tips[0]) and "完成率" in monkey(tips[0])
    assert "中期评估" in monkey(tips[0])


def test_a_bar_tooltip_stays_while_the_pointer_rests_on_it(qtbot, panels_window: MainWindow) -> None:
    rates = panels_window.panels.panels.rates
    _, ind = rates.items[0]
    viewport = rates.layout_widget.viewport()
    point = bar_point(rates, 0, ind.value)
    qtbot.mouseMove(viewport, point)
    qtbot.waitUntil(QToolTip.isVisible)
    tip = QToolTip.text()
    assert "74.14" in tip
    # the pointer rests: Qt asks the view for its tooltip, then the hand shakes a little
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                viewport.mapToGlobal(point)))
    for dx in (1, 2, 3, 2):
        qtbot.mouseMove(viewport, point + QPoint(dx, 0))
    with pytest.raises(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=800)
    assert QToolTip.text() == tip
    qtbot.mouseMove(viewport, QPoint(2, 2))  # off every mark: the tip goes
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)


def test_the_charts_of_other_tabs_are_made_when_first_opened(qtbot, panels_window) -> None:
    from lawgov_gui.gui.charts.changes import ChangesChart
    from lawgov_gui.gui.charts.sections import SectionsChart

    panels = panels_window.panels.panels
    assert not panels.findChildren(ChangesChart) and not panels.findChildren(SectionsChart)
    open_tab(qtbot, panels, "分节")
    assert len(panels.findChildren(SectionsChart)) == 1 and panels.sections.stats
    assert not panels.findChildren(ChangesChart)
