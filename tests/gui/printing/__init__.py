"""Tests of lawgov_gui.gui.printing."""
