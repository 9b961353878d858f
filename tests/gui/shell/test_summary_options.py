"""The summary options are remembered in the typed settings, read back safely."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from lawgov_gui.core.summary.layout import Layout, Paper
from lawgov_gui.core.summary.options import Options
from lawgov_gui.gui.shell.settings import Settings


def test_options_round_trip_through_the_settings(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    assert settings.summary_options == Options()
    chosen = Options(Layout.COMPACT, Paper.LETTER, charts=False, table=True, full_text=True)
    settings.summary_options = chosen
    store.sync()
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).summary_options
    assert again == chosen and again.layout is Layout.COMPACT and again.paper is Paper.LETTER


def test_values_not_understood_fall_back_to_the_defaults(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("summary/layout", "fancy")
    store.setValue("summary/paper", ["not", "a", "paper"])
    store.setValue("summary/charts", "perhaps")
    options = Settings(store).summary_options
    assert options.layout is Layout.GBT and options.paper is Paper.A4 and options.charts is True
