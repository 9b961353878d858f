"""The library and its command stay Qt-free: using them loads no Qt module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED

CHECK = """
import sys
from lawgov_gui.library_cli import main
for argv in (["add", sys.argv[1]], ["search", "复议"], ["compare", "lit.loss_rate"], ["check"]):
    assert main([*argv, "--db", sys.argv[2]]) == 0
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print(','.join(bad), file=sys.stderr)
"""


def test_library_imports_no_qt(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", CHECK, str(SEED), str(tmp_path / "lib.sqlite3")],
                         capture_output=True, text=True, check=True, cwd=SEED.parents[1])
    assert out.stderr.strip() == ""
    assert "已添加" in out.stdout
