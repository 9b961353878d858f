"""Opening big inputs: a 100-page PDF and a 10 MB text report, and memory per MB.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_open.py

For each input it prints the core's time (load_report, median of 3 in this
process) and, in a fresh process, the time from launch to the report's first
text on screen in the window. Then the peak memory (ru_maxrss) of a fresh process
that loads 1, 10 and 50 MB text reports (VmHWM), against one that only imports the core.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"

SHOWN = """
import sys, time
from PySide6.QtCore import QSettings
from lawgov_gui.app import application, build_window
app = application()
w = build_window(sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat))
w.reportShown.connect(lambda r: (print(time.time() - float(sys.argv[3])), app.quit()))
app.exec()
"""
PEAK = """
import sys
from lawgov_gui.core import load_report
if sys.argv[1] != "-":
    load_report(sys.argv[1])
# VmHWM: this process's peak resident memory (ru_maxrss would carry the parent's over exec)
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def text_report(folder: Path, megabytes: float) -> Path:
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed[: seed.index("2023年,")], seed[seed.index("2023年,"): seed.index("[ 纠错 ]")]
    path = folder / f"report-{megabytes:g}MB.txt"
    path.write_text(head + body * int(megabytes * 1e6 / len(body.encode()) + 1), encoding="utf-8")
    return path


def pdf_report(folder: Path, pages: int = 100) -> Path:
    import make_fixtures

    lines = make_fixtures.seed_lines()
    make_fixtures.seed_lines = lambda: lines * math.ceil(pages / 4.5)  # the seed sets ~4.6 pages
    path = folder / "report-100pages.pdf"
    make_fixtures.make_pdf(path)
    import pypdfium2 as pdfium

    count = len(pdfium.PdfDocument(str(path)))
    print(f"made {path.name}: {count} pages, {path.stat().st_size / 1e6:.1f} MB")
    return path


def core_time(path: Path) -> float:
    from lawgov_gui.core import load_report

    runs = []
    for _ in range(3):
        start = time.perf_counter()
        load_report(path)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def shown_time(path: Path, folder: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ini = str(folder / "bench.ini")
    out = subprocess.run([sys.executable, "-c", SHOWN, str(path), ini, repr(time.time())],
                         env=env, cwd=folder, capture_output=True, text=True, timeout=300)
    return float(out.stdout.strip().splitlines()[-1])


def peak_kb(path: str, folder: Path) -> int:
    out = subprocess.run([sys.executable, "-c", PEAK, path], cwd=folder, capture_output=True,
                         text=True, check=True)
    return int(out.stdout.strip())


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inputs = [pdf_report(folder), text_report(folder, 10)]
        print(f"{'input':<24}{'MB':>6}{'core load':>12}{'launch → text on screen':>26}")
        for path in inputs:
            size = path.stat().st_size / 1e6
            print(f"{path.name:<24}{size:>6.1f}{core_time(path):>11.2f}s"
                  f"{shown_time(path, folder):>25.2f}s")
        base = peak_kb("-", folder)
        print(f"peak memory (VmHWM), core only; baseline after imports {base / 1024:.0f} MB")
        for mb in (1, 10, 50):
            path = text_report(folder, mb)
            peak = peak_kb(str(path), folder)
            print(f"  {mb:>3} MB text: {peak / 1024:6.0f} MB peak, "
                  f"{(peak - base) / 1024 / mb:5.1f} MB per MB of file")


if __name__ == "__main__":
    main()
