"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to None on every call that returns nothing. On
Python 3.11, where None is not immortal, a long session then aborts with
"deallocating None". pyproject.toml excludes that release; this test catches
any release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument


def test_void_calls_keep_none_alive(qapp) -> None:
    doc = QTextDocument()
    cursor, fmt = QTextCursor(doc), QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        QCoreApplication.processEvents()
        cursor.insertText("法治", fmt)
    assert sys.getrefcount(None) >= before - 50
