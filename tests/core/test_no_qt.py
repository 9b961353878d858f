"""The core must stay Qt-free: importing and running it loads no Qt module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED

CHECK = """
import sys
import lawgov_gui.core as core
from lawgov_gui.core.writers.contract import to_json
to_json(core.load_report(sys.argv[1]))
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print(','.join(bad))
"""


def test_core_imports_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK, str(SEED)], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == ""


def test_qt_is_installed_so_the_check_means_something() -> None:
    out = subprocess.run([sys.executable, "-c", "import PySide6, pyqtgraph; print('ok')"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_import_linter_contract_is_kept() -> None:
    """pyproject.toml's import-linter contracts: the core never imports Qt, and its
    layers (pipeline and writers > summary, analysis > readers > extract > model) hold."""
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint)], cwd=SEED.parents[1], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Contracts: 3 kept, 0 broken" in out.stdout
