"""The Qt-free core: a report file in, a Report model out.

Importing this package must never import Qt or pyqtgraph; a test guards that.
"""

from .errors import ReportError
from .model import (
    Change,
    ChangeType,
    Direction,
    Indicator,
    Kind,
    Meta,
    Report,
    Role,
    Section,
    Source,
)
from .pipeline import build_report, load_report

__all__ = ["Change", "ChangeType", "Direction", "Indicator", "Kind", "Meta", "Report",
           "ReportError", "Role", "Section", "Source", "build_report", "load_report"]
