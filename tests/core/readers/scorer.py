"""The shared scorer (/work/shared/eval/score.py), run on a report read from the seed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_gui.core import Report
from lawgov_gui.core.writers.contract import to_json
from tests.conftest import SHARED

GOLD = SHARED / "eval" / "gold" / "00_jilin_2023_seed.json"
SCORER = SHARED / "eval" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="no shared scorer (/work/shared)")


def assert_full_marks(report: Report, tmp_path: Path) -> None:
    """Assert the scorer gives `report` (read from a copy of the seed) F1 = 1 for sections and figures."""
    extract = tmp_path / "extract.json"
    extract.write_text(to_json(report), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(extract), "-v",
                          "--min-section-f1", "1", "--min-indicator-f1", "1"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "sections F1=1.000 indicators F1=1.000" in out.stdout
