"""Tests of lawgov_gui.gui.common."""
