"""The indicator chooser: each entry named, numbered and counted; the choice kept across a refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.gui.library.compare_chooser import IndicatorChooser, entry_text


@pytest.mark.parametrize(("cid", "count", "text"), [
    ("recon.direct_correction_rate", 6, "行政复议直接纠错率（recon.direct_correction_rate）· 6 条"),
    ("lit.head_appearance_rate", 1, "行政机关负责人出庭应诉率（lit.head_appearance_rate）· 1 条"),
])
def test_entry_text(cid: str, count: int, text: str) -> None:
    assert entry_text(cid, count) == text


@pytest.mark.parametrize(("keep", "shown"), [
    ("lit.loss_rate", "lit.loss_rate"), (None, "lit.head_appearance_rate"),
    ("lit.gone_rate", "lit.head_appearance_rate")])
def test_the_choice_is_kept_when_still_there(qtbot, keep, shown: str) -> None:
    chooser = IndicatorChooser()
    qtbot.addWidget(chooser)
    with qtbot.waitSignal(chooser.chosen, timeout=3000) as blocker:
        chooser.set_counts({"lit.head_appearance_rate": 6, "lit.loss_rate": 2}, keep)
    assert blocker.args == [shown] and chooser.current() == shown
    assert chooser.count() == 2


def test_nothing_to_choose(qtbot) -> None:
    chooser = IndicatorChooser()
    qtbot.addWidget(chooser)
    with qtbot.assertNotEmitted(chooser.chosen):
        chooser.set_counts({}, "lit.loss_rate")
    assert chooser.current() is None and not chooser.choose("lit.loss_rate")


def test_the_name_is_shown_from_its_start(qtbot) -> None:
    chooser = IndicatorChooser()
    qtbot.addWidget(chooser)
    chooser.resize(200, chooser.sizeHint().height())  # narrower than the entry
    chooser.show()
    with qtbot.waitSignal(chooser.chosen, timeout=3000):
        chooser.set_counts({"lit.head_appearance_rate": 6, "recon.direct_correction_rate": 2}, None)
    with qtbot.waitSignal(chooser.chosen, timeout=3000):
        qtbot.keyClick(chooser, Qt.Key.Key_Down)
    assert chooser.current() == "recon.direct_correction_rate"
    assert chooser.lineEdit().cursorPosition() == 0
