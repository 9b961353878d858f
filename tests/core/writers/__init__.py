"""Tests of lawgov_gui.core.writers."""
