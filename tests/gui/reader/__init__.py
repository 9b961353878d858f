"""Tests of lawgov_gui.gui.reader."""
