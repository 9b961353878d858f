"""Time `lawgov-gui summary` on the seed against bare process start-up.

Run: .venv/bin/python benchmarks/bench_summary.py

Prints, for the 公文 and compact layouts and for .docx, the median wall time of
a fresh `python -m lawgov_gui summary SEED -o OUT` process, the median start-up
of a process that imports the same modules and creates the QApplication but
writes nothing, and the difference (target: at most 1 s beyond start-up).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
RUNS = 5
STARTUP = ("from lawgov_gui.app import application; import lawgov_gui.gui.printing.charts, "
           "lawgov_gui.gui.printing.pages, lawgov_gui.core.writers.word; application()")


def wall(args: list[str], cwd: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def median_wall(args: list[str], cwd: str) -> float:
    return statistics.median(wall(args, cwd) for _ in range(RUNS))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        startup = median_wall([sys.executable, "-c", STARTUP], folder)
        print(f"start-up (imports + QApplication), median of {RUNS}: {startup:.3f} s")
        print(f"{'output':<22}{'process':>10}{'beyond start-up':>18}  target ≤ 1.000 s")
        for name, extra in (("公文 PDF", ["--layout", "gbt"]), ("紧凑 PDF", ["--layout", "compact"]),
                            ("公文 Word", [])):
            out = str(Path(folder) / ("out.docx" if "Word" in name else "out.pdf"))
            args = [sys.executable, "-m", "lawgov_gui", "summary", str(SEED), "-o", out, *extra]
            total = median_wall(args, folder)
            verdict = "PASS" if total - startup <= 1.0 else "over"
            print(f"{name:<22}{total:>9.3f}s{total - startup:>17.3f}s  {verdict}")


if __name__ == "__main__":
    main()
