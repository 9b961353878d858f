"""Tests of lawgov_gui.gui.shell."""
