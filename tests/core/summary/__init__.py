"""Tests of lawgov_gui.core.summary."""
