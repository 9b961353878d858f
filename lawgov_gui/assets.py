"""Runtime assets shipped inside the package, found with importlib.resources."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SAMPLE_NAME = "jilin-2023-fazhi-zhengfu-report.txt"


def sample_report_path() -> Path:
    """Path of the bundled Jilin 2023 report (a byte-for-byte copy of seeds/)."""
    return Path(str(resources.files("lawgov_gui") / "data" / SAMPLE_NAME))
