"""The Qt-free core: a report file in, a Report model out.

Importing this package must never import Qt or pyqtgraph; a test guards that.
"""

from .errors import ReportError
from .model import (
    Change,
    ChangeType,
    Direction,
    Genre,
    Indicator,
    Kind,
    Meta,
    Report,
    Role,
    Scope,
    Section,
    Source,
    TableCell,
)
from .pipeline import build_report, load_report

__all__ = ["Change", "ChangeType", "Direction", "Genre", "Indicator", "Kind", "Meta", "Report",
           "ReportError", "Role", "Scope", "Section", "Source", "TableCell", "build_report",
           "load_report"]
