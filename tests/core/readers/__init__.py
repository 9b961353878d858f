"""Tests of lawgov_gui.core.readers."""
