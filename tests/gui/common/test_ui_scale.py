"""视图 → 界面字号: the interface grows as a whole (menus, tree, table, charts, dialogs),
the report's text keeps its own size, and the choice is kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip

from lawgov_gui.gui.shell.main_window import MainWindow
from lawgov_gui.gui.shell.settings import UI_SCALES
from tests.gui.window_helpers import panels_ready


@pytest.fixture
def scaled(qtbot, window: MainWindow):
    """The window with its panels built; at 100 % again afterwards (the font is shared)."""
    yield panels_ready(qtbot, window)
    window.actions["ui_scale_100"].trigger()


def sizes(window: MainWindow) -> dict[str, float]:
    """The point sizes a reader sees: menus, tree, table, a chart axis, a message box."""
    panels = window.panels.panels
    box = QMessageBox(QMessageBox.Icon.Information, "标题", "内容", parent=window)
    tick = panels.rates.plot.getAxis("left").style["tickFont"]
    found = {"menu bar": window.menuBar().font().pointSizeF(),
             "menu": window.menuBar().actions()[0].menu().font().pointSizeF(),
             "tree": window.tree.view.font().pointSizeF(),
             "table": panels.table.view.font().pointSizeF(),
             "table rows": float(panels.table.view.verticalHeader().defaultSectionSize()),
             "chart ticks": tick.pointSizeF(),
             "message box": box.font().pointSizeF(),
             "dock title": window.panels.titleBarWidget().font().pointSizeF(),
             "tooltip": QToolTip.font().pointSizeF()}
    box.deleteLater()
    return found


def choose(qtbot, window: MainWindow, percent: int) -> None:
    """Pick 视图 → 界面字号 → percent, and wait for the charts to redraw at it."""
    panels = window.panels.panels
    window.actions[f"ui_scale_{percent}"].trigger()
    axis = panels.rates.plot.getAxis("left")
    qtbot.waitUntil(lambda: abs(axis.style["tickFont"].pointSizeF() - 10 * percent / 100) < 0.01)


def test_200_percent_doubles_the_whole_interface_but_not_the_text(qtbot, scaled) -> None:
    window = scaled
    body = window.text.document().defaultFont().pointSizeF()
    before = sizes(window)
    choose(qtbot, window, 200)
    after = sizes(window)
    for name, size in before.items():
        ratio = after[name] / size
        assert 1.7 <= ratio <= 2.3, (name, size, after[name])
    assert window.text.document().defaultFont().pointSizeF() == body
    assert window.actions["ui_scale_200"].isChecked()
    choose(qtbot, window, 100)
    assert sizes(window) == before


def test_the_size_is_remembered_and_applied_at_start(qtbot, scaled, open_window,
                                                     settings) -> None:
    choose(qtbot, scaled, 150)
    base = QApplication.font().pointSizeF()
    scaled.close()
    again = open_window(None, settings)
    assert again.settings.ui_scale == 150
    assert again.actions["ui_scale_150"].isChecked()
    assert QApplication.font().pointSizeF() == base
    assert again.menuBar().font().pointSizeF() == base
    again.actions["ui_scale_100"].trigger()


def test_the_sizes_are_a_checkable_keyboard_menu(scaled) -> None:
    actions = [scaled.actions[f"ui_scale_{p}"] for p in UI_SCALES]
    assert [a.text() for a in actions] == ["&1 100%", "&2 125%", "&3 150%", "&4 175%", "&5 200%"]
    assert all(a.isCheckable() for a in actions)
    assert [a.isChecked() for a in actions] == [True, False, False, False, False]
    menu = actions[0].associatedObjects()[-1]
    assert "界面字号" in menu.title()


def test_at_200_percent_the_window_still_fits_1400_pixels(qtbot, scaled) -> None:
    choose(qtbot, scaled, 200)
    scaled.actions["find"].trigger()
    scaled.find.dock.show()
    assert scaled.minimumSizeHint().width() <= 1400
    menu = scaled.actions["theme_system"].associatedObjects()[-1]
    menu.popup(scaled.mapToGlobal(scaled.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    label = menu.fontMetrics().horizontalAdvance("跟随系统")
    assert menu.width() >= label + 2 * menu.fontMetrics().height()  # not elided to 跟…统
    menu.hide()
