"""The printed summary's content, layout spec and options, built from a report model without Qt.

The PDF painter (gui) and the Word writer (`lawgov_gui.core.writers.word`) both render
the `Summary` that `build_summary` returns, laid out by the one `LayoutSpec` of each
`Layout`, as the `Options` ask.
"""

from .content import Summary, build_summary
from .layout import Layout, LayoutSpec, Paper, spec
from .options import Options

__all__ = ["Layout", "LayoutSpec", "Options", "Paper", "Summary", "build_summary", "spec"]
