"""The Qt-free core: a report file in, a Report model out.

Importing this package must never import Qt or pyqtgraph; a test guards that.
"""

from .errors import ReportError
from .model import Change, Indicator, Meta, Report, Section, Source
from .pipeline import build_report, load_report

__all__ = ["Change", "Indicator", "Meta", "Report", "ReportError", "Section", "Source",
           "build_report", "load_report"]
