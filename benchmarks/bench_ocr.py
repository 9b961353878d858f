"""OCR: seconds a page at 300 dpi, memory peak, and a 100-page scan's first page.

Run: .venv/bin/python benchmarks/bench_ocr.py [--eval ../shared/eval]

The scans are made by other software (ocr_scans.py: LibreOffice, pdftoppm, img2pdf,
Pillow). It prints, for the seed scanned at 300 dpi, each page's wall and processor
seconds (from the progress callback) and the load average (the machine is shared:
wall time grows with it); the peak memory (VmHWM) of a fresh process reading that
scan against one that only imports the core; the longest pause of a thread ticking
every 5 ms while the scan is read on another (the interpreter lock held: what a
window's event loop would wait); and for a 100-page scan (the seed's pages
repeated, 300 dpi JPEG pages as scanners write them) the time from the call until the
first page's text is handed over, then the time until cancel stops the work.
With --eval it also scores the 150 and 300 dpi scans and the photographed page against
the seed's gold (score.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import ocr_scans  # noqa: E402

from lawgov_gui.core import load_report  # noqa: E402
from lawgov_gui.core.readers.ocr import OcrCancelled, OcrControl  # noqa: E402
from lawgov_gui.core.writers.contract import to_json  # noqa: E402

PEAK = """
import sys
from lawgov_gui.core import load_report
if sys.argv[1] != "-":
    load_report(sys.argv[1])
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def per_page(scan: Path) -> None:
    """Each page's wall and processor seconds, from the progress callback."""
    marks = [(time.perf_counter(), time.process_time())]

    def on_page(done: int, total: int, text: str) -> None:
        if not done:
            return
        marks.append((time.perf_counter(), time.process_time()))
        wall, cpu = (b - a for a, b in zip(marks[-2], marks[-1], strict=True))
        print(f"  page {done}/{total}: {wall:5.1f} s wall, {cpu:5.1f} s processor, "
              f"{len(text)} characters, load average {os.getloadavg()[0]:.1f}")

    load_report(scan, OcrControl(on_page=on_page))


def longest_pause(scan: Path) -> float:
    """The longest a 5-ms ticker thread waits (for the interpreter lock) while the scan is
    read: what a window's event loop would wait for, OCR running on another thread."""
    done = threading.Event()
    worst = [0.0]

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.005)
            now = time.perf_counter()
            worst[0] = max(worst[0], now - last - 0.005)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        load_report(scan)
    finally:
        done.set()
        ticker.join()
    return worst[0]


def peak_mb(path: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PEAK, path], capture_output=True, text=True,
                         check=True, env=env)
    return int(out.stdout.split()[-1]) / 1024


def first_page(scan: Path) -> None:
    """Time to the first page's text of a long scan, then to the stop after cancel."""
    stop = threading.Event()
    start = time.perf_counter()
    seen: list[float] = []

    def on_page(done: int, total: int, text: str) -> None:
        if not done:
            return
        seen.append(time.perf_counter() - start)
        print(f"  first page ({done}/{total}, {len(text)} characters) after {seen[0]:.1f} s")
        stop.set()

    try:
        load_report(scan, OcrControl(on_page=on_page, cancelled=stop.is_set))
    except OcrCancelled:
        print(f"  cancelled: stopped {time.perf_counter() - start - seen[0]:.2f} s later")


def long_scan(folder: Path, pages: list[Path], count: int) -> Path:
    """A scan of `count` pages: `pages` repeated, each a JPEG (quality 50: under the 64 MB file limit)."""
    from PIL import Image

    jpegs = []
    for n, page in enumerate(pages):
        jpeg = folder / f"page{n}.jpg"
        Image.open(page).convert("L").save(jpeg, quality=50, dpi=(300, 300))
        jpegs.append(jpeg)
    return ocr_scans.wrap([jpegs[n % len(jpegs)] for n in range(count)], folder / "long.pdf")


def evaluate(folder: Path, scans: dict[str, Path], shared: Path) -> None:
    for name, scan in scans.items():
        out = folder / f"{name}.json"
        out.write_text(to_json(load_report(scan)), encoding="utf-8")
        score = subprocess.run([sys.executable, str(shared / "score.py"),
                                str(shared / "gold" / "00_jilin_2023_seed.json"), str(out)],
                               capture_output=True, text=True, check=True)
        print(f"  {name}: {score.stdout.strip().splitlines()[-1]}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = ocr_scans.seed_pdf(folder)
        p300 = ocr_scans.page_images(pdf, 300, folder)
        scan300 = ocr_scans.wrap(p300, folder / "scan300.pdf")
        print(f"The seed scanned at 300 dpi ({len(p300)} pages), {os.cpu_count()} cores:")
        per_page(scan300)
        base, peak = peak_mb("-"), peak_mb(str(scan300))
        print(f"Memory peak: {peak:.0f} MB reading the scan, {base:.0f} MB importing the core")
        pause = longest_pause(scan300)
        print(f"Longest pause of a 5-ms ticker thread while the scan is read: {pause * 1000:.0f} ms")
        print("A 100-page scan (300 dpi):")
        first_page(long_scan(folder, p300, 100))
        if "--eval" in sys.argv:
            shared = Path(sys.argv[sys.argv.index("--eval") + 1])
            p150 = ocr_scans.page_images(pdf, 150, folder)
            scans = {"scan150": ocr_scans.wrap(p150, folder / "scan150.pdf"), "scan300": scan300,
                     "photo": ocr_scans.photo(p150[0], folder / "photo.jpg")}
            print("Scores against the seed's gold:")
            evaluate(folder, scans, shared)


if __name__ == "__main__":
    main()
