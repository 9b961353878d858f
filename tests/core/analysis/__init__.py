"""Tests of lawgov_gui.core.analysis."""
