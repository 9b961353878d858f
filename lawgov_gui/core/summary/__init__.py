"""The printed summary's content, built from a report model without Qt.

The PDF painter (gui) and the Word writer (`lawgov_gui.core.writers.word`) both render
the `Summary` that `build_summary` returns.
"""

from .content import Summary, build_summary

__all__ = ["Summary", "build_summary"]
