"""The window's state, without widgets: what it holds and when it says so."""

from __future__ import annotations

from lawgov_gui.core import Report
from lawgov_gui.gui.common.state import AppState


def test_a_new_report_clears_the_scope_and_is_announced(qtbot, seed_report: Report) -> None:
    state = AppState()
    state.set_scope(seed_report.sections[0])
    with qtbot.waitSignal(state.reportChanged) as shown:
        state.set_report(seed_report)
    assert shown.args == [seed_report]
    assert state.report is seed_report and state.scope is None
    assert state.path == seed_report.source.path


def test_changes_are_announced_once_and_repeats_are_not(qtbot, seed_report: Report) -> None:
    state = AppState()
    state.set_report(seed_report)
    first = seed_report.sections[0]
    with qtbot.waitSignals([state.scopeChanged, state.darkChanged, state.uiScaleChanged]):
        state.set_scope(first)
        state.set_dark(True)
        state.set_ui_scale(150)
    with qtbot.assertNotEmitted(state.scopeChanged), qtbot.assertNotEmitted(state.darkChanged), \
            qtbot.assertNotEmitted(state.uiScaleChanged):
        state.set_scope(first)
        state.set_dark(True)
        state.set_ui_scale(150)
    assert (state.scope, state.dark, state.ui_scale) == (first, True, 150)


def test_nothing_is_open_at_first() -> None:
    state = AppState()
    assert (state.report, state.path, state.scope, state.dark, state.ui_scale) == (
        None, None, None, False, 100)
