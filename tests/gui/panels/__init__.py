"""Tests of lawgov_gui.gui.panels."""
