"""Tests of lawgov_gui.core.extract."""
